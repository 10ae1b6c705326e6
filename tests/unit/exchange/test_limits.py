"""Zip bombs and other files far larger than any journal: refused, after bounded work."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from moodapp.domain.entries import CheckIn, Entry
from moodapp.exchange import limits
from moodapp.exchange.batch import ExportInfo, FormatError, JournalContent
from moodapp.exchange.csv_writer import write_csv_folder, write_csv_zip
from moodapp.exchange.formats import read_import
from moodapp.exchange.journal_json import journal_to_dict
from tests.conftest import NOW

INFO = ExportInfo(NOW, "1", None, None)
STAMP = NOW.astimezone(UTC)
DAYLIO_HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"


def check_ins(count: int) -> list[Entry]:
    return [CheckIn(occurred_at=NOW - timedelta(hours=n + 1), mood=0, energy=0,
                    emotions={"calm": 2}, created_at=STAMP, updated_at=STAMP)
            for n in range(count)]  # fmt: skip


def zip_with_copies(path: Path, table: str, copies: int) -> Path:
    """A CSV export whose ``table`` holds its first row ``copies`` times: tiny when zipped."""
    write_csv_zip(JournalContent(entries=check_ins(1)), INFO, path)
    with zipfile.ZipFile(path) as archive:
        tables = {name: archive.read(name) for name in archive.namelist()}
    header, row = tables[table].split(b"\r\n")[:2]
    tables[table] = header + b"\r\n" + (row + b"\r\n") * copies
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in tables.items():
            archive.writestr(name, data)
    return path


def test_a_zip_of_600_000_copies_of_one_row_is_refused_at_the_row_limit(tmp_path: Path) -> None:
    path = zip_with_copies(tmp_path / "bomb.zip", "entry_emotions.csv", 600_000)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(FormatError, match=r"bomb\.zip, entry_emotions\.csv: has more than 500,000"):
        read_import(path)


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Limits small enough to reach in a test; the code reads them when it runs."""
    monkeypatch.setattr(limits, "MAX_IMPORT_ROWS", 2_000)
    monkeypatch.setattr(limits, "MAX_JSON_CONTAINERS", 1_000)
    monkeypatch.setattr(limits, "MAX_JSON_VALUES", 5_000)


def test_the_rows_of_every_table_count(tmp_path: Path, small_limits: None) -> None:
    path = zip_with_copies(tmp_path / "rows.zip", "check_ins.csv", 3_500)
    with pytest.raises(FormatError, match=r"rows\.zip, check_ins\.csv: has more than 2,000 rows"):
        read_import(path)


def test_the_text_of_all_the_tables_together_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "tables"
    folder.mkdir()
    write_csv_folder(JournalContent(entries=check_ins(150)), INFO, folder)
    monkeypatch.setattr(limits, "MAX_IMPORT_BYTES", max(t.stat().st_size for t in folder.iterdir()))
    with pytest.raises(FormatError, match=r"tables: holds more than 0 MB of text"):
        read_import(folder)


def test_a_json_file_larger_than_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.json"
    document = journal_to_dict(JournalContent(entries=check_ins(200)), INFO)
    path.write_text(json.dumps(document), "utf-8")
    monkeypatch.setattr(limits, "MAX_IMPORT_BYTES", path.stat().st_size - 1)
    with pytest.raises(FormatError, match=r"big\.json: holds more than"):
        read_import(path)


@pytest.mark.parametrize("values", ["[]," * 1_200, "0," * 6_000])
def test_json_that_would_build_too_many_objects_is_refused_before_it_is_parsed(
    tmp_path: Path, small_limits: None, values: str
) -> None:
    path = tmp_path / "many.json"
    path.write_text('{"format": "moodapp-journal", "version": 1, "x": [' + values + "0]}")
    with pytest.raises(FormatError, match=r"many\.json: holds more values than"):
        read_import(path)


def test_a_daylio_file_of_blank_lines_is_refused_at_the_row_limit(
    tmp_path: Path, small_limits: None
) -> None:
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO_HEADER + "\n" * 5_000, "utf-8")
    with pytest.raises(FormatError, match=r"daylio\.csv: has more than"):
        read_import(path)


def test_the_limits_leave_room_for_the_largest_real_journals() -> None:
    forty_years, largest_daylio_export = 16_000, 100_000
    assert limits.MAX_IMPORT_ROWS >= 5 * largest_daylio_export >= 30 * forty_years
    assert limits.MAX_IMPORT_BYTES >= 2**28
