"""Who has the journal open: any number of moodapps side by side, or one alone while it
replaces the journal's file (a restore, encrypting, a new passphrase, decrypting).

Every open journal holds a shared lock on ``journal.sqlite3.lock`` beside it. Replacing
the file takes that lock exclusively: it waits until every other moodapp has closed the
journal, and while it waits no new one gets in, so a stream of short commands cannot
starve it. Those wait until the replacement is done and then open the new file. So no
process ever holds a connection to a journal file that was replaced under it, where a
save would be confirmed and then lost with the old file.

The lock is SQLite's own locking of a tiny database (an exclusive transaction's pending
lock is what keeps newcomers out), which behaves alike on every system and is released
by the system when a process dies.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from moodapp.domain.text import QT_TRANSLATE_NOOP, Refusal, Words, words
from moodapp.paths import PRIVATE_FILE_MODE

LOCK_SUFFIX = ".lock"
# Opening waits for a replacement to finish: a large journal with many backups takes minutes.
OPEN_WAIT_S = 600.0
# A replacement waits for other commands to close the journal; they take seconds.
ALONE_WAIT_S = 60.0


class JournalInUse(Refusal, RuntimeError):
    """Other moodapps kept the journal open, or kept replacing it, for too long."""


BEING_REPLACED = QT_TRANSLATE_NOOP(
    "JournalUse",
    "Another moodapp has been replacing {name} (restoring a backup, or changing its "
    "encryption) for over {wait}. Try again when it has finished; nothing was changed.",
)
KEPT_OPEN = QT_TRANSLATE_NOOP(
    "JournalUse",
    "Other moodapp commands kept the journal open for over {wait}, so it was not replaced; "
    "nothing was changed. Try again when they have finished.",
)
A_MINUTE = QT_TRANSLATE_NOOP("JournalUse", "a minute")
MINUTES = QT_TRANSLATE_NOOP("JournalUse", "{count} minutes")  # never fewer than two


def lock_file(journal: Path) -> Path:
    return journal.with_name(journal.name + LOCK_SUFFIX)


def _minutes(seconds: float) -> Words:
    if seconds <= 90:  # what rounds to one minute
        return words("JournalUse", A_MINUTE)
    return words("JournalUse", MINUTES, count=round(seconds / 60))


def _create(lock: Path) -> None:
    """Make the lock a valid database once, so that taking it never writes to it. It is
    made under another name and linked into place: opening and closing the lock file
    itself would drop this process's locks on it (POSIX locks belong to the process)."""
    draft = lock.with_name(f"{lock.name}.{os.getpid()}")
    conn = sqlite3.connect(draft)
    try:
        conn.execute("PRAGMA user_version = 1")
    finally:
        conn.close()
    try:
        if os.name == "posix":
            draft.chmod(PRIVATE_FILE_MODE)
        with contextlib.suppress(FileExistsError):  # another moodapp made it meanwhile
            os.link(draft, lock)
    finally:
        draft.unlink(missing_ok=True)


def _connect(lock: Path, create: bool) -> sqlite3.Connection | None:
    """A connection to the lock, or None where there is none and none can be made (a
    read-only or full folder, where the journal's file cannot be replaced either)."""
    try:
        if not lock.exists():
            if not create:
                return None
            _create(lock)
        return sqlite3.connect(lock, isolation_level=None, check_same_thread=False)
    except (OSError, sqlite3.Error):
        try:
            return sqlite3.connect(
                f"{lock.absolute().as_uri()}?mode=ro",
                uri=True,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error:
            return None


def _is_busy(error: sqlite3.Error) -> bool:
    return "locked" in str(error) or "busy" in str(error)


def _wait(conn: sqlite3.Connection, seconds: float) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")


def _share(conn: sqlite3.Connection, seconds: float) -> None:
    """Hold a read transaction: SQLite's shared lock, kept until it ends."""
    _wait(conn, seconds)
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.execute("ROLLBACK")
        raise


class JournalUse:
    """This process's hold on the journal: shared while it is open, alone to replace it."""

    def __init__(self, journal: Path | None = None) -> None:
        self._journal = journal
        self._conn: sqlite3.Connection | None = None

    @classmethod
    def share(cls, journal: Path, wait_s: float | None = None) -> JournalUse:
        """Hold the journal beside other moodapps; waits while one replaces its file. A
        journal without a lock gets none yet (nothing is made beside a file that may not
        be a journal): ``share_from_now`` makes it once the file is known to be one."""
        use = cls(journal)
        use._take_shared(create=False, wait_s=OPEN_WAIT_S if wait_s is None else wait_s)
        return use

    def share_from_now(self) -> None:
        """Hold the journal, making its lock if it has none yet."""
        if self._conn is None:
            self._take_shared(create=True, wait_s=OPEN_WAIT_S)

    def _take_shared(self, *, create: bool, wait_s: float) -> None:
        if self._journal is None:
            return
        conn = _connect(lock_file(self._journal), create)
        if conn is None:
            return
        try:
            _share(conn, wait_s)
        except sqlite3.Error as error:
            conn.close()
            if not _is_busy(error):
                return  # a lock that cannot be read keeps nobody out: go on without it
            raise JournalInUse(
                words("JournalUse", BEING_REPLACED, name=self._journal.name, wait=_minutes(wait_s))
            ) from None
        self._conn = conn

    @contextlib.contextmanager
    def alone(self, wait_s: float | None = None) -> Iterator[None]:
        """Wait until no other moodapp has the journal open, and keep newcomers waiting until
        the block ends. Raises JournalInUse when the others stay longer than ``wait_s``."""
        wait_s = ALONE_WAIT_S if wait_s is None else wait_s
        conn = self._conn
        if conn is None:
            yield
            return
        conn.execute("ROLLBACK")  # this process's own shared hold
        _wait(conn, wait_s)
        try:
            conn.execute("BEGIN EXCLUSIVE")
        except sqlite3.Error as error:
            _share(conn, OPEN_WAIT_S)
            if not _is_busy(error):
                raise
            raise JournalInUse(words("JournalUse", KEPT_OPEN, wait=_minutes(wait_s))) from None
        try:
            yield
        finally:
            if self._conn is not None:  # unless released inside the block
                conn.execute("ROLLBACK")  # nothing was written to the lock: this lets go
                _share(conn, OPEN_WAIT_S)

    def release(self) -> None:
        if self._conn is not None:
            self._conn.close()  # ends its transaction, and with it the lock
            self._conn = None
