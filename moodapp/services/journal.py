"""The journal's operations on entries: record, edit, delete, read, sum up by day, search.

Every write validates first and then runs as one transaction, so a rejected or
failed save leaves the journal exactly as it was. Results are domain objects
read back from the store, so callers see what was really saved.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from peewee import PeeweeException

from moodapp.domain.catalogue import Emotion, Trigger
from moodapp.domain.days import ALL_EPISODES, DaySummary, EpisodeFilter
from moodapp.domain.entries import Entry
from moodapp.domain.search import SearchHit
from moodapp.domain.validation import FieldError, InvalidInput, validate_entry
from moodapp.interruption import ctrl_c_held
from moodapp.paths import AppPaths
from moodapp.store import catalogue as catalogue_store
from moodapp.store import day_summaries as day_store
from moodapp.store import entries as entry_store
from moodapp.store import search as search_store
from moodapp.store.crypto import BUSY_TIMEOUT_MS
from moodapp.store.database import (
    JournalDamaged,
    JournalOpenError,
    JournalTooNew,
    JournalUnreadable,
    JournalWriteFailed,
    PassphraseNeeded,
    PassphraseRefused,
    Store,
    open_store,
)
from moodapp.store.journal_database import OpenForReadingOnly
from moodapp.store.journal_file import ReadOnly
from moodapp.store.read_errors import damage_in, damage_refused, note_damage
from moodapp.write_failure import DISK_FULL, is_write_failure, why_not_written

__all__ = [
    "EntryNotFound",
    "JournalDamaged",
    "JournalOpenError",
    "JournalService",
    "JournalTooNew",
    "JournalUnreadable",
    "JournalWriteFailed",
    "PassphraseNeeded",
    "PassphraseRefused",
    "ReadOnly",
    "SaveFailed",
    "damage_in",
    "damage_refused",
    "local_now",
    "note_damage",
    "opened_journal",
    "write_transaction",
]

Clock = Callable[[], datetime]


def local_now() -> datetime:
    """Now, in this machine's local offset."""
    return datetime.now().astimezone()


class EntryNotFound(LookupError):
    def __init__(self, uid: str) -> None:
        super().__init__(f"There is no entry with the id {uid}.")
        self.uid = uid


class SaveFailed(RuntimeError):
    """The database refused a write (a full disk, a lost drive); nothing was written."""


def refuse_when_read_only(store: Store) -> None:
    """A change that replaces the journal's file (a restore, a change of encryption) is
    refused while the journal is open for reading only: the owner's choice stands."""
    if store.read_only:
        raise SaveFailed(
            f"The journal is open for reading only ({store.read_only}), so nothing was changed."
        )


def _what_failed(error: BaseException, folder: Path) -> str:
    """The first failure, in words. When the disk is full SQLite rolls back by itself, and
    the rollback that follows fails too, hiding the cause; this finds it again."""
    while "no transaction is active" in str(error) and error.__context__ is not None:
        error = error.__context__
    text = str(error)
    if isinstance(error, OpenForReadingOnly):
        return text
    refused = is_write_failure(error)
    if "full" in text or (refused and why_not_written(error, folder) == DISK_FULL):
        return "the disk is full; free some space and save again"
    if "readonly" in text or "read-only" in text:
        return "the journal's folder cannot be written to"
    if "locked" in text:
        return (
            f"another program kept it busy for over {BUSY_TIMEOUT_MS // 1000} seconds; "
            "try again when it has finished"
        )
    return why_not_written(error, folder) if refused else text


def _nothing() -> None:
    pass


@contextlib.contextmanager
def write_transaction(store: Store, committed: Callable[[], None] = _nothing) -> Iterator[None]:
    """All the writes inside, or none of them; a database failure becomes SaveFailed.

    It begins IMMEDIATE, taking the write lock first: a save that finds another moodapp
    writing waits for it (the busy timeout), where a deferred transaction would fail at
    once when its first write needs the lock. Ctrl+C during the commit takes effect only
    after ``committed`` has run, so the caller can tell whether the writes are in.
    """
    try:
        with contextlib.ExitStack() as after_commit:
            with store.db.atomic(lock_type="IMMEDIATE"):
                yield
                after_commit.enter_context(ctrl_c_held())
            committed()
    except (PeeweeException, sqlite3.Error, OSError) as error:
        why = _what_failed(error, store.path.parent)
        raise SaveFailed(f"The journal could not be written: {why}. Nothing was saved.") from error


