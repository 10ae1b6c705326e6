"""Opening the journal file safely: checks, pragmas, migrations, a copy before migrating.

A file that is not a moodapp journal, is damaged, cannot be opened with the
passphrase given, or was written by a newer version is refused with a clear
message and left exactly as it was: it is inspected read-only (with
``PRAGMA quick_check``) before anything opens it for writing.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from peewee import PeeweeException as PeeweeError
from peewee import SqliteDatabase
from playhouse.migrations import MigrationError, Runner

from moodapp.files import atomic_file
from moodapp.paths import PRIVATE_FILE_MODE, ensure_private_dir
from moodapp.store.crypto import (
    WrongPassphrase,
    connect,
    database,
    database_errors,
    looks_encrypted,
)
from moodapp.store.encryption import secure_backups
from moodapp.store.journal_use import JournalInUse, JournalUse
from moodapp.store.leftovers import tidy_up
from moodapp.store.models import database_proxy

MIGRATION_TABLE = "schema_migration"
QUICK_CHECK_LINES = 3  # problems quoted in a message about a damaged journal


class JournalOpenError(Exception):
    """The journal cannot be opened; the message is meant for the person."""


class JournalUnreadable(JournalOpenError):
    pass


class JournalDamaged(JournalUnreadable):
    """The file is a moodapp journal, but SQLite's check finds it damaged."""


class JournalTooNew(JournalOpenError):
    pass


class PassphraseNeeded(JournalOpenError):
    """The journal is encrypted and no passphrase was given."""


class PassphraseRefused(JournalOpenError):
    """The passphrase does not open the journal."""


@dataclass(eq=False)
class Store:
    """An open journal database. Close it when done."""

    db: SqliteDatabase
    path: Path
    backup_dir: Path
    passphrase: str | None = field(default=None, repr=False)
    use: JournalUse = field(default_factory=JournalUse, repr=False)

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    def close(self) -> None:
        self.close_database()
        self.use.release()

    def close_database(self) -> None:
        """Close the connection but keep this process's hold on the journal (to replace
        its file, then ``reopen``)."""
        if not self.db.is_closed():
            self.db.close()
        if database_proxy.obj is self.db:
            database_proxy.initialize(None)

    def alone(self) -> contextlib.AbstractContextManager[None]:
        """While no other moodapp has the journal open: to replace its file. Waits for those
        that have it open and keeps new ones waiting; raises JournalInUse when others keep
        it open too long."""
        return self.use.alone()

    def reopen(self, passphrase: str | None) -> None:
        """Close the journal and open it again (with this passphrase): after its file was
        replaced by an encrypted, decrypted or restored one. Whoever holds this Store
        goes on using it."""
        self.close_database()
        reopened = _open(self.path, self.backup_dir, passphrase, None, self.use)
        self.db, self.passphrase = reopened.db, reopened.passphrase

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_migrations_dir() -> contextlib.AbstractContextManager[Path]:
    return resources.as_file(resources.files("moodapp.store") / "migrations")


def _known_migrations(migrations_dir: Path) -> set[str]:
    return {p.stem for p in migrations_dir.glob("[0-9]*.py")}


def _left_as_it_is(path: Path, problem: str) -> str:
    return f"{path} {problem} It was left as it is."


