"""The dates a month or year shows, for any first day of the week."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from moodapp.domain.calendar_grid import add_months, month_bounds, month_grid

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


@given(days, st.integers(0, 6))
def test_a_month_grid_is_six_whole_weeks_holding_the_month(day: date, first_weekday: int) -> None:
    grid = month_grid(day.year, day.month, first_weekday)
    assert len(grid) == 42
    assert grid[0].weekday() == first_weekday
    assert all(b - a == timedelta(days=1) for a, b in pairwise(grid))
    first, last = month_bounds(day)
    assert first in grid[:7] and last in grid
    assert grid[0] <= first


@given(days, st.integers(-1200, 1200))
def test_adding_months_keeps_the_day_or_the_months_end(day: date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == day.day or moved == month_bounds(moved)[1]


def test_examples() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 3, 31), -1) == date(2023, 2, 28)
    assert month_grid(2026, 11, 0)[0] == date(2026, 10, 26)  # weeks from Monday
    assert month_grid(2026, 11, 6)[0] == date(2026, 11, 1)  # weeks from Sunday
