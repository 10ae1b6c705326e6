"""Entries in and out of the database: domain objects on one side, rows on the other.

No validation and no transactions here; the services do both. Loading many
entries costs one query per table, not one per entry (entry_reading.py); the
columns and links of each kind of entry are in entry_tables.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from moodapp.collector import collector_paused
from moodapp.domain.entries import CryingEpisode, Entry
from moodapp.store import search as search_index
from moodapp.store.entry_reading import Where, in_range, read_check_ins, read_episodes
from moodapp.store.entry_tables import ENTRY_TABLES, EntryTable, LinkIds, table_of
from moodapp.store.models import EmotionRow, TagRow, TriggerRow
from moodapp.store.timestamps import from_utc_text

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


def _upsert(model: Any, columns: dict[str, Any]) -> int:
    existing = model.get_or_none(model.uid == columns["uid"])
    if existing is None:
        return int(model.insert(**columns).execute())
    model.update(**columns).where(model.id == existing.id).execute()
    return int(existing.id)


def _write(table: EntryTable, entry: Any) -> None:
    """Insert the entry, or replace the stored one with the same uid, with its links."""
    row_id = _upsert(table.model, table.columns(entry))
    for link_model, owner in table.link_tables:
        link_model.delete().where(link_model._meta.columns[owner] == row_id).execute()
    ids = LinkIds(
        emotions=_ids_by_key(EmotionRow, entry.emotions),
        triggers=_ids_by_key(TriggerRow, entry.triggers)
        if isinstance(entry, CryingEpisode)
        else {},
        tags={name: tag_id(name) for name in sorted(entry.tags)},
    )
    for link_model, rows in table.links(entry, row_id, ids).items():
        if rows:
            link_model.insert_many(rows).execute()


def write_entry(entry: Entry) -> None:
    """Insert or replace the entry, its links and its words in the search index."""
    _write(table_of(entry), entry)
    search_index.reindex(entry.uid)


def delete_entry(uid: str) -> bool:
    """Delete the entry with this uid (its links go with it); False when there was none."""
    search_index.remove(uid)
    for table in ENTRY_TABLES:
        if table.model.delete().where(table.model.uid == uid).execute():
            return True
    return False


# -- reading -----------------------------------------------------------------


def read_entries(start: date | None = None, end: date | None = None) -> list[Entry]:
    """Every entry whose local date is within [start, end], oldest first."""
    where = in_range(start, end)
    with collector_paused():
        # Sorted here, not by SQL: ORDER BY occurred_at makes SQLite walk that index through
        # the whole journal for an open range such as the last week's entries.
        entries: list[Entry] = [*read_episodes(where), *read_check_ins(where)]
        entries.sort(key=lambda e: (e.occurred_at.replace(tzinfo=None), e.uid))
    return entries


def has_entries() -> bool:
    """Whether the journal holds any entry at all."""
    return any(table.model.select().exists() for table in ENTRY_TABLES)


def stored_kind_and_creation(uid: str) -> tuple[type[Entry], datetime] | None:
    """Whether the entry with this uid is an episode or a check-in, and when it was first saved."""
    for table in ENTRY_TABLES:
        model = table.model
        row = model.select(model.created_at).where(model.uid == uid).first()
        if row is not None:
            return table.kind, from_utc_text(row.created_at)
    return None


def read_entry(uid: str) -> Entry | None:
    where = Where("e.uid = ?", (uid,))
    episodes = read_episodes(where)
    if episodes:
        return episodes[0]
    check_ins = read_check_ins(where)
    return check_ins[0] if check_ins else None
