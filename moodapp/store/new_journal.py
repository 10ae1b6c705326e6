"""Making a new journal whole, or not at all.

Only a journal file that is missing is made anew; an empty one is refused as
damaged. So a new journal never appears empty at its place, even for a moment:
it is built beside it (``journal.sqlite3.new-<process id>``), flushed to disk, and
then hard-linked into place, which fails rather than replace a journal that
another moodapp made meanwhile. Where a drive has no hard links, the place is
claimed first and the new file renamed over that empty claim.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path

from moodapp.paths import PRIVATE_FILE_MODE

BUILDING = ".new-"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
# A build takes a fraction of a second: one older than this was left by a crash.
ABANDONED_AFTER_S = 600


def _remove(building: Path) -> None:
    for suffix in (*SIDE_SUFFIXES, ""):  # the file itself last: no side file is orphaned
        building.with_name(building.name + suffix).unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to flush; its renames are journalled
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _put_in_place(building: Path, journal: Path) -> None:
    try:
        os.link(building, journal)
    except FileExistsError:
        return  # another moodapp made the journal meanwhile: that one is used
    except OSError:  # no hard links on this drive
        try:
            os.close(os.open(journal, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE))
        except FileExistsError:
            return
        os.replace(building, journal)


def create(journal: Path, build: Callable[[Path], None]) -> None:
    """Make a new journal at ``journal``: ``build`` fills a new file beside it (and closes
    it), which then takes its place, unless a journal appeared there meanwhile."""
    building = journal.with_name(f"{journal.name}{BUILDING}{os.getpid()}")
    _remove(building)
    os.close(os.open(building, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE))
    try:
        build(building)
        _fsync(building)
        _put_in_place(building, journal)
        _fsync(journal.parent)
    finally:
        _remove(building)


def clear_leftovers(journal: Path, now: float | None = None) -> None:
    """Remove what a crash left of making a new journal: a second name of the journal
    itself, or a new file that was never put in place (it holds no entries)."""
    moment = time.time() if now is None else now
    for left in journal.parent.glob(f"{journal.name}{BUILDING}*"):
        if left.name.endswith(SIDE_SUFFIXES):
            continue  # removed with the file they belong to
        with contextlib.suppress(OSError):
            same = journal.exists() and os.path.samefile(left, journal)
            if same or moment - left.stat().st_mtime > ABANDONED_AFTER_S:
                _remove(left)
