"""Entries in and out of the database: domain objects on one side, rows on the other.

No validation and no transactions here; the services do both. Loading many
entries costs one query per table, not one per entry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from moodapp.collector import collector_paused
from moodapp.domain.entries import (
    CheckIn,
    Company,
    CryingEpisode,
    Entry,
    EntryKind,
    MoodChange,
    Reaction,
    Resolution,
)
from moodapp.store import bound_database
from moodapp.store import search as search_index
from moodapp.store.models import (
    CheckInEmotionRow,
    CheckInRow,
    EmotionRow,
    EntryTagRow,
    EpisodeEmotionRow,
    EpisodeRow,
    EpisodeTriggerRow,
    TagRow,
    TriggerRow,
)
from moodapp.store.timestamps import from_local_parts, from_utc_text, local_parts, utc_text

T = TypeVar("T")


def _enum_or_none(cls: Any, value: str | None) -> Any:
    return None if value is None else cls(value)


def _value_or_none(member: Any) -> str | None:
    return None if member is None else str(member.value)


# -- writing -----------------------------------------------------------------


def _ids_by_key(model: Any, keys: Iterable[str]) -> dict[str, int]:
    keys = list(keys)
    if not keys:
        return {}
    return {r.key: r.id for r in model.select(model.id, model.key).where(model.key.in_(keys))}


def tag_id(name: str) -> int:
    """The id of the tag with this name (ignoring case), added when it is new."""
    row = TagRow.get_or_none(TagRow.name == name)
    return int(row.id if row else TagRow.create(name=name).id)


def _tag_ids(names: Iterable[str]) -> list[int]:
    return [tag_id(name) for name in sorted(names)]


def _common_columns(entry: Entry) -> dict[str, Any]:
    if entry.created_at is None or entry.updated_at is None:
        raise ValueError("the service sets created_at and updated_at before writing")
    occurred_at, offset, local_date = local_parts(entry.occurred_at)
    created = utc_text(entry.created_at)
    return {
        "uid": entry.uid,
        "occurred_at": occurred_at,
        "utc_offset_minutes": offset,
        "local_date": local_date,
        "note": entry.note,
        "created_at": created,
        # Most entries were never changed: no need to format the same time twice.
        "updated_at": created
        if entry.updated_at == entry.created_at
        else utc_text(entry.updated_at),
    }


def episode_columns(episode: CryingEpisode) -> dict[str, Any]:
    return {
        **_common_columns(episode),
        "kind": episode.kind.value,
        "intensity": episode.intensity,
        "duration_minutes": episode.duration_minutes,
        "company": _value_or_none(episode.company),
        "reaction": _value_or_none(episode.reaction),
        "held_back": episode.held_back,
        "ashamed": episode.ashamed,
        "resolved": _value_or_none(episode.resolved),
        "mood_after": _value_or_none(episode.mood_after),
        "mood_after_score": episode.mood_after_score,
        "mood_later_score": episode.mood_later_score,
        "what_helped": episode.what_helped,
    }


def check_in_columns(check_in: CheckIn) -> dict[str, Any]:
    return {
        **_common_columns(check_in),
        "mood": check_in.mood,
        "energy": check_in.energy,
        "urge_to_cry": check_in.urge_to_cry,
        "no_crying_today": check_in.no_crying_today,
        "sleep_hours": check_in.sleep_hours,
        "daily_life_hard": check_in.daily_life_hard,
    }


def _upsert(model: Any, columns: dict[str, Any]) -> int:
    existing = model.get_or_none(model.uid == columns["uid"])
    if existing is None:
        return int(model.insert(**columns).execute())
    model.update(**columns).where(model.id == existing.id).execute()
    return int(existing.id)


def _write_episode(episode: CryingEpisode) -> None:
    """Insert the episode, or replace the stored one with the same uid."""
    row_id = _upsert(EpisodeRow, episode_columns(episode))
    EpisodeEmotionRow.delete().where(EpisodeEmotionRow.episode == row_id).execute()
    EpisodeTriggerRow.delete().where(EpisodeTriggerRow.episode == row_id).execute()
    EntryTagRow.delete().where(EntryTagRow.episode == row_id).execute()
    emotion_ids = _ids_by_key(EmotionRow, episode.emotions)
    if episode.emotions:
        EpisodeEmotionRow.insert_many(
            [
                {"episode": row_id, "emotion": emotion_ids[k], "intensity": v}
                for k, v in episode.emotions.items()
            ]
        ).execute()
    trigger_ids = _ids_by_key(TriggerRow, episode.triggers)
    if episode.triggers:
        EpisodeTriggerRow.insert_many(
            [{"episode": row_id, "trigger": trigger_ids[k]} for k in sorted(episode.triggers)]
        ).execute()
    if episode.tags:
        EntryTagRow.insert_many(
            [{"episode": row_id, "tag": t} for t in _tag_ids(episode.tags)]
        ).execute()


def _write_check_in(check_in: CheckIn) -> None:
    """Insert the check-in, or replace the stored one with the same uid."""
    row_id = _upsert(CheckInRow, check_in_columns(check_in))
    CheckInEmotionRow.delete().where(CheckInEmotionRow.check_in == row_id).execute()
    EntryTagRow.delete().where(EntryTagRow.check_in == row_id).execute()
    emotion_ids = _ids_by_key(EmotionRow, check_in.emotions)
    if check_in.emotions:
        CheckInEmotionRow.insert_many(
            [
                {"check_in": row_id, "emotion": emotion_ids[k], "intensity": v}
                for k, v in check_in.emotions.items()
            ]
        ).execute()
    if check_in.tags:
        EntryTagRow.insert_many(
            [{"check_in": row_id, "tag": t} for t in _tag_ids(check_in.tags)]
        ).execute()


def write_entry(entry: Entry) -> None:
    """Insert or replace the entry, its links and its words in the search index."""
    if isinstance(entry, CryingEpisode):
        _write_episode(entry)
    else:
        _write_check_in(entry)
    search_index.reindex(entry.uid)


def delete_entry(uid: str) -> bool:
    """Delete the entry with this uid (its links go with it); False when there was none."""
    search_index.remove(uid)
    for model in (EpisodeRow, CheckInRow):
        if model.delete().where(model.uid == uid).execute():
            return True
    return False


# -- reading -----------------------------------------------------------------
#
# Straight from the cursor, not through peewee's model rows: a whole journal is tens of
# thousands of rows. Links (emotions, triggers, tags) are read with one query each, for
# the entries that meet the same condition, rather than by lists of ids. Flags become
# bool and sleep hours float as peewee's fields make them, so every value the app writes
# reads back as it did through the models (a value of another type that only an edit
# by hand could store, such as 2.5 in an integer column, is no longer converted).


def chunks(items: Sequence[T], size: int = 500) -> Iterable[Sequence[T]]:
    # SQLite limits the number of bound parameters in one statement.
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _Where:
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


def _in_range(start: date | None, end: date | None) -> _Where:
    conditions, params = [], []
    if start is not None:
        conditions.append("e.local_date >= ?")
        params.append(start.isoformat())
    if end is not None:
        conditions.append("e.local_date <= ?")
        params.append(end.isoformat())
    return _Where(" AND ".join(conditions), params)


def _emotions_by_entry(
    table: str, owner: str, entries: str, where: _Where
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


def _tags_by_entry(owner: str, entries: str, where: _Where) -> dict[int, frozenset[str]]:
    sql = f"SELECT l.{owner}, g.name FROM entry_tag l JOIN tag g ON g.id = l.tag_id {{where}}"
    return _keys_by_entry(where.links(sql, owner, entries))


def _triggers_by_episode(where: _Where) -> dict[int, frozenset[str]]:
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


def _read_episodes(where: _Where) -> list[CryingEpisode]:
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


def _read_check_ins(where: _Where) -> list[CheckIn]:
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


def read_entries(start: date | None = None, end: date | None = None) -> list[Entry]:
    """Every entry whose local date is within [start, end], oldest first."""
    where = _in_range(start, end)
    with collector_paused():
        # Sorted here, not by SQL: ORDER BY occurred_at makes SQLite walk that index through
        # the whole journal for an open range such as the last week's entries.
        entries: list[Entry] = [*_read_episodes(where), *_read_check_ins(where)]
        entries.sort(key=lambda e: (e.occurred_at.replace(tzinfo=None), e.uid))
    return entries


def stored_kind_and_creation(uid: str) -> tuple[type[Entry], datetime] | None:
    """Whether the entry with this uid is an episode or a check-in, and when it was first saved."""
    for model, kind in ((EpisodeRow, CryingEpisode), (CheckInRow, CheckIn)):
        row = model.select(model.created_at).where(model.uid == uid).first()
        if row is not None:
            return kind, from_utc_text(row.created_at)
    return None


def read_entry(uid: str) -> Entry | None:
    where = _Where("e.uid = ?", (uid,))
    episodes = _read_episodes(where)
    if episodes:
        return episodes[0]
    check_ins = _read_check_ins(where)
    return check_ins[0] if check_ins else None