def _inspect_read_only(path: Path, passphrase: str | None) -> list[str]:
    """Names of the migrations applied to an existing journal, after SQLite's quick check;
    nothing is written, and no file is created beside it."""
    try:
        conn = connect(path, passphrase, read_only=True)
    except WrongPassphrase:
        raise PassphraseRefused(
            "That passphrase does not open the journal. Please try again. (A file that is "
            "not a moodapp journal at all cannot be told apart from a wrong passphrase.)"
        ) from None
    try:
        problems = [r[0] for r in conn.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise JournalDamaged(
                _left_as_it_is(
                    path,
                    "is damaged: SQLite's check found "
                    + "; ".join(problems[:QUICK_CHECK_LINES])
                    + ("; ..." if len(problems) > QUICK_CHECK_LINES else "")
                    + ".",
                )
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return []
        if MIGRATION_TABLE not in tables:
            raise JournalUnreadable(
                _left_as_it_is(path, "is an SQLite database, but not a moodapp journal.")
            )
        return [r[0] for r in conn.execute(f'SELECT name FROM "{MIGRATION_TABLE}"')]
    except database_errors(passphrase is not None) as error:
        raise JournalDamaged(
            _left_as_it_is(path, f"is damaged and could not be read (SQLite says: {error}).")
        ) from error
    finally:
        conn.close()


def _create_private_file(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)


def snapshot(db: SqliteDatabase, target: Path) -> Path:
    """A consistent copy of an open journal (VACUUM INTO, so it can run while the app
    writes), encrypted with the same key as the journal, private to its owner. Written
    beside the target and renamed, so a copy that exists is whole."""
    ensure_private_dir(target.parent)
    with atomic_file(target) as partial:
        db.execute_sql("VACUUM INTO ?", (str(partial),))  # type: ignore[no-untyped-call]
    return target


def timestamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def open_store(
    path: Path,
    backup_dir: Path,
    passphrase: str | None = None,
    migrations_dir: Path | None = None,
) -> Store:
    """Open (creating if needed) and migrate the journal at ``path``.

    An encrypted journal needs its passphrase (PassphraseNeeded without one,
    PassphraseRefused with a wrong one); a plain journal ignores one. While another
    moodapp replaces the journal's file, this waits until it has finished.
    """
    ensure_private_dir(path.parent)
    try:
        use = JournalUse.share(path)
    except JournalInUse as error:
        raise JournalOpenError(str(error)) from None
    try:
        return _open(path, backup_dir, passphrase, migrations_dir, use)
    except BaseException:
        use.release()
        raise


def _open(
    path: Path,
    backup_dir: Path,
    passphrase: str | None,
    migrations_dir: Path | None,
    use: JournalUse,
) -> Store:
    if migrations_dir is None:
        with default_migrations_dir() as shipped:
            return _open(path, backup_dir, passphrase, shipped, use)

    tidy_up(path, backup_dir)  # what a crash interrupted: conversions, restores, backups
    encrypted = looks_encrypted(path)
    if encrypted and passphrase is None:
        raise PassphraseNeeded(
            f"{path} is encrypted (or is not a journal at all): its passphrase is needed to "
            "open it. It was left as it is."
        )
    key = passphrase if encrypted else None
    if path.exists() and path.stat().st_size > 0:
        unknown = sorted(set(_inspect_read_only(path, key)) - _known_migrations(migrations_dir))
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

    use.share_from_now()  # the file is a journal: from here on its lock may be made
    db = database(path, key)
    try:
        db.connect()
        _migrate(db, path, backup_dir, migrations_dir)
    except (PeeweeError, MigrationError, sqlite3.Error, OSError) as error:
        db.close()
        raise JournalOpenError(f"{path} could not be opened: {error}") from error
    database_proxy.initialize(db)
    if key is not None:
        secure_backups(backup_dir, key)  # plain copies an interrupted encryption left
    return Store(db, path, backup_dir, key, use)


def _migrate(db: SqliteDatabase, path: Path, backup_dir: Path, migrations_dir: Path) -> None:
    runner = Runner(db, str(migrations_dir), table_name=MIGRATION_TABLE)
    status = runner.status()
    pending = [m.name for m in status if not m.applied]
    if pending and any(m.applied for m in status):
        snapshot(db, backup_dir / f"{path.stem}-{timestamp()}-before-{pending[0]}.sqlite3")
    runner.up()


@contextlib.contextmanager
def open_journal(path: Path, backup_dir: Path, passphrase: str | None = None) -> Iterator[Store]:
    store = open_store(path, backup_dir, passphrase)
    try:
        yield store
    finally:
        store.close()
