"""Migration 0005 keys the search index by rowids the entries' rows determine, finding the
same entries as before; later writes keep one row per entry in the index."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import cast

from moodapp.services.demo import generate_demo_entries
from moodapp.services.journal import Journal
from moodapp.store.database import Store, open_store
from moodapp.store.migrating import default_migrations_dir
from tests.conftest import NOW

WORDS = ("walk", "sadness", "tired", "work", "friend", "cry", "calm music", "xyzzy")


def _before_0005(tmp_path: Path) -> Path:
    migrations = tmp_path / "old-migrations"
    with default_migrations_dir() as shipped:
        shutil.copytree(shipped, migrations, ignore=shutil.ignore_patterns("0005_*"))
    return migrations


def _hits(journal: Journal) -> dict[str, list[tuple[str, str]]]:
    return {w: [(h.uid, h.snippet) for h in journal.entries.search(w)] for w in WORDS}


def _index(store: Store) -> list[tuple[int, str]]:
    return cast(
        "list[tuple[int, str]]",
        store.db.execute_sql("SELECT rowid, uid FROM entry_search ORDER BY rowid").fetchall(),
    )


def _rowids_from_rows(store: Store) -> list[tuple[int, str]]:
    return cast(
        "list[tuple[int, str]]",
        store.db.execute_sql(
            "SELECT 2 * id, uid FROM crying_episode UNION ALL SELECT 2 * id + 1, uid FROM check_in "
            "ORDER BY 1"
        ).fetchall(),
    )


def test_an_older_index_is_made_again_keyed_by_row_and_finds_the_same(tmp_path: Path) -> None:
    path, backups = tmp_path / "journal.sqlite3", tmp_path / "backups"
    entries = generate_demo_entries(seed=7, years=0.3, now=NOW)
    with open_store(path, backups, migrations_dir=_before_0005(tmp_path)) as store:
        journal = Journal(store, clock=lambda: NOW)
        journal.entries.save_many(entries)
        # As the index was before: rowids of its own, in the order the words came in.
        store.db.execute_sql("CREATE TEMP TABLE words AS SELECT uid, body FROM entry_search")
        store.db.execute_sql("DELETE FROM entry_search")
        store.db.execute_sql(
            "INSERT INTO entry_search (uid, body) SELECT uid, body FROM words ORDER BY uid"
        )
        assert _index(store) != _rowids_from_rows(store)
        before = _hits(journal)
    assert sum(len(hits) for hits in before.values()) > 10

    with open_store(path, backups) as store:
        journal = Journal(store, clock=lambda: NOW)
        assert _hits(journal) == before
        assert _index(store) == _rowids_from_rows(store)
        edited = replace(journal.entries.get(entries[0].uid), note="xyzzy", tags=frozenset())
        journal.entries.update(edited)
        journal.entries.delete(entries[1].uid)
        assert _index(store) == _rowids_from_rows(store)
        assert [uid for uid, _ in _hits(journal)["xyzzy"]] == [entries[0].uid]
    assert any("-before-0005" in p.name for p in backups.iterdir())
