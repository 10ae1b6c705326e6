"""A weekly reflection: what the person noticed, kept as a note on the week, and the week itself."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from moodapp.domain.entries import new_uid
from moodapp.domain.series import week_start

WEEK_DAYS = 7


@dataclass(frozen=True, kw_only=True)
class Reflection:
    week_end: date  # the last day of the week it looks back on
    text: str
    uid: str = field(default_factory=new_uid)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Week:
    """Seven days from the first day of the week, the same weeks as the calendar's rows."""

    start: date

    @classmethod
    def containing(cls, day: date, first_weekday: int) -> Week:
        return cls(week_start(day, first_weekday))

    @property
    def end(self) -> date:
        return self.start + timedelta(days=WEEK_DAYS - 1)

    def shifted(self, weeks: int) -> Week:
        return Week(self.start + timedelta(days=WEEK_DAYS * weeks))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def holds(self, note: Reflection) -> bool:
        """Whether ``note`` is shown with this week: the week holding the middle of the seven
        days it looks back on. A note kept here ends on this week's last day; one kept when
        weeks ended on another day belongs to the week that shares most of its days."""
        return note.week_end - timedelta(days=WEEK_DAYS // 2) in self

    @property
    def note_ends(self) -> tuple[date, date]:
        """The first and last ``week_end`` of the notes this week holds."""
        middle = timedelta(days=WEEK_DAYS // 2)
        return self.start + middle, self.end + middle


@dataclass(frozen=True)
class WeekNotes:
    """The notes shown with a week: the one its editor changes, and any others kept on it."""

    own: Reflection | None
    others: list[Reflection]


def week_notes(week: Week, stored: Iterable[Reflection]) -> WeekNotes:
    """The note kept for exactly this week is its own; without one, the latest it holds."""
    held = sorted((n for n in stored if week.holds(n)), key=lambda n: n.week_end)
    own = next((n for n in held if n.week_end == week.end), held[-1] if held else None)
    return WeekNotes(own, [n for n in held if n is not own])
