"""The rows of one CSV table as values: the header checked, each cell read as its column's
kind says, and each row named by its file and line for messages."""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.exchange.batch import FormatError, Progress, csv_problem, csv_row
from moodapp.exchange.csv_sources import Opener
from moodapp.exchange.csv_tables import (
    BOOL,
    ENCODING,
    FLOAT,
    IDENTIFYING,
    INT,
    REQUIRED,
    TEXT,
    Table,
)
from moodapp.exchange.limits import check_rows

PROGRESS_EVERY = 1000

# Messages for people, one place per module.
NOT_AN_EXPORT = QT_TRANSLATE_NOOP("ImportFile", "has no {file}, so it is not a moodapp CSV export")
TABLE_MISSING = QT_TRANSLATE_NOOP(
    "ImportFile",
    "has no {file}. A moodapp CSV export always has it (with only its header row when it "
    "is empty), so the export is incomplete; nothing of it was imported",
)
ZIP_DAMAGED = QT_TRANSLATE_NOOP(
    "ImportFile", "cannot be unzipped: the zip file is damaged or cut short"
)
NOT_WHOLE = QT_TRANSLATE_NOOP(
    "ImportFile", "column {column}: \u201c{cell}\u201d is not a whole number"
)
NOT_NUMBER = QT_TRANSLATE_NOOP(
    "ImportFile", "column {column}: \u201c{cell}\u201d is not a number like 7.5"
)
NOT_BOOL = QT_TRANSLATE_NOOP(
    "ImportFile", "column {column}: \u201c{cell}\u201d is not true or false"
)
NO_HEADER = QT_TRANSLATE_NOOP("ImportFile", "the header row is missing")
COLUMN_MISSING = QT_TRANSLATE_NOOP("ImportFile", "the column {names} is missing")
COLUMNS_MISSING = QT_TRANSLATE_NOOP("ImportFile", "the columns {names} are missing")
NOT_UTF8 = QT_TRANSLATE_NOOP("ImportFile", "is not a text file in UTF-8")


def shortened(cell: str) -> str:
    """A cell as a message quotes it: at most 40 characters and an ellipsis."""
    return cell if len(cell) <= 40 else cell[:40] + "\u2026"


def _value(kind: str, column: str, cell: str, where: str) -> Any:
    if kind == TEXT:
        return cell
    if cell == "":
        return None
    try:
        if kind == INT:
            return int(cell)
        if kind == FLOAT:
            return float(cell)
    except ValueError:
        not_one = NOT_WHOLE if kind == INT else NOT_NUMBER
        raise FormatError(where, not_one, column=column, cell=shortened(cell)) from None
    if kind == BOOL:
        if cell.casefold() not in ("true", "false"):
            raise FormatError(where, NOT_BOOL, column=column, cell=cell)
        return cell.casefold() == "true"
    return cell


def table_rows(
    opener: Opener, table: Table, source: str, progress: Progress
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, values) of each row; where is like "journal.zip, episodes.csv line 12"."""
    raw = opener(table.file)
    if raw is None:
        if table in IDENTIFYING:
            raise FormatError(source, NOT_AN_EXPORT, file=table.file)
        if table in REQUIRED:
            raise FormatError(source, TABLE_MISSING, file=table.file)
        return
    with io.TextIOWrapper(raw, encoding=ENCODING, newline="") as text:
        reader = csv.reader(text)
        name = f"{source}, {table.file}"
        try:
            header = next(reader, None)
            if header is None:
                raise FormatError(f"{name} line 1", NO_HEADER)
            missing = [c for c in table.header if c not in header and c != "local_date"]
            if missing:
                template = COLUMN_MISSING if len(missing) == 1 else COLUMNS_MISSING
                raise FormatError(f"{name} line 1", template, names=", ".join(missing))
            line = reader.line_num + 1
            for count, cells in enumerate(reader):
                if count % PROGRESS_EVERY == 0:
                    progress(table.file, count, 0)
                    check_rows(count, name)  # blank rows count too: they cost time
                where = f"{name} line {line}"
                line = reader.line_num + 1
                if not any(cells):
                    continue
                by_name = csv_row(header, cells, where)
                yield (
                    where,
                    {
                        column: _value(kind, column, by_name[column], where)
                        for column, kind in table.columns
                        if column in by_name
                    },
                )
        except UnicodeDecodeError:
            raise FormatError(name, NOT_UTF8) from None
        except csv.Error as error:
            raise FormatError(f"{name} line {reader.line_num}", csv_problem(error)) from None
        except (zlib.error, zipfile.BadZipFile, EOFError):
            raise FormatError(name, ZIP_DAMAGED) from None
