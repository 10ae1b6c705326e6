"""Many entries at once, for imports: which are stored already, and inserting new ones fast.

Writing entry by entry costs several statements per entry, and building large
statements through the ORM costs more than running them, so an import of years
of entries hands prepared statements to SQLite's ``executemany`` instead, then
indexes all new entries for search in one statement per table. No transactions
here: the import service runs all of it as one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from moodapp.domain.entries import CheckIn, CryingEpisode, Entry
from moodapp.store import search as search_index
from moodapp.store.entries import (
    check_in_columns,
    chunks,
    episode_columns,
    tag_id,
)
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
    database_proxy,
)
from moodapp.store.timestamps import from_utc_text

ROWS_PER_ROUND = 1000  # entries per round of statements, and between progress reports


def stored_versions(uids: Sequence[str]) -> dict[str, tuple[type[Entry], datetime]]:
    """For each uid already in the journal: whether it is an episode or a check-in, and
    when it was last changed."""
    found: dict[str, tuple[type[Entry], datetime]] = {}
    for model, kind in ((EpisodeRow, CryingEpisode), (CheckInRow, CheckIn)):
        for chunk in chunks(uids):
            marks = ", ".join("?" * len(chunk))
            cursor = database_proxy.execute_sql(
                f"SELECT uid, updated_at FROM {model._meta.table_name} WHERE uid IN ({marks})",
                tuple(chunk),
            )
            for uid, updated_at in cursor:
                found[uid] = (kind, from_utc_text(updated_at))
    return found


def tag_names() -> list[str]:
    query: Any = TagRow.select(TagRow.name).order_by(TagRow.name).tuples()
    return [name for (name,) in query]


def add_tags(names: Iterable[str]) -> dict[str, int]:
    """name -> id for each name; names not in the journal yet are added."""
    return {name: tag_id(name) for name in sorted(set(names))}


def _insert(model: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows given as {field name: value}, all with the same fields."""
    if not rows:
        return
    fields = list(rows[0])
    columns = ", ".join(model._meta.fields[f].column_name for f in fields)
    marks = ", ".join("?" * len(fields))
    database_proxy.cursor().executemany(
        f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})',
        [tuple(row.values()) for row in rows],  # built alike, so in the same order
    )


def _last_id(model: Any) -> int:
    return int(model.select(model.id).order_by(model.id.desc()).scalar() or 0)


def _insert_kind(
    model: Any,
    entries: Sequence[Entry],
    columns: Callable[[Any], dict[str, Any]],
    links: Callable[[Entry, int], dict[Any, list[dict[str, Any]]]],
    saved: Callable[[int], None],
) -> None:
    # The rows get their ids here, so that their links need no lookup; inside the import's
    # transaction nothing else can take them.
    next_id = _last_id(model) + 1
    for chunk in chunks(entries, ROWS_PER_ROUND):
        ids = {entry.uid: next_id + n for n, entry in enumerate(chunk)}
        next_id += len(chunk)
        _insert(model, [{"id": ids[e.uid], **columns(e)} for e in chunk])
        rows: dict[Any, list[dict[str, Any]]] = {}
        for entry in chunk:
            for link_model, link_rows in links(entry, ids[entry.uid]).items():
                rows.setdefault(link_model, []).extend(link_rows)
        for link_model, link_rows in rows.items():
            _insert(link_model, link_rows)
        saved(len(chunk))


def insert_new_entries(entries: Sequence[Entry], saved: Callable[[int], None]) -> None:
    """Insert entries whose uids are not in the journal; ``saved(n)`` after each n written.

    Every emotion and trigger the entries name must be in the catalogue already.
    """
    emotions: Any = EmotionRow.select(EmotionRow.key, EmotionRow.id).tuples()
    triggers: Any = TriggerRow.select(TriggerRow.key, TriggerRow.id).tuples()
    emotion_ids: dict[str, int] = dict(emotions)
    trigger_ids: dict[str, int] = dict(triggers)
    tag_ids = add_tags(tag for entry in entries for tag in entry.tags)
    last_ids = {model: _last_id(model) for model in (EpisodeRow, CheckInRow)}

    def episode_links(entry: Any, row_id: int) -> dict[Any, list[dict[str, Any]]]:
        return {
            EpisodeEmotionRow: [
                {"episode": row_id, "emotion": emotion_ids[k], "intensity": v}
                for k, v in entry.emotions.items()
            ],
            EpisodeTriggerRow: [
                {"episode": row_id, "trigger": trigger_ids[k]} for k in entry.triggers
            ],
            EntryTagRow: [{"episode": row_id, "tag": tag_ids[t]} for t in entry.tags],
        }

    def check_in_links(entry: Any, row_id: int) -> dict[Any, list[dict[str, Any]]]:
        return {
            CheckInEmotionRow: [
                {"check_in": row_id, "emotion": emotion_ids[k], "intensity": v}
                for k, v in entry.emotions.items()
            ],
            EntryTagRow: [{"check_in": row_id, "tag": tag_ids[t]} for t in entry.tags],
        }

    episodes = [e for e in entries if isinstance(e, CryingEpisode)]
    check_ins = [e for e in entries if isinstance(e, CheckIn)]
    _insert_kind(EpisodeRow, episodes, episode_columns, episode_links, saved)
    _insert_kind(CheckInRow, check_ins, check_in_columns, check_in_links, saved)
    search_index.index_rows_after(last_ids[EpisodeRow], last_ids[CheckInRow])
