"""Files that appear whole or not at all: written beside their place, then renamed into it.

A cancelled or failed write leaves no partial file behind, and an existing file
at the target is only replaced once the new one is complete on disk.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


def _fsync(path: Path) -> None:
    with path.open("rb") as written:
        os.fsync(written.fileno())


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[Path]:
    """A temporary path to write; on leaving the block it becomes ``path``."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    partial = Path(name)
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
    partial = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        yield partial
        for child in partial.iterdir():
            _fsync(child)
        os.replace(partial, path)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
