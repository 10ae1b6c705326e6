"""Hypothesis strategies for valid journal entries, shared by the unit tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import strategies as st

from moodapp.domain.catalogue import BUILTIN_EMOTIONS, BUILTIN_TRIGGERS
from moodapp.domain.entries import (
    CheckIn,
    Company,
    CryingEpisode,
    MoodChange,
    Reaction,
    Resolution,
)
from moodapp.domain.validation import TAG_MAX_CHARS

EMOTION_KEYS = [e.key for e in BUILTIN_EMOTIONS]
TRIGGER_KEYS = [t.key for t in BUILTIN_TRIGGERS]

offsets = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@st.composite
def past_times(draw: st.DrawFn, now: datetime) -> datetime:
    """Whole-second times in the past, each in some UTC offset."""
    moment = draw(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2026, 11, 24)))
    aware = moment.replace(microsecond=0, tzinfo=draw(offsets))
    return min(aware, now - timedelta(days=1)).replace(microsecond=0)


emotions = st.dictionaries(st.sampled_from(EMOTION_KEYS), st.integers(0, 4), max_size=6)
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)
# Tags ignore letter case, so the pool holds no two that differ only in case.
TAG_POOL = ["work", "family", "sleep badly", "Tränen", "\u6563\u6b69", "x" * TAG_MAX_CHARS]
tags = st.frozensets(st.sampled_from(TAG_POOL), max_size=4)


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
        note=draw(texts),
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
        sleep_hours=draw(
            optional(st.floats(0, 24, allow_nan=False).map(lambda h: round(h * 4) / 4))
        ),
        daily_life_hard=draw(optional(st.integers(0, 3))),
        tags=draw(tags),
        note=draw(texts),
    )
