"""Which reader or writer a file needs: by the person's choice, or guessed from the file."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.exchange import csv_reader, csv_writer, daylio, journal_json
from moodapp.exchange.batch import (
    ExportInfo,
    FormatError,
    ImportBatch,
    JournalContent,
    Progress,
    no_progress,
)
from moodapp.exchange.kinds import ExportFormat, ImportFormat
from moodapp.files import atomic_file, atomic_folder

SNIFF_BYTES = 64 * 1024


NOT_IMPORTABLE = QT_TRANSLATE_NOOP(
    "ImportFile",
    "is not a file moodapp can import: choose a moodapp export (JSON, or the CSV folder "
    "or zip) or a Daylio CSV export",
)
NOT_THERE = QT_TRANSLATE_NOOP("ImportFile", "does not exist")
EMPTY = QT_TRANSLATE_NOOP("ImportFile", "is empty")
ONE_TABLE = QT_TRANSLATE_NOOP(
    "ImportFile", "is one table of a moodapp CSV export; choose the folder or zip that holds it"
)
A_FOLDER = QT_TRANSLATE_NOOP("ImportFile", "is a folder; only CSV exports are folders")
UNREADABLE = QT_TRANSLATE_NOOP("ImportFile", "cannot be read ({why})")


def _first_line(start: bytes) -> list[str]:
    text = start.decode("utf-8-sig", errors="replace")
    try:  # newline="": a line may end in CR alone, as in files from old Macs
        return next(csv.reader(io.StringIO(text, newline="")), [])
    except csv.Error:  # a quote left open in the first 64 KB: not a table moodapp knows
        return []


def detect_format(path: Path) -> ImportFormat:
    """The format of the file or folder at ``path``; raises FormatError when there is none."""
    if path.is_dir():
        return ImportFormat.CSV
    if not path.is_file():
        raise FormatError(path.name, NOT_THERE)
    with path.open("rb") as file:
        start = file.read(SNIFF_BYTES)
    if not start.strip():
        raise FormatError(path.name, EMPTY)
    if start.startswith(b"PK\x03\x04"):
        return ImportFormat.CSV
    if b"\x00" in start:
        raise FormatError(path.name, NOT_IMPORTABLE)
    if start.removeprefix(b"\xef\xbb\xbf").lstrip().startswith((b"{", b"[")):
        return ImportFormat.JSON
    header = _first_line(start)
    if daylio.looks_like_daylio(header):
        return ImportFormat.DAYLIO
    if "uid" in header or "entry_uid" in header:
        raise FormatError(path.name, ONE_TABLE)
    raise FormatError(path.name, NOT_IMPORTABLE)


def read_import(
    path: Path,
    chosen: ImportFormat = ImportFormat.AUTO,
    daylio_options: daylio.DaylioOptions = daylio.DEFAULT_OPTIONS,
    progress: Progress = no_progress,
) -> ImportBatch:
    """Everything the file holds, checked for shape; nothing is written. Raises FormatError."""
    try:
        found = detect_format(path) if chosen is ImportFormat.AUTO else chosen
        if found is ImportFormat.JSON:
            return journal_json.read_journal_json(path, progress)
        if found is ImportFormat.CSV:
            return csv_reader.read_csv_export(path, progress)
        return daylio.read_daylio(path, daylio_options, progress)
    except IsADirectoryError:
        raise FormatError(path.name, A_FOLDER) from None
    except FileNotFoundError:
        raise FormatError(path.name, NOT_THERE) from None
    except OSError as error:
        raise FormatError(path.name, UNREADABLE, why=str(error.strerror or error)) from None


def write_export(
    content: JournalContent,
    info: ExportInfo,
    path: Path,
    chosen: ExportFormat,
    progress: Progress = no_progress,
) -> None:
    """Write the export whole or not at all: a file, a zip, or a new folder of tables."""
    if chosen is ExportFormat.JSON:
        with atomic_file(path) as partial:
            journal_json.write_journal_json(content, info, partial, progress)
    elif path.suffix.lower() == ".zip":
        with atomic_file(path) as partial:
            csv_writer.write_csv_zip(content, info, partial, progress)
    else:
        with atomic_folder(path) as partial:
            csv_writer.write_csv_folder(content, info, partial, progress)
