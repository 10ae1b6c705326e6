"""The JSON export: valid against its published schema, and read back with clear errors."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]  # the test extras have no stubs for it

from moodapp.domain.catalogue import BUILTIN_EMOTIONS, BUILTIN_TRIGGERS
from moodapp.domain.entries import CheckIn, CryingEpisode, Entry
from moodapp.domain.reflection import Reflection
from moodapp.exchange.batch import ExportInfo, FormatError, JournalContent
from moodapp.exchange.journal_json import journal_to_dict, read_journal_json, write_journal_json
from tests.conftest import NOW
from tests.strategies import check_ins, episodes

SCHEMA = json.loads(
    (Path(__file__).parents[3] / "docs" / "moodapp-journal.schema.json").read_text("utf-8")
)
INFO = ExportInfo(NOW, "1.2.3", date(2026, 1, 1), None)


def stamped(entry: Entry) -> Entry:
    return replace(entry, created_at=NOW.astimezone(UTC), updated_at=NOW.astimezone(UTC))


def content_of(entries: list[Entry]) -> JournalContent:
    return JournalContent(
        entries=[stamped(e) for e in entries],
        emotions=list(BUILTIN_EMOTIONS),
        triggers=list(BUILTIN_TRIGGERS),
        tags=sorted({t for e in entries for t in e.tags}),
        settings={"reflection-weekday": "6"},
        reflections=[
            Reflection(
                week_end=date(2026, 11, 22), text="Quiet week.", created_at=NOW, updated_at=NOW
            )
        ],
    )


def test_the_schema_itself_is_valid() -> None:
    Draft202012Validator.check_schema(SCHEMA)


@settings(max_examples=60)
@given(st.lists(st.one_of(episodes(NOW), check_ins(NOW)), max_size=8))
def test_every_export_is_valid_against_the_schema(entries: list[Entry]) -> None:
    document = json.loads(json.dumps(journal_to_dict(content_of(entries), INFO)))
    errors = [e.message for e in Draft202012Validator(SCHEMA).iter_errors(document)]
    assert errors == []


def test_unknown_details_are_null_and_valid(tmp_path: Path) -> None:
    entries: list[Entry] = [
        CryingEpisode(occurred_at=NOW, intensity=None),
        CheckIn(occurred_at=NOW, mood=1, energy=None),
    ]
    document = journal_to_dict(content_of(entries), INFO)
    assert document["entries"][0]["intensity"] is None
    assert document["entries"][1]["energy"] is None
    Draft202012Validator(SCHEMA).validate(document)


def test_the_schema_rejects_what_the_app_would_refuse() -> None:
    document = journal_to_dict(content_of([CheckIn(occurred_at=NOW, mood=1, energy=0)]), INFO)
    document["entries"][0]["mood"] = 9
    assert not Draft202012Validator(SCHEMA).is_valid(document)


def test_written_then_read_gives_the_same_content(tmp_path: Path) -> None:
    episode = CryingEpisode(
        occurred_at=NOW - timedelta(days=1), intensity=3, emotions={"sadness": 2},
        note='ü \U0001f622 "q"\n2',
    )  # fmt: skip
    content = content_of([episode])
    path = tmp_path / "journal.json"
    write_journal_json(content, INFO, path)
    assert read_journal_json(path).content == content


def _written(tmp_path: Path, document: Any) -> Path:
    path = tmp_path / "journal.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _valid_document() -> dict[str, Any]:
    return journal_to_dict(content_of([CheckIn(occurred_at=NOW, mood=1, energy=0)] * 1), INFO)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="other"), "not a moodapp journal export"),
        (lambda d: d.update(version=2), "format version 2 by a newer moodapp"),
        (lambda d: d.update(entries={}), "“entries” must be a list"),
        (
            lambda d: d["entries"][0].update(mood="1"),
            r"entry 1 \(uid .*\): field “mood” must be a whole number",
        ),
        (
            lambda d: d["entries"][0].update(mood=True),
            "field “mood” must be a whole number, not true or false",
        ),
        (lambda d: d["entries"][0].pop("occurred_at"), "field “occurred_at” is missing"),
        (lambda d: d["entries"][0].update(occurred_at="2026-11-26 21:00"), "needs a UTC offset"),
        (lambda d: d["entries"][0].update(occurred_at="yesterday"), "is not a time like"),
        (
            lambda d: d["entries"][0].update(kind="laughed"),
            "must be cried, almost-cried or check-in",
        ),
        (lambda d: d["entries"][0].update(emotions={"joy": "lots"}), "must map emotion names"),
        (
            lambda d: d["emotions"][0].update(colour="red"),
            r"emotion 1: field “colour” must look like",
        ),
        (lambda d: d["emotions"][0].update(label=" "), "field “label” must be a name"),
        (
            lambda d: d["reflections"][0].update(week_end="soon"),
            r"reflection 1 \(uid .*\): field “week_end”",
        ),
        (lambda d: d.update(settings={"a": 1}), "“settings” must map names to texts"),
    ],
)
def test_broken_records_are_named_with_their_field(
    tmp_path: Path, change: Any, message: str
) -> None:
    document = _valid_document()
    change(document)
    with pytest.raises(FormatError, match=message):
        read_journal_json(_written(tmp_path, document))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "journal.json: is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "not a text file in UTF-8"),
        (
            b'{"format": "moodapp-journal", "version": 1,\n "entries": [\n',
            r"line 3, column 1: is not valid JSON",
        ),
        (b"[1, 2, 3]", "not a moodapp journal export"),
    ],
)
def test_files_that_are_not_exports_are_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "journal.json"
    path.write_bytes(data)
    with pytest.raises(FormatError, match=message):
        read_journal_json(path)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["entries"][0].update(created_at="0900-01-01T00:00:00+00:00"),
        lambda d: d["entries"][0].update(occurred_at="2026-01-01T10:00:00+05:30:15"),
        lambda d: d["reflections"][0].update(week_end="9999-12-31"),
        lambda d: d["emotions"][0].update(sort_order=2**70),
        lambda d: d["settings"].update({"auto-lock-minutes": "1441"}),
        lambda d: d["settings"].update({"suggestion-dismissed-on": "banana"}),
    ],
)
def test_the_schema_states_the_limits_of_an_import(change: Any) -> None:
    document = journal_to_dict(content_of([CheckIn(occurred_at=NOW, mood=1, energy=0)]), INFO)
    document = json.loads(json.dumps(document))
    assert Draft202012Validator(SCHEMA).is_valid(document)
    change(document)
    assert not Draft202012Validator(SCHEMA).is_valid(document)
