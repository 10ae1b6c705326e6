"""Files that cannot be imported: each gives a clear message, and the journal stays as it was."""

from __future__ import annotations

import json
import struct
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest

from moodapp.domain.catalogue import BUILTIN_EMOTIONS, BUILTIN_TRIGGERS
from moodapp.domain.entries import CheckIn, CryingEpisode, Entry, new_uid
from moodapp.domain.reflection import Week
from moodapp.exchange.batch import ExportInfo, FormatError, JournalContent
from moodapp.exchange.csv_writer import write_csv_folder, write_csv_zip
from moodapp.exchange.journal_json import journal_to_dict
from moodapp.services.exchange import ExchangeService
from moodapp.services.journal import Journal
from tests.conftest import NOW

DAYLIO_HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"
FIFTY_MB = 50 * 1024 * 1024
UID = "3f2b8a6e-1c4d-4e5f-9a0b-7c6d5e4f3a2b"
STAMP = NOW.astimezone(UTC)


@pytest.fixture
def journal_with_entries(journal: Journal) -> Journal:
    journal.entries.record(CryingEpisode(occurred_at=NOW - timedelta(days=2), intensity=2))
    journal.entries.record(
        CheckIn(occurred_at=NOW - timedelta(days=1), mood=1, energy=0, note="mine")
    )
    return journal


def check_ins(count: int) -> list[Entry]:
    return [
        CheckIn(
            occurred_at=NOW - timedelta(hours=n + 1),
            mood=n % 7 - 3,
            energy=0,
            created_at=STAMP,
            updated_at=STAMP,
        )
        for n in range(count)
    ]


def json_export(path: Path, entries: list[Entry], **changes: object) -> Path:
    content = JournalContent(entries=entries, emotions=list(BUILTIN_EMOTIONS),
                             triggers=list(BUILTIN_TRIGGERS))  # fmt: skip
    document = journal_to_dict(content, ExportInfo(NOW, "1", None, None))
    document.update(changes)
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return path


def daylio_rows(count: int, bad_line: int | None = None) -> str:
    lines = [DAYLIO_HEADER]
    for n in range(2, count + 2):  # the header is line 1
        day = (NOW - timedelta(days=n)).date().isoformat()
        lines.append(f"{'2025-02-30' if n == bad_line else day},x,x,8:00 pm,good,work,,\n")
    return "".join(lines)


def _truncated_json(tmp_path: Path) -> Path:
    path = json_export(tmp_path / "cut.json", check_ins(50))
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return path


def _csv_with_a_bad_time_on_line_4000(tmp_path: Path) -> Path:
    folder = tmp_path / "tables"
    folder.mkdir()
    content = JournalContent(entries=list(check_ins(4500)), emotions=list(BUILTIN_EMOTIONS))
    write_csv_folder(content, ExportInfo(NOW, "1", None, None), folder)
    table = folder / "check_ins.csv"
    lines = table.read_bytes().decode("utf-8-sig").split("\r\n")
    cells = lines[3999].split(",")
    cells[1] = "2026-02-30T10:00:00+01:00"
    lines[3999] = ",".join(cells)
    table.write_bytes("\r\n".join(lines).encode("utf-8-sig"))
    return folder


def _daylio_with_a_huge_note(folder: Path) -> Path:
    row = f'2025-01-01,x,x,9:00,good,,,"{"x" * FIFTY_MB}"\n'
    return write(folder, DAYLIO_HEADER + row, "daylio.csv")


def _json_with_a_huge_note(folder: Path) -> Path:
    entry = CheckIn(occurred_at=NOW, mood=0, energy=0, note="x" * FIFTY_MB,
                    created_at=STAMP, updated_at=STAMP)  # fmt: skip
    return json_export(folder / "big.json", [entry])


def _json_with_an_unknown_emotion(folder: Path) -> Path:
    entry = CheckIn(occurred_at=NOW, mood=0, energy=0, emotions={"glee": 2})
    return json_export(folder / "e.json", [entry])


