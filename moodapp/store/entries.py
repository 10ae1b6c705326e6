"""Entries in and out of the database: domain objects on one side, rows on the other.

No validation and no transactions here; the services do both. Loading many
entries costs one query per table, not one per entry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from peewee import ModelSelect

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


def _emotions_by_entry(link: Any, owner: Any, ids: Sequence[int]) -> dict[int, dict[str, int]]:
    result: dict[int, dict[str, int]] = defaultdict(dict)
    query: Any = (
        link.select(owner, EmotionRow.key, link.intensity)
        .join(EmotionRow)
        .where(owner.in_(ids))
        .order_by(EmotionRow.sort_order, EmotionRow.id)
        .tuples()
    )
    for entry_id, key, intensity in query:
        result[entry_id][key] = intensity
    return result


def _tags_by_entry(owner: Any, ids: Sequence[int]) -> dict[int, frozenset[str]]:
    result: dict[int, set[str]] = defaultdict(set)
    query: Any = EntryTagRow.select(owner, TagRow.name).join(TagRow).where(owner.in_(ids)).tuples()
    for entry_id, name in query:
        result[entry_id].add(name)
    return {k: frozenset(v) for k, v in result.items()}


def _triggers_by_episode(ids: Sequence[int]) -> dict[int, frozenset[str]]:
    result: dict[int, set[str]] = defaultdict(set)
    query: Any = (
        EpisodeTriggerRow.select(EpisodeTriggerRow.episode, TriggerRow.key)
        .join(TriggerRow)
        .where(EpisodeTriggerRow.episode.in_(ids))
        .tuples()
    )
    for episode_id, key in query:
        result[episode_id].add(key)
    return {k: frozenset(v) for k, v in result.items()}


def chunks(items: Sequence[T], size: int = 500) -> Iterable[Sequence[T]]:
    # SQLite limits the number of bound parameters in one statement.
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _episodes_from_rows(rows: list[Any]) -> list[CryingEpisode]:
    ids = [r.id for r in rows]
    emotions: dict[int, dict[str, int]] = {}
    triggers: dict[int, frozenset[str]] = {}
    tags: dict[int, frozenset[str]] = {}
    for chunk in chunks(ids):
        emotions.update(_emotions_by_entry(EpisodeEmotionRow, EpisodeEmotionRow.episode, chunk))
        triggers.update(_triggers_by_episode(chunk))
        tags.update(_tags_by_entry(EntryTagRow.episode, chunk))
    return [
        CryingEpisode(
            uid=r.uid,
            occurred_at=from_local_parts(r.occurred_at, r.utc_offset_minutes),
            almost=r.kind == EntryKind.ALMOST_CRIED.value,
            intensity=r.intensity,
            emotions=emotions.get(r.id, {}),
            duration_minutes=r.duration_minutes,
            triggers=triggers.get(r.id, frozenset()),
            company=_enum_or_none(Company, r.company),
            reaction=_enum_or_none(Reaction, r.reaction),
            held_back=r.held_back,
            ashamed=r.ashamed,
            resolved=_enum_or_none(Resolution, r.resolved),
            mood_after=_enum_or_none(MoodChange, r.mood_after),
            mood_after_score=r.mood_after_score,
            mood_later_score=r.mood_later_score,
            what_helped=r.what_helped,
            tags=tags.get(r.id, frozenset()),
            note=r.note,
            created_at=from_utc_text(r.created_at),
            updated_at=from_utc_text(r.updated_at),
        )
        for r in rows
    ]


def _check_ins_from_rows(rows: list[Any]) -> list[CheckIn]:
    ids = [r.id for r in rows]
    emotions: dict[int, dict[str, int]] = {}
    tags: dict[int, frozenset[str]] = {}
    for chunk in chunks(ids):
        emotions.update(_emotions_by_entry(CheckInEmotionRow, CheckInEmotionRow.check_in, chunk))
        tags.update(_tags_by_entry(EntryTagRow.check_in, chunk))
    return [
        CheckIn(
            uid=r.uid,
            occurred_at=from_local_parts(r.occurred_at, r.utc_offset_minutes),
            mood=r.mood,
            energy=r.energy,
            urge_to_cry=r.urge_to_cry,
            no_crying_today=bool(r.no_crying_today),
            emotions=emotions.get(r.id, {}),
            sleep_hours=r.sleep_hours,
            daily_life_hard=r.daily_life_hard,
            tags=tags.get(r.id, frozenset()),
            note=r.note,
            created_at=from_utc_text(r.created_at),
            updated_at=from_utc_text(r.updated_at),
        )
        for r in rows
    ]


def _in_range(model: Any, start: date | None, end: date | None) -> ModelSelect:
    query: ModelSelect = model.select()
    if start is not None:
        query = query.where(model.local_date >= start.isoformat())
    if end is not None:
        query = query.where(model.local_date <= end.isoformat())
    return query.order_by(model.occurred_at, model.id)


def read_entries(start: date | None = None, end: date | None = None) -> list[Entry]:
    """Every entry whose local date is within [start, end], oldest first."""
    episodes = _episodes_from_rows(list(_in_range(EpisodeRow, start, end)))
    check_ins = _check_ins_from_rows(list(_in_range(CheckInRow, start, end)))
    entries: list[Entry] = [*episodes, *check_ins]
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
    episodes = _episodes_from_rows(list(EpisodeRow.select().where(EpisodeRow.uid == uid)))
    if episodes:
        return episodes[0]
    check_ins = _check_ins_from_rows(list(CheckInRow.select().where(CheckInRow.uid == uid)))
    return check_ins[0] if check_ins else None
