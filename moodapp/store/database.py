"""Opening the journal file safely: checks, pragmas, migrations, a copy before migrating.

A file that is not a moodapp journal, is damaged, cannot be opened with the
passphrase given, or was written by a newer version is refused with a clear
message and left exactly as it was: it is inspected read-only before anything
opens it for writing (file_check.py, schema_check.py; the full check runs when the
file changed since moodapp last closed it, check_record.py). When it has not changed,
the window may leave the quick check until its first frame is drawn (``check_later``):
until that check has found the file whole, nothing is written to it, and a write that
comes first runs the check first (journal_database.py). An empty file is
refused like a damaged one: only a missing journal is made anew (new_journal.py).
A link, a folder or a device is refused, and a journal whose file or folder allows
no writing is opened for reading only (journal_file.py). A write the system refuses
while opening (a full disk: SQLite needs room beside the journal) is said as such,
never taken for damage.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from peewee import PeeweeException as PeeweeError
from peewee import SqliteDatabase

from moodapp.domain.text import QT_TRANSLATE_NOOP, Words
from moodapp.files import atomic_file
from moodapp.paths import ensure_private_dir
from moodapp.store import file_check, new_journal
from moodapp.store.check_record import Found, last_found, record_found
from moodapp.store.crypto import (
    WrongPassphrase,
    connect,
    database,
    database_errors,
    looks_encrypted,
)
from moodapp.store.encryption import secure_backups
from moodapp.store.journal_database import JournalDatabase
from moodapp.store.journal_file import ReadOnly, keep_private, kind_problem, read_only_reason
from moodapp.store.journal_use import JournalInUse, JournalUse
from moodapp.store.leftovers import tidy_up
from moodapp.store.models import database_proxy
from moodapp.store.schema_check import missing_parts
from moodapp.write_failure import DISK_FULL_ERRNOS, is_write_failure, not_written

BACKUP_NOT_WRITTEN = Words(
    "Backups", QT_TRANSLATE_NOOP("Backups", "The backup could not be written")
)

MIGRATION_TABLE = "schema_migration"
PROBLEM_LINES = 3  # problems quoted in a message about a damaged journal


class JournalOpenError(Exception):
    """The journal cannot be opened; the message is meant for the person."""


class JournalUnreadable(JournalOpenError):
    pass


class JournalDamaged(JournalUnreadable):
    """The file is a moodapp journal, but SQLite's check finds it damaged."""

    how = ""  # set when found while the journal is open: the damage in a few words


class JournalTooNew(JournalOpenError):
    pass


class JournalWriteFailed(JournalOpenError):
    """Opening needed to write (SQLite's files beside the journal, a new journal, a backup
    before an update) and the system refused it: a full disk, say. Nothing was changed."""


class MigrationBroken(Exception):
    """A migration file that peewee's runner cannot use (its MigrationError, loaded only
    when opening runs the migrations)."""


class PassphraseNeeded(JournalOpenError):
    """The journal is encrypted and no passphrase was given."""


class PassphraseRefused(JournalOpenError):
    """The passphrase does not open the journal."""


@dataclass(eq=False)
class Store:
    """An open journal database. Close it when done."""

    db: JournalDatabase
    path: Path
    backup_dir: Path
    passphrase: str | None = field(default=None, repr=False)
    use: JournalUse = field(default_factory=JournalUse, repr=False)
    read_only: ReadOnly = ReadOnly.NO  # why the journal may only be read, if it may
    check_record: Path | None = None  # where what was found of the file is kept

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
            with contextlib.suppress(JournalDamaged):  # recorded as found, below
                self.db.finish_check()  # a file never checked is never recorded clean
            self.db.close()
            self._record_close()
        if database_proxy.obj is self.db:
            database_proxy.initialize(None)

    def _record_close(self) -> None:
        if self.read_only is not ReadOnly.FOLDER:  # nothing is written where it may not be
            found = Found.DAMAGED if self.db.found_damaged else Found.CLEAN
            record_found(self.check_record, self.path, found)

    def finish_check(self) -> None:
        """Run the quick check left for later (``check_later``), if it has not run yet;
        raises JournalDamaged when it finds the journal damaged, which then writes nothing."""
        self.db.finish_check()

    def note_damage(self) -> None:
        """Reading found the journal damaged: nothing more is written to it, and it is
        refused at the next open unless its file changes."""
        self.db.note_damage()

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
        reopened = _open(
            self.path, self.backup_dir, passphrase, None, self.use, check_record=self.check_record
        )
        self.db, self.passphrase = reopened.db, reopened.passphrase
        self.read_only = reopened.read_only

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


def _write_failed(path: Path, doing: str, error: BaseException) -> JournalWriteFailed:
    """``doing``: "could not be opened", "could not be made"."""
    return JournalWriteFailed(str(not_written(Words("", f"{path} {doing}"), error, path.parent)))


def _damaged(path: Path, lead: str, problems: list[str]) -> JournalDamaged:
    lines = [line for p in problems for line in p.splitlines() if not line.startswith("***")]
    quoted = "; ".join(lines[:PROBLEM_LINES]) + ("; ..." if len(lines) > PROBLEM_LINES else "")
    return JournalDamaged(_left_as_it_is(path, f"is damaged: {lead}{quoted}."))


