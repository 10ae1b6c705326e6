"""Weekly reflections in and out of the database."""

from __future__ import annotations

from datetime import date

from moodapp.domain.reflection import Reflection
from moodapp.store.models import ReflectionRow
from moodapp.store.timestamps import from_utc_text, utc_text


def _reflection(row: ReflectionRow) -> Reflection:
    return Reflection(
        uid=row.uid,
        week_end=date.fromisoformat(row.week_end),
        text=row.text,
        created_at=from_utc_text(row.created_at),
        updated_at=from_utc_text(row.updated_at),
    )


def read_reflection(week_end: date) -> Reflection | None:
    row = ReflectionRow.get_or_none(ReflectionRow.week_end == week_end.isoformat())
    return None if row is None else _reflection(row)


def read_reflections(start: date | None = None, end: date | None = None) -> list[Reflection]:
    """The reflections on weeks ending from ``start`` to ``end`` (both included), oldest first."""
    query = ReflectionRow.select().order_by(ReflectionRow.week_end)
    if start is not None:
        query = query.where(ReflectionRow.week_end >= start.isoformat())
    if end is not None:
        query = query.where(ReflectionRow.week_end <= end.isoformat())
    return [_reflection(row) for row in query]


def write_reflection(reflection: Reflection) -> None:
    """Insert the week's reflection, or replace the one stored for that week."""
    assert reflection.created_at is not None and reflection.updated_at is not None
    columns = {
        "uid": reflection.uid,
        "week_end": reflection.week_end.isoformat(),
        "text": reflection.text,
        "created_at": utc_text(reflection.created_at),
        "updated_at": utc_text(reflection.updated_at),
    }
    ReflectionRow.insert(**columns).on_conflict(
        conflict_target=[ReflectionRow.week_end],
        update={
            ReflectionRow.text: reflection.text,
            ReflectionRow.updated_at: columns["updated_at"],
        },
    ).execute()


def delete_reflection(uid: str) -> None:
    ReflectionRow.delete().where(ReflectionRow.uid == uid).execute()
