"""A measured figure, its target, and the table and JSON file they are reported in."""

from __future__ import annotations

import json
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS_FILE = Path(__file__).parent / "results.json"


@dataclass(frozen=True)
class Result:
    name: str
    value: float
    unit: str
    target: float | None  # the value must be at most this; None: reported, no target
    met: bool | None

    @classmethod
    def at_most(cls, name: str, value: float, unit: str, target: float | None) -> Result:
        return cls(name, round(value, 3), unit, target, None if target is None else value <= target)


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    """The median wall-clock time of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def machine() -> str:
    return f"{platform.system()} {platform.machine()}, Python {platform.python_version()}"


def table(results: list[Result]) -> str:
    rows = [("measure", "value", "target", "met")]
    for r in results:
        target = "" if r.target is None else f"<= {r.target:g} {r.unit}"
        met = "" if r.met is None else ("yes" if r.met else "NO")
        rows.append((r.name, f"{r.value:g} {r.unit}", target, met))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [" | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def write_results(results: list[Result], path: Path = RESULTS_FILE) -> None:
    path.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n", encoding="utf-8")
