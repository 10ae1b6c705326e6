"""`moodapp list --json` and `moodapp export` to JSON, each against bench/reference_json.py:
all four as fresh processes started the same way, their output going to a file."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.journals import at_forty
from bench.results import Result
from moodapp.paths import AppPaths

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
SECONDS_TARGET = 0.5
RATIO_TARGET = 2.0


def _seconds(args: list[str], stdout: Path) -> float:
    start = time.perf_counter()
    with stdout.open("wb") as out:
        subprocess.run([sys.executable, "-m", *args], cwd=ROOT, stdout=out, check=True)
    return time.perf_counter() - start


def _entries(path: Path) -> object:
    document = json.loads(path.read_text(encoding="utf-8"))
    return document if isinstance(document, list) else document["entries"]


def _compare(what: str, years: int, app: list[str], reference: list[str],
             written: tuple[Path, Path]) -> list[Result]:  # fmt: skip
    """Medians of RUNS interleaved runs (after one of each to warm up), and their ratio;
    ``written``: the files the two write (or their standard output goes to)."""
    times: tuple[list[float], list[float]] = ([], [])
    for run in range(RUNS + 1):
        for args, out, spent in zip((app, reference), written, times, strict=True):
            seconds = _seconds(args, out.with_suffix(".out"))
            if run:
                spent.append(seconds)
    if _entries(written[0]) != _entries(written[1]):
        raise RuntimeError(f"{what}: bench/reference_json.py no longer writes what moodapp does")
    app_s, reference_s = (statistics.median(spent) for spent in times)
    return [
        Result.at_most(what, years, app_s, "s", at_forty(years, SECONDS_TARGET)),
        Result.at_most(f"{what}, plain sqlite3 script", years, reference_s, "s"),
        Result.at_most(
            f"{what}, ratio to the script",
            years,
            app_s / reference_s,
            "x",
            at_forty(years, RATIO_TARGET),
        ),
    ]


def measure_listing(paths: AppPaths, years: int, work: Path) -> list[Result]:
    journal = str(paths.journal_file)
    app = ["moodapp", "--data-dir", str(paths.data_dir)]
    listed = (work / "app-list.out", work / "reference-list.out")
    exported = (work / "app-export.json", work / "reference-export.json")
    return [
        *_compare("list --json", years, [*app, "list", "--json"],
                  ["bench.reference_json", "list", journal], listed),
        *_compare("export as JSON", years, [*app, "export", "--output", str(exported[0])],
                  ["bench.reference_json", "export", journal, str(exported[1])], exported),
    ]  # fmt: skip
