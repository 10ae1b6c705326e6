"""A consistent copy of an open journal, and the timestamps that name copies."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from peewee import PeeweeException as PeeweeError
from peewee import SqliteDatabase

from moodapp.domain.text import QT_TRANSLATE_NOOP, Words
from moodapp.files import atomic_file
from moodapp.paths import ensure_private_dir
from moodapp.store.journal_database import JournalDatabase
from moodapp.write_failure import not_written

BACKUP_NOT_WRITTEN = Words(
    "Backups", QT_TRANSLATE_NOOP("Backups", "The backup could not be written")
)


def snapshot(db: SqliteDatabase, target: Path) -> Path:
    """A consistent copy of an open journal (VACUUM INTO, so it can run while the app
    writes), encrypted with the same key as the journal, private to its owner. Written
    beside the target and renamed, so a copy that exists is whole; one that cannot be
    written (a full disk) leaves nothing and raises NotWritten, saying why."""
    if isinstance(db, JournalDatabase):
        db.finish_check()  # no copy of a journal whose check is still to come
    try:
        ensure_private_dir(target.parent)
        with atomic_file(target) as partial:
            db.execute_sql("VACUUM INTO ?", (str(partial),))  # type: ignore[no-untyped-call]
    except (PeeweeError, sqlite3.Error, OSError) as error:
        raise not_written(BACKUP_NOT_WRITTEN, error, target.parent) from error
    return target


def timestamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
