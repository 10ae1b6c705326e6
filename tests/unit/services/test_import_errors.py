"""Files that cannot be imported: each gives a clear message, and the journal stays as it was."""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from moodapp.domain.catalogue import BUILTIN_EMOTIONS, BUILTIN_TRIGGERS
from moodapp.domain.entries import CheckIn, CryingEpisode
from moodapp.exchange.batch import ExportInfo, FormatError, JournalContent
from moodapp.exchange.csv_tables import write_csv_folder
from moodapp.exchange.journal_json import journal_to_dict
from moodapp.services.exchange import ExchangeService
from moodapp.services.journal import JournalService
from tests.conftest import NOW

DAYLIO_HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"
FIFTY_MB = 50 * 1024 * 1024
STAMP = NOW.astimezone(UTC)


@pytest.fixture
def journal_with_entries(journal: JournalService) -> JournalService:
    journal.record(CryingEpisode(occurred_at=NOW - timedelta(days=2), intensity=2))
    journal.record(CheckIn(occurred_at=NOW - timedelta(days=1), mood=1, energy=0, note="mine"))
    return journal


def check_ins(count: int) -> list[CheckIn]:
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


def json_export(path: Path, entries: list, **changes: object) -> Path:
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
    journal_with_entries: JournalService, tmp_path: Path, case: str
) -> None:
    make, message = CASES[case]
    path = make(tmp_path)
    service = ExchangeService(journal_with_entries.store, lambda: NOW)
    before = service.content()
    with pytest.raises(FormatError, match=message):
        service.import_file(path)
    assert service.content() == before


def test_an_id_that_belongs_to_an_entry_of_the_other_kind_is_refused(
    journal_with_entries: JournalService, tmp_path: Path
) -> None:
    episode = journal_with_entries.entries()[0]
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
