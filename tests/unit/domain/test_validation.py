"""The rules an entry must meet, each reported against the field it concerns."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from moodapp.domain.entries import CheckIn, CryingEpisode
from moodapp.domain.validation import (
    NOTE_MAX_CHARS,
    validate_check_in,
    validate_entry,
    validate_episode,
)
from tests.conftest import NOW
from tests.strategies import EMOTION_KEYS, TRIGGER_KEYS, check_ins, episodes


def fields(errors: list) -> set[str]:
    return {e.field for e in errors}


def check_episode(episode: CryingEpisode) -> set[str]:
    return fields(validate_episode(episode, now=NOW, emotions=EMOTION_KEYS, triggers=TRIGGER_KEYS))


def check_check_in(check_in: CheckIn) -> set[str]:
    return fields(validate_check_in(check_in, now=NOW, emotions=EMOTION_KEYS))


BASE_EPISODE = CryingEpisode(occurred_at=NOW - timedelta(hours=1), intensity=3)
BASE_CHECK_IN = CheckIn(occurred_at=NOW - timedelta(hours=1), mood=0, energy=0)


@given(episodes(NOW))
def test_generated_valid_episodes_pass(episode: CryingEpisode) -> None:
    assert check_episode(episode) == set()


@given(check_ins(NOW))
def test_generated_valid_check_ins_pass(check_in: CheckIn) -> None:
    assert check_check_in(check_in) == set()


@given(st.integers())
def test_intensity_outside_one_to_five_is_rejected_by_name(intensity: int) -> None:
    problems = check_episode(replace(BASE_EPISODE, intensity=intensity))
    assert ("intensity" in problems) == (not 1 <= intensity <= 5)


@given(st.integers(min_value=-(10**6), max_value=10**6))
def test_duration_over_a_day_or_negative_is_rejected(minutes: int) -> None:
    problems = check_episode(replace(BASE_EPISODE, duration_minutes=minutes))
    assert ("duration_minutes" in problems) == (not 0 <= minutes <= 24 * 60)


@given(st.integers(min_value=0, max_value=72 * 60))
def test_a_time_in_the_future_is_rejected(minutes_ahead: int) -> None:
    moment = NOW + timedelta(minutes=minutes_ahead)
    problems = check_episode(replace(BASE_EPISODE, occurred_at=moment))
    assert ("occurred_at" in problems) == (minutes_ahead > 2)


def test_a_time_without_utc_offset_is_rejected() -> None:
    naive = datetime(2026, 11, 1, 21, 0)
    assert check_episode(replace(BASE_EPISODE, occurred_at=naive)) == {"occurred_at"}


@given(st.integers(min_value=NOTE_MAX_CHARS - 3, max_value=NOTE_MAX_CHARS + 3))
def test_a_note_over_twenty_thousand_characters_is_rejected(length: int) -> None:
    problems = check_check_in(replace(BASE_CHECK_IN, note="x" * length))
    assert ("note" in problems) == (length > NOTE_MAX_CHARS)


@given(st.text(min_size=1, max_size=20))
def test_an_unknown_emotion_is_rejected_with_its_name(name: str) -> None:
    errors = validate_episode(
        replace(BASE_EPISODE, emotions={name: 2}),
        now=NOW,
        emotions=EMOTION_KEYS,
        triggers=TRIGGER_KEYS,
    )
    if name in EMOTION_KEYS:
        assert errors == []
    else:
        assert [e.field for e in errors] == ["emotions"]
        assert name in errors[0].message


@given(st.integers())
def test_emotion_intensity_must_be_zero_to_four(intensity: int) -> None:
    problems = check_check_in(replace(BASE_CHECK_IN, emotions={"sadness": intensity}))
    assert ("emotions" in problems) == (not 0 <= intensity <= 4)


@given(st.integers(-10, 10), st.integers(-10, 10))
def test_mood_and_energy_are_minus_three_to_plus_three(mood: int, energy: int) -> None:
    problems = check_check_in(replace(BASE_CHECK_IN, mood=mood, energy=energy))
    assert ("mood" in problems) == (not -3 <= mood <= 3)
    assert ("energy" in problems) == (not -3 <= energy <= 3)


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_sleep_hours_must_be_zero_to_twenty_four(hours: float) -> None:
    problems = check_check_in(replace(BASE_CHECK_IN, sleep_hours=hours))
    assert ("sleep_hours" in problems) == (not 0 <= hours <= 24)


def test_booleans_do_not_pass_as_numbers() -> None:
    assert check_episode(replace(BASE_EPISODE, intensity=True)) == {"intensity"}


def test_unknown_trigger_and_bad_uid_are_named() -> None:
    episode = replace(BASE_EPISODE, triggers=frozenset({"moon-phase"}), uid="not-a-uuid")
    assert check_episode(episode) == {"triggers", "uid"}


def test_the_same_tag_twice_in_different_case_is_rejected() -> None:
    assert check_check_in(replace(BASE_CHECK_IN, tags=frozenset({"Work", "work"}))) == {"tags"}


def test_tags_must_be_one_line_without_commas_or_outer_spaces() -> None:
    for bad in ("a,b", " padded", "two\nlines", "x" * 41):
        assert check_check_in(replace(BASE_CHECK_IN, tags=frozenset({bad}))) == {"tags"}, bad


def test_every_broken_rule_is_reported_not_only_the_first() -> None:
    episode = replace(
        BASE_EPISODE,
        occurred_at=NOW + timedelta(days=1),
        intensity=0,
        duration_minutes=5000,
        note="x" * (NOTE_MAX_CHARS + 1),
        emotions={"nope": 1},
    )
    problems = fields(
        validate_entry(episode, now=NOW, emotions=EMOTION_KEYS, triggers=TRIGGER_KEYS)
    )
    assert problems == {"occurred_at", "intensity", "duration_minutes", "note", "emotions"}
