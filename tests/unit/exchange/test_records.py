"""The JSON shape of one entry, as `moodapp list --json` prints it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta, timezone
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from moodapp.domain.entries import CheckIn, CryingEpisode, Entry, Reaction
from moodapp.exchange.records import entries_as_json, entry_to_dict
from tests.conftest import NOW
from tests.strategies import check_ins, episodes


def test_an_episode_as_json() -> None:
    episode = CryingEpisode(
        occurred_at=NOW - timedelta(hours=1), intensity=4, almost=True, emotions={"sadness": 3},
        reaction=Reaction.COMFORTED, triggers=frozenset({"loss", "conflict"}), note="hard day",
    )  # fmt: skip
    data = json.loads(json.dumps(entry_to_dict(episode)))
    assert data["uid"] == episode.uid
    assert data["kind"] == "almost-cried"
    assert data["occurred_at"] == "2026-11-26T19:00:00+01:00"
    assert data["local_date"] == "2026-11-26"
    assert data["emotions"] == {"sadness": 3}
    assert data["triggers"] == ["conflict", "loss"]
    assert data["reaction"] == "comforted"
    assert data["company"] is None
    assert data["intensity"] == 4


def test_a_check_in_as_json() -> None:
    check_in = CheckIn(
        occurred_at=NOW,
        mood=-2,
        energy=1,
        no_crying_today=True,
        sleep_hours=6.5,
        tags=frozenset({"b", "a"}),
    )
    data = entry_to_dict(check_in)
    assert data["kind"] == "check-in"
    assert (data["mood"], data["energy"], data["no_crying_today"], data["sleep_hours"]) == (
        -2,
        1,
        True,
        6.5,
    )
    assert data["urge_to_cry"] is None
    assert data["tags"] == ["a", "b"]


def former_entry_to_dict(entry: Entry) -> dict[str, Any]:
    """entry_to_dict as it was first written, field by field, to compare with."""
    common = {
        "uid": entry.uid,
        "kind": entry.kind.value,
        "occurred_at": entry.occurred_at.isoformat(),
        "local_date": entry.local_date.isoformat(),
        "emotions": dict(entry.emotions),
        "tags": sorted(entry.tags),
        "note": entry.note,
    }
    details: dict[str, Any]
    if isinstance(entry, CryingEpisode):
        details = {
            "intensity": entry.intensity,
            "duration_minutes": entry.duration_minutes,
            "triggers": sorted(entry.triggers),
            "company": None if entry.company is None else entry.company.value,
            "reaction": None if entry.reaction is None else entry.reaction.value,
            "held_back": entry.held_back,
            "ashamed": entry.ashamed,
            "resolved": None if entry.resolved is None else entry.resolved.value,
            "mood_after": None if entry.mood_after is None else entry.mood_after.value,
            "mood_after_score": entry.mood_after_score,
            "mood_later_score": entry.mood_later_score,
            "what_helped": entry.what_helped,
        }
    else:
        details = {
            "mood": entry.mood,
            "energy": entry.energy,
            "urge_to_cry": entry.urge_to_cry,
            "no_crying_today": entry.no_crying_today,
            "sleep_hours": entry.sleep_hours,
            "daily_life_hard": entry.daily_life_hard,
        }
    stamps = {
        "created_at": None if entry.created_at is None else entry.created_at.isoformat(),
        "updated_at": None if entry.updated_at is None else entry.updated_at.isoformat(),
    }
    return {**common, **details, **stamps}


any_time = st.builds(
    lambda moment, minutes: moment.replace(tzinfo=timezone(timedelta(minutes=minutes))),
    st.datetimes(),  # years before 1000 too
    st.integers(-23 * 60 - 59, 23 * 60 + 59),
)


@st.composite
def entries_with_stamps(draw: st.DrawFn) -> Entry:
    entry = draw(st.one_of(episodes(NOW), check_ins(NOW)))
    created = draw(st.none() | any_time)
    how = draw(st.sampled_from(["the same time", "an equal time", "another time"]))
    if how == "the same time":  # one object, as the store reads an entry never changed
        updated = created
    elif how == "an equal time":
        updated = None if created is None else created + timedelta(0)
    else:
        updated = draw(st.none() | any_time)
    return replace(entry, occurred_at=draw(any_time), created_at=created, updated_at=updated)


@given(entries_with_stamps())
def test_an_entry_as_json_has_every_field_as_first_written_in_order(entry: Entry) -> None:
    data = entry_to_dict(entry)
    expected = former_entry_to_dict(entry)
    assert list(data.items()) == list(expected.items())


@settings(max_examples=30)
@given(st.lists(entries_with_stamps(), max_size=4))
def test_entries_as_json_is_what_json_dumps_writes(entries: list[Entry]) -> None:
    expected = json.dumps([entry_to_dict(e) for e in entries], ensure_ascii=False, indent=2)
    assert entries_as_json(entries) == expected
