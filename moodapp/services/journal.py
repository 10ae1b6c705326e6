"""The open journal: the one owner of its store, holding each of its services once.

The command line and the window both work through a ``Journal``; nothing else builds a
service. The services beyond the entries and the settings (charts, insights, export and
import, the report, backups, encryption) are built the first time they are used, so a
window or a command that does not need them yet starts without their modules.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from moodapp.paths import AppPaths
from moodapp.services.clock import Clock, local_now
from moodapp.services.entries import EntryService
from moodapp.services.settings import SettingsService
from moodapp.store.database import Store, open_store
from moodapp.store.journal_file import ReadOnly
from moodapp.store.open_errors import (
    JournalDamaged,
    JournalOpenError,
    JournalTooNew,
    JournalUnreadable,
    JournalWriteFailed,
    PassphraseNeeded,
    PassphraseRefused,
)
from moodapp.store.read_errors import damage_in, damage_refused, note_damage

if TYPE_CHECKING:
    from moodapp.services.backups import BackupService
    from moodapp.services.catalogue import CatalogueService
    from moodapp.services.charts import ChartService
    from moodapp.services.exchange import ExchangeService
    from moodapp.services.insights import InsightService
    from moodapp.services.privacy import PrivacyService
    from moodapp.services.report import ReportService

__all__ = [
    "Journal",
    "JournalDamaged",
    "JournalOpenError",
    "JournalTooNew",
    "JournalUnreadable",
    "JournalWriteFailed",
    "PassphraseNeeded",
    "PassphraseRefused",
    "ReadOnly",
    "damage_in",
    "damage_refused",
    "note_damage",
    "open_journal",
    "opened_journal",
]


class Journal:
    def __init__(self, store: Store, clock: Clock = local_now) -> None:
        self._store = store
        self._clock = clock
        self.entries = EntryService(store, clock)
        self.settings = SettingsService(store)  # the journal's; the insights read one

    def now(self) -> datetime:
        return self._clock()

    @property
    def store(self) -> Store:
        """The store underneath, for tests and the benchmark that look at its files."""
        return self._store

    @property
    def path(self) -> Path:
        """The journal's file."""
        return self._store.path

    @property
    def read_only(self) -> ReadOnly:
        """Why the journal may only be read ("" when it may be written)."""
        return self._store.read_only

    @property
    def encrypted(self) -> bool:
        return self._store.encrypted

    @cached_property
    def charts(self) -> ChartService:
        from moodapp.services.charts import ChartService

        return ChartService(self._clock)

    @cached_property
    def insights(self) -> InsightService:
        from moodapp.services.insights import InsightService

        return InsightService(self._store, self.charts, self.settings, self._clock)

    @cached_property
    def catalogue(self) -> CatalogueService:
        from moodapp.services.catalogue import CatalogueService

        return CatalogueService(self._store)

    @cached_property
    def exchange(self) -> ExchangeService:
        from moodapp.services.exchange import ExchangeService

        return ExchangeService(self._store, self._clock)

    @cached_property
    def report(self) -> ReportService:
        from moodapp.services.report import ReportService

        return ReportService(self._store, self.charts, self._clock)

    @cached_property
    def backups(self) -> BackupService:
        from moodapp.services.backups import BackupService

        return BackupService(self._store)

    @cached_property
    def privacy(self) -> PrivacyService:
        from moodapp.services.privacy import PrivacyService

        return PrivacyService(self._store)

    def close(self) -> None:
        self._store.close()


def open_journal(
    paths: AppPaths, clock: Clock = local_now, passphrase: str | None = None
) -> Journal:
    """The journal at ``paths``, open until ``close()``; raises JournalOpenError."""
    store = open_store(
        paths.journal_file, paths.backup_dir, passphrase, check_record=paths.journal_check_file
    )
    return Journal(store, clock)


@contextlib.contextmanager
def opened_journal(
    paths: AppPaths, clock: Clock = local_now, passphrase: str | None = None
) -> Iterator[Journal]:
    """The journal at ``paths``, open for the ``with`` block; raises JournalOpenError
    (PassphraseNeeded for an encrypted journal opened without its passphrase)."""
    with contextlib.closing(open_journal(paths, clock, passphrase)) as journal:
        yield journal
