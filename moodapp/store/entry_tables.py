"""Each kind of entry and its tables: the columns of its row, and the rows of its links
(emotions, triggers, tags), as writing one entry and writing many both build them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from moodapp.domain.entries import CheckIn, CryingEpisode, Entry
from moodapp.store.models import (
    CheckInEmotionRow,
    CheckInRow,
    EntryTagRow,
    EpisodeEmotionRow,
    EpisodeRow,
    EpisodeTriggerRow,
)
from moodapp.store.timestamps import local_parts, utc_text

LinkRows = dict[Any, list[dict[str, Any]]]  # link model -> its rows for one entry


def _value_or_none(member: Any) -> str | None:
    return None if member is None else str(member.value)


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


@dataclass(frozen=True)
class LinkIds:
    """The ids an entry's links name: emotions and triggers by key, tags by name. With
    ``ordered``, each entry's triggers and tags are linked in the order of their keys and
    names (as writing one entry links them); without, in the order the entry holds them."""

    emotions: Mapping[str, int]
    triggers: Mapping[str, int]
    tags: Mapping[str, int]
    ordered: bool = True

    def in_order(self, names: Iterable[str]) -> Iterable[str]:
        return sorted(names) if self.ordered else iter(names)


def _emotion_rows(owner: str, row_id: int, entry: Entry, ids: LinkIds) -> list[dict[str, Any]]:
    return [
        {owner: row_id, "emotion": ids.emotions[k], "intensity": v}
        for k, v in entry.emotions.items()
    ]


def _tag_rows(owner: str, row_id: int, entry: Entry, ids: LinkIds) -> list[dict[str, Any]]:
    return [{owner: row_id, "tag": ids.tags[t]} for t in ids.in_order(entry.tags)]


def episode_links(episode: CryingEpisode, row_id: int, ids: LinkIds) -> LinkRows:
    return {
        EpisodeEmotionRow: _emotion_rows("episode", row_id, episode, ids),
        EpisodeTriggerRow: [
            {"episode": row_id, "trigger": ids.triggers[k]} for k in ids.in_order(episode.triggers)
        ],
        EntryTagRow: _tag_rows("episode", row_id, episode, ids),
    }


def check_in_links(check_in: CheckIn, row_id: int, ids: LinkIds) -> LinkRows:
    return {
        CheckInEmotionRow: _emotion_rows("check_in", row_id, check_in, ids),
        EntryTagRow: _tag_rows("check_in", row_id, check_in, ids),
    }


@dataclass(frozen=True)
class EntryTable:
    """A kind of entry: its row, its columns, and its links with the column naming it."""

    model: Any
    kind: type[Entry]
    columns: Callable[[Any], dict[str, Any]]
    links: Callable[[Any, int, LinkIds], LinkRows]
    link_tables: tuple[tuple[Any, str], ...]

    def of(self, entries: Iterable[Entry]) -> list[Entry]:
        """Those of ``entries`` that are of this kind."""
        return [e for e in entries if isinstance(e, self.kind)]


EPISODES = EntryTable(
    EpisodeRow,
    CryingEpisode,
    episode_columns,
    episode_links,
    (
        (EpisodeEmotionRow, "episode_id"),
        (EpisodeTriggerRow, "episode_id"),
        (EntryTagRow, "episode_id"),
    ),
)
CHECK_INS = EntryTable(
    CheckInRow,
    CheckIn,
    check_in_columns,
    check_in_links,
    ((CheckInEmotionRow, "check_in_id"), (EntryTagRow, "check_in_id")),
)
ENTRY_TABLES = (EPISODES, CHECK_INS)


def table_of(entry: Entry) -> EntryTable:
    return EPISODES if isinstance(entry, CryingEpisode) else CHECK_INS
