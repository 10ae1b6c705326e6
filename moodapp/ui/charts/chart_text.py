"""The words of the charts: titles, subtitles, notes, and the names of relief groups.

Kept apart from the plotting code so that the Charts view can offer its choices
without importing pyqtgraph.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from moodapp.domain.charts import CHART_TITLES, ChartKind, ReliefContext
from moodapp.domain.series import Bin, DateRange, UsualRange
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.ui.common import date_text
from moodapp.ui.common.words import translate

CONTEXT_NAMES = {
    ReliefContext.REACTION: QT_TRANSLATE_NOOP("ChartText", "How others reacted"),
    ReliefContext.COMPANY: QT_TRANSLATE_NOOP("ChartText", "Who was there"),
    ReliefContext.HELD_BACK: QT_TRANSLATE_NOOP("ChartText", "Holding tears back"),
    ReliefContext.ASHAMED: QT_TRANSLATE_NOOP("ChartText", "Feeling ashamed"),
    ReliefContext.RESOLVED: QT_TRANSLATE_NOOP("ChartText", "Whether it was resolved"),
    ReliefContext.TRIGGER: QT_TRANSLATE_NOOP("ChartText", "What set it off"),
}

GROUP_NAMES = {
    ReliefContext.COMPANY: {
        "alone": QT_TRANSLATE_NOOP("ChartText", "Alone"),
        "one-person": QT_TRANSLATE_NOOP("ChartText", "With one person"),
        "several": QT_TRANSLATE_NOOP("ChartText", "With several people"),
    },
    ReliefContext.REACTION: {
        "comforted": QT_TRANSLATE_NOOP("ChartText", "Someone comforted me"),
        "neutral": QT_TRANSLATE_NOOP("ChartText", "Others were neutral"),
        "negative": QT_TRANSLATE_NOOP("ChartText", "Others reacted badly"),
        "nobody": QT_TRANSLATE_NOOP("ChartText", "Nobody noticed"),
    },
    ReliefContext.HELD_BACK: {
        "yes": QT_TRANSLATE_NOOP("ChartText", "Held tears back"),
        "no": QT_TRANSLATE_NOOP("ChartText", "Did not hold back"),
    },
    ReliefContext.ASHAMED: {
        "yes": QT_TRANSLATE_NOOP("ChartText", "Felt ashamed"),
        "no": QT_TRANSLATE_NOOP("ChartText", "Did not feel ashamed"),
    },
    ReliefContext.RESOLVED: {
        "yes": QT_TRANSLATE_NOOP("ChartText", "Resolved or understood"),
        "partly": QT_TRANSLATE_NOOP("ChartText", "Partly resolved"),
        "no": QT_TRANSLATE_NOOP("ChartText", "Not resolved"),
    },
}

BIN_WORDS = {
    Bin.DAY: QT_TRANSLATE_NOOP("ChartText", "per day"),
    Bin.WEEK: QT_TRANSLATE_NOOP("ChartText", "per week"),
    Bin.MONTH: QT_TRANSLATE_NOOP("ChartText", "per month"),
}


def chart_title(kind: ChartKind) -> str:
    return QCoreApplication.translate("Chart", CHART_TITLES[kind])


def chart_words(text: str) -> str:
    """One of the words kept here (BIN_WORDS, NOT_CAUSES), translated."""
    return translate("ChartText", text)


def context_name(context: ReliefContext) -> str:
    return translate("ChartText", CONTEXT_NAMES[context])


def group_name(context: ReliefContext, group: str, trigger_labels: dict[str, str]) -> str:
    if context is ReliefContext.TRIGGER:
        return trigger_labels.get(group, group)
    return translate("ChartText", GROUP_NAMES[context].get(group, group))


def short_date(day: date) -> str:
    return date_text.written(day, date_text.SHORT)


def range_text(span: DateRange) -> str:
    return f"{short_date(span.start)} \u2013 {short_date(span.end)}"


def times(count: int) -> str:
    return (
        translate("ChartText", "once")
        if count == 1
        else translate("ChartText", "%1 times").replace("%1", str(count))
    )


def usual_range_note(usual: UsualRange | None) -> str:
    """Insight 1 in words: the person's usual range, or that it is still being learned."""
    if usual is None:
        return translate("ChartText", "Your usual range appears after four weeks of entries.")
    low, high = round(usual.low), round(usual.high)
    span = (
        str(low)
        if low == high
        else translate("ChartText", "%1 to %2").replace("%1", str(low)).replace("%2", str(high))
    )
    return translate(
        "ChartText",
        "Shaded: your usual range, %1 times in 28 days (from the six months before the end date).",
    ).replace("%1", span)


NOT_CAUSES = QT_TRANSLATE_NOOP(
    "ChartText", "These show what went together with feeling better; they do not show why."
)
