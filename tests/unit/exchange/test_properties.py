"""What the validators accept can be stored, read, exported and imported back unchanged;
what they refuse is named by its field, and nothing is written."""

from __future__ import annotations

import contextlib
import json
import math
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moodapp.domain.catalogue import BUILTIN_EMOTIONS, BUILTIN_TRIGGERS
from moodapp.domain.entries import CryingEpisode, Entry
from moodapp.domain.field_errors import InvalidInput
from moodapp.domain.validation import NOTE_MAX_CHARS, SHORT_TEXT_MAX_CHARS, validate_entry
from moodapp.exchange.batch import ExportInfo, FormatError, JournalContent
from moodapp.exchange.journal_json import journal_to_dict
from moodapp.exchange.kinds import ExportFormat
from moodapp.services.exchange import ExchangeService
from moodapp.services.journal import Journal
from moodapp.store.database import open_store
from tests.conftest import NOW
from tests.strategies import (
    EMOTION_KEYS,
    TRIGGER_KEYS,
    check_ins,
    episodes,
    offsets,
    stamped_entries,
)

EXPORTS = [("journal.json", ExportFormat.JSON), ("journal.zip", ExportFormat.CSV),
           ("tables", ExportFormat.CSV)]  # fmt: skip


@contextlib.contextmanager
def fresh_journal() -> Iterator[Journal]:
    """A new journal; one at a time, since the database is one per process."""
    with (
        tempfile.TemporaryDirectory() as folder,
        open_store(Path(folder) / "journal.sqlite3", Path(folder) / "backups") as store,
    ):
        yield Journal(store, lambda: NOW)


def exchange(journal: Journal) -> ExchangeService:
    return ExchangeService(journal.store, journal.now)


def json_file(folder: Path, entry: Entry | dict[str, Any]) -> Path:
    """A moodapp JSON export holding ``entry`` (an entry, or its dict as a file may hold it)."""
    content = JournalContent(emotions=list(BUILTIN_EMOTIONS), triggers=list(BUILTIN_TRIGGERS))
    document = journal_to_dict(content, ExportInfo(NOW, "1", None, None))
    document["entries"] = [entry if isinstance(entry, dict) else _as_dict(entry)]
    path = folder / "entry.json"
    path.write_text(json.dumps(document), encoding="utf-8")  # lone surrogates stay escapes
    return path


def _as_dict(entry: Entry) -> dict[str, Any]:
    document = journal_to_dict(JournalContent(entries=[entry]), ExportInfo(NOW, "1", None, None))
    entry_dict: dict[str, Any] = document["entries"][0]
    return entry_dict


@settings(max_examples=15)
@given(entry=stamped_entries(NOW))
def test_an_entry_the_validators_accept_comes_back_unchanged_from_every_format(
    entry: Entry,
) -> None:
    assert validate_entry(entry, now=NOW, emotions=EMOTION_KEYS, triggers=TRIGGER_KEYS) == []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        with fresh_journal() as first:
            exchange(first).import_file(json_file(folder, entry))
            assert first.entries.get(entry.uid) == entry
            for file, chosen in EXPORTS:
                exchange(first).export(folder / file, chosen)
        for file, _ in EXPORTS:
            with fresh_journal() as second:
                exchange(second).import_file(folder / file)
                back = second.entries.get(entry.uid)
                assert back == entry, file
                assert back.occurred_at.utcoffset() == entry.occurred_at.utcoffset()


# -- refused values ------------------------------------------------------------------------

outside = st.integers(-(10**100), 10**100)
odd_offsets = (
    st.integers(-86_399, 86_399)
    .filter(lambda s: s % 60)
    .map(lambda seconds: timezone(timedelta(seconds=seconds)))
)
unstorable_times = st.one_of(
    st.datetimes(max_value=datetime(1899, 12, 31)).map(lambda t: t.replace(tzinfo=UTC)),
    st.builds(
        lambda t, z: t.replace(tzinfo=z), st.datetimes(min_value=datetime(9999, 1, 1)), offsets
    ),
    st.builds(
        lambda t, z: t.replace(tzinfo=z),
        st.datetimes(datetime(1990, 1, 1), datetime(2020, 1, 1)),
        odd_offsets,
    ),
)
broken_texts = st.builds(lambda text: text + "\ud800", st.text(max_size=20))
bad_tags = st.sampled_from(["", " work", "a,b", "two\nlines", "x" * 41, "tab\there", "\udcff"])

# field -> values it must refuse, for both kinds of entry or for one
COMMON_BAD: dict[str, st.SearchStrategy[Any]] = {
    "occurred_at": unstorable_times | st.just(NOW + timedelta(days=1)),
    "created_at": unstorable_times,
    "updated_at": unstorable_times,
    "note": broken_texts | st.just("x" * (NOTE_MAX_CHARS + 1)),
    "tags": bad_tags.map(lambda tag: frozenset({tag})),
    "emotions": outside.filter(lambda n: not 0 <= n <= 4).map(lambda n: {"sadness": n}),
    "uid": st.sampled_from(["", "not-an-id", "3f2b8a6e-1c4d-4e5f-9a0b", "\ud800"]),
}
EPISODE_BAD: dict[str, st.SearchStrategy[Any]] = {
    **COMMON_BAD,
    "intensity": outside.filter(lambda n: not 1 <= n <= 5),
    "duration_minutes": outside.filter(lambda n: not 0 <= n <= 1440),
    "mood_after_score": outside.filter(lambda n: not 0 <= n <= 10),
    "mood_later_score": outside.filter(lambda n: not 0 <= n <= 10),
    "what_helped": broken_texts | st.just("x" * (SHORT_TEXT_MAX_CHARS + 1)),
}
CHECK_IN_BAD: dict[str, st.SearchStrategy[Any]] = {
    **COMMON_BAD,
    "mood": outside.filter(lambda n: not -3 <= n <= 3),
    "energy": outside.filter(lambda n: not -3 <= n <= 3),
    "urge_to_cry": outside.filter(lambda n: not 0 <= n <= 4),
    "daily_life_hard": outside.filter(lambda n: not 0 <= n <= 3),
    "sleep_hours": st.floats().filter(lambda h: math.isnan(h) or not 0 <= h <= 24),
}


@st.composite
def refused(draw: st.DrawFn) -> tuple[Entry, str]:
    """A valid entry with one field given a value the validators refuse, and that field."""
    entry: Entry = draw(episodes(NOW) | check_ins(NOW))
    bad = EPISODE_BAD if isinstance(entry, CryingEpisode) else CHECK_IN_BAD
    field = draw(st.sampled_from(sorted(bad)))
    return replace(entry, **{field: draw(bad[field])}), field


@settings(max_examples=60)
@given(case=refused())
def test_a_refused_value_is_named_by_its_field_and_changes_nothing(
    case: tuple[Entry, str],
) -> None:
    entry, field = case
    errors = validate_entry(entry, now=NOW, emotions=EMOTION_KEYS, triggers=TRIGGER_KEYS)
    assert field in {e.field for e in errors}
    with tempfile.TemporaryDirectory() as name, fresh_journal() as journal:
        before = exchange(journal).content()
        with pytest.raises(InvalidInput) as saved:
            journal.entries.save(entry)
        assert field in {e.field for e in saved.value.errors}
        with pytest.raises(FormatError) as imported:
            exchange(journal).import_file(json_file(Path(name), entry))
        assert field in str(imported.value)
        assert exchange(journal).content() == before
