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
from moodapp.store import bound_database
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
)
from moodapp.store.timestamps import from_utc_text

ROWS_PER_ROUND = 1000  # entries per round of statements, and between progress reports

Links = Callable[[Any, int], dict[Any, list[dict[str, Any]]]]  # (entry, row id) -> link rows


def stored_versions(uids: Sequence[str]) -> dict[str, tuple[type[Entry], datetime]]:
    """For each uid already in the journal: whether it is an episode or a check-in, and
    when it was last changed."""
    found: dict[str, tuple[type[Entry], datetime]] = {}
    for model, kind in ((EpisodeRow, CryingEpisode), (CheckInRow, CheckIn)):
        for chunk in chunks(uids):
            marks = ", ".join("?" * len(chunk))
            cursor = bound_database.execute(
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
    model: Any,
    entries: Sequence[Entry],
    columns: Callable[[Any], dict[str, Any]],
    links: Links,
    saved: Callable[[int], None],
) -> None:
    # The rows get their ids here, so that their links need no lookup; inside the import's
    # transaction nothing else can take them.
    next_id = _last_id(model) + 1
    for chunk in chunks(entries, ROWS_PER_ROUND):
        ids = {entry.uid: next_id + n for n, entry in enumerate(chunk)}
        next_id += len(chunk)
        _insert(model, [columns(e) for e in chunk], [ids[e.uid] for e in chunk])
        rows: dict[Any, list[dict[str, Any]]] = {}
        for entry in chunk:
            for link_model, link_rows in links(entry, ids[entry.uid]).items():
                rows.setdefault(link_model, []).extend(link_rows)
        _insert_links(rows)
        saved(len(chunk))


def _link_rows(tag_ids: dict[str, int], *, ordered: bool = False) -> tuple[Links, Links]:
    """How to build the link rows of an episode and of a check-in, given its row id. Every
    emotion and trigger the entries name must be in the catalogue already, and every tag in
    ``tag_ids``; ``ordered`` links each entry's triggers and tags in the order of their
    keys and names, as ``store.entries`` writes them."""
    emotions: Any = EmotionRow.select(EmotionRow.key, EmotionRow.id).tuples()
    triggers: Any = TriggerRow.select(TriggerRow.key, TriggerRow.id).tuples()
    emotion_ids: dict[str, int] = dict(emotions)
    trigger_ids: dict[str, int] = dict(triggers)
    in_order: Callable[[Iterable[str]], Iterable[str]] = sorted if ordered else iter

    def episode_links(entry: Any, row_id: int) -> dict[Any, list[dict[str, Any]]]:
        return {
            EpisodeEmotionRow: [
                {"episode": row_id, "emotion": emotion_ids[k], "intensity": v}
                for k, v in entry.emotions.items()
            ],
            EpisodeTriggerRow: [
                {"episode": row_id, "trigger": trigger_ids[k]} for k in in_order(entry.triggers)
            ],
            EntryTagRow: [{"episode": row_id, "tag": tag_ids[t]} for t in in_order(entry.tags)],
        }

    def check_in_links(entry: Any, row_id: int) -> dict[Any, list[dict[str, Any]]]:
        return {
            CheckInEmotionRow: [
                {"check_in": row_id, "emotion": emotion_ids[k], "intensity": v}
                for k, v in entry.emotions.items()
            ],
            EntryTagRow: [{"check_in": row_id, "tag": tag_ids[t]} for t in in_order(entry.tags)],
        }

    return episode_links, check_in_links


def _insert_links(rows_by_model: dict[Any, list[dict[str, Any]]]) -> None:
    for link_model, link_rows in rows_by_model.items():
        _insert(link_model, link_rows)


def insert_new_entries(entries: Sequence[Entry], saved: Callable[[int], None]) -> None:
    """Insert entries whose uids are not in the journal; ``saved(n)`` after each n written.

    Every emotion and trigger the entries name must be in the catalogue already.
    """
    episode_links, check_in_links = _link_rows(
        add_tags(tag for entry in entries for tag in entry.tags)
    )
    last_ids = {model: _last_id(model) for model in (EpisodeRow, CheckInRow)}
    episodes = [e for e in entries if isinstance(e, CryingEpisode)]
    check_ins = [e for e in entries if isinstance(e, CheckIn)]
    _insert_kind(EpisodeRow, episodes, episode_columns, episode_links, saved)
    _insert_kind(CheckInRow, check_ins, check_in_columns, check_in_links, saved)
    search_index.index_rows_after(last_ids[EpisodeRow], last_ids[CheckInRow])


def _row_ids(model: Any, uids: Sequence[str]) -> dict[str, int]:
    marks = ", ".join("?" * len(uids))
    cursor = bound_database.execute(
        f"SELECT uid, id FROM {model._meta.table_name} WHERE uid IN ({marks})", tuple(uids)
    )
    return dict(cursor.fetchall())


# The link tables of each kind of entry, with the column that names the entry.
_EPISODE_LINKS = (
    (EpisodeEmotionRow, "episode_id"),
    (EpisodeTriggerRow, "episode_id"),
    (EntryTagRow, "episode_id"),
)
_CHECK_IN_LINKS = ((CheckInEmotionRow, "check_in_id"), (EntryTagRow, "check_in_id"))


def _replace_kind(
    model: Any,
    entries: Sequence[Entry],
    *,
    columns: Callable[[Any], dict[str, Any]],
    links: Links,
    link_models: Sequence[tuple[Any, str]],
    saved: Callable[[int], None],
) -> list[int]:
    """Rewrite the stored rows of these entries and their links; returns their row ids."""
    table = model._meta.table_name
    written: list[int] = []
    for chunk in chunks(entries, ROWS_PER_ROUND):
        ids = {}
        for uids in chunks([e.uid for e in chunk]):
            ids.update(_row_ids(model, uids))
        missing = [e.uid for e in chunk if e.uid not in ids]
        if missing:
            raise ValueError(f"no {table} with the uid {missing[0]} to replace")
        rows = [columns(e) for e in chunk]
        fields = list(rows[0])
        assignments = ", ".join(f"{model._meta.fields[f].column_name} = ?" for f in fields)
        cursor = bound_database.cursor()
        cursor.executemany(
            f'UPDATE "{table}" SET {assignments} WHERE id = ?',
            [(*row.values(), ids[row["uid"]]) for row in rows],  # built alike: same order
        )
        chunk_ids = [(ids[e.uid],) for e in chunk]
        for link_model, owner in link_models:
            cursor.executemany(
                f'DELETE FROM "{link_model._meta.table_name}" WHERE {owner} = ?', chunk_ids
            )
        link_rows: dict[Any, list[dict[str, Any]]] = {m: [] for m, _ in link_models}
        for entry in chunk:
            for link_model, rows_of_entry in links(entry, ids[entry.uid]).items():
                link_rows[link_model].extend(rows_of_entry)
        _insert_links(link_rows)
        written += [ids[e.uid] for e in chunk]
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
    episode_links, check_in_links = _link_rows(tag_ids, ordered=True)
    episode_ids = _replace_kind(
        EpisodeRow,
        [e for e in entries if isinstance(e, CryingEpisode)],
        columns=episode_columns,
        links=episode_links,
        link_models=_EPISODE_LINKS,
        saved=saved,
    )
    check_in_ids = _replace_kind(
        CheckInRow,
        [e for e in entries if isinstance(e, CheckIn)],
        columns=check_in_columns,
        links=check_in_links,
        link_models=_CHECK_IN_LINKS,
        saved=saved,
    )
    search_index.reindex_rows(episode_ids, check_in_ids)
