"""How a day reads in the calendar: its tooltip, its spoken description, its short marks."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from moodapp.domain.days import DaySummary
from moodapp.domain.entries import INTENSITY_WORDS
from moodapp.ui.common import date_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("DayText", text)


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
        return _tr("once")
    if count == 2:
        return _tr("twice")
    return _tr("%1 times").replace("%1", str(count))


def day_lines(summary: DaySummary | None, emotion_labels: Mapping[str, str]) -> list[str]:
    """What is known of a day, one fact per line, without the date."""
    if summary is None or not summary.has_entries:
        return [_tr("Nothing written down.")]
    lines = []
    if summary.mood is not None and summary.energy is not None:
        mood = _tr("Mood %1, energy %2").replace("%1", mean_text(summary.mood))
        lines.append(mood.replace("%2", mean_text(summary.energy)))
    elif summary.mood is not None:
        lines.append(_tr("Mood %1").replace("%1", mean_text(summary.mood)))
    if summary.cried:
        text = _tr("Cried %1").replace("%1", _times(summary.cried))
        if summary.strongest_intensity is not None:
            text += ", " + _tr("strongest: %1").replace(
                "%1",
                QCoreApplication.translate("Scale", INTENSITY_WORDS[summary.strongest_intensity]),
            )
        lines.append(text)
    if summary.almost_cried:
        lines.append(_tr("Almost cried %1").replace("%1", _times(summary.almost_cried)))
    if summary.no_crying:
        lines.append(_tr("No crying"))
    if summary.top_emotions:
        names = ", ".join(emotion_labels.get(k, k) for k in summary.top_emotions)
        lines.append(_tr("Felt most: %1").replace("%1", names))
    return lines


def day_tooltip(day: date, summary: DaySummary | None, emotion_labels: Mapping[str, str]) -> str:
    return "\n".join([long_date(day), *day_lines(summary, emotion_labels)])


def day_spoken(day: date, summary: DaySummary | None, emotion_labels: Mapping[str, str]) -> str:
    return ". ".join([long_date(day), *day_lines(summary, emotion_labels)])
