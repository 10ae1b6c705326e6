"""What an interrupted run may leave behind, and putting it right when a journal is opened.

Every temporary name moodapp writes, in one place:

- ``.<name>.<random>.partial<suffix>``: a file or folder being written whole or not at
  all (files.py): backups in ``backups/``, and exports, reports and charts wherever the
  person chose. Each is noted in ``unfinished/`` while it is written, so the notes of
  runs that ended without finishing are swept, and never a file another run is writing.
  Older versions wrote backups as ``backups/<name>.sqlite3.partial``, unnoted.
- ``<name>.converting``: the journal or a backup in its new encryption, and
  ``journal.sqlite3.converting-backups``, the backups to swap once the journal has
  been swapped; ``<name>.replaced``: old content waiting to be shredded (encryption.py).
- ``journal.sqlite3.restoring``: a backup being copied into the journal's place.
- ``journal.sqlite3.new-<process id>``: a new journal being made (new_journal.py clears
  it; it holds no entries).
- beside any of them, SQLite's ``-journal``, ``-wal`` and ``-shm``.

Conversions and restores happen only while no other moodapp has the journal open, so
whoever opens it next finds theirs finished or stopped. Everything removed is shredded:
these files hold the journal's words, in plain text for a plain journal.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from moodapp import unfinished
from moodapp.shred import SIDE_FILES, shred, shred_with_side_files
from moodapp.store.crypto import is_plain_sqlite
from moodapp.store.encryption import CONVERTING, PLAN, REPLACED, finish_conversion
from moodapp.store.new_journal import BUILDING

RESTORING = ".restoring"
_OLDER_BACKUP_PARTIAL = ".sqlite3" + unfinished.PARTIAL
_FIXED_SUFFIXES = (CONVERTING, REPLACED, RESTORING, PLAN, _OLDER_BACKUP_PARTIAL)
_NEW_JOURNAL = re.compile(rf"\.sqlite3{re.escape(BUILDING)}\d+$")


def notes_folder(journal: Path) -> Path:
    return journal.parent / unfinished.NOTES_FOLDER


def tidy_up(journal: Path, backup_dir: Path) -> None:
    """Finish or remove what an interrupted run left: called whenever a journal is opened,
    before it is read. From now on, what this process writes is noted beside it."""
    unfinished.keep_notes_in(notes_folder(journal))
    unfinished.sweep(notes_folder(journal))
    finish_conversion(journal, backup_dir)
    shred_with_side_files(journal.with_name(journal.name + RESTORING))
    if backup_dir.is_dir():
        for partial in backup_dir.glob("*" + _OLDER_BACKUP_PARTIAL):
            shred_with_side_files(partial)


def is_temporary(path: Path) -> bool:
    """Whether the name is one moodapp gives a file only while it works on it."""
    name = path.name
    for side in SIDE_FILES:
        name = name.removesuffix(side)
    return (
        name.endswith(_FIXED_SUFFIXES)
        or bool(unfinished.TEMPORARY_NAME.match(name))
        or bool(_NEW_JOURNAL.search(name))
    )


def _holds_tables(path: Path) -> bool:
    """Whether a plain SQLite file has anything in it (a lock file is an empty database);
    one that cannot be read might, and counts."""
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return True
    try:
        return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    except sqlite3.Error:
        return True
    finally:
        conn.close()


def _candidates(journal: Path, backup_dir: Path) -> list[Path]:
    """The files moodapp may have written: named after the journal beside it, and
    everything in the backup folder (the data folder may hold the person's own files)."""
    found = [*journal.parent.glob(f"{journal.stem}*"), *journal.parent.glob(f".{journal.stem}*")]
    if backup_dir.is_dir():
        found += backup_dir.rglob("*")
    return sorted({p for p in found if p.is_file() and not p.is_symlink()})


def _reads_as_plain(path: Path) -> bool:
    try:
        return is_plain_sqlite(path) and _holds_tables(path)
    except OSError:  # it cannot be checked, so it cannot be called safe
        return True


def plain_copies(journal: Path, backup_dir: Path) -> list[Path]:
    """Files anyone could read the journal's words in: every temporary file (whatever its
    content), and every plain SQLite file with tables, among the files moodapp writes."""
    return [
        p
        for p in _candidates(journal, backup_dir)
        if not p.name.endswith(PLAN) and (is_temporary(p) or _reads_as_plain(p))
    ]


def clear_plain_copies(journal: Path, backup_dir: Path) -> list[Path]:
    """After an encryption or a new passphrase, while no other moodapp has the journal
    open: shred every temporary plain copy (no other run can be writing one now), and
    return the others, left as they are: a damaged backup, a journal set aside as
    unreadable (moodapp never removes a file it cannot read)."""
    tidy_up(journal, backup_dir)
    kept = []
    for path in plain_copies(journal, backup_dir):
        if not is_temporary(path):
            kept.append(path)
        elif path.stat().st_nlink > 1:  # a second name of a file still in use
            path.unlink()
        else:
            shred(path)
    return kept
