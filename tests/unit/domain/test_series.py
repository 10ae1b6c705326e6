"""Ranges, bins and the usual range, checked against sums worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moodapp.domain.series import (
    Bin,
    Binning,
    DateRange,
    RangeError,
    auto_bin,
    parse_range,
    usual_range,
    week_start,
)

TODAY = date(2026, 11, 26)


def test_presets_end_today_and_count_today() -> None:
    assert parse_range("30d", TODAY, None) == DateRange(date(2026, 10, 28), TODAY)
    assert parse_range("90d", TODAY, None).days == 90
    assert parse_range("1y", TODAY, None).days == 365
    assert parse_range("all", TODAY, date(2020, 5, 1)) == DateRange(date(2020, 5, 1), TODAY)
    assert parse_range("all", TODAY, None) == DateRange(TODAY, TODAY)
    assert parse_range("2026-01-01:2026-01-31", TODAY, None).days == 31


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("7 days", "is not a range"),
        ("2026-02-30:2026-03-01", "does not exist"),
        ("2026-03-01:2026-02-01", "ends before it starts"),
        ("", "is not a range"),
    ],
)
def test_bad_ranges_are_explained(text: str, says: str) -> None:
    with pytest.raises(RangeError, match=says):
        parse_range(text, TODAY, None)


def test_the_bin_size_follows_the_length() -> None:
    assert auto_bin(DateRange(TODAY - timedelta(days=29), TODAY)) is Bin.DAY
    assert auto_bin(DateRange(TODAY - timedelta(days=89), TODAY)) is Bin.WEEK
    assert auto_bin(DateRange(TODAY - timedelta(days=364), TODAY)) is Bin.WEEK
    assert auto_bin(DateRange(TODAY - timedelta(days=3 * 365), TODAY)) is Bin.MONTH


def test_months_across_month_ends_and_a_leap_february() -> None:
    bins = Binning(DateRange(date(2024, 1, 15), date(2024, 3, 10)), Bin.MONTH)
    assert bins.starts == [date(2024, 1, 1), date(2024, 2, 1), date(2024, 3, 1)]
    assert bins.days == [17, 29, 10]  # 15-31 Jan, all of a leap February, 1-10 March
    daily = {date(2024, 1, 31): 2, date(2024, 2, 1): 1, date(2024, 2, 29): 1, date(2024, 3, 1): 4,
             date(2024, 1, 14): 9, date(2024, 3, 11): 9}  # fmt: skip  # the last two are outside
    assert bins.sums(daily) == [2, 2, 4]


def test_weeks_start_on_the_chosen_day() -> None:
    span = DateRange(date(2026, 11, 4), date(2026, 11, 20))  # Wednesday to Friday
    monday = Binning(span, Bin.WEEK, first_weekday=0)
    sunday = Binning(span, Bin.WEEK, first_weekday=6)
    assert monday.starts == [date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)]
    assert sunday.starts == [date(2026, 11, 1), date(2026, 11, 8), date(2026, 11, 15)]
    assert monday.days == [5, 7, 5]
    saturday_and_sunday = {date(2026, 11, 7): 1, date(2026, 11, 8): 1}
    assert monday.sums(saturday_and_sunday) == [2, 0, 0]
    assert sunday.sums(saturday_and_sunday) == [1, 1, 0]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)), st.integers(0, 6))
def test_a_weekly_bar_is_the_week_that_starts_on_the_first_day(
    day: date, first_weekday: int
) -> None:
    start = week_start(day, first_weekday)
    assert start.weekday() == first_weekday and 0 <= (day - start).days < 7
    span = DateRange(day, day + timedelta(days=20))
    assert Binning(span, Bin.WEEK, first_weekday).starts[0] == start


def test_empty_bins_are_zero_for_counts_and_unknown_for_means() -> None:
    bins = Binning(DateRange(date(2026, 11, 1), date(2026, 11, 3)), Bin.DAY)
    assert bins.sums({date(2026, 11, 2): 3}) == [0, 3, 0]
    mood_sums = {date(2026, 11, 1): -3, date(2026, 11, 3): 2}
    check_ins = {date(2026, 11, 1): 2, date(2026, 11, 3): 1}
    assert bins.means(mood_sums, check_ins) == [-1.5, None, 2.0]


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)),
    st.integers(0, 800),
    st.sampled_from(list(Bin)),
    st.integers(0, 6),
)
def test_bins_cover_every_day_once(start: date, length: int, size: Bin, first_weekday: int) -> None:
    span = DateRange(start, start + timedelta(days=length))
    bins = Binning(span, size, first_weekday)
    assert sum(bins.days) == span.days
    assert all(days > 0 for days in bins.days)
    every_day = {span.start + timedelta(days=i): 1 for i in range(span.days)}
    assert bins.sums(every_day) == bins.days


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)),
    st.integers(0, 800),
    st.sampled_from(list(Bin)),
    st.integers(0, 6),
)
def test_the_bins_are_the_bins_of_the_days_in_the_range(
    start: date, length: int, size: Bin, first_weekday: int
) -> None:
    span = DateRange(start, start + timedelta(days=length))
    bins = Binning(span, size, first_weekday)
    days = [span.start + timedelta(days=i) for i in range(span.days)]
    assert bins.starts == sorted({bins.start_of(day) for day in days})
    assert bins.days == [
        sum(1 for day in days if bins.start_of(day) == first) for first in bins.starts
    ]


def _sums_by_hand(bins: Binning, daily: dict[date, float]) -> list[float]:
    """Each day in the range added to the last bin starting on or before it."""
    totals = [0.0] * len(bins.starts)
    for day, value in daily.items():
        if bins.span.start <= day <= bins.span.end:
            totals[max(i for i, start in enumerate(bins.starts) if start <= day)] += value
    return totals


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)),
    st.integers(0, 800),
    st.sampled_from(list(Bin)),
    st.integers(0, 6),
    st.dictionaries(
        st.integers(-40, 840),
        st.one_of(st.integers(0, 9), st.floats(-3, 4, allow_nan=False)),
        max_size=60,
    ),
)
def test_sums_match_sums_worked_out_day_by_day(
    start: date, length: int, size: Bin, first_weekday: int, values: dict[int, float]
) -> None:
    span = DateRange(start, start + timedelta(days=length))
    bins = Binning(span, size, first_weekday)
    daily = {start + timedelta(days=offset): value for offset, value in values.items()}
    assert bins.sums(daily) == _sums_by_hand(bins, daily)


def test_no_usual_range_during_the_four_week_warm_up() -> None:
    first = date(2026, 11, 1)
    assert usual_range({first: 1}, first + timedelta(days=26), first) is None
    assert usual_range({}, TODAY, None) is None
    assert usual_range({first: 1}, first + timedelta(days=27), first) is not None


def test_usual_range_of_a_steady_rhythm() -> None:
    # One episode every seventh day for a year: every 28-day window holds exactly 4.
    first = date(2025, 11, 1)
    daily = {first + timedelta(days=7 * i): 1 for i in range(53)}
    usual = usual_range(daily, TODAY, first)
    assert usual is not None
    assert (usual.low, usual.median, usual.high) == (4, 4, 4)
    assert usual.days_used == 182  # windows ending on each of the last six months' days
    assert usual.per_days(7) == (1, 1)


def test_usual_range_worked_by_hand() -> None:
    # 30 days of journal; two episodes on day 1, one on day 29.
    first = date(2026, 1, 1)
    daily = {first: 2, first + timedelta(days=28): 1}
    usual = usual_range(daily, first + timedelta(days=29), first)
    # Windows end on days 28, 29, 30: [1..28] = 2, [2..29] = 1, [3..30] = 1.
    assert usual is not None
    assert usual.days_used == 3
    assert (usual.low, usual.median, usual.high) == (1, 1, 1.5)
    assert usual.episodes == 3