def _connect_read_only(path: Path, passphrase: str | None) -> Any:
    try:
        return connect(path, passphrase, read_only=True)
    except WrongPassphrase:
        raise PassphraseRefused(
            "That passphrase does not open the journal. Please try again. (A file that is "
            "not a moodapp journal at all cannot be told apart from a wrong passphrase.)"
        ) from None
    except database_errors(passphrase is not None) as error:
        if is_write_failure(error):  # a read-only look writes SQLite's index beside a log
            raise _write_failed(path, "could not be opened", error) from error
        raise


def _inspect_read_only(
    path: Path, passphrase: str | None, migrations_dir: Path, found: Found, quick: bool = True
) -> list[str]:
    """Names of the migrations applied to an existing journal, after checking that it is
    whole (fully unless ``found`` says it is as it was when it was last found clean; the
    quick check is left out when not ``quick``); nothing is written, and no file is
    created beside it."""
    if found is Found.DAMAGED:
        raise JournalDamaged(
            _left_as_it_is(path, "was found damaged when it was last read, and has not changed.")
        )
    conn = _connect_read_only(path, passphrase)
    full = found is not Found.CLEAN
    try:
        size = file_check.size_problem(conn, path)
        if size:
            raise _damaged(path, "", [size])
        if full or quick:
            _refuse_damage(conn, path, full=full, encrypted=passphrase is not None)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return []
        if MIGRATION_TABLE not in tables:
            raise JournalUnreadable(
                _left_as_it_is(path, "is an SQLite database, but not a moodapp journal.")
            )
        applied = [r[0] for r in conn.execute(f'SELECT name FROM "{MIGRATION_TABLE}"')]
        unknown = sorted(set(applied) - _known_migrations(migrations_dir))
        if unknown:
            raise JournalTooNew(
                f"{path} was written by a newer version of moodapp (it has changes this version "
                f"does not know: {', '.join(unknown)}). Please update moodapp; the journal was "
                "left as it is."
            )
        missing = missing_parts(conn, migrations_dir, MIGRATION_TABLE, applied) if full else []
        if missing:
            raise _damaged(path, "it lacks ", missing)
        return applied
    except UnicodeDecodeError as error:  # SQLite's words about a damaged schema
        raise JournalDamaged(
            _left_as_it_is(path, "is damaged: the names of its tables cannot be read.")
        ) from error
    except database_errors(passphrase is not None) as error:
        if is_write_failure(error):  # a full disk, say, is no damage
            raise _write_failed(path, "could not be opened", error) from error
        raise JournalDamaged(
            _left_as_it_is(path, f"is damaged and could not be read (SQLite says: {error}).")
        ) from error
    finally:
        conn.close()


def _refuse_damage(conn: Any, path: Path, *, full: bool, encrypted: bool) -> None:
    """Raise JournalDamaged if SQLite's check finds the file damaged."""
    problems = file_check.sqlite_problems(conn, full=full, encrypted=encrypted)
    if problems:
        raise _damaged(path, "SQLite's check found ", problems)


def _quick_check_later(db: JournalDatabase, path: Path, encrypted: bool) -> None:
    """The open journal's quick check, left until ``finish_check`` or its first write."""

    def check() -> None:
        try:
            conn = db.connection()  # type: ignore[no-untyped-call]
            _refuse_damage(conn, path, full=False, encrypted=encrypted)
        except JournalDamaged as error:
            db.note_damage()
            error.how = "SQLite's check of the file found damage"
            raise
        except database_errors(encrypted) as error:
            db.note_damage()
            damaged = JournalDamaged(
                _left_as_it_is(path, f"is damaged and could not be read (SQLite says: {error}).")
            )
            damaged.how = f"SQLite says: {error}"
            raise damaged from error

    db.check_before_writing(check)


def _create(path: Path, backup_dir: Path, migrations_dir: Path, read_only: ReadOnly) -> None:
    """A new journal, made whole at once (see new_journal.py)."""
    if read_only:
        raise JournalOpenError(f"{path} does not exist, and cannot be made: {read_only}.")

    def build(building: Path) -> None:
        db = database(building, None)
        try:
            db.connect()
            _migrate(db, building, backup_dir, migrations_dir)
        finally:
            db.close()

    try:
        new_journal.create(path, build)
    except (PeeweeError, MigrationBroken, sqlite3.Error, OSError) as error:
        if is_write_failure(error):
            raise _write_failed(path, "could not be made", error) from error
        raise JournalOpenError(f"{path} could not be made: {error}") from error


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


