"""What the report to share holds, and every sentence it says.

The report is made for handing to someone the person trusts, such as a
therapist. It describes the person's own entries and compares them with
nothing: no scores, no norms, no verdicts (GROUNDING.md). The sentences live
here, in one place, so that a test can check them against those rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from moodapp.domain.catalogue import Emotion, Trigger
from moodapp.domain.charts import (
    ChartData,
    ChartKind,
    CryingOverTime,
    EmotionsBehindTears,
    ReliefContext,
    ReliefSplit,
    Timing,
)
from moodapp.domain.reflection import Reflection
from moodapp.domain.series import DateRange
from moodapp.domain.text import QT_TRANSLATE_NOOP

DEFAULT_DAYS = 90  # the period a report covers unless the person picks another


@dataclass(frozen=True, kw_only=True)
class ReportCounts:
    days: int  # days in the period
    days_with_entries: int
    cried: int  # crying episodes of the kind "cried"
    almost_cried: int
    days_with_crying: int  # days with at least one "cried" episode
    check_ins: int
    days_without_crying: int  # marked "no crying today", with no tears logged that day
    mean_mood: float | None  # of all check-ins, -3..+3; None without check-ins


@dataclass(frozen=True, kw_only=True)
class ReportContent:
    span: DateRange
    made_on: date
    counts: ReportCounts
    charts: dict[ChartKind, ChartData]  # the four charts, in ChartKind order
    relief: dict[ReliefContext, ReliefSplit]  # every context, in ReliefContext order
    include_notes: bool
    notes: list[Reflection] = field(default_factory=list)  # read only when included
    emotions: list[Emotion] = field(default_factory=list)  # names and colours
    triggers: list[Trigger] = field(default_factory=list)
    first_weekday: int = 0  # 0 Monday ... 6 Sunday

    @property
    def has_entries(self) -> bool:
        return self.counts.days_with_entries > 0

    @property
    def has_relief(self) -> bool:
        """Whether any crying episode had its mood afterwards and a situation written down."""
        return any(split.shown or split.hidden for split in self.relief.values())

    @property
    def without_mood_after(self) -> int:
        """Crying episodes without the mood afterwards, left out of every split alike."""
        return max((split.without_mood_after for split in self.relief.values()), default=0)


def chart_has_data(data: ChartData) -> bool:
    """Whether a chart has something to draw; otherwise the report says so in words."""
    if isinstance(data, CryingOverTime):
        return data.episodes > 0 or any(m is not None for m in data.mood)
    if isinstance(data, EmotionsBehindTears | Timing):
        return data.episodes > 0
    return bool(data.shown)


TITLE = QT_TRANSLATE_NOOP("Report", "Mood and crying journal")
PERIOD = QT_TRANSLATE_NOOP("Report", "{start} \u2013 {end}")
MADE_ON = QT_TRANSLATE_NOOP("Report", "Made on {date}.")
INTRO = QT_TRANSLATE_NOOP(
    "Report",
    "These are my own entries, written down as I lived them. This report describes what "
    "I wrote; it does not judge or interpret it.",
)
NO_ENTRIES = QT_TRANSLATE_NOOP("Report", "No entries in this period.")

COUNTS = QT_TRANSLATE_NOOP("Report", "In numbers")
DAYS = QT_TRANSLATE_NOOP("Report", "Days in this period")
DAYS_WITH_ENTRIES = QT_TRANSLATE_NOOP("Report", "Days with an entry")
CRIED = QT_TRANSLATE_NOOP("Report", "Times I cried")
ALMOST_CRIED = QT_TRANSLATE_NOOP("Report", "Times I almost cried")
DAYS_WITH_CRYING = QT_TRANSLATE_NOOP("Report", "Days with crying")
CHECK_INS = QT_TRANSLATE_NOOP("Report", "Check-ins")
DAYS_WITHOUT_CRYING = QT_TRANSLATE_NOOP("Report", "Days marked \u201cno crying today\u201d")
MEAN_MOOD = QT_TRANSLATE_NOOP("Report", "Mood in check-ins, on average")
MOOD_SCALE = QT_TRANSLATE_NOOP("Report", "{mood} (from \u22123 unpleasant to +3 pleasant)")
NO_CHECK_INS = QT_TRANSLATE_NOOP("Report", "no check-ins")

CHARTS = QT_TRANSLATE_NOOP("Report", "Charts")
CHART_NOTES = {
    ChartKind.CRYING_VS_EMOTIONS: QT_TRANSLATE_NOOP(
        "Report",
        "Bars count crying and almost crying; lines show how strongly the emotions I noted "
        "most were felt in check-ins; the strip below shows mood.",
    ),
    ChartKind.EMOTIONS: QT_TRANSLATE_NOOP(
        "Report",
        "How often each emotion was part of crying, beside how often it was felt on days "
        "without crying.",
    ),
    ChartKind.RELIEF: QT_TRANSLATE_NOOP(
        "Report",
        "Whether crying was followed by feeling better, the same or worse, by how others reacted.",
    ),
    ChartKind.TIMING: QT_TRANSLATE_NOOP(
        "Report", "Crying by hour of the day and by day of the week."
    ),
}
CHART_EMPTY = {
    ChartKind.CRYING_VS_EMOTIONS: QT_TRANSLATE_NOOP(
        "Report", "Nothing was written down in this period."
    ),
    ChartKind.EMOTIONS: QT_TRANSLATE_NOOP("Report", "No crying episodes in this period."),
    ChartKind.RELIEF: QT_TRANSLATE_NOOP(
        "Report",
        "Not enough crying episodes with the mood afterwards written down for this chart: "
        "a group needs {minimum}.",
    ),
    ChartKind.TIMING: QT_TRANSLATE_NOOP("Report", "No crying episodes in this period."),
}

RELIEF = QT_TRANSLATE_NOOP("Report", "Feeling after crying, by situation")
RELIEF_CONTEXT = QT_TRANSLATE_NOOP(
    "Report",
    "Crying is not always followed by feeling better; how it feels afterwards can differ from "
    "one situation to another. For each kind of situation, the table counts how often crying "
    "was followed by feeling better, the same or worse.",
)
RELIEF_NOT_WHY = QT_TRANSLATE_NOOP(
    "Report", "This shows what went together with feeling better; it does not show why."
)
RELIEF_MINIMUM = QT_TRANSLATE_NOOP(
    "Report",
    "Groups with fewer than {minimum} episodes are named without being split, as so few "
    "episodes say little.",
)
RELIEF_LEFT_OUT = QT_TRANSLATE_NOOP(
    "Report", "Crying episodes without the mood afterwards written down are left out: {count}."
)
RELIEF_NONE = QT_TRANSLATE_NOOP(
    "Report", "No crying episodes with the mood afterwards written down in this period."
)
RELIEF_GROUP = QT_TRANSLATE_NOOP("Report", "Situation")
RELIEF_EPISODES = QT_TRANSLATE_NOOP("Report", "Episodes")
RELIEF_BETTER = QT_TRANSLATE_NOOP("Report", "Felt better")
RELIEF_SAME = QT_TRANSLATE_NOOP("Report", "Felt the same")
RELIEF_WORSE = QT_TRANSLATE_NOOP("Report", "Felt worse")
RELIEF_SHARE = QT_TRANSLATE_NOOP("Report", "{count} ({percent}%)")
RELIEF_TOO_FEW = QT_TRANSLATE_NOOP("Report", "too few to split")
RELIEF_NOTHING = QT_TRANSLATE_NOOP("Report", "not written down")

NOTES = QT_TRANSLATE_NOOP("Report", "Weekly notes")
NOTE_WEEK = QT_TRANSLATE_NOOP("Report", "Week ending {date}")
NO_NOTES = QT_TRANSLATE_NOOP("Report", "No weekly notes in this period.")

PAGE = QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")

ALL_WORDS: tuple[str, ...] = (
    tuple(v for name, v in dict(globals()).items() if name.isupper() and isinstance(v, str))
    + tuple(CHART_NOTES.values())
    + tuple(CHART_EMPTY.values())
)
