"""Removing a copy of the journal's words: overwritten with zeros first, then unlinked.

So that no plain copy is left behind as a file. (On solid-state drives and journalling
file systems the old blocks may survive below the file system; whole-disk encryption
is the answer to that.)
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

ZEROS = bytes(1 << 16)
# What SQLite may keep beside a database file: its rollback journal, its log, its index.
SIDE_FILES = ("-journal", "-wal", "-shm")


def shred(path: Path) -> None:
    """Overwrite the file with zeros, flush it to disk, then remove it. A missing file is
    fine (another moodapp may have removed it first)."""
    try:
        file = path.open("r+b")
    except FileNotFoundError:
        return
    with file:
        size = os.fstat(file.fileno()).st_size
        for _ in range(0, size, len(ZEROS)):
            file.write(ZEROS)
        file.flush()
        os.fsync(file.fileno())
    path.unlink(missing_ok=True)


def shred_with_side_files(path: Path) -> None:
    """The file and whatever SQLite kept beside it."""
    for side in SIDE_FILES:
        shred(path.with_name(path.name + side))
    shred(path)


def shred_tree(folder: Path) -> None:
    """Every file under the folder, then the folder. A link is removed, never followed."""
    try:
        children = list(folder.iterdir())
    except FileNotFoundError:
        return
    for child in children:
        if child.is_symlink():
            child.unlink(missing_ok=True)
        elif child.is_dir():
            shred_tree(child)
        else:
            shred(child)
    with contextlib.suppress(FileNotFoundError):
        folder.rmdir()
