"""Import of a large Daylio export, and export of the ten-year journal to JSON and CSV."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from functools import partial
from pathlib import Path

from bench.data import daylio_export
from bench.results import Result, median_seconds
from moodapp.exchange.kinds import ExportFormat
from moodapp.paths import AppPaths
from moodapp.services.exchange import ExchangeService
from moodapp.services.journal import opened_journal

DAYLIO_ROWS = 100_000
REPEAT = 3
IMPORT_TARGET_S = 5.0
EXPORT_TARGET_S = 2.0


def measure_daylio_import(work: Path) -> list[Result]:
    source = work / "daylio_export.csv"
    daylio_export(source, DAYLIO_ROWS, date.today())
    entries: list[int] = []

    def import_into_a_new_journal() -> None:
        folder = Path(tempfile.mkdtemp(dir=work))
        try:
            with opened_journal(AppPaths.under(folder)) as journal:
                summary = ExchangeService(journal.store, journal.now).import_file(source)
                entries.append(summary.added)
        finally:
            shutil.rmtree(folder)

    seconds = median_seconds(import_into_a_new_journal, REPEAT)
    name = f"import {DAYLIO_ROWS:,} Daylio rows ({entries[0]:,} entries)"
    return [Result.at_most(name, seconds, "s", IMPORT_TARGET_S)]


def measure_export(journal_paths: AppPaths, work: Path) -> list[Result]:
    results = []
    with opened_journal(journal_paths) as journal:
        service = ExchangeService(journal.store, journal.now)
        count = len(journal.entries.entries())
        for chosen, target in ((ExportFormat.JSON, work / "journal.json"),
                               (ExportFormat.CSV, work / "journal.zip")):  # fmt: skip
            seconds = median_seconds(partial(service.export, target, chosen), REPEAT)
            name = f"export ten years ({count:,} entries) as {chosen.value.upper()}"
            results.append(Result.at_most(name, seconds, "s", EXPORT_TARGET_S))
    return results