CASES = {
    "truncated JSON": (_truncated_json, r"cut\.json line \d+, column \d+: is not valid JSON"),
    "wrong columns": (
        lambda p: write(p, "date,feeling,notes\n2025-01-01,ok,\n", "other.csv"),
        r"other\.csv: is not a file moodapp can import",
    ),
    "a Daylio file with the wrong columns": (
        lambda p: write(p, "full_date,mood,activities,notes\n", "daylio.csv"),
        r"daylio\.csv line 1: is missing the Daylio column\(s\) time, note",
    ),
    "a bad date on line 4,000 (Daylio)": (
        lambda p: write(p, daylio_rows(4500, bad_line=4000), "daylio.csv"),
        r"daylio\.csv line 4000: column full_date: “2025-02-30” is not a date",
    ),
    "a bad time on line 4,000 (CSV)": (
        _csv_with_a_bad_time_on_line_4000,
        r"tables, check_ins\.csv line 4000: field “occurred_at” is not a time",
    ),
    "an empty file": (lambda p: write(p, "", "empty.json"), r"empty\.json: is empty"),
    "a binary file": (
        lambda p: write_bytes(p, bytes(range(256)) * 100, "photo.jpg"),
        r"photo\.jpg: is not a file moodapp can import",
    ),
    "a 50 MB note (Daylio)": (
        _daylio_with_a_huge_note,
        r"daylio\.csv line 2: has a cell of more than 131,072 characters",
    ),
    "a 50 MB note (JSON)": (
        _json_with_a_huge_note,
        r"big\.json, entry 1 \(uid .*\): note: The note is 52,428,800 characters long",
    ),
    "a time in the future": (
        lambda p: write(p, DAYLIO_HEADER + "2099-01-01,x,x,9:00,good,,,\n", "daylio.csv"),
        r"daylio\.csv line 2: occurred_at: The time is in the future",
    ),
    "an unknown emotion": (
        _json_with_an_unknown_emotion,
        r"e\.json, entry 1 \(uid .*\): emotions: Unknown emotion “glee”",
    ),
    "the same uid twice": (
        lambda p: json_export(p / "twice.json", check_ins(3)[:1] * 2),
        r"twice\.json, entry 2 \(uid .*\): the uid .* is in the file twice",
    ),
}


def write(folder: Path, text: str, name: str) -> Path:
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def write_bytes(folder: Path, data: bytes, name: str) -> Path:
    (folder / name).write_bytes(data)
    return folder / name


@pytest.mark.parametrize("case", CASES)
def test_a_file_that_cannot_be_imported_leaves_the_journal_untouched(
    journal_with_entries: Journal, tmp_path: Path, case: str
) -> None:
    make, message = CASES[case]
    path = make(tmp_path)
    service = ExchangeService(journal_with_entries.store, lambda: NOW)
    before = service.content()
    with pytest.raises(FormatError, match=message):
        service.import_file(path)
    assert service.content() == before


def test_an_id_that_belongs_to_an_entry_of_the_other_kind_is_refused(
    journal_with_entries: Journal, tmp_path: Path
) -> None:
    episode = journal_with_entries.entries.entries()[0]
    later = STAMP + timedelta(days=1)
    clash = CheckIn(uid=episode.uid, occurred_at=NOW, mood=0, energy=0,
                    created_at=later, updated_at=later)  # fmt: skip
    path = json_export(tmp_path / "kind.json", [clash])
    service = ExchangeService(journal_with_entries.store, lambda: NOW)
    before = service.content()
    with pytest.raises(
        FormatError, match=r"kind\.json, entry 1 .*belongs to an entry of another kind"
    ):
        service.import_file(path)
    assert service.content() == before


# -- values that could be stored but never read back, or that used to crash the import -----


def _json_entry_with(folder: Path, name: str, **fields: object) -> Path:
    path = json_export(folder / name, check_ins(1))
    document = json.loads(path.read_text("utf-8"))
    document["entries"][0].update(fields)
    path.write_text(json.dumps(document), encoding="utf-8")  # "\ud800" stays an escape
    return path


