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

from moodapp.domain.entries import Entry
from moodapp.store import bound_database
from moodapp.store import search as search_index
from moodapp.store.batches import chunks
from moodapp.store.entries import tag_id
from moodapp.store.entry_tables import CHECK_INS, ENTRY_TABLES, EPISODES, EntryTable, LinkIds
from moodapp.store.models import EmotionRow, TagRow, TriggerRow
from moodapp.store.timestamps import from_utc_text

ROWS_PER_ROUND = 1000  # entries per round of statements, and between progress reports


def stored_versions(uids: Sequence[str]) -> dict[str, tuple[type[Entry], datetime]]:
    """For each uid already in the journal: whether it is an episode or a check-in, and
    when it was last changed."""
    found: dict[str, tuple[type[Entry], datetime]] = {}
    for table in ENTRY_TABLES:
        for chunk in chunks(uids):
            marks = ", ".join("?" * len(chunk))
            cursor = bound_database.execute(
                f"SELECT uid, updated_at FROM {table.model._meta.table_name} "
                f"WHERE uid IN ({marks})",
                tuple(chunk),
            )
            for uid, updated_at in cursor:
                found[uid] = (table.kind, from_utc_text(updated_at))
    return found


def tag_names() -> list[str]:
    query: Any = TagRow.select(TagRow.name).order_by(TagRow.name).tuples()
    return [name for (name,) in query]


def add_tags(names: Iterable[str]) -> dict[str, int]:
    """name -> id for each name; names not in the journal yet are added."""
    return {name: tag_id(name) for name in sorted(set(names))}


def _insert(model: Any, rows: Sequence[dict[str, Any]], ids: Sequence[int] = ()) -> None:
    """Insert rows given as {field name: value}, all with the same fields; with ``ids``,
    the rows get these ids, one each."""
    if not rows:
        return
    fields = ["id", *rows[0]] if ids else list(rows[0])
    columns = ", ".join(model._meta.fields[f].column_name for f in fields)
    marks = ", ".join("?" * len(fields))
    values = (  # the rows are built alike, so their values come in the same order
        [(row_id, *row.values()) for row_id, row in zip(ids, rows, strict=True)]
        if ids
        else [tuple(row.values()) for row in rows]
    )
    bound_database.cursor().executemany(
        f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})', values
    )


def _last_id(model: Any) -> int:
    return int(model.select(model.id).order_by(model.id.desc()).scalar() or 0)


def _insert_kind(
    table: EntryTable, entries: Sequence[Entry], ids: LinkIds, saved: Callable[[int], None]
) -> None:
    # The rows get their ids here, so that their links need no lookup; inside the import's
    # transaction nothing else can take them.
    model = table.model
    next_id = _last_id(model) + 1
    for chunk in chunks(entries, ROWS_PER_ROUND):
        row_ids = {entry.uid: next_id + n for n, entry in enumerate(chunk)}
        next_id += len(chunk)
        _insert(model, [table.columns(e) for e in chunk], [row_ids[e.uid] for e in chunk])
        _insert_links(table, chunk, row_ids, ids)
        saved(len(chunk))


def _link_ids(tag_ids: dict[str, int], *, ordered: bool = False) -> LinkIds:
    """The ids the entries' links name. Every emotion and trigger the entries name must be
    in the catalogue already, and every tag in ``tag_ids``; ``ordered`` links each entry's
    triggers and tags in the order of their keys and names, as ``store.entries`` writes
    them."""
    emotions: Any = EmotionRow.select(EmotionRow.key, EmotionRow.id).tuples()
    triggers: Any = TriggerRow.select(TriggerRow.key, TriggerRow.id).tuples()
    return LinkIds(dict(emotions), dict(triggers), tag_ids, ordered)


def _insert_links(
    table: EntryTable, entries: Sequence[Entry], row_ids: dict[str, int], ids: LinkIds
) -> None:
    """Insert the links of these entries, whose rows have these ids, table by table."""
    rows: dict[Any, list[dict[str, Any]]] = {}
    for entry in entries:
        for link_model, link_rows in table.links(entry, row_ids[entry.uid], ids).items():
            rows.setdefault(link_model, []).extend(link_rows)
    for link_model, link_rows in rows.items():
        _insert(link_model, link_rows)


def insert_new_entries(entries: Sequence[Entry], saved: Callable[[int], None]) -> None:
    """Insert entries whose uids are not in the journal; ``saved(n)`` after each n written.

    Every emotion and trigger the entries name must be in the catalogue already.
    """
    ids = _link_ids(add_tags(tag for entry in entries for tag in entry.tags))
    last_ids = [_last_id(table.model) for table in ENTRY_TABLES]
    for table in ENTRY_TABLES:
        _insert_kind(table, table.of(entries), ids, saved)
    search_index.index_rows_after(*last_ids)


def _row_ids(model: Any, uids: Sequence[str]) -> dict[str, int]:
    marks = ", ".join("?" * len(uids))
    cursor = bound_database.execute(
        f"SELECT uid, id FROM {model._meta.table_name} WHERE uid IN ({marks})", tuple(uids)
    )
    return dict(cursor.fetchall())


def _replace_kind(
    table: EntryTable, entries: Sequence[Entry], ids: LinkIds, saved: Callable[[int], None]
) -> list[int]:
    """Rewrite the stored rows of these entries and their links; returns their row ids."""
    model = table.model
    name = model._meta.table_name
    written: list[int] = []
    for chunk in chunks(entries, ROWS_PER_ROUND):
        row_ids = {}
        for uids in chunks([e.uid for e in chunk]):
            row_ids.update(_row_ids(model, uids))
        missing = [e.uid for e in chunk if e.uid not in row_ids]
        if missing:
            raise ValueError(f"no {name} with the uid {missing[0]} to replace")
        rows = [table.columns(e) for e in chunk]
        fields = list(rows[0])
        assignments = ", ".join(f"{model._meta.fields[f].column_name} = ?" for f in fields)
        cursor = bound_database.cursor()
        cursor.executemany(
            f'UPDATE "{name}" SET {assignments} WHERE id = ?',
            [(*row.values(), row_ids[row["uid"]]) for row in rows],  # built alike: same order
        )
        chunk_ids = [(row_ids[e.uid],) for e in chunk]
        for link_model, owner in table.link_tables:
            cursor.executemany(
                f'DELETE FROM "{link_model._meta.table_name}" WHERE {owner} = ?', chunk_ids
            )
        _insert_links(table, chunk, row_ids, ids)
        written += [row_ids[e.uid] for e in chunk]
        saved(len(chunk))
    return written


def replace_stored_entries(entries: Sequence[Entry], saved: Callable[[int], None]) -> None:
    """Replace stored entries, each by the copy with the same uid and kind, with their links
    and their words in the search index, as ``store.entries.write_entry`` replaces one;
    ``saved(n)`` after each n written.

    Every emotion and trigger the entries name must be in the catalogue already.
    """
    # Tags new to the journal are added as writing the entries one by one adds them, so
    # that they keep the same ids and the same order in each entry's words in the index.
    tag_ids: dict[str, int] = {}
    for entry in entries:
        for name in sorted(entry.tags):
            if name not in tag_ids:
                tag_ids[name] = tag_id(name)
    ids = _link_ids(tag_ids, ordered=True)
    episode_ids, check_in_ids = (
        _replace_kind(table, table.of(entries), ids, saved) for table in (EPISODES, CHECK_INS)
    )
    search_index.reindex_rows(episode_ids, check_in_ids)
