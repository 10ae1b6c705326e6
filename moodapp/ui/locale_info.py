"""What the locale decides for the calendar and the charts."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def first_weekday() -> int:
    """The locale's first day of the week, 0 Monday ... 6 Sunday."""
    return QLocale().firstDayOfWeek().value - 1


def uses_letter_paper() -> bool:
    """Whether the locale prints on US Letter rather than A4 (the US customary system)."""
    return QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