def open_store(
    path: Path,
    backup_dir: Path,
    passphrase: str | None = None,
    migrations_dir: Path | None = None,
    *,
    check_record: Path | None = None,
    check_later: bool = False,
) -> Store:
    """Open (creating if needed) and migrate the journal at ``path``.

    An encrypted journal needs its passphrase (PassphraseNeeded without one,
    PassphraseRefused with a wrong one); a plain journal ignores one. While another
    moodapp replaces the journal's file, this waits until it has finished. What was
    found of the file is kept in ``check_record`` (without one, every open checks it fully).
    With ``check_later``, the quick check of a file unchanged since it was last found clean
    waits for ``Store.finish_check`` or the first write, and the journal writes nothing
    until it has found the file whole.
    """
    try:
        ensure_private_dir(path.parent)
    except OSError as error:
        if error.errno in DISK_FULL_ERRNOS:
            raise _write_failed(path.parent, "could not be made", error) from None
        raise JournalOpenError(f"{path.parent} cannot hold a journal: {error.strerror}.") from None
    try:
        use = JournalUse.share(path)
    except JournalInUse as error:
        raise JournalOpenError(str(error)) from None
    try:
        return _open(
            path, backup_dir, passphrase, migrations_dir, use,
            check_record=check_record, check_later=check_later,
        )  # fmt: skip
    except BaseException:
        use.release()
        raise


def _open(
    path: Path,
    backup_dir: Path,
    passphrase: str | None,
    migrations_dir: Path | None,
    use: JournalUse,
    *,
    check_record: Path | None,
    check_later: bool = False,
) -> Store:
    if migrations_dir is None:
        with default_migrations_dir() as shipped:
            return _open(
                path, backup_dir, passphrase, shipped, use,
                check_record=check_record, check_later=check_later,
            )  # fmt: skip

    read_only = _openable(path)
    if read_only is not ReadOnly.FOLDER:
        tidy_up(path, backup_dir)  # what a crash interrupted: conversions, restores, backups
        new_journal.clear_leftovers(path)
    if not path.exists():
        _create(path, backup_dir, migrations_dir, read_only)
    if path.stat().st_size == 0:
        raise JournalDamaged(
            _left_as_it_is(path, "is empty: it holds no journal (only a missing one is made anew).")
        )
    encrypted = looks_encrypted(path)
    if encrypted and passphrase is None:
        raise PassphraseNeeded(
            f"{path} is encrypted (or is not a journal at all): its passphrase is needed to "
            "open it. It was left as it is."
        )
    key = passphrase if encrypted else None
    applied, later = _inspected(path, key, migrations_dir, check_record, check_later)
    if read_only and _known_migrations(migrations_dir) - set(applied):
        raise JournalOpenError(
            _left_as_it_is(
                path,
                f"needs an update by this version of moodapp, but {read_only}. Allow writing "
                "to it, then open it again.",
            )
        )
    keep_private(path)  # a mode, not the journal: done even when it may only be read

    if read_only is not ReadOnly.FOLDER:
        use.share_from_now()  # the file is a journal: from here on its lock may be made
    db = database(path, key, read_only)
    try:
        db.connect()
        if later:  # no update is due: nothing is written until the check has run
            _quick_check_later(db, path, key is not None)
        elif not read_only:
            _migrate(db, path, backup_dir, migrations_dir)
    except (PeeweeError, MigrationBroken, sqlite3.Error, OSError) as error:
        db.close()
        if is_write_failure(error):
            raise _write_failed(path, "could not be opened", error) from error
        raise JournalOpenError(f"{path} could not be opened: {error}") from error
    database_proxy.initialize(db)
    if key is not None and not read_only:
        secure_backups(backup_dir, key)  # plain copies an interrupted encryption left
    return Store(db, path, backup_dir, key, use, read_only, check_record)


def _openable(path: Path) -> ReadOnly:
    """Why the journal may only be read, if it may; JournalOpenError for a link, a folder or
    a device in its place."""
    problem = kind_problem(path)
    if problem:
        raise JournalOpenError(_left_as_it_is(path, problem))
    return read_only_reason(path)


def _inspected(
    path: Path, key: str | None, migrations_dir: Path, check_record: Path | None, later: bool
) -> tuple[list[str], bool]:
    """(the migrations applied, whether the quick check was left for later). Only the quick
    check of a file found clean before may wait, and only when no update (which writes) is
    due: the full check, and a check before an update, come first."""
    found = last_found(check_record, path)
    later = later and found is Found.CLEAN
    applied = _inspect_read_only(path, key, migrations_dir, found, quick=not later)
    if later and _known_migrations(migrations_dir) - set(applied):
        later = False
        _inspect_read_only(path, key, migrations_dir, found)
    return applied, later


def _migrate(db: SqliteDatabase, path: Path, backup_dir: Path, migrations_dir: Path) -> None:
    from playhouse.migrations import MigrationError, Runner  # not loaded when none can be due

    try:
        runner = Runner(db, str(migrations_dir), table_name=MIGRATION_TABLE)
        status = runner.status()
        pending = [m.name for m in status if not m.applied]
        if pending and any(m.applied for m in status):
            snapshot(db, backup_dir / f"{path.stem}-{timestamp()}-before-{pending[0]}.sqlite3")
        runner.up()
    except MigrationError as error:
        raise MigrationBroken(str(error)) from error


@contextlib.contextmanager
def open_journal(path: Path, backup_dir: Path, passphrase: str | None = None) -> Iterator[Store]:
    store = open_store(path, backup_dir, passphrase)
    try:
        yield store
    finally:
        store.close()
