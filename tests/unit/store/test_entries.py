"""Entries written to the database come back exactly as they were, uid and offset included."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from typing import TypeVar

from hypothesis import given, settings

from moodapp.domain.entries import CheckIn, CryingEpisode, Entry
from moodapp.store import entries as entry_store
from moodapp.store.database import Store
from moodapp.store.models import (
    CheckInEmotionRow,
    EntryTagRow,
    EpisodeEmotionRow,
    EpisodeTriggerRow,
    TagRow,
)
from tests.conftest import NOW
from tests.strategies import check_ins, episodes

AnyEntry = TypeVar("AnyEntry", bound=Entry)


def stamped(entry: AnyEntry) -> AnyEntry:
    return replace(entry, created_at=NOW - timedelta(minutes=5), updated_at=NOW)


def written_alone(store: Store, entry: Entry) -> None:
    """Write ``entry`` into a journal with no tags yet: a tag takes the spelling it was
    first stored with (see test_tags_are_shared_ignoring_letter_case), and the examples
    share one journal."""
    with store.db.atomic():
        EntryTagRow.delete().execute()
        TagRow.delete().execute()
        entry_store.write_entry(entry)


@settings(max_examples=60)
@given(episodes(NOW))
def test_an_episode_round_trips_field_for_field(store: Store, episode: CryingEpisode) -> None:
    episode = stamped(episode)
    written_alone(store, episode)
    assert entry_store.read_entry(episode.uid) == episode


@settings(max_examples=60)
@given(check_ins(NOW))
def test_a_check_in_round_trips_field_for_field(store: Store, check_in: CheckIn) -> None:
    check_in = stamped(check_in)
    written_alone(store, check_in)
    assert entry_store.read_entry(check_in.uid) == check_in


def test_the_day_of_an_entry_is_its_local_date(store: Store) -> None:
    late_evening_in_tokyo = datetime(2026, 11, 25, 23, 30, tzinfo=timezone(timedelta(hours=9)))
    entry = stamped(CryingEpisode(occurred_at=late_evening_in_tokyo, intensity=2))
    entry_store.write_entry(entry)
    assert [e.uid for e in entry_store.read_entries(date(2026, 11, 25), date(2026, 11, 25))] == [
        entry.uid
    ]
    assert entry_store.read_entries(date(2026, 11, 26), None) == []


def test_rewriting_an_entry_replaces_its_links(store: Store) -> None:
    entry = stamped(
        CryingEpisode(
            occurred_at=NOW, intensity=3, emotions={"sadness": 3, "fear": 1},
            triggers=frozenset({"loss"}), tags=frozenset({"work"}),
        )
    )  # fmt: skip
    entry_store.write_entry(entry)
    changed = replace(entry, emotions={"joy": 2}, triggers=frozenset(), tags=frozenset({"family"}))
    entry_store.write_entry(changed)
    assert entry_store.read_entry(entry.uid) == changed
    assert EpisodeEmotionRow.select().count() == 1
    assert EpisodeTriggerRow.select().count() == 0


def test_deleting_an_entry_deletes_its_links(store: Store) -> None:
    entry = stamped(
        CheckIn(occurred_at=NOW, mood=1, energy=0, emotions={"calm": 2}, tags=frozenset({"walk"}))
    )
    entry_store.write_entry(entry)
    assert entry_store.delete_entry(entry.uid) is True
    assert entry_store.read_entry(entry.uid) is None
    assert CheckInEmotionRow.select().count() == 0
    assert EntryTagRow.select().count() == 0
    assert entry_store.delete_entry(entry.uid) is False


def test_tags_are_shared_ignoring_letter_case(store: Store) -> None:
    first = stamped(CheckIn(occurred_at=NOW, mood=0, energy=0, tags=frozenset({"Work"})))
    second = stamped(CheckIn(occurred_at=NOW, mood=0, energy=0, tags=frozenset({"work"})))
    entry_store.write_entry(first)
    entry_store.write_entry(second)
    read = entry_store.read_entry(second.uid)
    assert read is not None
    assert read.tags == frozenset({"Work"})


def test_many_entries_load_with_their_links(store: Store) -> None:
    written = [
        stamped(
            CheckIn(
                occurred_at=NOW - timedelta(hours=i), mood=0, energy=0, emotions={"calm": 1 + i % 4}
            )
        )
        for i in range(1200)  # more than one chunk of bound parameters
    ]
    with store.db.atomic():
        for entry in written:
            entry_store.write_entry(entry)
    loaded = entry_store.read_entries()
    assert len(loaded) == 1200
    assert {e.uid: e for e in loaded} == {e.uid: e for e in written}
