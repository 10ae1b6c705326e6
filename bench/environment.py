"""The machine the benchmark runs on, and the one setting that would skew its figures."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from importlib.metadata import version
from pathlib import Path

NO_BYTECODE = (
    "The benchmark refuses to run with compiled-module caching off "
    "(PYTHONDONTWRITEBYTECODE or python -B): every process would compile the app's modules "
    "again, and startup would be measured slower than a person ever sees it. "
    "Run it without them: env -u PYTHONDONTWRITEBYTECODE python -m bench"
)


def bytecode_problem() -> str | None:
    """Why the figures would be wrong, or None."""
    if sys.dont_write_bytecode or os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return NO_BYTECODE
    return None


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> str:
    return (
        f"{cpu_model()} ({os.cpu_count()} cores), {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}"
    )


def versions() -> str:
    import PySide6  # its package only: the wheel is named pyside6-essentials

    return (
        f"PySide6 {PySide6.__version__}, pyqtgraph {version('pyqtgraph')}, "
        f"peewee {version('peewee')}, SQLite {sqlite3.sqlite_version}"
    )
