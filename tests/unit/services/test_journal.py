"""Recording, editing and deleting entries through the service: validated, whole, undoable."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from moodapp.domain.entries import CheckIn, Company, CryingEpisode, Entry
from moodapp.domain.field_errors import InvalidInput
from moodapp.paths import AppPaths
from moodapp.services.entries import EntryNotFound
from moodapp.services.journal import Journal, JournalOpenError, open_journal, opened_journal
from moodapp.services.writes import SaveFailed
from moodapp.store.database import Store
from tests.conftest import NOW

EPISODE = CryingEpisode(
    occurred_at=NOW - timedelta(hours=2, microseconds=1234),
    intensity=3,
    emotions={"sadness": 3, "helplessness": 2},
    company=Company.ALONE,
)


def test_a_recorded_entry_is_there_with_times_set(journal: Journal) -> None:
    saved = journal.entries.record(EPISODE).saved
    assert saved.uid == EPISODE.uid
    assert saved.occurred_at == EPISODE.occurred_at.replace(microsecond=0)
    assert saved.created_at == saved.updated_at == NOW
    assert journal.entries.get(EPISODE.uid) == saved


def test_rejected_input_writes_nothing_and_names_every_field(journal: Journal) -> None:
    bad = replace(EPISODE, intensity=6, duration_minutes=24 * 60 + 1, emotions={"glee": 2})
    with pytest.raises(InvalidInput) as rejected:
        journal.entries.record(bad)
    assert {e.field for e in rejected.value.errors} == {"intensity", "duration_minutes", "emotions"}
    assert journal.entries.entries() == []


def test_saving_many_is_all_or_nothing(journal: Journal) -> None:
    good = CheckIn(occurred_at=NOW, mood=1, energy=0)
    bad = CheckIn(occurred_at=NOW, mood=9, energy=0)
    with pytest.raises(InvalidInput):
        journal.entries.save_many([good, bad])
    assert journal.entries.entries() == []


def test_a_failure_in_the_middle_of_a_write_rolls_everything_back(journal: Journal) -> None:
    first = CheckIn(occurred_at=NOW, mood=1, energy=0)
    clash = CryingEpisode(uid=first.uid, occurred_at=NOW, intensity=2)  # same uid, other kind
    with pytest.raises(InvalidInput, match="another kind"):
        journal.entries.save_many([first, clash])
    assert journal.entries.entries() == []


def test_recording_an_existing_uid_is_refused(journal: Journal) -> None:
    journal.entries.record(EPISODE)
    with pytest.raises(InvalidInput, match="exists already"):
        journal.entries.record(replace(EPISODE, intensity=1))
    kept = journal.entries.get(EPISODE.uid)
    assert isinstance(kept, CryingEpisode)
    assert kept.intensity == 3


def test_an_edit_keeps_the_creation_time(journal: Journal, store: Store) -> None:
    journal.entries.record(EPISODE)
    later = NOW + timedelta(hours=1)
    edited = (
        Journal(store, clock=lambda: later)
        .entries.update(replace(EPISODE, intensity=5, note="later"))
        .saved
    )
    assert (edited.created_at, edited.updated_at) == (NOW, later)
    assert isinstance(edited, CryingEpisode)
    assert edited.intensity == 5 and edited.note == "later"


def test_editing_an_entry_that_is_gone_says_so(journal: Journal) -> None:
    with pytest.raises(EntryNotFound):
        journal.entries.update(EPISODE)


def test_a_deleted_entry_comes_back_whole_when_saved_again(journal: Journal) -> None:
    saved = journal.entries.record(
        replace(EPISODE, triggers=frozenset({"loss"}), tags=frozenset({"work"}))
    ).saved
    deleted = journal.entries.delete(saved.uid).deleted
    assert journal.entries.entries() == []
    restored = journal.entries.save(deleted).saved
    assert replace(restored, updated_at=None) == replace(saved, updated_at=None)


def test_deleting_an_unknown_entry_says_so(journal: Journal) -> None:
    with pytest.raises(EntryNotFound):
        journal.entries.delete("5b0f7e5e-0000-4000-8000-000000000000")


def test_recent_is_today_and_the_seven_days_before_newest_first(journal: Journal) -> None:
    for days in (0, 3, 7, 8, 30):
        journal.entries.record(
            CheckIn(occurred_at=NOW - timedelta(days=days), mood=0, energy=0, note=str(days))
        )
    assert [e.note for e in journal.entries.recent()] == ["0", "3", "7"]


def test_entries_by_local_date_range(journal: Journal) -> None:
    for days in range(5):
        journal.entries.record(
            CheckIn(occurred_at=NOW - timedelta(days=days), mood=0, energy=0, note=str(days))
        )
    start, end = (NOW - timedelta(days=3)).date(), (NOW - timedelta(days=1)).date()
    assert [e.note for e in journal.entries.entries(start, end)] == ["3", "2", "1"]


def test_archived_emotions_stay_valid_on_entries(journal: Journal, store: Store) -> None:
    from moodapp.services.catalogue import CatalogueService

    catalogue = CatalogueService(store)
    shame = next(e for e in catalogue.emotions() if e.key == "shame")
    catalogue.change_emotion(replace(shame, archived=True))
    assert "shame" not in [e.key for e in journal.entries.emotions()]
    saved = journal.entries.record(replace(EPISODE, emotions={"shame": 2})).saved
    assert saved.emotions == {"shame": 2}


def test_a_database_failure_is_reported_and_nothing_is_half_written(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peewee import OperationalError

    from moodapp.store import entries as entry_store

    real_write = entry_store.write_entry
    calls: list[str] = []

    def write_then_fail(entry: Entry) -> None:
        calls.append(entry.uid)
        if len(calls) == 2:
            raise OperationalError("database or disk is full")
        real_write(entry)

    monkeypatch.setattr(entry_store, "write_entry", write_then_fail)
    first = CheckIn(occurred_at=NOW, mood=1, energy=0)
    second = CheckIn(occurred_at=NOW, mood=2, energy=0)
    with pytest.raises(SaveFailed, match="disk is full"):
        journal.entries.save_many([first, second])
    assert journal.entries.entries() == []


def test_a_journal_that_cannot_be_written_says_so_and_keeps_what_it_had(
    journal: Journal,
) -> None:
    kept = journal.entries.record(
        CheckIn(occurred_at=NOW - timedelta(days=1), mood=1, energy=0)
    ).saved
    journal.store.db.execute_sql("PRAGMA query_only = ON")
    with pytest.raises(SaveFailed, match=r"folder cannot be written to\. Nothing was saved"):
        journal.entries.record(CheckIn(occurred_at=NOW, mood=2, energy=0))
    journal.store.db.execute_sql("PRAGMA query_only = OFF")
    assert journal.entries.entries() == [kept]


def test_a_second_journal_cannot_open_under_the_first(tmp_path: Path) -> None:
    """The journal owns its database: another opened beside it would re-bind the rows."""
    with opened_journal(AppPaths.under(tmp_path / "first")) as first:
        with pytest.raises(JournalOpenError, match="close it before opening"):
            open_journal(AppPaths.under(tmp_path / "second"))
        assert first.entries.recent() == []
    with opened_journal(AppPaths.under(tmp_path / "second")) as second:
        assert second.entries.recent() == []
