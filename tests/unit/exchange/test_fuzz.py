"""Imports of damaged files: valid exports (JSON, CSV zip and folder, Daylio) cut short, with
bytes flipped, dropped or inserted, and huge numbers written in. Whatever the damage, the
import either lands whole or stops with a FormatError, and then the journal is unchanged.

MOODAPP_FUZZ_EXAMPLES sets how many damaged files each kind gets (a few dozen by default;
thousands for a longer run: ``MOODAPP_FUZZ_EXAMPLES=5000 pytest tests/unit/exchange/test_fuzz.py``).
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moodapp.domain.catalogue import BUILTIN_EMOTIONS, BUILTIN_TRIGGERS
from moodapp.domain.entries import CheckIn, CryingEpisode, Reaction
from moodapp.domain.reflection import Reflection
from moodapp.exchange.batch import ExportInfo, FormatError, JournalContent
from moodapp.exchange.csv_writer import write_csv_folder, write_csv_zip
from moodapp.exchange.journal_json import write_journal_json
from moodapp.services.exchange import ExchangeService
from moodapp.services.journal import Journal
from tests.conftest import NOW

EXAMPLES = int(os.environ.get("MOODAPP_FUZZ_EXAMPLES", "40"))
STAMP = NOW.astimezone(UTC)
CONTENT = JournalContent(
    entries=[
        CryingEpisode(occurred_at=NOW - timedelta(days=2), intensity=4, duration_minutes=12,
                      emotions={"sadness": 3, "loneliness": 1}, triggers=frozenset({"loss"}),
                      reaction=Reaction.COMFORTED, tags=frozenset({"family"}),
                      note='A "long" day,\nand a walk.', created_at=STAMP, updated_at=STAMP),
        CheckIn(occurred_at=NOW - timedelta(days=1), mood=-2, energy=1, urge_to_cry=3,
                sleep_hours=6.5, emotions={"calm": 2}, tags=frozenset({"work", "Tränen"}),
                created_at=STAMP, updated_at=STAMP),
    ],
    emotions=list(BUILTIN_EMOTIONS),
    triggers=list(BUILTIN_TRIGGERS),
    tags=["family", "Tränen", "work"],
    settings={"suggestion-dismissed-on": "2026-11-20", "auto-lock-minutes": "15"},
    reflections=[Reflection(week_end=date(2026, 11, 22), text="A heavy week.",
                            created_at=STAMP, updated_at=STAMP)],
)  # fmt: skip
INFO = ExportInfo(NOW, "1", None, None)
DAYLIO = (
    b"full_date,date,weekday,time,mood,activities,note_title,note\n"
    b'2026-11-20,November 20,Friday,21:05,rad,friends | walk,Lake,"Swam, laughed."\n'
    b"2026-11-21,November 21,Saturday,8:30 pm,awful,cried | work,,\n"
    b"2026-11-22,November 22,Sunday,7:45,meh,,,\n"
)

# What damage looks like: bytes that end a line or a cell, open a quote or a list, and
# numbers far beyond any field's range.
SPECIAL = [
    b"9" * 5000, b"-" + b"9" * 40, b"1e999", b"NaN", b"-0", b"2" * 25, b"\xc2\xb2",
    b'"\\ud800"', b"\\udfff", b"\xff\xfe", b"[" * 3000, b"{", b'"', b",", b"\r", b"\n",
    b"\x00", b"0001-01-01", b"9999-12-31T23:59:59-01:00", b"+05:30:15",
]  # fmt: skip


@st.composite
def damaged(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["flip", "cut", "drop", "insert", "special"]))
        if kind == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "cut":
            del data[at:]
        elif kind == "drop":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            data[at:at] = draw(st.sampled_from(SPECIAL))
    return bytes(data)


def _zip_bytes(tables: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in tables.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("originals")
    write_journal_json(CONTENT, INFO, folder / "journal.json")
    write_csv_zip(CONTENT, INFO, folder / "journal.zip")
    (folder / "tables").mkdir()
    write_csv_folder(CONTENT, INFO, folder / "tables")
    (folder / "daylio.csv").write_bytes(DAYLIO)
    return {p.name: p for p in folder.iterdir()}


# Each kind of damaged file, written into a folder: (original name, how to damage it).
Damage = Callable[[st.DataObject, Path, Path], Path]


def whole_file(data: st.DataObject, original: Path, folder: Path) -> Path:
    target = folder / original.name
    target.write_bytes(data.draw(damaged(original.read_bytes()), label="file"))
    return target


def one_zip_member(data: st.DataObject, original: Path, folder: Path) -> Path:
    with zipfile.ZipFile(original) as archive:
        tables = {name: archive.read(name) for name in archive.namelist()}
    name = data.draw(st.sampled_from(sorted(tables)), label="member")
    tables[name] = data.draw(damaged(tables[name]), label="table")
    target = folder / original.name
    target.write_bytes(_zip_bytes(tables))
    return target


def one_table_of_a_folder(data: st.DataObject, original: Path, folder: Path) -> Path:
    target = folder / original.name
    shutil.copytree(original, target)
    table = data.draw(st.sampled_from(sorted(p.name for p in target.iterdir())), label="table")
    (target / table).write_bytes(data.draw(damaged((target / table).read_bytes()), label="data"))
    return target


CASES: dict[str, tuple[str, Damage]] = {
    "JSON": ("journal.json", whole_file),
    "CSV zip, the zip damaged": ("journal.zip", whole_file),
    "CSV zip, one table damaged": ("journal.zip", one_zip_member),
    "CSV folder": ("tables", one_table_of_a_folder),
    "Daylio": ("daylio.csv", whole_file),
}


@pytest.mark.parametrize("case", CASES)
@settings(max_examples=EXAMPLES)
@given(data=st.data())
def test_a_damaged_file_is_imported_whole_or_refused_with_nothing_changed(
    journal: Journal, originals: dict[str, Path], case: str, data: st.DataObject
) -> None:
    name, damage = CASES[case]
    service = ExchangeService(journal.store, lambda: NOW)
    with tempfile.TemporaryDirectory() as folder:
        path = damage(data, originals[name], Path(folder))
        before = service.content()
        try:
            service.import_file(path)
        except FormatError as error:
            assert str(error)
            assert service.content() == before
