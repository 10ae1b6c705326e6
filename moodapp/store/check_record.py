"""What moodapp last knew of the journal file, so that its full check runs when it matters.

SQLite's full check (``PRAGMA integrity_check``) reads every page and every index,
which takes a while on a large journal; the quick check misses damage such as an
index that no longer matches its table. So the full check runs whenever the file
may have changed behind moodapp's back: unless its size, modification time and
inode are those recorded when moodapp last closed it cleanly. When reading an open
journal found it damaged, that is recorded instead, and the journal is refused
until its file changes (replaced by a backup, say).

The record is a small file in the cache folder: it holds only those numbers and
the journal's path, nothing of what the journal holds, and losing it costs only
the time of one full check.
"""

from __future__ import annotations

import json
import os
from enum import StrEnum
from pathlib import Path

from moodapp.paths import PRIVATE_FILE_MODE, ensure_private_dir


class Found(StrEnum):
    NOTHING_KNOWN = ""  # no record, or the file changed since
    CLEAN = "clean"
    DAMAGED = "damaged"


def _state(journal: Path) -> dict[str, object]:
    info = os.stat(journal)
    return {
        "journal": str(journal.absolute()),
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns,
        "inode": info.st_ino,
    }


def record_found(record: Path | None, journal: Path, found: Found) -> None:
    """Record what was found of the journal file as it is now. A record that cannot be
    written is no loss: the next open runs the full check."""
    if record is None:
        return
    try:
        text = json.dumps({**_state(journal), "found": str(found)})
        ensure_private_dir(record.parent)
        draft = record.with_name(f"{record.name}.{os.getpid()}")
        fd = os.open(draft, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(draft, record)
    except OSError:
        pass


def last_found(record: Path | None, journal: Path) -> Found:
    """What was found of the journal file, if it has not changed since."""
    if record is None:
        return Found.NOTHING_KNOWN
    try:
        stored = json.loads(record.read_text(encoding="utf-8"))
        current = _state(journal)
    except (OSError, ValueError):
        return Found.NOTHING_KNOWN
    if not isinstance(stored, dict) or any(stored.get(k) != v for k, v in current.items()):
        return Found.NOTHING_KNOWN
    try:
        return Found(str(stored.get("found")))
    except ValueError:
        return Found.NOTHING_KNOWN
