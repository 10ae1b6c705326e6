"""A measured figure, its target, and the tables and JSON file they are reported in."""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

# Ignored by git (.gitignore): a run leaves the checkout as it was.
RESULTS_FILE = Path(__file__).parent / "results.json"
NEW_JOURNAL = None  # the `years` of a figure measured on a journal made for it


@dataclass(frozen=True)
class Result:
    name: str
    years: int | None  # the journal's length; 0: empty; NEW_JOURNAL: one made for the measure
    value: float
    unit: str
    target: float | None  # the value must be at most this; None: reported, no target
    met: bool | None
    busy: bool = False  # other programs were busy while it was measured (bench/load.py)

    @classmethod
    def at_most(
        cls, name: str, years: int | None, value: float, unit: str, target: float | None = None
    ) -> Result:
        met = None if target is None else value <= target
        return cls(name, years, round(value, 3), unit, target, met)


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def _cell(r: Result) -> str:
    missed = " missed" if r.met is False else ""
    return f"{_number(r.value)} {r.unit}{missed}{' *' if r.busy else ''}"


def journal_name(years: int | None) -> str:
    if years is NEW_JOURNAL:
        return "new journal"
    return "empty" if years == 0 else f"{years} year{'s' if years != 1 else ''}"


def _targets(row: list[Result]) -> str:
    given = [(r.years, r.target) for r in row if r.target is not None]
    if not given:
        return ""
    usual = statistics.mode(target for _, target in given)
    text = f"<= {_number(usual)} {row[0].unit}"
    others = [f"{journal_name(y)}: <= {_number(t)}" for y, t in given if t != usual]
    return text + (f" ({', '.join(others)})" if others else "")


def grid(results: list[Result]) -> list[list[str]]:
    """A header row, then one row per measure: its figure on each journal, and its target."""
    columns = sorted({r.years for r in results}, key=lambda y: 1000 if y is None else y)
    rows: dict[str, list[Result]] = {}
    for r in results:
        rows.setdefault(r.name, []).append(r)
    lines = [["measure", *(journal_name(y) for y in columns), "target"]]
    for name, row in rows.items():
        by_years = {r.years: _cell(r) for r in row}
        lines.append([name, *(by_years.get(y, "") for y in columns), _targets(row)])
    return lines


def text_table(results: list[Result]) -> str:
    rows = grid(results)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [" | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(results: list[Result]) -> str:
    rows = grid(results)
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    return "\n".join(lines)


def write_results(about: dict[str, Any], results: list[Result], path: Path = RESULTS_FILE) -> None:
    document = {**about, "results": [asdict(r) for r in results]}
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
