"""What stopped moodapp writing a file, in words for the person.

A full disk is said as such, whoever noticed it: the system (ENOSPC), SQLite
("database or disk is full"), or neither (SQLite calls most failed writes a "disk I/O
error", and Qt's writers only say that they failed): then the room left on the disk
tells. Anything else is said in the words of the system, or of SQLite.
"""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from pathlib import Path

from moodapp.domain.text import QT_TRANSLATE_NOOP, Refusal, Words, words

DISK_FULL = Words("WriteFailure", QT_TRANSLATE_NOOP("WriteFailure", "the disk is full"))
NOTHING_CHANGED = Words("WriteFailure", QT_TRANSLATE_NOOP("WriteFailure", "Nothing was changed."))
NO_FILE_WRITTEN = Words("WriteFailure", QT_TRANSLATE_NOOP("WriteFailure", "No file was written."))
NOT_WRITTEN = QT_TRANSLATE_NOOP("WriteFailure", "{what}: {why}. {kept}")
NOT_WRITTEN_DISK_FULL = QT_TRANSLATE_NOOP(
    "WriteFailure", "{what}: {why}. Free some space, then try again. {kept}"
)
SQLITE_SAYS = QT_TRANSLATE_NOOP("WriteFailure", "SQLite says: {said}")
SYSTEM_SAYS = QT_TRANSLATE_NOOP("WriteFailure", "the system says: {said}")
# Below this much free room, a write that failed without saying why found the disk full:
# SQLite alone needs 32 KiB beside a journal to open it.
LITTLE_ROOM = 1 << 20
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN = 8, 10, 13, 14
# SQLite's I/O errors of reading (SQLITE_IOERR_READ, _SHORT_READ): a file that reads wrong.
_READ_ERRORS = frozenset({SQLITE_IOERR | 1 << 8, SQLITE_IOERR | 2 << 8})


class NotWritten(Refusal, OSError):
    """A file could not be written; the message says why in words, and what was kept."""


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error, the driver's error peewee wraps (``orig``), and those it came from."""
    seen: set[int] = set()
    waiting = [error]
    while waiting:
        current = waiting.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        wrapped = (getattr(current, "orig", None), current.__cause__, current.__context__)
        waiting += [e for e in wrapped if isinstance(e, BaseException)]


def _sqlite_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def is_write_failure(error: BaseException) -> bool:
    """Whether the system refused a write (a full disk, a file size limit, a folder that
    takes no new file), as opposed to a file that reads wrong."""
    for cause in _causes(error):
        code = _sqlite_code(cause)
        if code is not None:
            return code not in _READ_ERRORS and code & 0xFF in (
                SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN
            )  # fmt: skip
        if isinstance(cause, OSError):
            return True
    return False


def _little_room(folder: Path) -> bool:
    existing = next((p for p in (folder, *folder.parents) if p.is_dir()), None)
    try:
        return existing is not None and shutil.disk_usage(existing).free < LITTLE_ROOM
    except OSError:
        return False


def why_not_written(error: BaseException, folder: Path) -> Words:
    """What stopped a write into ``folder``: "the disk is full", or what the system or
    SQLite said (their own words, in the language they speak)."""
    causes = list(_causes(error))
    if any(
        (isinstance(c, OSError) and c.errno in DISK_FULL_ERRNOS) or _sqlite_code(c) == SQLITE_FULL
        for c in causes
    ) or _little_room(folder):
        return DISK_FULL
    for cause in causes:
        if _sqlite_code(cause) is not None:
            return words("WriteFailure", SQLITE_SAYS, said=str(cause))
        if isinstance(cause, OSError) and cause.strerror:
            return words("WriteFailure", SYSTEM_SAYS, said=cause.strerror)
    return Words("", str(error))


def not_written(
    what: Words, error: BaseException, folder: Path, kept: Words = NOTHING_CHANGED
) -> NotWritten:
    """``what`` (a sentence's start: "The backup could not be written"), why, and ``kept``."""
    why = why_not_written(error, folder)
    template = NOT_WRITTEN_DISK_FULL if why == DISK_FULL else NOT_WRITTEN
    return NotWritten(words("WriteFailure", template, what=what, why=why, kept=kept))