def _json_with(folder: Path, name: str, **changes: object) -> Path:
    return json_export(folder / name, check_ins(1), **changes)


def _reflection(week_end: str, uid: str | None = None) -> dict[str, object]:
    return {"uid": uid or new_uid(), "week_end": week_end, "text": "a calm week",
            "created_at": None, "updated_at": None}  # fmt: skip


def _csv_zip(folder: Path, name: str = "tables.zip") -> Path:
    path = folder / name
    content = JournalContent(entries=check_ins(50), emotions=list(BUILTIN_EMOTIONS))
    write_csv_zip(content, ExportInfo(NOW, "1", None, None), path)
    return path


def _patched_member(
    path: Path, member: str, local: dict[int, bytes], central: dict[int, bytes]
) -> Path:
    """The zip with bytes of one member's local header and central directory entry replaced
    (offsets from each header's signature)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    central_at = data.index(b"PK\x01\x02")
    while data[central_at + 46 : central_at + 46 + len(member)] != member.encode():
        central_at = data.index(b"PK\x01\x02", central_at + 4)
    for base, changes in ((info.header_offset, local), (central_at, central)):
        for offset, value in changes.items():
            data[base + offset : base + offset + len(value)] = value
    path.write_bytes(bytes(data))
    return path


def _zip_with_damaged_deflate_data(folder: Path) -> Path:
    path = _csv_zip(folder)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("check_ins.csv")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for n in range(start + 10, start + info.compress_size - 10, 7):
        data[n] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def _zip_with_an_encrypted_member(folder: Path) -> Path:
    flag = struct.pack("<H", 0x1)
    return _patched_member(_csv_zip(folder), "check_ins.csv", {6: flag}, {8: flag})


def _zip_with_compression_method_9(folder: Path) -> Path:
    method = struct.pack("<H", 9)  # Deflate64, which Python's zipfile cannot unpack
    return _patched_member(_csv_zip(folder), "check_ins.csv", {8: method}, {10: method})


def _zip_of_blank_lines(folder: Path) -> Path:
    path = _csv_zip(folder)
    with zipfile.ZipFile(path) as archive:
        tables = {name: archive.read(name) for name in archive.namelist()}
    tables["check_ins.csv"] += b"\r\n" * 600_000
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in tables.items():
            archive.writestr(name, data)
    return path


def _csv_folder_without(table: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        tables = folder / "tables"
        tables.mkdir()
        write_csv_folder(JournalContent(entries=check_ins(2)), ExportInfo(NOW, "1", None, None),
                         tables)  # fmt: skip
        (tables / table).unlink()
        return tables

    return make


def _csv_folder_with_mood(folder: Path, mood: str) -> Path:
    tables = folder / "tables"
    tables.mkdir()
    write_csv_folder(JournalContent(entries=check_ins(1)), ExportInfo(NOW, "1", None, None), tables)
    table = tables / "check_ins.csv"
    header, row, end = table.read_bytes().decode("utf-8-sig").split("\r\n")
    cells = row.split(",")
    cells[header.split(",").index("mood")] = mood
    table.write_bytes("\r\n".join([header, ",".join(cells), end]).encode("utf-8-sig"))
    return tables


def _csv_folder_with_tag(tag: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        tables = folder / "tables"
        tables.mkdir()
        write_csv_folder(JournalContent(tags=[tag]), ExportInfo(NOW, "1", None, None), tables)
        return tables

    return make


DIGITS = "7" * 5000
EDGE_CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "a creation time in the year 900": (
        lambda p: _json_entry_with(p, "900.json", created_at="0900-01-01T00:00:00+00:00"),
        r"900\.json, entry 1 .*field “created_at” is “0900-01-01T00:00:00\+00:00”\. "
        r"Times must be from the year 1900 to the year 9998",
    ),
    "a creation time in year 1, an hour ahead of UTC": (
        lambda p: _json_entry_with(p, "one.json", created_at="0001-01-01T00:00+01:00"),
        r"one\.json, entry 1 .*field “created_at”.*from the year 1900",
    ),
    "a change at the end of year 9999, behind UTC": (
        lambda p: _json_entry_with(p, "end.json", updated_at="9999-12-31T23:59:59-01:00"),
        r"end\.json, entry 1 .*field “updated_at”.*to the year 9998",
    ),
    "an offset of 5:30:15": (
        lambda p: _json_entry_with(p, "odd.json", occurred_at="2026-01-01T10:00:00+05:30:15"),
        r"odd\.json, entry 1 .*UTC offset must be whole minutes, like \+05:30, not \+05:30:15",
    ),
    "a lone surrogate in a note": (
        lambda p: _json_entry_with(p, "lone.json", note="sad \ud800"),
        r"lone\.json, entry 1 .*note: The note holds a character that is not text \(U\+D800\)",
    ),
    "a lone surrogate where a kind belongs": (
        lambda p: _json_entry_with(p, "kind.json", kind="cried \udfff"),
        r"kind\.json, entry 1 .*must be cried, almost-cried or check-in, not “cried \ufffd”",
    ),
    "a 5,000-digit number in a table": (
        lambda p: _csv_folder_with_mood(p, "7" * 5000),
        r"tables, check_ins\.csv line 2: column mood: “7{40}…” is not a whole number",
    ),
    "a 5,000-digit number": (
        lambda p: write(
            p,
            json.dumps({"format": "moodapp-journal", "version": 1})[:-1]
            + f', "entries": [{{"mood": {DIGITS}}}]}}',
            "digits.json",
        ),
        r"digits\.json: holds a number with thousands of digits",
    ),
    "lists nested 100,000 deep": (
        lambda p: write(
            p,
            '{"format": "moodapp-journal", "version": 1, "x": '
            + "[" * 100_000
            + "]" * 100_000
            + "}",
            "deep.json",
        ),
        r"deep\.json: has lists or objects nested far more deeply",
    ),
    "a reflection in year 1": (
        lambda p: _json_with(p, "old.json", reflections=[_reflection("0001-01-07")]),
        r"old\.json, reflection 1 .*field “week_end” is “0001-01-07”\. Dates must be from",
    ),
    "a sort order of 2**70": (
        lambda p: _json_with(
            p,
            "sort.json",
            emotions=[
                {
                    "key": "awe",
                    "label": "Awe",
                    "valence": "positive",
                    "colour": "#6688aa",
                    "builtin": False,
                    "archived": False,
                    "sort_order": 2**70,
                }
            ],
        ),
        r"sort\.json, emotion 1: field “sort_order” must be a whole number from -1,000,000,000",
    ),
    "two reflections on one week": (
        lambda p: _json_with(
            p, "twice.json", reflections=[_reflection("2026-11-22"), _reflection("2026-11-22")]
        ),
        r"twice\.json, reflection 2 .*a second weekly note on the week ending 2026-11-22",
    ),
    "a reflection uid twice": (
        lambda p: _json_with(
            p,
            "uid.json",
            reflections=[_reflection("2026-11-15", UID), _reflection("2026-11-22", UID)],
        ),
        rf"uid\.json, reflection 2 .*the uid {UID} is in the file twice",
    ),
    "an empty tag in the journal's tags": (
        lambda p: _json_with(p, "tags.json", tags=["work", ""]),
        r"tags\.json, tag 2: A tag cannot be empty",
    ),
    "a tag of two lines with a comma": (
        lambda p: _json_with(p, "tags.json", tags=["a,b\nc"]),
        r"tags\.json, tag 1: The tag “a,b\nc” must be one line of at most 40 characters",
    ),
    "a tag of a megabyte": (
        lambda p: _json_with(p, "tags.json", tags=["x" * 1_000_000]),
        r"tags\.json, tag 1: The tag “x{40}” must be one line of at most 40 characters",
    ),
    "a tag of two lines with a comma (CSV)": (
        _csv_folder_with_tag("a,b\nc"),
        r"tables, tags\.csv line 2: The tag “a,b\nc” must be one line",
    ),
    "an auto-lock setting of ²": (
        lambda p: _json_with(p, "lock.json", settings={"auto-lock-minutes": "²"}),
        r"lock\.json, settings: the setting “auto-lock-minutes” must be a whole number of "
        r"minutes from 0 \(never\) to 1,440, not “²”",
    ),
    "a dismissal dated banana": (
        lambda p: _json_with(p, "banana.json", settings={"suggestion-dismissed-on": "banana"}),
        r"banana\.json, settings: the setting “suggestion-dismissed-on” must be a date",
    ),
    "a zip with damaged deflate data": (
        _zip_with_damaged_deflate_data,
        r"tables\.zip(, check_ins\.csv)?: (cannot be unzipped|is not a zip file, or it is dam)",
    ),
    "a zip with an encrypted table": (
        _zip_with_an_encrypted_member,
        r"tables\.zip, check_ins\.csv: is protected with a password",
    ),
    "a zip compressed with method 9": (
        _zip_with_compression_method_9,
        r"tables\.zip, check_ins\.csv: is compressed in a way moodapp cannot unpack",
    ),
    "a zip of 600,000 blank lines": (
        _zip_of_blank_lines,
        r"tables\.zip, check_ins\.csv: has more than 500,000 rows, far more than any journal",
    ),
    "a CSV folder without entry_emotions.csv": (
        _csv_folder_without("entry_emotions.csv"),
        r"tables: has no entry_emotions\.csv\. A moodapp CSV export always has it",
    ),
    "a CSV folder without entry_tags.csv": (
        _csv_folder_without("entry_tags.csv"),
        r"tables: has no entry_tags\.csv",
    ),
    "a CSV folder without entry_triggers.csv": (
        _csv_folder_without("entry_triggers.csv"),
        r"tables: has no entry_triggers\.csv",
    ),
    "a Daylio row in year 1": (
        lambda p: write(p, DAYLIO_HEADER + "0001-01-01,x,x,9:00,good,,,\n", "daylio.csv"),
        r"daylio\.csv line 2: column full_date: “0001-01-01”\. Dates must be from the year 1900",
    ),
    "a Daylio row at the last minute of 9999 in New York": (
        lambda p: write(p, DAYLIO_HEADER + "9999-12-31,x,x,23:59,good,,,\n", "daylio.csv"),
        r"daylio\.csv line 2: column full_date: “9999-12-31”\. Dates must be from",
    ),
}


@pytest.fixture
def new_york_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("case", EDGE_CASES)
def test_values_that_could_not_be_read_back_are_refused_and_change_nothing(
    journal_with_entries: Journal, tmp_path: Path, case: str, new_york_time: None
) -> None:
    make, message = EDGE_CASES[case]
    path = make(tmp_path)
    service = ExchangeService(journal_with_entries.store, lambda: NOW)
    before = service.content()
    with pytest.raises(FormatError, match=message) as refused:
        service.import_file(path)
    str(refused.value).encode("utf-8")  # a message any terminal or window can show
    assert service.content() == before


def test_a_reflection_uid_kept_here_on_another_week_is_refused(
    journal_with_entries: Journal, tmp_path: Path
) -> None:
    week = Week(date(2026, 11, 16))
    journal_with_entries.insights.save_reflection(week, "mine")
    stored = journal_with_entries.insights.notes(week).own
    assert stored is not None
    path = _json_with(tmp_path, "moved.json", reflections=[_reflection("2026-11-29", stored.uid)])
    service = ExchangeService(journal_with_entries.store, lambda: NOW)
    before = service.content()
    with pytest.raises(
        FormatError,
        match=rf"moved\.json, reflection 1 .*the uid {stored.uid} belongs to the weekly note on "
        r"the week ending 2026-11-22 in this journal",
    ):
        service.import_file(path)
    assert service.content() == before
