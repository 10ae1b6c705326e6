"""The words of the charts: titles, subtitles, notes, and the names of relief groups.

Kept apart from the plotting code so that the Charts view can offer its choices
without importing pyqtgraph.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from moodapp.domain.charts import CHART_TITLES, ChartKind, ReliefContext
from moodapp.domain.series import Bin, DateRange, UsualRange


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChartText", text)


CONTEXT_NAMES = {
    ReliefContext.REACTION: "How others reacted",
    ReliefContext.COMPANY: "Who was there",
    ReliefContext.HELD_BACK: "Holding tears back",
    ReliefContext.ASHAMED: "Feeling ashamed",
    ReliefContext.RESOLVED: "Whether it was resolved",
    ReliefContext.TRIGGER: "What set it off",
}

GROUP_NAMES = {
    ReliefContext.COMPANY: {
        "alone": "Alone",
        "one-person": "With one person",
        "several": "With several people",
    },
    ReliefContext.REACTION: {
        "comforted": "Someone comforted me",
        "neutral": "Others were neutral",
        "negative": "Others reacted badly",
        "nobody": "Nobody noticed",
    },
    ReliefContext.HELD_BACK: {"yes": "Held tears back", "no": "Did not hold back"},
    ReliefContext.ASHAMED: {"yes": "Felt ashamed", "no": "Did not feel ashamed"},
    ReliefContext.RESOLVED: {
        "yes": "Resolved or understood",
        "partly": "Partly resolved",
        "no": "Not resolved",
    },
}

BIN_WORDS = {Bin.DAY: "per day", Bin.WEEK: "per week", Bin.MONTH: "per month"}


def chart_title(kind: ChartKind) -> str:
    return _tr(CHART_TITLES[kind])


def context_name(context: ReliefContext) -> str:
    return _tr(CONTEXT_NAMES[context])


def group_name(context: ReliefContext, group: str, trigger_labels: dict[str, str]) -> str:
    if context is ReliefContext.TRIGGER:
        return trigger_labels.get(group, group)
    return _tr(GROUP_NAMES[context].get(group, group))


def short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def range_text(span: DateRange) -> str:
    return f"{short_date(span.start)} \u2013 {short_date(span.end)}"


def times(count: int) -> str:
    return _tr("once") if count == 1 else _tr("%1 times").replace("%1", str(count))


def usual_range_note(usual: UsualRange | None) -> str:
    """Insight 1 in words: the person's usual range, or that it is still being learned."""
    if usual is None:
        return _tr("Your usual range appears after four weeks of entries.")
    low, high = round(usual.low), round(usual.high)
    span = str(low) if low == high else f"{low} to {high}"
    return _tr(
        "Shaded: your usual range, %1 times in 28 days (from the six months before the end date)."
    ).replace("%1", span)


NOT_CAUSES = "These show what went together with feeling better; they do not show why."
