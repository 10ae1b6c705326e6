"""The generated part of docs/performance.md: the last run's table, between two markers,
so that the prose around it stays as written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.load import BUSY_CORES
from bench.results import Result, journal_name, markdown_table

DOCS = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
BEGIN = "<!-- bench table: written by `python -m bench --write-docs`, do not edit by hand -->"
END = "<!-- end of bench table -->"


def section(about: dict[str, Any], results: list[Result]) -> str:
    journals = ", ".join(f"{journal_name(int(years))}: {entries:,} entries"
                         for years, entries in about["journals"].items())  # fmt: skip
    return "\n".join([
        f"Run of {about['date']} on {about['machine']}; {about['versions']}. "
        f"The run took {about['run_minutes']:.1f} minutes. Journals: {journals}.",
        "",
        markdown_table(results),
        "",
        f"\\* taken while other programs kept the machine busy (more than {BUSY_CORES:g} of a "
        "core on average beside the benchmark): likely slower than on a quiet machine.",
    ])  # fmt: skip


def write_docs(text: str, path: Path = DOCS) -> None:
    document = path.read_text(encoding="utf-8")
    before, begin, rest = document.partition(BEGIN)
    _, end, after = rest.partition(END)
    if not begin or not end:
        raise ValueError(f"{path} lacks the markers of the bench table")
    path.write_text(f"{before}{BEGIN}\n{text}\n{END}{after}", encoding="utf-8")
