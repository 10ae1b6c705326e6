"""The CSV tables: tidy for spreadsheets and pandas, and read back with the line of any error."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import UTC, date, timedelta
from pathlib import Path

import pandas as pd  # type: ignore[import-untyped]  # the test extras have no stubs for it
import pytest

from moodapp.domain.catalogue import BUILTIN_EMOTIONS, BUILTIN_TRIGGERS
from moodapp.domain.entries import CheckIn, CryingEpisode, Entry, Reaction
from moodapp.exchange.batch import ExportInfo, FormatError, JournalContent
from moodapp.exchange.csv_reader import read_csv_export
from moodapp.exchange.csv_writer import write_csv_folder, write_csv_zip
from tests.conftest import NOW

INFO = ExportInfo(NOW, "1.2.3", None, None)
STAMP = NOW.astimezone(UTC)
EPISODE = CryingEpisode(
    occurred_at=NOW - timedelta(days=1), intensity=4, emotions={"sadness": 3, "fear": 1},
    triggers=frozenset({"loss"}), reaction=Reaction.COMFORTED, held_back=False,
    note='Long day, "really" long.\nSecond line.', tags=frozenset({"work", "Tränen"}),
    created_at=STAMP, updated_at=STAMP,
)  # fmt: skip
CHECK_IN = CheckIn(
    occurred_at=NOW, mood=-1, energy=None, sleep_hours=6.75, no_crying_today=True,
    created_at=STAMP, updated_at=STAMP,
)  # fmt: skip


def content_of(entries: list[Entry]) -> JournalContent:
    return JournalContent(
        entries=entries,
        emotions=list(BUILTIN_EMOTIONS),
        triggers=list(BUILTIN_TRIGGERS),
        tags=sorted({t for e in entries for t in e.tags}),
        settings={"reflection-weekday": "6"},
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "tables"
    target.mkdir()
    write_csv_folder(content_of([EPISODE, CHECK_IN]), INFO, target)
    return target


def test_pandas_reads_the_tables_with_the_right_types(folder: Path) -> None:
    episodes = pd.read_csv(folder / "episodes.csv")
    check_ins = pd.read_csv(folder / "check_ins.csv")
    emotions = pd.read_csv(folder / "entry_emotions.csv")
    assert list(episodes.columns[:2]) == ["uid", "kind"]  # the byte-order mark is not in a name
    row = episodes.iloc[0]
    assert row["note"] == 'Long day, "really" long.\nSecond line.'
    assert row["intensity"] == 4 and bool(row["held_back"]) is False
    assert pd.isna(row["company"])  # not recorded: an empty cell
    assert pd.to_datetime(row["occurred_at"]).isoformat() == "2026-11-25T20:00:00+01:00"
    assert check_ins["sleep_hours"].dtype.kind == "f" and check_ins["sleep_hours"][0] == 6.75
    assert check_ins["no_crying_today"].dtype == bool
    assert check_ins["energy"].isna().all()
    assert sorted(zip(emotions["emotion"], emotions["intensity"], strict=True)) == [
        ("fear", 1),
        ("sadness", 3),
    ]
    assert set(pd.read_csv(folder / "entry_tags.csv")["tag"]) == {"work", "Tränen"}


def test_the_files_are_utf8_with_a_byte_order_mark_and_crlf_rows(folder: Path) -> None:
    data = (folder / "check_ins.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfuid,occurred_at,local_date,mood,")
    assert b"\r\n" in data
    assert (folder / "export.csv").read_text("utf-8-sig").splitlines()[1] == "format,moodapp-csv"


def test_a_folder_and_a_zip_read_back_the_same(folder: Path, tmp_path: Path) -> None:
    write_csv_zip(content_of([EPISODE, CHECK_IN]), INFO, tmp_path / "journal.zip")
    expected = content_of([EPISODE, CHECK_IN])
    assert read_csv_export(folder).content == expected
    assert read_csv_export(tmp_path / "journal.zip").content == expected


def test_a_zip_of_the_export_folder_reads_too(folder: Path, tmp_path: Path) -> None:
    zipped = tmp_path / "zipped.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        for table in folder.iterdir():
            archive.write(table, f"my export/{table.name}")
    assert len(read_csv_export(zipped).content.entries) == 2


def _edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text("utf-8-sig").replace(old, new), "utf-8-sig")


@pytest.mark.parametrize(
    ("table", "old", "new", "message"),
    [
        ("episodes.csv", ",4,", ",four,", r"episodes.csv line 2: column intensity: “four”"),
        ("check_ins.csv", ",true,", ",yes,", r"check_ins.csv line 2: column no_crying_today"),
        ("check_ins.csv", "uid,", "id,", r"check_ins.csv line 1: the column uid is missing"),
        ("entry_emotions.csv", "sadness,3", "sadness", r"entry_emotions.csv line \d: has 2 cells"),
        ("entry_tags.csv", "work", "work,extra", r"entry_tags.csv line \d: has 3 cells"),
    ],
)
def test_broken_cells_are_named_by_table_line_and_column(
    folder: Path, table: str, old: str, new: str, message: str
) -> None:
    _edit(folder / table, old, new)
    with pytest.raises(FormatError, match=message):
        read_csv_export(folder)


def test_a_link_to_an_unknown_entry_is_refused(folder: Path) -> None:
    _edit(folder / "entry_tags.csv", EPISODE.uid, "not-an-entry")
    with pytest.raises(FormatError, match=r"entry_tags.csv line 2: no entry has the uid"):
        read_csv_export(folder)


def test_a_missing_table_or_a_single_table_is_explained(folder: Path) -> None:
    with pytest.raises(FormatError, match="is a single table; a moodapp CSV export is a folder"):
        read_csv_export(folder / "episodes.csv")
    (folder / "check_ins.csv").unlink()
    with pytest.raises(FormatError, match=r"has no check_ins\.csv"):
        read_csv_export(folder)


def test_a_newer_format_asks_for_a_newer_app(folder: Path) -> None:
    _edit(folder / "export.csv", "version,1", "version,7")
    with pytest.raises(FormatError, match="format version 7 by a newer moodapp"):
        read_csv_export(folder)


@pytest.mark.parametrize(
    ("version", "message"),
    [
        ("²", "gives “²” as its format version, which is not one moodapp writes"),
        ("7" * 5000, "gives “7{40}…” as its format version"),
        ("0000000002", "format version 0000000002 by a newer moodapp"),
    ],
)
def test_a_version_that_is_no_number_this_app_reads_is_refused_in_words(
    folder: Path, version: str, message: str
) -> None:
    _edit(folder / "export.csv", "version,1", f"version,{version}")
    with pytest.raises(FormatError, match=message):
        read_csv_export(folder)


def test_a_damaged_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.zip"
    write_csv_zip(content_of([CHECK_IN]), INFO, path)
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(FormatError, match=r"journal\.zip: is not a zip file, or it is damaged"):
        read_csv_export(path)


def test_the_exported_period_is_written_down(tmp_path: Path) -> None:
    target = tmp_path / "tables"
    target.mkdir()
    write_csv_folder(content_of([]), replace(INFO, start=date(2026, 1, 1)), target)
    about = pd.read_csv(target / "export.csv", dtype=str, keep_default_na=False)
    assert dict(zip(about["key"], about["value"], strict=True))["from"] == "2026-01-01"


def _central_entries(data: bytes) -> list[int]:
    """Where each central directory entry of a zip starts."""
    found, at = [], data.find(b"PK\x01\x02")
    while at != -1:
        found.append(at)
        at = data.find(b"PK\x01\x02", at + 4)
    return found


def test_a_zip_of_a_kind_python_cannot_unpack_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.zip"
    write_csv_zip(content_of([CHECK_IN]), INFO, path)
    data = bytearray(path.read_bytes())
    first = _central_entries(bytes(data))[0]
    data[first + 6 : first + 8] = (84).to_bytes(2, "little")  # "zip file version 8.4"
    path.write_bytes(bytes(data))
    with pytest.raises(FormatError, match=r"journal\.zip: is a zip of a kind moodapp cannot"):
        read_csv_export(path)


def test_a_zip_with_a_nameless_member_is_read_without_it(tmp_path: Path) -> None:
    path = tmp_path / "journal.zip"
    write_csv_zip(content_of([CHECK_IN]), INFO, path)
    nameless = zipfile.ZipInfo("x")
    nameless.filename = ""  # zipfile would refuse the name itself
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(nameless, b"nothing")
    assert [e.uid for e in read_csv_export(path).content.entries] == [CHECK_IN.uid]
