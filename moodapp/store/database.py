"""Opening the journal file safely: checks, pragmas, migrations, a copy before migrating.

A file that is not a moodapp journal, is damaged or encrypted, or was written by
a newer version is refused with a clear message and left exactly as it was: it
is inspected read-only before anything opens it for writing.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, cast

from peewee import PeeweeException as PeeweeError
from peewee import SqliteDatabase
from playhouse.migrations import MigrationError, Runner

from moodapp.paths import ensure_private_dir
from moodapp.store.models import database_proxy

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATION_TABLE = "schema_migration"
PRIVATE_FILE_MODE = 0o600
PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),  # a save that returned survives a crash or power loss
    ("foreign_keys", 1),
    ("busy_timeout", 5000),
)


class JournalOpenError(Exception):
    """The journal cannot be opened; the message is meant for the person."""


class JournalUnreadable(JournalOpenError):
    pass


class JournalTooNew(JournalOpenError):
    pass


@dataclass
class Store:
    """An open journal database. Close it when done."""

    db: SqliteDatabase
    path: Path

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()
        if database_proxy.obj is self.db:
            database_proxy.initialize(None)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_migrations_dir() -> contextlib.AbstractContextManager[Path]:
    return resources.as_file(resources.files("moodapp.store") / "migrations")


def _known_migrations(migrations_dir: Path) -> set[str]:
    return {p.stem for p in migrations_dir.glob("[0-9]*.py")}


def _inspect_read_only(path: Path) -> list[str]:
    """Names of the migrations already applied to an existing journal, without writing to it."""
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise JournalUnreadable(
            f"{path} is not a moodapp journal that this version can read: it may be "
            "encrypted or damaged. It was left as it is."
        )
    # Without a write-ahead log beside it, the file alone is the whole journal: read it as
    # immutable so that SQLite creates no -wal or -shm files next to a file it must not touch.
    has_wal = path.with_name(path.name + "-wal").exists()
    query = "mode=ro" if has_wal else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?{query}", uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return []
            if MIGRATION_TABLE not in tables:
                raise JournalUnreadable(
                    f"{path} is an SQLite database, but not a moodapp journal. "
                    "It was left as it is."
                )
            return [r[0] for r in conn.execute(f'SELECT name FROM "{MIGRATION_TABLE}"')]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise JournalUnreadable(
            f"{path} could not be read ({error}). It may be damaged; it was left as it is."
        ) from error


def _create_private_file(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)


def backup_copy(db: SqliteDatabase, target: Path) -> Path:
    """A consistent copy of an open database (SQLite's online backup), private to its owner."""
    ensure_private_dir(target.parent)
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    _create_private_file(partial)
    dest = sqlite3.connect(partial)
    try:
        cast(Any, db).connection().backup(dest)  # peewee's stubs leave connection() untyped
    finally:
        dest.close()
    partial.replace(target)
    return target


def _timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def open_store(path: Path, backup_dir: Path, migrations_dir: Path | None = None) -> Store:
    """Open (creating if needed) and migrate the journal at ``path``."""
    if migrations_dir is None:
        with default_migrations_dir() as shipped:
            return open_store(path, backup_dir, shipped)

    ensure_private_dir(path.parent)
    existing = path.exists() and path.stat().st_size > 0
    if existing:
        unknown = sorted(set(_inspect_read_only(path)) - _known_migrations(migrations_dir))
        if unknown:
            raise JournalTooNew(
                f"{path} was written by a newer version of moodapp (it has changes this version "
                f"does not know: {', '.join(unknown)}). Please update moodapp; the journal was "
                "left as it is."
            )
    elif not path.exists():
        _create_private_file(path)
    if os.name == "posix":
        path.chmod(PRIVATE_FILE_MODE)

    db = SqliteDatabase(str(path), pragmas=PRAGMAS)
    try:
        db.connect()
        _migrate(db, path, backup_dir, migrations_dir)
    except (PeeweeError, MigrationError, sqlite3.Error, OSError) as error:
        db.close()
        raise JournalOpenError(f"{path} could not be opened: {error}") from error
    database_proxy.initialize(db)
    return Store(db, path)


def _migrate(db: SqliteDatabase, path: Path, backup_dir: Path, migrations_dir: Path) -> None:
    runner = Runner(db, str(migrations_dir), table_name=MIGRATION_TABLE)
    status = runner.status()
    pending = [m.name for m in status if not m.applied]
    if pending and any(m.applied for m in status):
        backup_copy(db, backup_dir / f"{path.stem}-before-{pending[0]}-{_timestamp()}.sqlite3")
    runner.up()


@contextlib.contextmanager
def open_journal(path: Path, backup_dir: Path) -> Iterator[Store]:
    store = open_store(path, backup_dir)
    try:
        yield store
    finally:
        store.close()
