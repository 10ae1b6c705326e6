"""A full disk, made with SQLite's ``max_page_count``: saves, an import and a weekly note
while the journal cannot grow. Each is refused with words that say the disk is full and
leaves nothing half-written; everything saved before is kept, the journal stays whole,
and once there is room again saving works.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.fault_checks import ENTRY_UIDS, MARKER
from moodapp.domain.entries import CheckIn, CryingEpisode
from moodapp.exchange.batch import ImportBatch, JournalContent
from moodapp.paths import AppPaths
from moodapp.services.backups import BackupService
from moodapp.services.exchange import ExchangeService
from moodapp.services.journal import Journal, opened_journal
from moodapp.services.writes import SaveFailed
from moodapp.store.database import Store

ROOM_PAGES = 3  # how much the journal may still grow when the disk "fills"
NOTE_WORDS = 200  # a save of a few pages


@dataclass
class DiskTally:
    saved_before_full: int = 0
    refusals: list[str] = field(default_factory=list)  # what each refused write said
    not_refused: list[str] = field(default_factory=list)  # writes that went through anyway
    lost: set[str] = field(default_factory=set)
    half_written: int = 0
    integrity: list[str] = field(default_factory=list)
    saved_after_room: bool = False

    @property
    def ok(self) -> bool:
        return (
            not (self.not_refused or self.lost or self.half_written)
            and all("disk is full" in words for words in self.refusals)
            and self.integrity == ["ok"]
            and self.saved_after_room
        )

    def summary(self) -> str:
        full = sum("disk is full" in words for words in self.refusals)
        return (
            f"full disk: {self.saved_before_full} saves before it was full, "
            f"{len(self.refusals)} writes refused ({full} saying the disk is full), "
            f"{len(self.not_refused)} not refused, {len(self.lost)} lost, "
            f"{self.half_written} half-written, integrity {'; '.join(self.integrity)}, "
            f"saving again once there was room: {'yes' if self.saved_after_room else 'no'}"
        )


def _pragma(store: Store, statement: str) -> Any:
    db: Any = store.db
    return db.execute_sql(f"PRAGMA {statement}").fetchone()


def _uids(store: Store) -> set[str]:
    db: Any = store.db
    return {r[0] for r in db.execute_sql(ENTRY_UIDS)}


def _episode(journal: Journal, n: int) -> CryingEpisode:
    return CryingEpisode(occurred_at=journal.now() - timedelta(minutes=1 + n), intensity=3,
                         note=f"{MARKER} {n} " + "words " * NOTE_WORDS)  # fmt: skip


def run_full_disk(data_dir: Path) -> DiskTally:
    tally = DiskTally()
    with opened_journal(AppPaths.under(data_dir)) as journal:
        store = journal.store
        _pragma(store, f"max_page_count = {_pragma(store, 'page_count')[0] + ROOM_PAGES}")
        n = 0
        while True:
            try:
                journal.entries.record(_episode(journal, n))
            except SaveFailed as refused:
                tally.refusals.append(str(refused))
                break
            n += 1
        tally.saved_before_full = n
        saved = _uids(store)
        now = journal.now()
        batch = ImportBatch("full.json", JournalContent(entries=[
            CheckIn(occurred_at=now - timedelta(minutes=m), mood=0, energy=0,
                    note=f"{MARKER} import {m} " + "words " * NOTE_WORDS, uid=str(uuid.uuid4()),
                    created_at=now.astimezone(UTC), updated_at=now.astimezone(UTC))
            for m in range(1, 200)
        ]))  # fmt: skip
        writes: dict[str, Callable[[], object]] = {
            "import": lambda: ExchangeService(store, journal.now).import_batch(batch),
            "weekly note": lambda: _weekly_note(store, now),
        }
        for name, write in writes.items():
            try:
                write()
                tally.not_refused.append(name)
            except SaveFailed as refused:
                tally.refusals.append(str(refused))
        after = _uids(store)
        tally.lost = saved - after
        tally.half_written = len(after - saved)
        tally.integrity = BackupService(store).check()
        _pragma(store, "max_page_count = 1073741823")
        journal.entries.record(_episode(journal, n + 1))
        tally.saved_after_room = True
    return tally


def _weekly_note(store: Store, now: datetime) -> None:
    insights = Journal(store, lambda: now).insights
    insights.save_reflection(insights.this_week(0), "words " * 2000)
