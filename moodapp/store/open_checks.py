"""What opening finds of an existing journal before it opens it for writing: whether the
file is whole (SQLite's checks, now or left for later) and which migrations it has.

Nothing here writes to the journal, and no file is created beside it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from moodapp.store import file_check
from moodapp.store.check_record import Found, last_found
from moodapp.store.crypto import WrongPassphrase, connect, database_errors
from moodapp.store.journal_database import JournalDatabase
from moodapp.store.migrating import MIGRATION_TABLE, known_migrations
from moodapp.store.open_errors import (
    CHECK_FOUND,
    CHECK_FOUND_DAMAGE,
    COULD_NOT_BE_OPENED,
    FOUND_DAMAGED,
    IS_DAMAGED,
    LACKS,
    NAMES_UNREADABLE,
    NOT_A_JOURNAL,
    SQLITE_SAID,
    TOO_NEW,
    WRONG_PASSPHRASE,
    JournalDamaged,
    JournalTooNew,
    JournalUnreadable,
    PassphraseRefused,
    damaged,
    left_as_it_is,
    opening_words,
    unreadable,
    write_failed,
)
from moodapp.store.schema_check import missing_parts
from moodapp.write_failure import is_write_failure


def _connect_read_only(path: Path, passphrase: str | None) -> Any:
    try:
        return connect(path, passphrase, read_only=True)
    except WrongPassphrase:
        raise PassphraseRefused(opening_words(WRONG_PASSPHRASE)) from None
    except database_errors(passphrase is not None) as error:
        if is_write_failure(error):  # a read-only look writes SQLite's index beside a log
            raise write_failed(path, COULD_NOT_BE_OPENED, error) from error
        raise


def _inspect_read_only(
    path: Path, passphrase: str | None, migrations_dir: Path, found: Found, quick: bool = True
) -> list[str]:
    """Names of the migrations applied to an existing journal, after checking that it is
    whole (fully unless ``found`` says it is as it was when it was last found clean; the
    quick check is left out when not ``quick``); nothing is written, and no file is
    created beside it."""
    if found is Found.DAMAGED:
        raise JournalDamaged(left_as_it_is(path, opening_words(FOUND_DAMAGED)))
    conn = _connect_read_only(path, passphrase)
    full = found is not Found.CLEAN
    try:
        size = file_check.size_problem(conn, path)
        if size:
            raise damaged(path, IS_DAMAGED, [size])
        if full or quick:
            _refuse_damage(conn, path, full=full, encrypted=passphrase is not None)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return []
        if MIGRATION_TABLE not in tables:
            raise JournalUnreadable(left_as_it_is(path, opening_words(NOT_A_JOURNAL)))
        applied = [r[0] for r in conn.execute(f'SELECT name FROM "{MIGRATION_TABLE}"')]
        unknown = sorted(set(applied) - known_migrations(migrations_dir))
        if unknown:
            changes = ", ".join(unknown)
            raise JournalTooNew(opening_words(TOO_NEW, path=str(path), changes=changes))
        missing = missing_parts(conn, migrations_dir, MIGRATION_TABLE, applied) if full else []
        if missing:
            raise damaged(path, LACKS, missing)
        return applied
    except UnicodeDecodeError as error:  # SQLite's words about a damaged schema
        raise JournalDamaged(left_as_it_is(path, opening_words(NAMES_UNREADABLE))) from error
    except database_errors(passphrase is not None) as error:
        if is_write_failure(error):  # a full disk, say, is no damage
            raise write_failed(path, COULD_NOT_BE_OPENED, error) from error
        raise unreadable(path, error) from error
    finally:
        conn.close()


def _refuse_damage(conn: Any, path: Path, *, full: bool, encrypted: bool) -> None:
    """Raise JournalDamaged if SQLite's check finds the file damaged."""
    problems = file_check.sqlite_problems(conn, full=full, encrypted=encrypted)
    if problems:
        raise damaged(path, CHECK_FOUND, problems)


def quick_check_later(db: JournalDatabase, path: Path, encrypted: bool) -> None:
    """The open journal's quick check, left until ``finish_check`` or its first write."""

    def check() -> None:
        try:
            conn = db.connection()  # type: ignore[no-untyped-call]
            _refuse_damage(conn, path, full=False, encrypted=encrypted)
        except JournalDamaged as error:
            db.note_damage()
            error.how = opening_words(CHECK_FOUND_DAMAGE)
            raise
        except database_errors(encrypted) as error:
            db.note_damage()
            damaged = unreadable(path, error)
            damaged.how = opening_words(SQLITE_SAID, said=str(error))
            raise damaged from error

    db.check_before_writing(check)


def inspected(
    path: Path, key: str | None, migrations_dir: Path, check_record: Path | None, later: bool
) -> tuple[list[str], bool]:
    """(the migrations applied, whether the quick check was left for later). Only the quick
    check of a file found clean before may wait, and only when no update (which writes) is
    due: the full check, and a check before an update, come first."""
    found = last_found(check_record, path)
    later = later and found is Found.CLEAN
    applied = _inspect_read_only(path, key, migrations_dir, found, quick=not later)
    if later and known_migrations(migrations_dir) - set(applied):
        later = False
        _inspect_read_only(path, key, migrations_dir, found)
    return applied, later
