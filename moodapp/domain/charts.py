"""What each chart shows, as plain data: the four charts of the Charts view and `moodapp chart`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from moodapp.domain.series import Bin, DateRange, UsualRange
from moodapp.domain.text import QT_TRANSLATE_NOOP

MIN_SPLIT_EPISODES = 5  # GROUNDING.md: a split resting on fewer episodes is not shown
DEFAULT_WIDTH, DEFAULT_HEIGHT = 1600, 900  # pixels of an exported chart
MIN_SIZE, MAX_SIZE = 200, 8000


class ChartKind(StrEnum):
    CRYING_VS_EMOTIONS = "crying-vs-emotions"
    EMOTIONS = "emotions"
    RELIEF = "relief"
    TIMING = "timing"


CHART_TITLES = {
    ChartKind.CRYING_VS_EMOTIONS: QT_TRANSLATE_NOOP("Chart", "Crying and emotions over time"),
    ChartKind.EMOTIONS: QT_TRANSLATE_NOOP("Chart", "Emotions behind the tears"),
    ChartKind.RELIEF: QT_TRANSLATE_NOOP("Chart", "How you felt right after crying"),
    ChartKind.TIMING: QT_TRANSLATE_NOOP("Chart", "When crying happened"),
}


class ReliefContext(StrEnum):
    COMPANY = "company"
    REACTION = "reaction"
    HELD_BACK = "held-back"
    ASHAMED = "ashamed"
    RESOLVED = "resolved"
    TRIGGER = "trigger"


@dataclass(frozen=True, kw_only=True)
class CryingOverTime:
    span: DateRange
    bin: Bin
    starts: list[date]  # the first day of each bin
    days: list[int]  # how many days of each bin lie in the span
    cried: list[int]
    almost: list[int]
    emotions: dict[str, list[float | None]]  # emotion key -> mean intensity in check-ins
    mood: list[float | None]  # mean mood of the check-ins in each bin
    usual: UsualRange | None  # None while the usual range is still being learned

    @property
    def episodes(self) -> int:
        return sum(self.cried) + sum(self.almost)


@dataclass(frozen=True, kw_only=True)
class EmotionShare:
    key: str
    in_episodes: int  # crying episodes it was part of
    on_other_days: int  # days without crying on which a check-in held it


@dataclass(frozen=True, kw_only=True)
class EmotionsBehindTears:
    span: DateRange
    episodes: int  # crying episodes in the span
    other_days: int  # days with a check-in and no crying
    shares: list[EmotionShare] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class ReliefGroup:
    group: str  # the context's value: "alone", "yes", a trigger key, ...
    better: int
    same: int
    worse: int

    @property
    def episodes(self) -> int:
        return self.better + self.same + self.worse


@dataclass(frozen=True, kw_only=True)
class ReliefSplit:
    span: DateRange
    context: ReliefContext
    shown: list[ReliefGroup]  # groups resting on at least MIN_SPLIT_EPISODES episodes
    hidden: list[ReliefGroup]  # smaller groups, named but not drawn
    without_mood_after: int  # episodes whose mood afterwards was not recorded


@dataclass(frozen=True, kw_only=True)
class Timing:
    span: DateRange
    by_hour: list[int]  # 24 counts, midnight first
    by_weekday: list[int]  # 7 counts, Monday first

    @property
    def episodes(self) -> int:
        return sum(self.by_hour)


ChartData = CryingOverTime | EmotionsBehindTears | ReliefSplit | Timing


@dataclass(frozen=True, kw_only=True)
class ChartOptions:
    """The choices a chart depends on besides its kind and range."""

    emotions: tuple[str, ...] | None = None  # overlaid on chart 1; None: the most felt three
    context: ReliefContext = ReliefContext.REACTION  # how chart 3 splits episodes
    size: Bin | None = None  # bins of chart 1; None: chosen from the range's length
    first_weekday: int = 0  # 0 Monday ... 6 Sunday, for weekly bins and the weekday chart
