"""An import's newer copies replace stored entries many at once, leaving exactly what writing
them one by one leaves: the entry, its links and its words in the search index."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import cast

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from moodapp.domain.entries import CheckIn, CryingEpisode, Entry
from moodapp.store import bulk_entries
from moodapp.store import entries as entry_store
from moodapp.store import search as search_index
from moodapp.store.database import Store
from tests.conftest import NOW
from tests.strategies import check_ins, episodes


def stamped(entry: Entry) -> Entry:
    return replace(entry, created_at=NOW - timedelta(minutes=5), updated_at=NOW)


def _index_rows(store: Store) -> list[tuple[int, str, str]]:
    return cast(
        "list[tuple[int, str, str]]",
        store.db.execute_sql("SELECT rowid, uid, body FROM entry_search ORDER BY 1").fetchall(),
    )


def _links(store: Store) -> list[list[tuple[object, ...]]]:
    return [
        store.db.execute_sql(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        for table in ("episode_emotion", "episode_trigger", "check_in_emotion")
    ] + [
        store.db.execute_sql(
            "SELECT l.episode_id, l.check_in_id, t.id, t.name FROM entry_tag l JOIN tag t "
            "ON t.id = l.tag_id ORDER BY 1, 2, 3"
        ).fetchall()
    ]


@settings(max_examples=60)
@given(st.data())
def test_replacing_many_leaves_what_writing_one_by_one_leaves(
    store: Store, data: st.DataObject
) -> None:
    drawn = data.draw(st.lists(st.one_of(episodes(NOW), check_ins(NOW)), min_size=1, max_size=4))
    first = [stamped(e) for e in drawn]
    newer = [
        stamped(replace(data.draw(cast("st.SearchStrategy[Entry]",
                                       episodes(NOW) if isinstance(e, CryingEpisode)
                                       else check_ins(NOW))), uid=e.uid))
        for e in first
    ]  # fmt: skip
    # A tag is kept in the first spelling the journal saw ("m" for a later "M"): drawn tags
    # differ in more than case, so that each entry reads back as written.
    tags = {tag for entry in (*first, *newer) for tag in entry.tags}
    assume(len({tag.casefold() for tag in tags}) == len(tags))
    with store.db.atomic() as transaction:
        for entry in first:
            entry_store.write_entry(entry)
        for entry in newer:
            entry_store.write_entry(entry)
        expected = ([entry_store.read_entry(e.uid) for e in newer], _links(store),
                    _index_rows(store))  # fmt: skip
        transaction.rollback()
        for entry in first:
            entry_store.write_entry(entry)
        bulk_entries.replace_stored_entries(newer, lambda count: None)
        got = ([entry_store.read_entry(e.uid) for e in newer], _links(store), _index_rows(store))
        transaction.rollback()  # the next example finds the journal empty again
    assert got[0] == newer
    assert got == expected


def test_replacing_an_entry_that_is_not_stored_is_refused(store: Store) -> None:
    entry = stamped(CheckIn(occurred_at=NOW, mood=0, energy=0))
    with store.db.atomic(), pytest.raises(ValueError, match=entry.uid):
        bulk_entries.replace_stored_entries([entry], lambda count: None)
    assert search_index.search("anything", 10) == []
