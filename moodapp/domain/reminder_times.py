"""When the daily reminder is due, by this computer's clock and its rules for the clocks
changing: 20:00 is 20:00 on the day the clocks go back too (25 hours after the day
before), not 24 hours after it. Times are aware; a day is the local day.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta


def due_on(day: date, at: time) -> datetime:
    """The moment of ``day`` when the local clock shows ``at``. On the day the clocks skip
    ``at`` it is the moment the skipped hour stood for; when ``at`` comes twice, the first."""
    return datetime.combine(day, at).astimezone()


def next_due(now: datetime, at: time) -> datetime:
    """The first moment after ``now`` when the local clock shows ``at``."""
    day = now.astimezone().date()
    due = due_on(day, at)
    while due <= now:
        day += timedelta(days=1)
        due = due_on(day, at)
    return due


def still_that_day(now: datetime, due: datetime) -> bool:
    """Whether a reminder due at ``due`` and not shown (the computer slept) is worth showing
    at ``now``: on the same local day, yes; a day later, it is past."""
    return now.astimezone().date() == due.astimezone().date()
