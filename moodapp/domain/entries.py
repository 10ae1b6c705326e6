"""The two kinds of journal entry: a crying episode and a daily check-in.

Times are aware datetimes in the offset the person lived them in; the day an
entry belongs to is the local date of that time. Optional research details are
``None`` when the person did not record them, which is different from "no".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from moodapp.domain.text import QT_TRANSLATE_NOOP


class EntryKind(StrEnum):
    CRIED = "cried"
    ALMOST_CRIED = "almost-cried"
    CHECK_IN = "check-in"


class Company(StrEnum):
    ALONE = "alone"
    ONE_PERSON = "one-person"
    SEVERAL = "several"


class Reaction(StrEnum):
    COMFORTED = "comforted"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"
    NOBODY = "nobody"


class Resolution(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class MoodChange(StrEnum):
    BETTER = "better"
    SAME = "same"
    WORSE = "worse"


INTENSITY_WORDS = {
    1: QT_TRANSLATE_NOOP("Scale", "eyes welled"),
    2: QT_TRANSLATE_NOOP("Scale", "a few tears"),
    3: QT_TRANSLATE_NOOP("Scale", "steady tears"),
    4: QT_TRANSLATE_NOOP("Scale", "crying hard"),
    5: QT_TRANSLATE_NOOP("Scale", "sobbing"),
}

EMOTION_INTENSITY_WORDS = {
    0: QT_TRANSLATE_NOOP("Scale", "not at all"),
    1: QT_TRANSLATE_NOOP("Scale", "a little"),
    2: QT_TRANSLATE_NOOP("Scale", "somewhat"),
    3: QT_TRANSLATE_NOOP("Scale", "strongly"),
    4: QT_TRANSLATE_NOOP("Scale", "very strongly"),
}

URGE_WORDS = {
    0: QT_TRANSLATE_NOOP("Scale", "none"),
    1: QT_TRANSLATE_NOOP("Scale", "slight"),
    2: QT_TRANSLATE_NOOP("Scale", "some"),
    3: QT_TRANSLATE_NOOP("Scale", "strong"),
    4: QT_TRANSLATE_NOOP("Scale", "overwhelming"),
}

DAILY_LIFE_WORDS = {
    0: QT_TRANSLATE_NOOP("Scale", "not at all"),
    1: QT_TRANSLATE_NOOP("Scale", "somewhat"),
    2: QT_TRANSLATE_NOOP("Scale", "very"),
    3: QT_TRANSLATE_NOOP("Scale", "extremely"),
}


def new_uid() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, kw_only=True)
class CryingEpisode:
    """One time the person cried or almost cried."""

    occurred_at: datetime
    intensity: int | None  # 1..5; None only when imported without it
    almost: bool = False
    emotions: dict[str, int] = field(default_factory=dict)  # emotion key -> 0..4
    duration_minutes: int | None = None
    triggers: frozenset[str] = frozenset()  # trigger keys
    company: Company | None = None
    reaction: Reaction | None = None
    held_back: bool | None = None
    ashamed: bool | None = None
    resolved: Resolution | None = None
    mood_after: MoodChange | None = None
    mood_after_score: int | None = None  # 0..10 right after
    mood_later_score: int | None = None  # 0..10 some time later
    what_helped: str = ""
    tags: frozenset[str] = frozenset()
    note: str = ""
    uid: str = field(default_factory=new_uid)
    created_at: datetime | None = None  # set by the store, UTC
    updated_at: datetime | None = None

    @property
    def kind(self) -> EntryKind:
        return EntryKind.ALMOST_CRIED if self.almost else EntryKind.CRIED

    @property
    def local_date(self) -> date:
        return self.occurred_at.date()


@dataclass(frozen=True, kw_only=True)
class CheckIn:
    """A short daily check-in; several a day are allowed."""

    occurred_at: datetime
    mood: int  # -3 unpleasant .. +3 pleasant
    energy: int | None  # -3 calm .. +3 activated; None only when imported without it
    urge_to_cry: int | None = None  # 0..4
    no_crying_today: bool = False
    emotions: dict[str, int] = field(default_factory=dict)
    sleep_hours: float | None = None
    daily_life_hard: int | None = None  # 0..3
    tags: frozenset[str] = frozenset()
    note: str = ""
    uid: str = field(default_factory=new_uid)
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def kind(self) -> EntryKind:
        return EntryKind.CHECK_IN

    @property
    def local_date(self) -> date:
        return self.occurred_at.date()


Entry = CryingEpisode | CheckIn


def same_content(first: Entry, second: Entry) -> bool:
    """Whether two entries say the same thing, whenever each was written."""
    return replace(first, created_at=None, updated_at=None) == replace(
        second, created_at=None, updated_at=None
    )
