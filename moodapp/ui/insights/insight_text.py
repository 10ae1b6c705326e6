"""The insights' words as the window shows them: translated, with the locale's dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from moodapp.domain.insight import Link
from moodapp.domain.insight_words import Wording
from moodapp.ui.common import date_text
from moodapp.ui.common.catalogue_text import translated_name
from moodapp.ui.common.words import translate


def _date(day: date) -> str:
    return date_text.written(day, date_text.SHORT)


def _weekday(weekday: int) -> str:
    return QLocale().dayName(weekday + 1)


def _in_sentence(name: str) -> str:
    """Lower case inside an English sentence; as written in languages that capitalise nouns."""
    if QCoreApplication.translate("Insights", "{start} to {end}") == "{start} to {end}":
        return name[:1].lower() + name[1:]  # the sentences are English
    return name


def wording() -> Wording:
    return Wording(
        translate=lambda text: translate("Insights", text),
        date_text=_date,
        weekday_text=_weekday,
        label=translated_name,
        in_sentence=_in_sentence,
        decimal=lambda value: QLocale().toString(value, "f", 1),
    )


def link_text(link: Link) -> str:
    if link.chart is not None:
        return QCoreApplication.translate("Insights", "Show in the chart")
    return QCoreApplication.translate("Insights", "Show on the calendar")
