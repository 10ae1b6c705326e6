"""Entries read from the database for a condition on their table (``Where``).

Straight from the cursor, not through peewee's model rows: a whole journal is tens of
thousands of rows. Links (emotions, triggers, tags) are read with one query each, for
the entries that meet the same condition, rather than by lists of ids. Flags become
bool and sleep hours float as peewee's fields make them, so every value the app writes
reads back as it did through the models (a value of another type that only an edit
by hand could store, such as 2.5 in an integer column, is no longer converted).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from moodapp.domain.entries import (
    CheckIn,
    Company,
    CryingEpisode,
    EntryKind,
    MoodChange,
    Reaction,
    Resolution,
)
from moodapp.store import bound_database
from moodapp.store.timestamps import from_local_parts, from_utc_text


def _enum_or_none(cls: Any, value: str | None) -> Any:
    return None if value is None else cls(value)


class Where:
    """Which entries to read: a condition on the entry table ``e`` and its parameters."""

    def __init__(self, condition: str = "", params: Sequence[Any] = ()) -> None:
        self.condition = condition
        self.params = tuple(params)

    def _rows(self, sql: str, condition: str) -> list[tuple[Any, ...]]:
        where = f"WHERE {condition}" if condition else ""
        cursor = bound_database.execute(sql.format(where=where), self.params)
        return list(cursor.fetchall())

    def entries(self, sql: str) -> list[tuple[Any, ...]]:
        """The rows of ``sql`` (on the entry table ``e``) that meet the condition."""
        return self._rows(sql, self.condition)

    def links(self, sql: str, owner: str, table: str) -> list[tuple[Any, ...]]:
        """The rows of ``sql`` (on the link table ``l``, whose column ``owner`` holds the
        id of an entry in ``table``) that belong to the entries meeting the condition."""
        # IN (SELECT ...) rather than a join: without statistics, SQLite would scan all
        # links of a join and look up each entry, even for the last week's few entries.
        if self.condition:
            return self._rows(
                sql, f"l.{owner} IN (SELECT e.id FROM {table} e WHERE {self.condition})"
            )
        return self._rows(sql, f"l.{owner} IS NOT NULL")  # not a tag on the other kind


def in_range(start: date | None, end: date | None) -> Where:
    conditions, params = [], []
    if start is not None:
        conditions.append("e.local_date >= ?")
        params.append(start.isoformat())
    if end is not None:
        conditions.append("e.local_date <= ?")
        params.append(end.isoformat())
    return Where(" AND ".join(conditions), params)


def _emotions_by_entry(
    table: str, owner: str, entries: str, where: Where
) -> dict[int, dict[str, int]]:
    """Each entry's emotions, in the catalogue's order."""
    result: dict[int, dict[str, int]] = defaultdict(dict)
    rows = where.links(
        f'SELECT l.{owner}, m."key", l.intensity FROM {table} l'
        " JOIN emotion m ON m.id = l.emotion_id {where} ORDER BY m.sort_order, m.id",
        owner,
        entries,
    )
    for entry_id, key, intensity in rows:
        result[entry_id][key] = intensity
    return result


def _keys_by_entry(rows: list[tuple[Any, ...]]) -> dict[int, frozenset[str]]:
    result: dict[int, set[str]] = defaultdict(set)
    for entry_id, key in rows:
        result[entry_id].add(key)
    return {k: frozenset(v) for k, v in result.items()}


def _tags_by_entry(owner: str, entries: str, where: Where) -> dict[int, frozenset[str]]:
    sql = f"SELECT l.{owner}, g.name FROM entry_tag l JOIN tag g ON g.id = l.tag_id {{where}}"
    return _keys_by_entry(where.links(sql, owner, entries))


def _triggers_by_episode(where: Where) -> dict[int, frozenset[str]]:
    sql = (
        'SELECT l.episode_id, t."key" FROM episode_trigger l'
        ' JOIN "trigger" t ON t.id = l.trigger_id {where}'
    )
    return _keys_by_entry(where.links(sql, "episode_id", "crying_episode"))


def _flag(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _times(created: str, updated: str) -> tuple[datetime, datetime]:
    created_at = from_utc_text(created)
    # Most entries were never changed: no need to read the same time twice.
    return created_at, created_at if updated == created else from_utc_text(updated)


_EPISODES = """
SELECT e.id, e.uid, e.occurred_at, e.utc_offset_minutes, e.kind, e.intensity,
       e.duration_minutes, e.company, e.reaction, e.held_back, e.ashamed, e.resolved,
       e.mood_after, e.mood_after_score, e.mood_later_score, e.what_helped, e.note,
       e.created_at, e.updated_at
FROM crying_episode e {where}"""

_CHECK_INS = """
SELECT e.id, e.uid, e.occurred_at, e.utc_offset_minutes, e.mood, e.energy, e.urge_to_cry,
       e.no_crying_today, e.sleep_hours, e.daily_life_hard, e.note, e.created_at,
       e.updated_at
FROM check_in e {where}"""


def read_episodes(where: Where) -> list[CryingEpisode]:
    rows = where.entries(_EPISODES)
    if not rows:
        return []
    emotions = _emotions_by_entry("episode_emotion", "episode_id", "crying_episode", where)
    triggers = _triggers_by_episode(where)
    tags = _tags_by_entry("episode_id", "crying_episode", where)
    almost = EntryKind.ALMOST_CRIED.value
    episodes = []
    for (
        row_id, uid, occurred_at, offset, kind, intensity, duration, company, reaction,
        held_back, ashamed, resolved, mood_after, after_score, later_score, what_helped,
        note, created, updated,
    ) in rows:  # fmt: skip
        created_at, updated_at = _times(created, updated)
        episodes.append(
            CryingEpisode(
                uid=uid,
                occurred_at=from_local_parts(occurred_at, offset),
                almost=kind == almost,
                intensity=intensity,
                emotions=emotions.get(row_id, {}),
                duration_minutes=duration,
                triggers=triggers.get(row_id, frozenset()),
                company=_enum_or_none(Company, company),
                reaction=_enum_or_none(Reaction, reaction),
                held_back=_flag(held_back),
                ashamed=_flag(ashamed),
                resolved=_enum_or_none(Resolution, resolved),
                mood_after=_enum_or_none(MoodChange, mood_after),
                mood_after_score=after_score,
                mood_later_score=later_score,
                what_helped=what_helped,
                tags=tags.get(row_id, frozenset()),
                note=note,
                created_at=created_at,
                updated_at=updated_at,
            )
        )
    return episodes


def read_check_ins(where: Where) -> list[CheckIn]:
    rows = where.entries(_CHECK_INS)
    if not rows:
        return []
    emotions = _emotions_by_entry("check_in_emotion", "check_in_id", "check_in", where)
    tags = _tags_by_entry("check_in_id", "check_in", where)
    check_ins = []
    for (
        row_id, uid, occurred_at, offset, mood, energy, urge, no_crying, sleep, hard, note,
        created, updated,
    ) in rows:  # fmt: skip
        created_at, updated_at = _times(created, updated)
        check_ins.append(
            CheckIn(
                uid=uid,
                occurred_at=from_local_parts(occurred_at, offset),
                mood=mood,
                energy=energy,
                urge_to_cry=urge,
                no_crying_today=bool(no_crying),
                emotions=emotions.get(row_id, {}),
                sleep_hours=None if sleep is None else float(sleep),
                daily_life_hard=hard,
                tags=tags.get(row_id, frozenset()),
                note=note,
                created_at=created_at,
                updated_at=updated_at,
            )
        )
    return check_ins
