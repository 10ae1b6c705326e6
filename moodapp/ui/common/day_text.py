"""How a day reads in the calendar: its tooltip, its spoken description, its short marks."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from moodapp.domain.days import DaySummary
from moodapp.domain.entries import INTENSITY_WORDS
from moodapp.ui.common import date_text
from moodapp.ui.common.words import translate


def mean_text(value: float) -> str:
    """+1.5, -0.5, 0: a mean on a scale around zero, to one decimal."""
    rounded = round(value, 1)
    if not rounded:
        return "0"
    digits = 0 if rounded == int(rounded) else 1
    return ("+" if rounded > 0 else "-") + QLocale().toString(abs(rounded), "f", digits)


def long_date(day: date) -> str:
    return date_text.written(day, date_text.LONG)


def _times(count: int) -> str:
    if count == 1:
        return translate("DayText", "once")
    if count == 2:
        return translate("DayText", "twice")
    return translate("DayText", "%1 times").replace("%1", str(count))


def day_lines(summary: DaySummary | None, emotion_labels: Mapping[str, str]) -> list[str]:
    """What is known of a day, one fact per line, without the date."""
    if summary is None or not summary.has_entries:
        return [translate("DayText", "Nothing written down.")]
    lines = []
    if summary.mood is not None and summary.energy is not None:
        mood = translate("DayText", "Mood %1, energy %2").replace("%1", mean_text(summary.mood))
        lines.append(mood.replace("%2", mean_text(summary.energy)))
    elif summary.mood is not None:
        lines.append(translate("DayText", "Mood %1").replace("%1", mean_text(summary.mood)))
    if summary.cried:
        text = translate("DayText", "Cried %1").replace("%1", _times(summary.cried))
        if summary.strongest_intensity is not None:
            text += ", " + translate("DayText", "strongest: %1").replace(
                "%1",
                QCoreApplication.translate("Scale", INTENSITY_WORDS[summary.strongest_intensity]),
            )
        lines.append(text)
    if summary.almost_cried:
        lines.append(
            translate("DayText", "Almost cried %1").replace("%1", _times(summary.almost_cried))
        )
    if summary.no_crying:
        lines.append(translate("DayText", "No crying"))
    if summary.top_emotions:
        names = ", ".join(emotion_labels.get(k, k) for k in summary.top_emotions)
        lines.append(translate("DayText", "Felt most: %1").replace("%1", names))
    return lines


def day_tooltip(day: date, summary: DaySummary | None, emotion_labels: Mapping[str, str]) -> str:
    return "\n".join([long_date(day), *day_lines(summary, emotion_labels)])


def day_spoken(day: date, summary: DaySummary | None, emotion_labels: Mapping[str, str]) -> str:
    return ". ".join([long_date(day), *day_lines(summary, emotion_labels)])
