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
never taken for damage. The checks before opening are in open_checks.py, the updates
in migrating.py, the messages in open_errors.py.

One journal is open in a process at a time (bound_database.py): opening another while
one is open is refused with AnotherJournalOpen, and leaves both as they were.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from peewee import PeeweeException as PeeweeError

from moodapp.domain.text import Words
from moodapp.paths import ensure_private_dir
from moodapp.store import bound_database, new_journal
from moodapp.store.check_record import Found, record_found
from moodapp.store.crypto import database, looks_encrypted
from moodapp.store.encryption import secure_backups
from moodapp.store.journal_database import JournalDatabase
from moodapp.store.journal_file import ReadOnly, keep_private, kind_problem, read_only_reason
from moodapp.store.journal_use import JournalInUse, JournalUse
from moodapp.store.leftovers import tidy_up
from moodapp.store.migrating import (
    MigrationBroken,
    default_migrations_dir,
    known_migrations,
    migrate,
)
from moodapp.store.open_checks import inspected, quick_check_later
from moodapp.store.open_errors import (
    CANNOT_BE_MADE,
    CANNOT_HOLD,
    COULD_NOT_BE_MADE,
    COULD_NOT_BE_OPENED,
    COULD_NOT_BECAUSE,
    EMPTY,
    ENCRYPTED,
    MADE_BECAUSE,
    NEEDS_UPDATE,
    JournalDamaged,
    JournalOpenError,
    PassphraseNeeded,
    left_as_it_is,
    opening_words,
    write_failed,
)
from moodapp.write_failure import DISK_FULL_ERRNOS, is_write_failure


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
        bound_database.unbind(self.db)

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


def _create(path: Path, backup_dir: Path, migrations_dir: Path, read_only: ReadOnly) -> None:
    """A new journal, made whole at once (see new_journal.py)."""
    if read_only:
        why = Words("Writes", read_only.value)
        raise JournalOpenError(opening_words(CANNOT_BE_MADE, path=str(path), why=why))

    def build(building: Path) -> None:
        db = database(building, None)
        try:
            db.connect()
            migrate(db, building, backup_dir, migrations_dir)
        finally:
            db.close()

    try:
        new_journal.create(path, build)
    except (PeeweeError, MigrationBroken, sqlite3.Error, OSError) as error:
        if is_write_failure(error):
            raise write_failed(path, COULD_NOT_BE_MADE, error) from error
        raise JournalOpenError(
            opening_words(MADE_BECAUSE, path=str(path), said=str(error))
        ) from error


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
            raise write_failed(path.parent, COULD_NOT_BE_MADE, error) from None
        said = error.strerror or str(error)
        raise JournalOpenError(
            opening_words(CANNOT_HOLD, path=str(path.parent), said=said)
        ) from None
    try:
        use = JournalUse.share(path)
    except JournalInUse as error:
        raise JournalOpenError(error.words) from None
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

    bound_database.refuse_another(path)
    read_only = _openable(path)
    if read_only is not ReadOnly.FOLDER:
        tidy_up(path, backup_dir)  # what a crash interrupted: conversions, restores, backups
        new_journal.clear_leftovers(path)
    if not path.exists():
        _create(path, backup_dir, migrations_dir, read_only)
    if path.stat().st_size == 0:
        raise JournalDamaged(left_as_it_is(path, opening_words(EMPTY)))
    encrypted = looks_encrypted(path)
    if encrypted and passphrase is None:
        raise PassphraseNeeded(left_as_it_is(path, opening_words(ENCRYPTED)))
    key = passphrase if encrypted else None
    applied, later = inspected(path, key, migrations_dir, check_record, check_later)
    if read_only and known_migrations(migrations_dir) - set(applied):
        why = Words("Writes", read_only.value)
        raise JournalOpenError(left_as_it_is(path, opening_words(NEEDS_UPDATE, why=why)))
    keep_private(path)  # a mode, not the journal: done even when it may only be read

    if read_only is not ReadOnly.FOLDER:
        use.share_from_now()  # the file is a journal: from here on its lock may be made
    db = database(path, key, read_only)
    try:
        db.connect()
        if later:  # no update is due: nothing is written until the check has run
            quick_check_later(db, path, key is not None)
        elif not read_only:
            migrate(db, path, backup_dir, migrations_dir)
    except (PeeweeError, MigrationBroken, sqlite3.Error, OSError) as error:
        db.close()
        if is_write_failure(error):
            raise write_failed(path, COULD_NOT_BE_OPENED, error) from error
        said = str(error)
        raise JournalOpenError(
            opening_words(COULD_NOT_BECAUSE, path=str(path), said=said)
        ) from error
    bound_database.bind(db)
    if key is not None and not read_only:
        secure_backups(backup_dir, key)  # plain copies an interrupted encryption left
    return Store(db, path, backup_dir, key, use, read_only, check_record)


def _openable(path: Path) -> ReadOnly:
    """Why the journal may only be read, if it may; JournalOpenError for a link, a folder or
    a device in its place."""
    problem = kind_problem(path)
    if problem is not None:
        raise JournalOpenError(left_as_it_is(path, problem))
    return read_only_reason(path)


@contextlib.contextmanager
def open_journal(path: Path, backup_dir: Path, passphrase: str | None = None) -> Iterator[Store]:
    store = open_store(path, backup_dir, passphrase)
    try:
        yield store
    finally:
        store.close()
