"""A save, an edit and a delete cost the same in a journal of one year and of many.

The cost is counted in SQLite's virtual-machine steps (a progress handler called at
every step), which do not depend on the machine or its load: a statement that reads
the whole journal, or the whole search index, takes steps in proportion to it. So a
write that became O(journal) again fails here, whatever the clock says.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from moodapp.domain.entries import CheckIn, CryingEpisode, Entry
from moodapp.services.demo import generate_demo_entries
from moodapp.services.journal import Journal
from moodapp.store import bulk_entries
from moodapp.store.database import open_store
from tests.conftest import NOW

SHORT, LONG = 1, 8  # years of entries
# Steps a write may take more in the long journal than in the short one. A write that
# reads every entry or the whole index takes tens of thousands more over seven years.
SLACK = 100


def _build(path: Path, years: int) -> Path:
    entries = [
        replace(entry, created_at=NOW, updated_at=NOW)
        for entry in generate_demo_entries(seed=2026, years=years, now=NOW)
    ]
    with open_store(path, path.parent / "backups") as store, store.db.atomic():
        bulk_entries.insert_new_entries(entries, lambda count: None)
    return path


@pytest.fixture(scope="module")
def journal_files(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """A journal of SHORT and one of LONG years of demo entries, built once (closed)."""
    folder = tmp_path_factory.mktemp("journals")
    return {years: _build(folder / f"{years}-years.sqlite3", years) for years in (SHORT, LONG)}


@pytest.fixture
def steps_in(journal_files: dict[int, Path]) -> Iterator[Callable[[int], dict[str, int]]]:
    """steps_in(years): the steps of each write, in the journal of that many years."""
    opened = []

    def steps(years: int) -> dict[str, int]:
        store = open_store(journal_files[years], journal_files[years].parent / "backups")
        opened.append(store)
        journal = Journal(store, clock=lambda: NOW)
        connection = store.db.connection()  # type: ignore[no-untyped-call]  # peewee's connection() is untyped
        counted: dict[str, int] = {}

        def count(name: str, write: Callable[[], object]) -> None:
            taken = 0

            def step() -> int:
                nonlocal taken
                taken += 1
                return 0  # go on

            connection.set_progress_handler(step, 1)
            try:
                write()
            finally:
                connection.set_progress_handler(None, 1)
            counted[name] = taken

        episode = CryingEpisode(
            occurred_at=NOW - timedelta(hours=2),
            intensity=3,
            emotions={"sadness": 3, "relief": 1},
            triggers=frozenset({"conflict"}),
            tags=frozenset({"write cost"}),
            note="Argument with my sister",
            what_helped="a long walk",
        )
        check_in = CheckIn(
            occurred_at=NOW - timedelta(hours=1),
            mood=-1,
            energy=0,
            emotions={"sadness": 2},
            tags=frozenset({"write cost"}),
            note="Tired",
        )
        entry: Entry
        for entry in (episode, check_in):
            kind = type(entry).__name__
            edited = replace(entry, note="Changed my mind", tags=frozenset({"edited"}))
            count(f"record {kind}", functools.partial(journal.entries.record, entry))
            count(f"edit {kind}", functools.partial(journal.entries.update, edited))
            count(f"delete {kind}", functools.partial(journal.entries.delete, entry.uid))
        store.close()
        return counted

    yield steps
    for store in opened:
        store.close()


def test_a_write_costs_the_same_in_a_long_journal(
    steps_in: Callable[[int], dict[str, int]],
) -> None:
    short, long = steps_in(SHORT), steps_in(LONG)
    grown = {write: long[write] - short[write] for write in short}
    assert all(abs(more) <= SLACK for more in grown.values()), (
        f"steps in {SHORT} year(s): {short}; in {LONG} years: {long}"
    )
