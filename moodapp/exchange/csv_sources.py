"""Where the tables of a CSV export are read from: a folder, or a zip (at its top or in
its one folder), each table read within the import's size limit."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import IO

from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.exchange.batch import FormatError
from moodapp.exchange.limits import SizeLimit

# A table's file by its name, or None when the export has no such file.
Opener = Callable[[str], IO[bytes] | None]

# Messages for people, one place per module.
ZIP_ENCRYPTED = QT_TRANSLATE_NOOP(
    "ImportFile", "is protected with a password; moodapp exports are not, so it cannot be read"
)
ZIP_METHOD = QT_TRANSLATE_NOOP(
    "ImportFile", "is compressed in a way moodapp cannot unpack; unzip it and import the folder"
)


def folder_opener(folder: Path, limit: SizeLimit) -> Opener:
    def open_table(name: str) -> IO[bytes] | None:
        path = folder / name
        return limit.stream(path.open("rb")) if path.is_file() else None

    return open_table


def zip_opener(archive: zipfile.ZipFile, limit: SizeLimit) -> Opener:
    """Tables at the top of the zip, or in its one folder (a zipped export folder)."""
    # Not ZipInfo.is_dir(), which fails on an empty name.
    tables = [i for i in archive.infolist() if not i.filename.endswith("/")]
    members = {PurePosixPath(i.filename).name: i for i in tables}

    def open_table(name: str) -> IO[bytes] | None:
        member = members.get(name)
        if member is None:
            return None
        where = f"{limit.source}, {name}"
        if member.flag_bits & 0x1:
            raise FormatError(where, ZIP_ENCRYPTED)
        try:
            return limit.stream(archive.open(member))
        except NotImplementedError:
            raise FormatError(where, ZIP_METHOD) from None

    return open_table
