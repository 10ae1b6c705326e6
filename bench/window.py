"""The window's figures, each measured in fresh processes running bench/probe.py."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.probe import READY
from bench.results import Result

ROOT = Path(__file__).resolve().parent.parent
STARTUP_RUNS = 7
VIEW_RUNS = 3
STARTUP_RATIO_TARGET = 1.5
FIRST_CHARTS_TARGET_MS = 700
REDRAW_TARGET_MS = 100
MONTH_SWITCH_TARGET_MS = 16
MEMORY_RATIO_TARGET = 2.0


def _probe(what: str, journal: Path) -> tuple[float, dict[str, Any]]:
    """(seconds from process start to "ready", or to the end; the probe's JSON)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.probe", what, str(journal)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    ready_after, found = None, {}
    for line in child.stdout:
        if line.strip() == READY and ready_after is None:
            ready_after = time.perf_counter() - start
        elif line.startswith("{"):
            found = json.loads(line)
    if child.wait() != 0:
        raise RuntimeError(f"the probe {what} failed")
    return (ready_after or time.perf_counter() - start), found


def measure_startup(journal: Path) -> list[Result]:
    for what in ("startup-app", "startup-bare"):  # warm up: compiled modules, disk cache
        _probe(what, journal)
    app, bare = [], []
    for _ in range(STARTUP_RUNS):  # interleaved, so that both see the same machine
        app.append(_probe("startup-app", journal)[0] * 1000)
        bare.append(_probe("startup-bare", journal)[0] * 1000)
    app_ms, bare_ms = statistics.median(app), statistics.median(bare)
    return [
        Result.at_most("startup to an idle Entry view", app_ms, "ms", None),
        Result.at_most("startup of a bare PySide6 window", bare_ms, "ms", None),
        Result.at_most(
            "startup, ratio to the bare window", app_ms / bare_ms, "x", STARTUP_RATIO_TARGET
        ),
    ]


def measure_views(journal: Path) -> list[Result]:
    runs = [_probe("views", journal)[1] for _ in range(VIEW_RUNS)]
    first = statistics.median(r["first_charts_open_ms"] for r in runs)
    redraws = [ms for r in runs for ms in r["redraw_ms"]]
    switches = [ms for r in runs for ms in r["month_switch_ms"]]
    return [
        Result.at_most("first open of the Charts view", first, "ms", FIRST_CHARTS_TARGET_MS),
        Result.at_most(
            "chart redraw after a range change, median",
            statistics.median(redraws),
            "ms",
            REDRAW_TARGET_MS,
        ),
        Result.at_most(
            "calendar month switch, median",
            statistics.median(switches),
            "ms",
            MONTH_SWITCH_TARGET_MS,
        ),
        Result.at_most("calendar month switch, worst", max(switches), "ms", MONTH_SWITCH_TARGET_MS),
    ]


def measure_png_export(journal: Path) -> list[Result]:
    times = _probe("png-export", journal)[1]["png_export_ms"]
    return [Result.at_most("PNG export of a 1600 x 900 chart", statistics.median(times), "ms",
                           None)]  # fmt: skip


def measure_memory(journal: Path) -> list[Result]:
    app = _probe("memory-app", journal)[1]["peak_rss_mib"]
    bare = _probe("memory-bare", journal)[1]["peak_rss_mib"]
    return [
        Result.at_most("peak memory, every view open", app, "MiB", None),
        Result.at_most("peak memory, bare window with pyqtgraph", bare, "MiB", None),
        Result.at_most("peak memory, ratio", app / bare, "x", MEMORY_RATIO_TARGET),
    ]
