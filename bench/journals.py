"""The benchmark's journals: seeded demo data of 1, 10 and 40 years, built once and kept.

Building forty years takes about a minute, so each journal is kept in the user's
cache folder (platformdirs: ~/.cache/moodapp-bench on Linux) under a name made of
its length, the seed, the newest schema migration and a hash of the demo
generator's source: a change to either builds it again. A kept journal ends on
the day it was built. Each run measures copies, so the kept ones stay as made.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

import platformdirs

from moodapp.paths import AppPaths
from moodapp.services import demo
from moodapp.services.journal import opened_journal

SEED = 2026
YEARS = (1, 10, 40)
FORTY_YEARS = 40  # where the issue "Fast at forty years" sets most targets
CACHE = Path(platformdirs.user_cache_dir("moodapp-bench"))
MIGRATIONS = Path(demo.__file__).parent.parent / "store" / "migrations"


def _key(years: int) -> str:
    schema = max(p.stem for p in MIGRATIONS.glob("[0-9]*.py"))
    generator = hashlib.sha256(Path(demo.__file__).read_bytes()).hexdigest()[:12]
    return f"{years}y-seed{SEED}-{schema}-{generator}"


def _kept(years: int) -> Path:
    folder = CACHE / _key(years)
    if not folder.is_dir():
        for outdated in CACHE.glob(f"{years}y-*"):
            shutil.rmtree(outdated)
        CACHE.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=CACHE) as building:  # gone if interrupted
            journal_dir = Path(building) / "journal"
            with opened_journal(AppPaths.under(journal_dir)) as journal:
                demo.fill_demo_journal(journal, seed=SEED, years=years)
            journal_dir.rename(folder)
    return folder


def at_forty(years: int, target: float) -> float | None:
    """``target`` where the issue sets it, on forty years; on shorter journals, no target."""
    return target if years == FORTY_YEARS else None


def journal_copy(years: int, folder: Path) -> AppPaths:
    """A copy of the ``years``-year journal in ``folder`` (which must not exist yet)."""
    shutil.copytree(_kept(years), folder, ignore=shutil.ignore_patterns("*.lock"))
    return AppPaths.under(folder)


def entry_count(paths: AppPaths) -> int:
    with opened_journal(paths) as journal:
        return len(journal.entries.entries())
