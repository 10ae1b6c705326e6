"""Encrypted journals: SQLCipher through the ``sqlcipher3`` package, beside plain SQLite.

An encrypted journal is a whole-file encrypted SQLite database: it does not begin
with SQLite's header, and nothing but SQLCipher with the right passphrase can read
it (its write-ahead log included). Plain journals keep using Python's own sqlite3.
SQLCipher has no way to tell a wrong passphrase from a file that is not a
database; both are "not a database", and the messages say so.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

from moodapp.domain.text import QT_TRANSLATE_NOOP, Words, words
from moodapp.store.journal_database import JournalDatabase, encrypted_journal_database
from moodapp.write_failure import is_write_failure

SQLITE_HEADER = b"SQLite format 3\x00"
PASSPHRASE_MIN_CHARS = 8
# Milliseconds a write waits for another moodapp's write to end (first, so that it holds
# for the pragmas too): the longest is an import of a few hundred thousand entries.
BUSY_TIMEOUT_MS = 30_000
PRAGMAS = (
    ("busy_timeout", BUSY_TIMEOUT_MS),
    ("journal_mode", "wal"),
    ("synchronous", "full"),  # a save that returned survives a crash or power loss
    ("foreign_keys", 1),
    ("temp_store", "memory"),  # no temporary files beside the journal, plain or not
)
# Opened for reading only (mode=ro): the pragmas that change nothing in the file.
READ_ONLY_PRAGMAS = tuple(p for p in PRAGMAS if p[0] not in ("journal_mode", "synchronous"))
# A write-ahead log shorter than this (its header, one frame's header, the smallest page)
# holds no page.
LOG_WITHOUT_PAGES = 32 + 24 + 512
# SQLCipher reports a failed key check on stderr unless told not to.
QUIET = "PRAGMA cipher_log_level = NONE"


class WrongPassphrase(Exception):
    """The passphrase does not open the file (or the file is not a database at all)."""


def is_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def looks_encrypted(path: Path) -> bool:
    """A file with content that is not plain SQLite: an encrypted journal, or not a journal.
    Only a file itself can be one (not a link, a folder or a device), and only if it can
    be read."""
    try:
        info = os.lstat(path)
        return stat.S_ISREG(info.st_mode) and info.st_size > 0 and not is_plain_sqlite(path)
    except OSError:
        return False


TOO_SHORT = QT_TRANSLATE_NOOP("Passphrase", "A passphrase needs at least {count} characters.")
OUTER_SPACE = QT_TRANSLATE_NOOP("Passphrase", "A passphrase cannot start or end with a space.")


def passphrase_problem(passphrase: str) -> Words | None:
    """Why a new passphrase cannot be used, or None when it can."""
    if len(passphrase) < PASSPHRASE_MIN_CHARS:
        return words("Passphrase", TOO_SHORT, count=PASSPHRASE_MIN_CHARS)
    if passphrase != passphrase.strip():
        return Words("Passphrase", OUTER_SPACE)
    return None


def _quoted(passphrase: str) -> str:
    # PRAGMA takes no bound parameters; a quoted literal with doubled quotes is safe.
    return "'" + passphrase.replace("'", "''") + "'"


def key_statement(passphrase: str) -> str:
    return f"PRAGMA key = {_quoted(passphrase)}"


def log_may_hold_pages(path: Path) -> bool:
    """Whether the write-ahead log beside the database may hold pages its file lacks. A log
    too short for its header and one frame holds none: SQLite leaves such a log, and a
    short -shm, when it could not open the journal (on a full disk, say)."""
    try:
        return os.stat(path.with_name(path.name + "-wal")).st_size >= LOG_WITHOUT_PAGES
    except FileNotFoundError:
        return False
    except OSError:
        return True  # it cannot be looked at, so it may


def _uri(path: Path, read_only: bool) -> str:
    if not read_only:
        return path.absolute().as_uri()
    # Without a log that may hold pages, the file alone is the whole journal: read it as
    # immutable, so that SQLite reads and creates no -wal or -shm beside a file it must not
    # touch (a read-only look at a log writes the -shm, which a full disk refuses).
    has_wal = log_may_hold_pages(path)
    return f"{path.absolute().as_uri()}?{'mode=ro' if has_wal else 'mode=ro&immutable=1'}"


def connect(path: Path, passphrase: str | None, *, read_only: bool = False) -> Any:
    """A DB-API connection to the file: sqlite3 for a plain one, SQLCipher with a passphrase.

    Raises WrongPassphrase when the passphrase does not open it.
    """
    if passphrase is None:
        return sqlite3.connect(_uri(path, read_only), uri=True)
    from sqlcipher3 import dbapi2 as sqlcipher  # loaded only for encrypted journals

    conn = sqlcipher.connect(_uri(path, read_only), uri=True)
    try:
        conn.execute(QUIET)
        conn.execute(key_statement(passphrase))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        conn.close()
        if is_write_failure(error):  # a full disk, say: it tells nothing of the passphrase
            raise
        raise WrongPassphrase(str(error)) from None
    return conn


def database_errors(encrypted: bool) -> tuple[type[Exception], ...]:
    """The exception classes a connection from ``connect`` raises for a bad database."""
    if not encrypted:
        return (sqlite3.DatabaseError,)
    from sqlcipher3 import dbapi2 as sqlcipher

    return (sqlite3.DatabaseError, sqlcipher.DatabaseError)


def database(path: Path, passphrase: str | None, read_only: str = "") -> JournalDatabase:
    """The peewee database for the file, plain or encrypted (check the passphrase first).
    With ``read_only`` (why), it is opened for reading only, as ``connect`` does, and
    refuses every write, saying why."""
    pragmas: tuple[tuple[str, object], ...] = READ_ONLY_PRAGMAS if read_only else PRAGMAS
    name = _uri(path, read_only=True) if read_only else str(path)
    if passphrase is None:
        opened = JournalDatabase(name, pragmas=pragmas, uri=bool(read_only))
    else:
        opened = encrypted_journal_database()(
            name,
            passphrase=passphrase,
            pragmas=(("cipher_log_level", "NONE"), *pragmas),
            uri=bool(read_only),
        )
    opened.why_read_only = read_only
    return opened
