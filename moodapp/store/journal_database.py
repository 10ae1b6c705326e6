"""The peewee database of an open journal, which says why it refuses to be written.

A journal opened for reading only (its owner's choice, or a folder or drive that
allows no writing), or one that reading found damaged, refuses every write; the
refusal names the reason in words instead of SQLite's "attempt to write a
readonly database".
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from peewee import OperationalError, PeeweeException, SqliteDatabase

SQLITE_READONLY = 8  # SQLite's primary result code for a write to a read-only database


def _result_code(error: BaseException) -> int:
    cause = getattr(error, "orig", None)  # the driver's error, which peewee wraps
    code = getattr(cause, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else 0


class OpenForReadingOnly(OperationalError):
    """A write refused because the journal is open for reading only; says why."""


class JournalDatabase(SqliteDatabase):
    why_read_only = ""  # "" while the journal may be written
    found_damaged = False
    # SQLite's quick check of the file, when it was left until the window is up: until it
    # has run, the connection writes nothing (query_only), and a write runs it first.
    _check_pending: Callable[[], None] | None = None

    def execute_sql(self, sql: str, params: Sequence[object] | None = None) -> Any:
        try:
            with self._saying_why():
                return super().execute_sql(sql, params)  # type: ignore[no-untyped-call]
        except OperationalError as error:
            if self._check_pending is None or _result_code(error) != SQLITE_READONLY:
                raise
        self.finish_check()  # a write outside a transaction: the check comes first
        with self._saying_why():
            return super().execute_sql(sql, params)  # type: ignore[no-untyped-call]

    def begin(self, lock_type: str | None = None) -> None:  # BEGIN IMMEDIATE is a write
        self.finish_check()
        with self._saying_why():
            super().begin(lock_type)

    def check_before_writing(self, check: Callable[[], None]) -> None:
        """Leave ``check`` (which raises when it finds the journal damaged, after
        ``note_damage``) until ``finish_check``, or until the first write, whichever comes
        first; meanwhile nothing is written."""
        self.execute_sql("PRAGMA query_only = 1")
        self._check_pending = check

    def finish_check(self) -> None:
        """Run the check left for later, if any (raises as the check does)."""
        check, self._check_pending = self._check_pending, None
        if check is None:
            return
        check()
        if not self.why_read_only and not self.found_damaged:
            self.execute_sql("PRAGMA query_only = 0")

    @property
    def check_pending(self) -> bool:
        return self._check_pending is not None

    @contextlib.contextmanager
    def _saying_why(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as error:
            if self.why_read_only and _result_code(error) == SQLITE_READONLY:
                raise OpenForReadingOnly(
                    f"it is open for reading only ({self.why_read_only})"
                ) from error
            raise

    def stop_writing(self, why: str) -> None:
        """Refuse every write from now on, saying ``why``."""
        self.why_read_only = why
        if not self.is_closed():
            self.execute_sql("PRAGMA query_only = 1")

    def note_damage(self) -> None:
        """Reading found the journal damaged: nothing more is written to it."""
        self.found_damaged = True
        with contextlib.suppress(PeeweeException):  # a connection too broken to be told
            self.stop_writing("reading it found it damaged")


@functools.cache
def encrypted_journal_database() -> type[JournalDatabase]:
    """JournalDatabase through SQLCipher (loaded only for an encrypted journal)."""
    from playhouse.sqlcipher_ext import SqlCipherDatabase

    class EncryptedJournalDatabase(SqlCipherDatabase, JournalDatabase):  # type: ignore[misc]
        pass

    return EncryptedJournalDatabase
