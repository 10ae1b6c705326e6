"""What the locale decides for the calendar and the charts, unless the person chose otherwise."""

from __future__ import annotations

from PySide6.QtCore import QLocale

_chosen_first_weekday: int | None = None  # set from the preferences


def choose_first_weekday(day: int | None) -> None:
    """0 Monday ... 6 Sunday, or None for the locale's."""
    global _chosen_first_weekday  # noqa: PLW0603 - one preference for the whole window
    _chosen_first_weekday = day


def first_weekday() -> int:
    """The first day of the week, 0 Monday ... 6 Sunday: chosen, or the locale's."""
    if _chosen_first_weekday is not None:
        return _chosen_first_weekday
    return QLocale().firstDayOfWeek().value - 1


def uses_letter_paper() -> bool:
    """Whether the locale prints on US Letter rather than A4 (the US customary system)."""
    return QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
