"""Files that appear whole or not at all: written beside their place, then renamed into it.

A cancelled or failed write leaves no partial file behind, and an existing file
at the target is only replaced once the new one is complete on disk. The temporary
name starts with a dot and holds ``.partial`` (``.report.pdf.3f9c2a1b8e7d6c5b.partial.pdf``:
the suffix stays, for writers that go by it), and it is noted from before it is made
until it is in place (unfinished.py), so that the next run removes what a killed run left.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

from moodapp.paths import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE
from moodapp.unfinished import PARTIAL, RANDOM_HEX_DIGITS, noted


def _fsync(path: Path) -> None:
    with path.open("rb") as written:
        os.fsync(written.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a new or renamed name in the folder last through a power cut (POSIX)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temporary_name(path: Path) -> Path:
    """A new name beside ``path`` for the file or folder that becomes it."""
    random = secrets.token_hex(RANDOM_HEX_DIGITS // 2)
    return path.with_name(f".{path.name}.{random}{PARTIAL}{path.suffix}")


def _make_file(partial: Path) -> None:
    """Make the temporary file, never over another one (which cannot happen in practice:
    its name holds 64 random bits)."""
    os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE))


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[Path]:
    """A temporary path to write (an empty file, private to its owner); on leaving the
    block it becomes ``path``."""
    partial = temporary_name(path)
    with noted(partial):
        _make_file(partial)
        try:
            yield partial
            _fsync(partial)
            os.replace(partial, path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise


@contextlib.contextmanager
def atomic_folder(path: Path) -> Iterator[Path]:
    """A temporary folder to fill; on leaving the block it becomes ``path``.

    ``path`` must not exist, or be an empty folder: a folder with files in it is
    never replaced, so nothing of the person's is lost.
    """
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise FileExistsError(f"{path} exists and is not an empty folder")
    partial = temporary_name(path)
    with noted(partial):
        partial.mkdir(mode=PRIVATE_DIR_MODE)
        try:
            yield partial
            for child in partial.iterdir():
                _fsync(child)
            os.replace(partial, path)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
