"""What the insights are computed from: per-day aggregates and per-episode details of a
bounded recent period, gathered by the services from SQL. Plain data, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from moodapp.domain.charts import ReliefContext, ReliefSplit

INSIGHT_PERIOD_DAYS = 182  # relief, emotions, timing, stretches: the last six months
RECENT_DAYS = 28  # frequency and balance: the last four weeks


@dataclass(frozen=True, kw_only=True)
class DayFacts:
    cried: int = 0
    almost: int = 0
    check_ins: int = 0
    mood_sum: float = 0.0
    urge_sum: float = 0.0
    urge_answers: int = 0  # check-ins that answered the urge to cry
    hard_answers: tuple[int, ...] = ()  # "feelings made daily life hard", 0-3, as answered
    emotions: dict[str, int] = field(default_factory=dict)  # strongest intensity of the day

    @property
    def mood(self) -> float | None:
        return self.mood_sum / self.check_ins if self.check_ins else None

    @property
    def urge(self) -> float | None:
        return self.urge_sum / self.urge_answers if self.urge_answers else None


@dataclass(frozen=True, kw_only=True)
class EpisodeFacts:
    day: date
    hour: int
    cried: bool  # False: almost cried
    emotions: frozenset[str] = frozenset()
    triggers: frozenset[str] = frozenset()
    mood_after_score: int | None = None
    mood_later_score: int | None = None
    what_helped: str = ""


@dataclass(frozen=True, kw_only=True)
class JournalFacts:
    today: date
    first_entry: date | None
    days: dict[date, DayFacts]  # the insight period and the 28 days before it
    episodes: list[EpisodeFacts]  # the insight period
    relief: dict[ReliefContext, ReliefSplit]  # the insight period
    positive_emotions: frozenset[str] = frozenset()
    positive_triggers: frozenset[str] = frozenset()
    emotion_labels: dict[str, str] = field(default_factory=dict)
    trigger_labels: dict[str, str] = field(default_factory=dict)

    @property
    def period_start(self) -> date:
        return self.today - timedelta(days=INSIGHT_PERIOD_DAYS - 1)

    def day(self, day: date) -> DayFacts:
        return self.days.get(day, EMPTY_DAY)

    def label(self, emotion: str) -> str:
        return self.emotion_labels.get(emotion, emotion)


EMPTY_DAY = DayFacts()
