"""The daily reminder keeps to the clock on the wall, on the days the clocks change too."""

from __future__ import annotations

import time as system_time
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest

from moodapp.domain.reminder_times import due_on, next_due, still_that_day


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer in Berlin: summer time from 29 March 2026, winter time from 25 October."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    system_time.tzset()
    yield
    monkeypatch.undo()
    system_time.tzset()


def local(*parts: int) -> datetime:
    return datetime(*parts).astimezone()  # type: ignore[arg-type]  # year to second, no tzinfo


@pytest.mark.usefixtures("berlin")
@pytest.mark.parametrize(
    ("now", "at", "due"),
    [
        ((2026, 11, 26, 19, 0), time(20, 0), (2026, 11, 26, 20, 0)),
        ((2026, 11, 26, 20, 0), time(20, 0), (2026, 11, 27, 20, 0)),  # just now: tomorrow's
        ((2026, 11, 26, 21, 30), time(20, 0), (2026, 11, 27, 20, 0)),
        ((2026, 11, 26, 23, 59), time(0, 0), (2026, 11, 27, 0, 0)),
    ],
)
def test_the_reminder_is_due_when_the_clock_next_shows_its_time(
    now: tuple[int, ...], at: time, due: tuple[int, ...]
) -> None:
    assert next_due(local(*now), at) == local(*due)


@pytest.mark.usefixtures("berlin")
def test_on_the_days_the_clocks_change_the_reminder_keeps_to_the_clock() -> None:
    after_saturday = next_due(local(2026, 10, 24, 20, 0, 1), time(20, 0))
    assert (after_saturday.hour, after_saturday.minute) == (20, 0)
    assert after_saturday - local(2026, 10, 24, 20, 0) == timedelta(hours=25)  # clocks go back
    after_march = next_due(local(2026, 3, 28, 20, 0, 1), time(20, 0))
    assert after_march - local(2026, 3, 28, 20, 0) == timedelta(hours=23)  # clocks go forward
    assert after_march.utcoffset() == timedelta(hours=2)


@pytest.mark.usefixtures("berlin")
def test_a_time_the_clocks_skip_or_show_twice_comes_once() -> None:
    skipped = due_on(date(2026, 3, 29), time(2, 30))  # 2:00 became 3:00
    assert skipped.date() == date(2026, 3, 29) and skipped.hour in (1, 3)
    twice = due_on(date(2026, 10, 25), time(2, 30))  # 3:00 became 2:00
    assert twice.utcoffset() == timedelta(hours=2)  # the first of the two


def test_a_reminder_missed_while_asleep_is_worth_showing_only_that_day() -> None:
    due = local(2026, 11, 26, 20, 0)
    assert still_that_day(local(2026, 11, 26, 23, 30), due)
    assert not still_that_day(local(2026, 11, 27, 7, 0), due)
