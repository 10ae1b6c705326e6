"""Hypothesis strategies for valid journal entries, shared by the unit tests.

They reach the edges of what the validators accept: times from 1900 in any whole-minute
offset, every character that is text (controls and NUL included), notes and tags of the
longest allowed length, the most tags an entry may have, any number of hours of sleep.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from hypothesis import assume
from hypothesis import strategies as st

from moodapp.domain.catalogue import BUILTIN_EMOTIONS, BUILTIN_TRIGGERS
from moodapp.domain.entries import (
    CheckIn,
    Company,
    CryingEpisode,
    Entry,
    MoodChange,
    Reaction,
    Resolution,
)
from moodapp.domain.storable import time_problem
from moodapp.domain.tag_rules import TAG_MAX_CHARS, TAGS_MAX, tag_errors
from moodapp.domain.validation import NOTE_MAX_CHARS, SHORT_TEXT_MAX_CHARS

EMOTION_KEYS = [e.key for e in BUILTIN_EMOTIONS]
TRIGGER_KEYS = [t.key for t in BUILTIN_TRIGGERS]
EARLIEST = datetime(1900, 1, 1)
LATEST = datetime(9998, 12, 31, 23, 59, 59, 999_999)
OFFSET_MAX_MINUTES = 24 * 60 - 1  # Python's limit; the validators take every whole minute

offsets = st.integers(min_value=-OFFSET_MAX_MINUTES, max_value=OFFSET_MAX_MINUTES).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


def _storable(moment: datetime) -> bool:
    return time_problem(moment) is None


@st.composite
def past_times(draw: st.DrawFn, now: datetime) -> datetime:
    """Whole-second times in the past, from 1900 on, each in some UTC offset."""
    latest = (now - timedelta(days=1)).replace(tzinfo=None)
    moment = draw(st.datetimes(min_value=EARLIEST, max_value=latest))
    aware = moment.replace(microsecond=0, tzinfo=draw(offsets))
    chosen = min(aware, now - timedelta(days=1)).replace(microsecond=0)
    assume(_storable(chosen))
    return chosen


# When an entry was saved and changed: any time that may be stored, future ones too (another
# device's clock may be ahead), to the microsecond.
stamps = st.builds(
    lambda moment, offset: moment.replace(tzinfo=offset),
    st.datetimes(min_value=EARLIEST, max_value=LATEST),
    offsets,
).filter(_storable)

emotions = st.dictionaries(st.sampled_from(EMOTION_KEYS), st.integers(0, 4), max_size=6)
characters = st.characters(exclude_categories=["Cs"])  # every character but lone surrogates


def texts_up_to(limit: int) -> st.SearchStrategy[str]:
    """Short texts of any characters, now and then one exactly ``limit`` long."""
    longest = st.builds(lambda c: c * limit, characters)
    return st.text(characters, max_size=200) | longest


texts = texts_up_to(SHORT_TEXT_MAX_CHARS)
notes = texts_up_to(NOTE_MAX_CHARS)
# Tags ignore letter case, so the pool holds no two that differ only in case.
TAG_POOL = ["work", "family", "sleep badly", "Tränen", "\u6563\u6b69", "x" * TAG_MAX_CHARS]
any_tag = st.text(characters, min_size=1, max_size=TAG_MAX_CHARS).filter(
    lambda tag: not tag_errors(tag)
)
tags = st.lists(st.sampled_from(TAG_POOL) | any_tag, max_size=TAGS_MAX, unique_by=str.casefold).map(
    frozenset
)


def optional(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


@st.composite
def episodes(draw: st.DrawFn, now: datetime) -> CryingEpisode:
    return CryingEpisode(
        occurred_at=draw(past_times(now)),
        intensity=draw(st.integers(1, 5)),
        almost=draw(st.booleans()),
        emotions=draw(emotions),
        duration_minutes=draw(optional(st.integers(0, 1440))),
        triggers=draw(st.frozensets(st.sampled_from(TRIGGER_KEYS), max_size=3)),
        company=draw(optional(st.sampled_from(Company))),
        reaction=draw(optional(st.sampled_from(Reaction))),
        held_back=draw(optional(st.booleans())),
        ashamed=draw(optional(st.booleans())),
        resolved=draw(optional(st.sampled_from(Resolution))),
        mood_after=draw(optional(st.sampled_from(MoodChange))),
        mood_after_score=draw(optional(st.integers(0, 10))),
        mood_later_score=draw(optional(st.integers(0, 10))),
        what_helped=draw(texts),
        tags=draw(tags),
        note=draw(notes),
    )


@st.composite
def check_ins(draw: st.DrawFn, now: datetime) -> CheckIn:
    return CheckIn(
        occurred_at=draw(past_times(now)),
        mood=draw(st.integers(-3, 3)),
        energy=draw(st.integers(-3, 3)),
        urge_to_cry=draw(optional(st.integers(0, 4))),
        no_crying_today=draw(st.booleans()),
        emotions=draw(emotions),
        sleep_hours=draw(optional(st.floats(0, 24, allow_nan=False))),
        daily_life_hard=draw(optional(st.integers(0, 3))),
        tags=draw(tags),
        note=draw(notes),
    )


@st.composite
def stamped_entries(draw: st.DrawFn, now: datetime) -> Entry:
    """An episode or a check-in with its own times of creation and change, as files carry."""
    entry = draw(episodes(now) | check_ins(now))
    return replace(entry, created_at=draw(stamps), updated_at=draw(stamps))
