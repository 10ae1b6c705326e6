"""Temporary files moodapp is still writing, noted so that a later run removes what a killed
run left behind, and never what another run is still writing.

A file that appears whole or not at all (files.py: exports, reports, charts, backups) is
written under a temporary name first, wherever its place is. Before that file is made,
a note in the journal's data folder (``unfinished/``) names it. A note is two files:
``<id>.lock``, an empty SQLite database on which the writing process holds a shared
lock for as long as it lives, and ``<id>.json``, the temporary path. The lock is taken
(and found still in place) before the path is written down, so a note whose lock is
free belongs to a process that has ended: ``sweep`` shreds the file it names, if it was
made, then the note. The system releases a dead process's locks, and SQLite's locks
behave alike on every system it runs on. Whatever moment a kill chooses, nothing is
left that the next sweep does not remove.

Notes go to the data folder of the journal this process opened last (``keep_notes_in``,
called when a journal is opened); where that folder cannot be written, there are none.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from moodapp.shred import shred_tree, shred_with_side_files

NOTES_FOLDER = "unfinished"
PARTIAL = ".partial"
RANDOM_HEX_DIGITS = 16
# The temporary names files.py makes: .<name>.<16 hex digits>.partial<the name's suffix>
TEMPORARY_NAME = re.compile(
    rf"^\..+\.[0-9a-f]{{{RANDOM_HEX_DIGITS}}}{re.escape(PARTIAL)}(\.[^.]*)?$"
)
_LOCK = ".lock"
_NAMES = ".json"
_FOLDER_MODE = 0o700
_ATTEMPTS = 3


class _Where:
    """The folder this process keeps its notes in; None until a journal is opened."""

    folder: Path | None = None


def keep_notes_in(folder: Path) -> None:
    """Where this process notes what it is writing, from now on."""
    _Where.folder = folder


class _Note:
    def __init__(self, lock: sqlite3.Connection, names: Path) -> None:
        self._lock = lock
        self._names = names

    @classmethod
    def write(cls, folder: Path, path: Path) -> _Note | None:
        """A note that ``path`` is about to be made and written, or None where none can be
        made."""
        try:
            folder.mkdir(mode=_FOLDER_MODE, exist_ok=True)  # never the folders above it
        except OSError:
            return None
        for _ in range(_ATTEMPTS):
            ident = secrets.token_hex(8)
            lock_path, names = folder / f"{ident}{_LOCK}", folder / f"{ident}{_NAMES}"
            try:
                lock = sqlite3.connect(lock_path, isolation_level=None, check_same_thread=False)
            except sqlite3.Error:
                return None
            try:
                lock.execute("BEGIN")
                lock.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the shared lock
                if not lock_path.exists():  # swept away before the lock was taken
                    lock.close()
                    continue
                with names.open("x", encoding="utf-8") as file:
                    json.dump({"path": str(path.absolute())}, file)
                    file.flush()
                    os.fsync(file.fileno())
            except (OSError, sqlite3.Error):
                lock.close()
                names.unlink(missing_ok=True)
                lock_path.unlink(missing_ok=True)
                return None
            return cls(lock, names)
        return None

    def remove(self) -> None:
        """The path is in its place, or gone: the note goes (its names first, see sweep)."""
        self._names.unlink(missing_ok=True)
        self._lock.close()
        self._names.with_suffix(_LOCK).unlink(missing_ok=True)


@contextlib.contextmanager
def noted(path: Path) -> Iterator[None]:
    """While the block runs, ``path`` (made inside it) is noted as being written."""
    note = _Note.write(_Where.folder, path) if _Where.folder is not None else None
    try:
        yield
    finally:
        if note is not None:
            note.remove()


def _lock_is_free(lock: Path) -> bool:
    """Whether no process holds the note's lock (one without a lock has none left)."""
    try:
        conn = sqlite3.connect(f"{lock.absolute().as_uri()}?mode=rw", uri=True, timeout=0,
                               isolation_level=None)  # fmt: skip
    except sqlite3.Error:
        return not lock.exists()
    try:
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _noted_path(names: Path) -> Path | None:
    """The path a note names; None when it cannot be read (it was cut short before the
    file it would name was made)."""
    try:
        noted_path = json.loads(names.read_text(encoding="utf-8"))["path"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Path(noted_path) if isinstance(noted_path, str) else None


def _remove(path: Path) -> bool:
    """Shred a temporary file or folder that a note named; only ever one with a
    temporary name (files.py), never a link."""
    if not TEMPORARY_NAME.match(path.name) or not (path.exists() or path.is_symlink()):
        return False
    if path.is_symlink():
        path.unlink()
    elif path.is_dir():
        shred_tree(path)
    else:
        shred_with_side_files(path)
    return True


def sweep(folder: Path) -> list[Path]:
    """Shred what the notes of runs that ended without finishing name, and drop those
    notes; the notes of runs still going are left alone. Returns what was removed."""
    removed = []
    try:
        idents = sorted({p.stem for p in folder.iterdir() if p.suffix in (_LOCK, _NAMES)})
    except OSError:
        return []
    for ident in idents:
        lock, names = folder / f"{ident}{_LOCK}", folder / f"{ident}{_NAMES}"
        if not _lock_is_free(lock):
            continue
        path = _noted_path(names) if names.exists() else None
        try:
            if path is not None and _remove(path):
                removed.append(path)
            names.unlink(missing_ok=True)  # before the lock: names never outlive their lock
            lock.unlink(missing_ok=True)
        except OSError:
            continue  # a file in use (Windows) or a folder that cannot be written: next time
    return removed
