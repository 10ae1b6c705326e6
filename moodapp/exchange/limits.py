"""How much an import may read: limits far above any real journal, so that a damaged or
hostile file (a zip bomb, a table of millions of copies of one row) is refused before it
takes the computer's memory or hours of work.

Forty years of a journal are about 16,000 entries and a JSON export of them some tens of
megabytes; Daylio exports of 100,000 rows are known. The limits leave room for that many
times over.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import IO

from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.exchange.batch import FormatError

MAX_IMPORT_BYTES = 256 * 1024 * 1024  # of text in one import, after unzipping
MAX_IMPORT_ROWS = 500_000  # rows of one table, records of one list, rows of a Daylio file
# A JSON record is a few objects and lists and some tens of values; a file with many more
# than that many records' worth is refused before it is parsed.
MAX_JSON_CONTAINERS = 8 * MAX_IMPORT_ROWS
MAX_JSON_VALUES = 40 * MAX_IMPORT_ROWS

# Messages for people, one place per module.
TOO_LARGE = QT_TRANSLATE_NOOP(
    "ImportFile",
    "holds more than {megabytes:,} MB of text, far more than any journal; the file may be damaged",
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "ImportFile", "has more than {rows:,} rows, far more than any journal; the file may be damaged"
)
TOO_MANY_VALUES = QT_TRANSLATE_NOOP(
    "ImportFile",
    "holds more values than {rows:,} entries would, far more than any journal; "
    "the file may be damaged",
)


class SizeLimit:
    """The bytes one import may still read, shared by all the tables of a folder or zip."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.left = MAX_IMPORT_BYTES

    def take(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise FormatError(self.source, TOO_LARGE, megabytes=MAX_IMPORT_BYTES // 2**20)

    def read_file(self, path: Path) -> bytes:
        """The whole file, or FormatError when it is larger than the bytes left."""
        with path.open("rb") as file:
            data = file.read(self.left + 1)
        self.take(len(data))
        return data

    def stream(self, raw: IO[bytes]) -> IO[bytes]:
        """``raw``, counting each byte read against the limit."""
        return io.BufferedReader(_Counted(raw, self))


class _Counted(io.RawIOBase):
    def __init__(self, raw: IO[bytes], limit: SizeLimit) -> None:
        self._raw = raw
        self._limit = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(len(buffer))
        self._limit.take(len(data))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


def check_rows(count: int, where: str) -> None:
    """Refuse a table or list once it has more than MAX_IMPORT_ROWS rows."""
    if count > MAX_IMPORT_ROWS:
        raise FormatError(where, TOO_MANY_ROWS, rows=MAX_IMPORT_ROWS)


def check_json_size(text: str, where: str) -> None:
    """Refuse JSON that would build far more objects than a journal has, before parsing it.
    Braces and commas inside texts are counted too, so the count is never too low."""
    containers = text.count("{") + text.count("[")
    if containers > MAX_JSON_CONTAINERS or text.count(",") > MAX_JSON_VALUES:
        raise FormatError(where, TOO_MANY_VALUES, rows=MAX_IMPORT_ROWS)
