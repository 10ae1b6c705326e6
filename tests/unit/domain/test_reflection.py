"""The reflection's weeks: the calendar's weeks, and which week shows a note kept before."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from moodapp.domain.reflection import Reflection, Week, WeekNotes, week_notes

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1))
weekdays = st.integers(0, 6)


def note(week_end: date, text: str = "noticed") -> Reflection:
    return Reflection(week_end=week_end, text=text)


@given(days, weekdays)
def test_a_week_is_seven_days_from_the_first_day(day: date, first_weekday: int) -> None:
    week = Week.containing(day, first_weekday)
    assert week.start.weekday() == first_weekday
    assert day in week and week.end - week.start == timedelta(days=6)
    assert week.shifted(1).start == week.end + timedelta(days=1)
    assert week.shifted(-1).end == week.start - timedelta(days=1)


@given(days, weekdays)
def test_every_note_shows_with_exactly_one_week(week_end: date, first_weekday: int) -> None:
    kept = note(week_end)
    around = Week.containing(week_end, first_weekday)
    holding = [w for w in (around.shifted(-1), around, around.shifted(1)) if w.holds(kept)]
    assert len(holding) == 1
    (week,) = holding
    start, end = week.note_ends
    assert start <= week_end <= end  # what the store is asked for


@given(days, weekdays, weekdays)
def test_a_note_shows_with_the_week_that_shares_most_of_its_days(
    day: date, written_with: int, shown_with: int
) -> None:
    written = Week.containing(day, written_with)
    kept = note(written.end)
    assert written.holds(kept)  # a note kept now shows with its own week
    shown = next(
        w for w in (Week.containing(written.end, shown_with).shifted(n) for n in (-1, 0))
        if w.holds(kept)
    )  # fmt: skip
    shared = sum(1 for n in range(7) if written.start + timedelta(days=n) in shown)
    assert shared >= 4


def test_the_notes_of_a_week_when_weeks_ended_on_another_day() -> None:
    week = Week(date(2026, 11, 16))  # Monday 16 to Sunday 22 November
    thursday = note(date(2026, 11, 19), "kept when reflections were on Thursdays")  # 13-19
    friday = note(date(2026, 11, 20), "kept when reflections were on Fridays")  # 14-20
    own = note(date(2026, 11, 22), "kept for this week")
    wednesday = note(date(2026, 11, 18), "about 12-18: more of its days are in the week before")
    assert not week.holds(wednesday) and week.shifted(-1).holds(wednesday)
    assert week_notes(week, [thursday, wednesday]) == WeekNotes(thursday, [])
    assert week_notes(week, [friday, thursday]) == WeekNotes(friday, [thursday])  # the latest
    assert week_notes(week, [own, friday, thursday, wednesday]) == WeekNotes(
        own, [thursday, friday]
    )
    assert week_notes(week, [wednesday]) == WeekNotes(None, [])