class JournalService:
    def __init__(self, store: Store, clock: Clock = local_now) -> None:
        self._store = store
        self._clock = clock

    def now(self) -> datetime:
        return self._clock()

    @property
    def store(self) -> Store:
        """The open journal, for the other services that work on it."""
        return self._store

    def close(self) -> None:
        self._store.close()

    # -- catalogue, as entries need it --------------------------------------

    def emotions(self, include_archived: bool = False) -> list[Emotion]:
        return catalogue_store.read_emotions(include_archived)

    def triggers(self, include_archived: bool = False) -> list[Trigger]:
        return catalogue_store.read_triggers(include_archived)

    # -- reading ------------------------------------------------------------

    def holds(self, uid: str) -> bool:
        return entry_store.read_entry(uid) is not None

    def get(self, uid: str) -> Entry:
        entry = entry_store.read_entry(uid)
        if entry is None:
            raise EntryNotFound(uid)
        return entry

    def entries(self, start: date | None = None, end: date | None = None) -> list[Entry]:
        """Entries whose local date is from ``start`` to ``end`` (both included), oldest first."""
        return entry_store.read_entries(start, end)

    def recent(self, days: int = 7) -> list[Entry]:
        """Today's entries and those of the ``days`` days before, newest first."""
        today = self.now().date()
        return list(reversed(self.entries(today - timedelta(days=days), None)))

    def day_summaries(
        self, start: date, end: date, episodes: EpisodeFilter = ALL_EPISODES
    ) -> dict[date, DaySummary]:
        """Each day from ``start`` to ``end`` that has entries, summed up in one query."""
        return day_store.read_day_summaries(start, end, episodes)

    def crying_logged_on(self, day: date) -> bool:
        """Whether an episode of crying (not only of almost crying) is logged on ``day``."""
        summary = self.day_summaries(day, day).get(day)
        return summary is not None and summary.cried > 0

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Entries whose notes, tags, emotions or triggers hold every word of ``text``."""
        return search_store.search(text, limit)

    # -- writing ------------------------------------------------------------

    def record(self, entry: Entry) -> Entry:
        """Save a new entry; its uid must not be in the journal yet."""
        self._save([entry], must_be_new=True)
        return self.get(entry.uid)

    def update(self, entry: Entry) -> Entry:
        """Replace the stored entry with the same uid; it keeps its creation time."""
        self.get(entry.uid)  # raises EntryNotFound
        self._save([entry], must_be_new=False)
        return self.get(entry.uid)

    def save(self, entry: Entry) -> Entry:
        """Insert or replace by uid; used to put an entry back when a change is undone."""
        self._save([entry], must_be_new=False)
        return self.get(entry.uid)

    def save_many(self, entries: Sequence[Entry]) -> int:
        """Insert or replace many entries in one transaction: all of them, or none."""
        return self._save(entries, must_be_new=False)

    def _save(self, entries: Sequence[Entry], *, must_be_new: bool) -> int:
        now = self.now()
        emotion_keys = {e.key for e in self.emotions(include_archived=True)}
        trigger_keys = {t.key for t in self.triggers(include_archived=True)}
        errors = []
        for entry in entries:
            errors += validate_entry(entry, now=now, emotions=emotion_keys, triggers=trigger_keys)
        if errors:
            raise InvalidInput(errors)
        with write_transaction(self._store):
            for entry in entries:
                created = self._creation_time_for(entry, must_be_new)
                entry_store.write_entry(
                    replace(
                        entry,
                        occurred_at=entry.occurred_at.replace(microsecond=0),
                        created_at=created or now,
                        updated_at=now,
                    )
                )
        return len(entries)

    @staticmethod
    def _creation_time_for(entry: Entry, must_be_new: bool) -> datetime | None:
        """The stored entry's creation time when it is replaced; checks the uid's use."""
        stored = entry_store.stored_kind_and_creation(entry.uid)
        if stored is None:
            return entry.created_at
        kind, created = stored
        if must_be_new:
            raise InvalidInput(
                [FieldError("uid", f"An entry with the id {entry.uid} exists already.")]
            )
        if kind is not type(entry):
            raise InvalidInput(
                [FieldError("uid", f"The id {entry.uid} belongs to an entry of another kind.")]
            )
        return created

    def delete(self, uid: str) -> Entry:
        """Delete an entry and return it as it was, so the deletion can be undone."""
        with write_transaction(self._store):
            entry = self.get(uid)
            entry_store.delete_entry(uid)
        return entry


def open_journal_service(
    paths: AppPaths, clock: Clock = local_now, passphrase: str | None = None
) -> JournalService:
    """The journal at ``paths``, open until ``close()``; raises JournalOpenError."""
    store = open_store(
        paths.journal_file, paths.backup_dir, passphrase, check_record=paths.journal_check_file
    )
    return JournalService(store, clock)


@contextlib.contextmanager
def opened_journal(
    paths: AppPaths, clock: Clock = local_now, passphrase: str | None = None
) -> Iterator[JournalService]:
    """The journal at ``paths``, open for the ``with`` block; raises JournalOpenError
    (PassphraseNeeded for an encrypted journal opened without its passphrase)."""
    with contextlib.closing(open_journal_service(paths, clock, passphrase)) as journal:
        yield journal
