"""Which dates a month or a year of the calendar shows."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

WEEKS_SHOWN = 6  # enough for every month, so the grid never changes height


def month_grid(year: int, month: int, first_weekday: int) -> list[date]:
    """The 42 days shown for a month: whole weeks starting on ``first_weekday``
    (0 Monday ... 6 Sunday), beginning with the week of the 1st."""
    first = date(year, month, 1)
    start = first - timedelta(days=(first.weekday() - first_weekday) % 7)
    return [start + timedelta(days=i) for i in range(7 * WEEKS_SHOWN)]


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), moved back to the month's end if needed."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    return first, first.replace(day=calendar.monthrange(day.year, day.month)[1])


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)
