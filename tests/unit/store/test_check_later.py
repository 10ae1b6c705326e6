"""The window's open: SQLite's quick check of an unchanged journal left until the window is
drawn, and nothing written to the journal until that check has found it whole."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from peewee import OperationalError

from moodapp.store import file_check
from moodapp.store.check_record import Found, last_found
from moodapp.store.database import Store, open_store
from moodapp.store.open_errors import JournalDamaged
from moodapp.store.read_errors import damage_in
from moodapp.store.snapshot import snapshot

INSERT = "INSERT INTO setting (key, value) VALUES ('check-later', '1')"


def _paths(folder: Path) -> tuple[Path, Path]:
    return folder / "journal.sqlite3", folder / "cache" / "journal-check.json"


def _open(folder: Path, *, later: bool = True) -> Store:
    path, record = _paths(folder)
    return open_store(path, folder / "backups", check_record=record, check_later=later)


@pytest.fixture
def closed_clean(tmp_path: Path) -> Path:
    """A journal that was closed cleanly: its record says it was found clean."""
    _open(tmp_path, later=False).close()
    path, record = _paths(tmp_path)
    assert last_found(record, path) is Found.CLEAN
    return tmp_path


def _damage_unseen_at_open(folder: Path) -> bytes:
    """Break the emotion table's first page, keeping the record that says the file is as
    it was found clean (as when a disk spoils a page): only SQLite's check sees it. Returns
    the file's bytes."""
    path, record = _paths(folder)
    conn = sqlite3.connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'emotion'").fetchone()
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size] = 0x55  # no kind of page
    stat = path.stat()
    path.write_bytes(bytes(data))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert last_found(record, path) is Found.CLEAN
    return bytes(data)


def _checks(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The checks run from now on: True for a full one, False for a quick one."""
    seen: list[bool] = []
    real = file_check.sqlite_problems

    def watched(conn: object, *, full: bool, encrypted: bool) -> list[str]:
        seen.append(full)
        return real(conn, full=full, encrypted=encrypted)

    monkeypatch.setattr(file_check, "sqlite_problems", watched)
    return seen


def test_the_quick_check_waits_and_runs_before_the_first_write(
    closed_clean: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks = _checks(monkeypatch)
    with _open(closed_clean) as store:
        assert checks == []  # opened without it
        store.db.execute_sql("SELECT count(*) FROM emotion")
        assert checks == []
        with store.db.atomic():
            assert checks == [False]  # the transaction began after the check
            store.db.execute_sql(INSERT)
        store.finish_check()  # done already: not again
        assert checks == [False]
    with _open(closed_clean) as store:
        store.db.execute_sql(INSERT.replace("check-later", "outside a transaction"))
        assert checks == [False, False]
        rows = store.db.execute_sql("SELECT key FROM setting WHERE key LIKE '%a%'").fetchall()
    assert sorted(rows) == [("check-later",), ("outside a transaction",)]


def _in_a_transaction(store: Store) -> None:
    with store.db.atomic(lock_type="IMMEDIATE"):  # as every save
        store.db.execute_sql(INSERT)


def _outside_a_transaction(store: Store) -> None:
    store.db.execute_sql(INSERT)


def _backup(store: Store) -> None:
    snapshot(store.db, store.backup_dir / "copy.sqlite3")


@pytest.mark.parametrize("first", [_in_a_transaction, _outside_a_transaction, _backup])
def test_a_damaged_journal_found_by_the_later_check_is_never_written(
    closed_clean: Path, first: Callable[[Store], None]
) -> None:
    path, record = _paths(closed_clean)
    damaged = _damage_unseen_at_open(closed_clean)
    with _open(closed_clean) as store:  # the damage is not seen yet
        with pytest.raises(JournalDamaged) as raised:
            first(store)
        assert "SQLite says" in str(damage_in(raised.value))  # what the window's notice says
        for then in (_in_a_transaction, _outside_a_transaction):
            with pytest.raises(OperationalError, match="reading it found it damaged"):
                then(store)
    assert not (store.backup_dir / "copy.sqlite3").exists()
    assert path.read_bytes() == damaged
    assert last_found(record, path) is Found.DAMAGED  # refused at the next open
    with pytest.raises(JournalDamaged, match="found damaged when it was last read"):
        _open(closed_clean)


def test_the_window_s_check_says_the_damage_and_stops_writing(closed_clean: Path) -> None:
    path, _ = _paths(closed_clean)
    damaged = _damage_unseen_at_open(closed_clean)
    with _open(closed_clean) as store:
        with pytest.raises(JournalDamaged) as raised:
            store.finish_check()
        assert damage_in(raised.value) is not None
        assert store.db.found_damaged
        with pytest.raises(OperationalError, match="reading it found it damaged"):
            store.db.execute_sql(INSERT)
    assert path.read_bytes() == damaged


def test_a_journal_closed_before_its_check_ran_is_checked_on_closing(
    closed_clean: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks = _checks(monkeypatch)
    _open(closed_clean).close()
    assert checks == [False]


def test_only_the_quick_check_of_a_file_found_clean_waits(
    closed_clean: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = _paths(closed_clean)
    os.utime(path, ns=(0, path.stat().st_mtime_ns + 1))  # changed behind moodapp's back
    checks = _checks(monkeypatch)
    with _open(closed_clean) as store:
        assert checks == [True]  # the full check, at once
        store.db.execute_sql(INSERT)
    assert checks == [True]
