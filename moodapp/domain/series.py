"""Pure arithmetic behind the charts: date ranges, bins, per-bin sums and means, the usual range.

Inputs are per-day aggregates (the store sums by local date in SQL); nothing here
loops over journal rows. Empty bins are zeros for counts and ``None`` for means
(a mean of nothing is unknown, not zero).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cached_property

USUAL_WINDOW_DAYS = 28  # GROUNDING.md insight 1: counts per 28 days
USUAL_WARM_UP_DAYS = 28  # at least four weeks of entries before a usual range is shown
USUAL_LOOKBACK_DAYS = 182  # over the last (up to) six months


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date  # included

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __str__(self) -> str:
        return f"{self.start.isoformat()}:{self.end.isoformat()}"


RANGE_PRESETS = {"30d": 30, "90d": 90, "1y": 365}


class RangeError(ValueError):
    pass


def parse_range(text: str, today: date, first_entry: date | None) -> DateRange:
    """``30d``, ``90d``, ``1y``, ``all`` or ``FROM:TO`` (ISO dates), ending today for presets."""
    text = text.strip()
    if text in RANGE_PRESETS:
        return DateRange(today - timedelta(days=RANGE_PRESETS[text] - 1), today)
    if text == "all":
        return DateRange(first_entry or today, today)
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})", text)
    if match is None:
        raise RangeError(f"\u201c{text}\u201d is not a range: use 30d, 90d, 1y, all or FROM:TO.")
    try:
        start, end = date.fromisoformat(match[1]), date.fromisoformat(match[2])
    except ValueError as error:
        raise RangeError(
            f"\u201c{text}\u201d holds a date that does not exist ({error})."
        ) from None
    if start > end:
        raise RangeError(f"\u201c{text}\u201d ends before it starts.")
    return DateRange(start, end)


class Bin(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def auto_bin(span: DateRange) -> Bin:
    """Days for up to two months, weeks up to a year and a half, months beyond."""
    if span.days <= 62:
        return Bin.DAY
    if span.days <= 550:
        return Bin.WEEK
    return Bin.MONTH


def week_start(day: date, first_weekday: int) -> date:
    """The first day of the week holding ``day``, weeks starting on ``first_weekday`` (0 Monday).

    The one definition of a week: calendar rows, weekly bars and the weekly reflection.
    """
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def _next_start(start: date, size: Bin) -> date:
    """The first day of the bin after the one that starts on ``start``."""
    if size is Bin.DAY:
        return start + timedelta(days=1)
    if size is Bin.WEEK:
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)  # start is a 1st


@dataclass(frozen=True)
class Binning:
    """A date range cut into days, weeks (starting on ``first_weekday``, 0 Monday) or months.

    The first and last bins may reach outside the range (a partial week or month);
    only days inside the range are counted.
    """

    span: DateRange
    size: Bin
    first_weekday: int = 0

    def start_of(self, day: date) -> date:
        """The first day of the bin that ``day`` falls in."""
        if self.size is Bin.DAY:
            return day
        if self.size is Bin.WEEK:
            return week_start(day, self.first_weekday)
        return day.replace(day=1)

    @cached_property
    def starts(self) -> list[date]:
        starts = [self.start_of(self.span.start)]
        while (following := _next_start(starts[-1], self.size)) <= self.span.end:
            starts.append(following)
        return starts

    @cached_property
    def days(self) -> list[int]:
        """How many days of each bin lie inside the range."""
        following = [*self.starts[1:], _next_start(self.starts[-1], self.size)]
        last = self.span.end + timedelta(days=1)
        return [
            (min(end, last) - max(start, self.span.start)).days
            for start, end in zip(self.starts, following, strict=True)
        ]

    @cached_property
    def _bin_of_day(self) -> list[int]:
        """For each day of the range (0 its first), the index of its bin: worked out once per
        binning, so that summing a series costs a list look-up per day, not a date sum."""
        return [i for i, inside in enumerate(self.days) for _ in range(inside)]

    def sums(self, daily: Mapping[date, float]) -> list[float]:
        """Per-day values added up per bin, days outside the range left out; empty bins are 0."""
        totals = [0.0] * len(self.starts)
        bin_of_day = self._bin_of_day
        first, length = self.span.start.toordinal(), len(bin_of_day)
        for day, value in daily.items():
            offset = day.toordinal() - first
            if 0 <= offset < length:
                totals[bin_of_day[offset]] += value
        return totals

    def means(
        self, daily_sums: Mapping[date, float], daily_counts: Mapping[date, int]
    ) -> list[float | None]:
        """Sum over count per bin (e.g. mood over check-ins); None where a bin counts nothing."""
        return ratios(self.sums(daily_sums), self.sums(daily_counts))


def ratios(sums: Sequence[float], counts: Sequence[float]) -> list[float | None]:
    """Sum over count per bin; None where a bin counts nothing (a mean of nothing is unknown)."""
    return [s / c if c else None for s, c in zip(sums, counts, strict=True)]


@dataclass(frozen=True)
class UsualRange:
    """The person's own usual crying frequency: 28-day counts, lower quartile to upper quartile."""

    low: float
    median: float
    high: float
    days_used: int  # how many 28-day windows it rests on
    episodes: int  # how many episodes fell in the period it covers

    def per_days(self, days: float) -> tuple[float, float]:
        """The range scaled to a bin of ``days`` days."""
        factor = days / USUAL_WINDOW_DAYS
        return self.low * factor, self.high * factor


def usual_range(
    daily_counts: Mapping[date, int], end: date, first_entry: date | None
) -> UsualRange | None:
    """Median and quartiles of the 28-day counts ending on each day of the (up to) six months
    before ``end``; None while the journal holds less than four weeks (a warm-up)."""
    if first_entry is None:
        return None
    first_window_end = max(first_entry + timedelta(days=USUAL_WARM_UP_DAYS - 1),
                           end - timedelta(days=USUAL_LOOKBACK_DAYS - 1))  # fmt: skip
    if first_window_end > end:
        return None
    window_ends = (end - first_window_end).days + 1
    period_start = first_window_end - timedelta(days=USUAL_WINDOW_DAYS - 1)
    per_day = [
        daily_counts.get(period_start + timedelta(days=i), 0)
        for i in range((end - period_start).days + 1)
    ]
    running = sum(per_day[:USUAL_WINDOW_DAYS])
    windows = [running]
    for i in range(USUAL_WINDOW_DAYS, len(per_day)):
        running += per_day[i] - per_day[i - USUAL_WINDOW_DAYS]
        windows.append(running)
    assert len(windows) == window_ends
    if len(windows) == 1:
        low = median = high = float(windows[0])
    else:
        low, median, high = statistics.quantiles(windows, n=4, method="inclusive")
    return UsualRange(low, median, high, len(windows), sum(per_day))
