"""What one insight is: its kind, its sentence, the numbers it rests on and where it
can be seen; and what a journal's insights are, shown and waiting."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from moodapp.domain.charts import ChartKind, ReliefContext


class InsightKind(StrEnum):
    USUAL_RANGE = "usual-range"
    SUSTAINED_CHANGE = "sustained-change"
    RELIEF = "relief"
    DELAYED_RELIEF = "delayed-relief"
    EMOTIONS_AROUND_TEARS = "emotions-around-tears"
    MOOD_AROUND = "mood-around-episodes"
    WHEN = "when"
    QUIET_STRETCH = "quiet-stretch"
    BALANCE = "balance"
    SUGGESTION = "suggestion"


@dataclass(frozen=True)
class Link:
    """Where a statement can be seen: a chart (kind, days back, relief context) or a day."""

    chart: ChartKind | None = None
    days: int = 90
    context: ReliefContext | None = None
    day: date | None = None


@dataclass(frozen=True)
class Insight:
    number: int  # GROUNDING.md's numbering, 1 to 9 (0 for the suggestion)
    kind: InsightKind
    text: str
    basis: str  # the numbers and the period it rests on
    link: Link | None = None
    question: bool = False  # worded as a gentle question
    headline: str = ""  # the figure that matters, shown large ("9 times", "4 of 6"); or none
    trend: tuple[int, ...] = ()  # a small picture: crying per week, oldest first; or none


@dataclass(frozen=True)
class Insights:
    shown: list[Insight] = field(default_factory=list)
    waiting: list[InsightKind] = field(default_factory=list)  # not enough data yet
