"""The window's figures, each measured in fresh processes running bench/probe.py."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.journals import FORTY_YEARS, at_forty
from bench.probe import PAINTED
from bench.results import Result

ROOT = Path(__file__).resolve().parent.parent
STARTUP_RUNS = 7
VIEW_RUNS = 3
STARTUP_RATIO_TARGET = {FORTY_YEARS: 1.6}  # and 1.5 on shorter journals
FIRST_CHARTS_TARGET_MS = 700
REDRAW_TARGET_MS = 100
MONTH_SWITCH_TARGET_MS = 16
MEMORY_RATIO_TARGET = 2.0


def _probe(what: str, journal: Path) -> tuple[float, dict[str, Any]]:
    """(seconds from process start to PAINTED, or to the end; the probe's JSON)."""
    with tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "bench.probe", what, str(journal)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=errors, text=True,
        )  # fmt: skip
        assert child.stdout is not None
        painted_after, found = None, {}
        for line in child.stdout:
            if line.strip() == PAINTED and painted_after is None:
                painted_after = time.perf_counter() - start
            elif line.startswith("{"):
                found = json.loads(line)
        if child.wait() != 0:
            errors.seek(0)
            raise RuntimeError(f"the probe {what} failed:\n{errors.read()[-3000:]}")
    return (painted_after or time.perf_counter() - start), found


def measure_startup(journal: Path, years: int) -> list[Result]:
    for what in ("startup-app", "startup-bare"):  # warm up: compiled modules, disk cache
        _probe(what, journal)
    app, bare = [], []
    for _ in range(STARTUP_RUNS):  # interleaved, so that both see the same machine
        app.append(_probe("startup-app", journal)[0] * 1000)
        bare.append(_probe("startup-bare", journal)[0] * 1000)
    app_ms, bare_ms = statistics.median(app), statistics.median(bare)
    ratio_target = STARTUP_RATIO_TARGET.get(years, 1.5)
    return [
        Result.at_most("startup to the first painted frame", years, app_ms, "ms"),
        Result.at_most("startup of a bare QMainWindow, the same way", years, bare_ms, "ms"),
        Result.at_most(
            "startup, ratio to the bare window", years, app_ms / bare_ms, "x", ratio_target
        ),
    ]


def measure_views(journal: Path, years: int) -> list[Result]:
    runs = [_probe("views", journal)[1] for _ in range(VIEW_RUNS)]
    first = statistics.median(r["first_charts_open_ms"] for r in runs)
    redraws = {kind: statistics.median(ms for r in runs for ms in r["redraw_ms"][kind])
               for kind in runs[0]["redraw_ms"]}  # fmt: skip
    switches = [ms for r in runs for ms in r["month_switch_ms"]]
    return [
        Result.at_most("first open of the Charts view", years, first, "ms", FIRST_CHARTS_TARGET_MS),
        *(
            Result.at_most(
                f"\u201cEverything\u201d redraw of {kind}, median",
                years,
                ms,
                "ms",
                at_forty(years, REDRAW_TARGET_MS),
            )
            for kind, ms in redraws.items()
        ),
        Result.at_most("calendar month switch, median", years, statistics.median(switches), "ms"),
        Result.at_most(
            "calendar month switch, worst",
            years,
            max(switches),
            "ms",
            at_forty(years, MONTH_SWITCH_TARGET_MS),
        ),
    ]


def measure_png_export(journal: Path, years: int) -> list[Result]:
    times = _probe("png-export", journal)[1]["png_export_ms"]
    return [Result.at_most("PNG export of a 1600 x 900 chart of a year", years,
                           statistics.median(times), "ms")]  # fmt: skip


def measure_memory(journal: Path, years: int) -> list[Result]:
    app = _probe("memory-app", journal)[1]["peak_rss_mib"]
    bare = _probe("memory-bare", journal)[1]["peak_rss_mib"]
    return [
        Result.at_most("peak memory, every view opened", years, app, "MiB"),
        Result.at_most("peak memory, bare window with pyqtgraph", years, bare, "MiB"),
        Result.at_most(
            "peak memory, ratio", years, app / bare, "x", at_forty(years, MEMORY_RATIO_TARGET)
        ),
    ]
