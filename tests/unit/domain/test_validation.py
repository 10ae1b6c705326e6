"""The rules an entry must meet, each reported against the field it concerns."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moodapp.domain.entries import CheckIn, CryingEpisode, new_uid
from moodapp.domain.field_errors import FieldError
from moodapp.domain.reflection import Reflection
from moodapp.domain.storable import (
    DATE_OUT_OF_RANGE,
    EARLIEST_YEAR,
    LATEST_YEAR,
    TIME_OUT_OF_RANGE,
    canonical_uid,
    time_problem,
)
from moodapp.domain.tag_rules import tag_errors
from moodapp.domain.validation import (
    NOTE_MAX_CHARS,
    validate_check_in,
    validate_entry,
    validate_episode,
    validate_reflection,
)
from tests.conftest import NOW
from tests.strategies import EMOTION_KEYS, TRIGGER_KEYS, check_ins, episodes


def fields(errors: list[FieldError]) -> set[str]:
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


# -- what can be stored and read back: times, offsets, texts, ids -------------------------

UTC_PLUS_ONE = timezone(timedelta(hours=1))


@given(
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
    st.integers(-23 * 60 - 59, 23 * 60 + 59),
)
def test_times_are_stored_only_from_1900_to_9998_as_lived_and_in_utc(
    local: datetime, offset_minutes: int
) -> None:
    moment = local.replace(tzinfo=timezone(timedelta(minutes=offset_minutes)))
    utc = local - timedelta(minutes=offset_minutes)
    fits = all(1900 <= t.year <= 9998 for t in (local, utc))
    for name in ("created_at", "updated_at"):
        errors = validate_check_in(replace(BASE_CHECK_IN, **{name: moment}), now=NOW)  # type: ignore[arg-type]  # name is one of the two times
        assert (errors == []) == fits
        assert all(e.field == name and "1900" in e.message for e in errors)


def test_an_entry_from_before_1900_or_in_year_one_is_refused_with_the_range() -> None:
    for moment in (
        datetime(1899, 12, 31, 23, 59, tzinfo=UTC_PLUS_ONE),
        datetime(1900, 1, 1, 0, 30, tzinfo=UTC_PLUS_ONE),  # 1899 in UTC
        datetime(1, 1, 1, tzinfo=UTC_PLUS_ONE),
    ):
        errors = validate_episode(replace(BASE_EPISODE, occurred_at=moment), now=NOW)
        assert [(e.field, e.message) for e in errors] == [("occurred_at", TIME_OUT_OF_RANGE)]
    for message in (TIME_OUT_OF_RANGE, DATE_OUT_OF_RANGE):  # the years, written out for lupdate
        assert f"year {EARLIEST_YEAR} to the year {LATEST_YEAR}." in message


def test_an_offset_with_seconds_is_refused_in_words() -> None:
    odd = timezone(timedelta(hours=5, minutes=30, seconds=15))
    moment = datetime(2026, 1, 1, 10, 0, tzinfo=odd)
    (error,) = validate_check_in(replace(BASE_CHECK_IN, occurred_at=moment), now=NOW)
    assert error.field == "occurred_at"
    assert "whole minutes" in error.message and "+05:30:15" in error.message
    assert time_problem(moment.replace(tzinfo=timezone(timedelta(hours=5, minutes=30)))) is None


def test_texts_with_a_lone_surrogate_are_refused_by_field() -> None:
    broken = "sad \udcff day"  # what an invalid UTF-8 byte on the command line becomes
    episode = replace(BASE_EPISODE, note=broken, what_helped=broken, tags=frozenset({broken}))
    errors = validate_episode(episode, now=NOW)
    assert {e.field for e in errors} == {"note", "what_helped", "tags"}
    assert all("U+DCFF" in e.message for e in errors)
    assert check_check_in(replace(BASE_CHECK_IN, note="pair \U0001f622 is fine")) == set()


@pytest.mark.parametrize(
    "spelling",
    [
        "3F2B8A6E-1C4D-4E5F-9A0B-7C6D5E4F3A2B",
        "{3f2b8a6e-1c4d-4e5f-9a0b-7c6d5e4f3a2b}",
        "urn:uuid:3f2b8a6e-1c4d-4e5f-9a0b-7c6d5e4f3a2b",
        "3f2b8a6e1c4d4e5f9a0b7c6d5e4f3a2b",
    ],
)
def test_other_spellings_of_an_id_are_the_same_id_but_only_one_is_stored(spelling: str) -> None:
    assert canonical_uid(spelling) == "3f2b8a6e-1c4d-4e5f-9a0b-7c6d5e4f3a2b"
    assert check_check_in(replace(BASE_CHECK_IN, uid=spelling)) == {"uid"}


@pytest.mark.parametrize(
    "text", ["", "not-a-uuid", "{3f2b8a6e-1c4d-4e5f-9a0b-7c6d5e4f3a2b", "٣" * 32]
)
def test_texts_that_are_no_id_are_refused(text: str) -> None:
    assert canonical_uid(text) is None


@pytest.mark.parametrize("tag", ["", "a,b\nc", "x" * 1_000_000, " work", "sad \ud800"])
def test_each_tag_name_is_checked_on_its_own(tag: str) -> None:
    assert [e.field for e in tag_errors(tag)] == ["tags"]
    assert tag_errors("work") == []


def test_a_weekly_note_is_checked_like_an_entry() -> None:
    good = Reflection(uid=new_uid(), week_end=date(2026, 11, 22), text="calm week")
    assert validate_reflection(good) == []
    bad = replace(
        good,
        uid=good.uid.upper(),
        week_end=date(1, 1, 7),
        text="\ud800",
        created_at=datetime(1, 1, 1, tzinfo=UTC_PLUS_ONE),
    )
    assert {e.field for e in validate_reflection(bad)} == {"uid", "week_end", "text", "created_at"}
    long = replace(good, text="x" * (NOTE_MAX_CHARS + 1))
    assert [e.field for e in validate_reflection(long)] == ["text"]


def test_stamps_given_as_one_time_are_both_named_when_out_of_range() -> None:
    too_early = datetime(1899, 12, 31, 23, 0, tzinfo=UTC_PLUS_ONE)
    entry = replace(BASE_CHECK_IN, created_at=too_early, updated_at=too_early)  # one object
    assert [e.field for e in validate_check_in(entry, now=NOW)] == ["created_at", "updated_at"]
    fine = replace(BASE_CHECK_IN, created_at=too_early, updated_at=NOW)
    assert [e.field for e in validate_check_in(fine, now=NOW)] == ["created_at"]


def test_a_bad_tag_is_named_in_every_entry_that_has_it() -> None:
    for _ in range(3):  # checked once, told every time
        errors = tag_errors("a,b")
        assert [e.field for e in errors] == ["tags"]
        errors.clear()  # what a caller does with its list changes nothing for the next
    entries = [replace(BASE_CHECK_IN, tags=frozenset({"a,b", "walk"})) for _ in range(2)]
    assert [fields(validate_entry(e, now=NOW)) for e in entries] == [{"tags"}, {"tags"}]
