"""Every write to the journal runs in one transaction, and fails in words.

A database error inside ``write_transaction`` becomes SaveFailed, whose message says what
happened (a full disk, a folder that cannot be written to, another program holding the
journal) and that nothing was saved.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from peewee import PeeweeException

from moodapp.domain.text import QT_TRANSLATE_NOOP, Refusal, Words, words
from moodapp.interruption import ctrl_c_held
from moodapp.store.crypto import BUSY_TIMEOUT_MS
from moodapp.store.database import Store
from moodapp.store.journal_database import OpenForReadingOnly
from moodapp.store.journal_file import ReadOnly
from moodapp.write_failure import DISK_FULL, is_write_failure, why_not_written


class SaveFailed(Refusal, RuntimeError):
    """The database refused a write (a full disk, a lost drive); nothing was written."""


READ_ONLY = QT_TRANSLATE_NOOP(
    "Writes", "The journal is open for reading only ({why}), so nothing was changed."
)
WHY_READ_ONLY = {
    ReadOnly.FILE: Words("Writes", QT_TRANSLATE_NOOP("Writes", "its file allows no writing")),
    ReadOnly.FOLDER: Words("Writes", QT_TRANSLATE_NOOP("Writes", "its folder allows no writing")),
}
NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Writes", "The journal could not be written: {why}. Nothing was saved."
)
FULL = QT_TRANSLATE_NOOP("Writes", "the disk is full; free some space and save again")
FOLDER_READ_ONLY = QT_TRANSLATE_NOOP("Writes", "the journal's folder cannot be written to")
BUSY = QT_TRANSLATE_NOOP(
    "Writes",
    "another program kept it busy for over {seconds} seconds; try again when it has finished",
)


def refuse_when_read_only(store: Store) -> None:
    """A change that replaces the journal's file (a restore, a change of encryption) is
    refused while the journal is open for reading only: the owner's choice stands."""
    if store.read_only:
        raise SaveFailed(words("Writes", READ_ONLY, why=WHY_READ_ONLY[store.read_only]))


def _what_failed(error: BaseException, folder: Path) -> Words | str:
    """The first failure, in words. When the disk is full SQLite rolls back by itself, and
    the rollback that follows fails too, hiding the cause; this finds it again."""
    while "no transaction is active" in str(error) and error.__context__ is not None:
        error = error.__context__
    text = str(error)
    if isinstance(error, OpenForReadingOnly):
        return text
    refused = is_write_failure(error)
    if "full" in text or (refused and why_not_written(error, folder) == DISK_FULL):
        return Words("Writes", FULL)
    if "readonly" in text or "read-only" in text:
        return Words("Writes", FOLDER_READ_ONLY)
    if "locked" in text:
        return words("Writes", BUSY, seconds=BUSY_TIMEOUT_MS // 1000)
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
        raise SaveFailed(words("Writes", NOT_WRITTEN, why=why)) from error
