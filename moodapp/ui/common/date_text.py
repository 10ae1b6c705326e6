"""Dates as the person's language writes them.

The patterns are Qt date formats, translatable (context "Dates"): English writes
"Tuesday 24 November 2026", German "Dienstag, 24. November 2026". The names of
days and months come from the locale.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from moodapp.domain.text import QT_TRANSLATE_NOOP

LONG = QT_TRANSLATE_NOOP("Dates", "dddd d MMMM yyyy")
WEEKDAY_DAY_MONTH = QT_TRANSLATE_NOOP("Dates", "dddd d MMMM")
DAY_MONTH_YEAR = QT_TRANSLATE_NOOP("Dates", "d MMMM yyyy")
SHORT = QT_TRANSLATE_NOOP("Dates", "d MMM yyyy")
DAY_MONTH_SHORT = QT_TRANSLATE_NOOP("Dates", "d MMM")
MONTH_YEAR = QT_TRANSLATE_NOOP("Dates", "MMMM yyyy")


def pattern(name: str) -> str:
    """One of the patterns above, in the person's language (also for QDateEdit)."""
    return QCoreApplication.translate("Dates", name)


def written(day: date, name: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern(name))
