"""The words of chart 1 that need no plotting: the days each bar stands for, its hover text."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale

from moodapp.domain.charts import CryingOverTime
from moodapp.domain.series import DateRange
from moodapp.ui.charts.chart_text import range_text
from moodapp.ui.charts.plots.look import ChartLook
from moodapp.ui.common import date_text
from moodapp.ui.common.day_text import mean_text
from moodapp.ui.common.words import translate


def shown_days(data: CryingOverTime) -> list[DateRange]:
    """The days of the range that each bar stands for (the first and last may be partial)."""
    firsts = [max(start, data.span.start) for start in data.starts]
    return [
        DateRange(first, first + timedelta(days=days - 1))
        for first, days in zip(firsts, data.days, strict=True)
    ]


def bin_text(data: CryingOverTime, index: int, look: ChartLook) -> str:
    """What the bar ``index`` holds, under its dates: crying, each emotion drawn, mood."""
    days = shown_days(data)[index]
    heading = date_text.written(days.start, date_text.LONG) if days.days == 1 else range_text(days)
    lines = [
        heading,
        translate("OverTimeChart", "Cried: %1, almost cried: %2")
        .replace("%1", str(data.cried[index]))
        .replace("%2", str(data.almost[index])),
    ]
    felt = [
        f"{look.emotion_label(key)} {QLocale().toString(value, 'f', 1)}"
        for key, values in data.emotions.items()
        if (value := values[index]) is not None
    ]
    if felt:
        lines.append(", ".join(felt))
    mood = data.mood[index]
    lines.append(
        translate("OverTimeChart", "Mood %1").replace("%1", mean_text(mood))
        if mood is not None
        else translate("OverTimeChart", "No check-in")
    )
    return "\n".join(lines)
