"""Imports: a large Daylio export into a new journal, and a journal's own export back into
it after every entry changed."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.data import daylio_export, edit_every_entry
from bench.journals import at_forty
from bench.results import NEW_JOURNAL, Result
from moodapp.exchange.kinds import ExportFormat
from moodapp.paths import AppPaths
from moodapp.services.journal import opened_journal

DAYLIO_ROWS = 100_000
REPEAT = 3
DAYLIO_TARGET_S = 2.5
REIMPORT_TARGET_S = 10.0


def _median_import(source: Path, journal: Callable[[Path], AppPaths], work: Path) -> tuple[
        float, int, int]:  # fmt: skip
    """The median seconds of importing ``source`` into REPEAT fresh journals made by
    ``journal(folder)``; the entries it added and updated."""
    times, summary = [], None
    for _ in range(REPEAT):
        with (
            tempfile.TemporaryDirectory(dir=work) as folder,
            opened_journal(journal(Path(folder) / "journal")) as opened,
        ):
            start = time.perf_counter()
            summary = opened.exchange.import_file(source)
            times.append(time.perf_counter() - start)
    assert summary is not None
    return sorted(times)[REPEAT // 2], summary.added, summary.updated


def measure_daylio_import(work: Path) -> list[Result]:
    source = work / "daylio_export.csv"
    daylio_export(source, DAYLIO_ROWS, date.today())
    seconds, added, _ = _median_import(source, AppPaths.under, work)
    source.unlink()
    name = f"import {DAYLIO_ROWS:,} Daylio rows ({added:,} entries)"
    return [Result.at_most(name, NEW_JOURNAL, seconds, "s", DAYLIO_TARGET_S)]


def measure_reimport(journal: Callable[[Path], AppPaths], years: int, work: Path) -> list[Result]:
    """Its own JSON export, with every entry's note changed, imported into the journal."""
    source = work / "edited.json"
    with (
        tempfile.TemporaryDirectory(dir=work) as folder,
        opened_journal(journal(Path(folder) / "journal")) as opened,
    ):
        opened.exchange.export(source, ExportFormat.JSON)
    count = edit_every_entry(source, datetime.now(UTC) - timedelta(seconds=1))
    seconds, _, updated = _median_import(source, journal, work)
    source.unlink()
    if updated != count:
        raise RuntimeError(f"the re-import updated {updated:,} of {count:,} entries")
    return [Result.at_most("re-import of its JSON export, every entry changed", years, seconds,
                           "s", at_forty(years, REIMPORT_TARGET_S))]  # fmt: skip
