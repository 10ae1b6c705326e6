"""Keeping the journal safe: daily backups, restores, damaged copies, a full disk, deleting."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import signal
import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from playhouse.schema_diff import diff_models

from moodapp.cli.add import run_add
from moodapp.cli.errors import EXIT_CANCELLED
from moodapp.cli.exchange import run_import
from moodapp.cli.parser import build_parser
from moodapp.domain.entries import CheckIn, CryingEpisode
from moodapp.exchange.batch import ImportBatch, JournalContent
from moodapp.paths import AppPaths
from moodapp.services import exchange as exchange_service
from moodapp.services.backups import (
    BackupService,
    RestoreRefused,
    newest_readable,
    set_aside,
)
from moodapp.services.exchange import ExchangeService
from moodapp.services.journal import Journal, opened_journal
from moodapp.services.privacy import PrivacyService, delete_everything
from moodapp.services.writes import SaveFailed
from moodapp.store import backups, bulk_entries
from moodapp.store import entries as entry_store
from moodapp.store.backups import Backup, backups_in, details
from moodapp.store.database import Store, open_store
from moodapp.store.encryption import convert
from moodapp.store.journal_use import lock_file
from moodapp.store.migrating import default_migrations_dir
from moodapp.store.models import MODELS
from tests.conftest import NOW

PASSPHRASE = "correct horse battery"
OTHER = "staple of the month"
STAMP = NOW.astimezone(UTC)


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative name) with a hash of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def closed_fingerprint(store: Store) -> dict[str, str]:
    """The data folder as it is with the journal closed (the write-ahead log folded in)."""
    passphrase = store.passphrase
    store.close()
    try:
        return fingerprint(store.path.parent)
    finally:
        store.reopen(passphrase)


def episode(hours_ago: float, note: str = "") -> CryingEpisode:
    return CryingEpisode(
        occurred_at=NOW - timedelta(hours=hours_ago), intensity=3, emotions={"sadness": 2},
        note=note,
    )  # fmt: skip


def integrity(store: Store) -> list[str]:
    return BackupService(store).check()


# -- the daily backup ----------------------------------------------------------


@pytest.fixture
def ten_hours_east() -> Iterator[None]:
    """This machine's local time is UTC+10 for the test."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Etc/GMT-10"  # POSIX signs: ten hours east of Greenwich
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()


def test_the_daily_backup_is_taken_once_per_local_day(
    journal: Journal, ten_hours_east: None
) -> None:
    service = BackupService(journal.store)
    late_evening = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)  # 23:00 local, the 26th
    first = service.take_daily_if_due(late_evening)
    assert first is not None and first.reason == "daily"
    assert service.take_daily_if_due(late_evening + timedelta(minutes=30)) is None
    after_midnight = late_evening + timedelta(hours=1, minutes=30)  # 00:30 local, the 27th
    second = service.take_daily_if_due(after_midnight)
    assert second is not None  # the same day in UTC, but a new local day
    assert service.take_daily_if_due(after_midnight + timedelta(hours=20)) is None
    assert [b.path for b in backups_in(journal.store.backup_dir)] == [second.path, first.path]


def test_any_backup_of_the_day_counts_as_the_daily_one(
    journal: Journal, ten_hours_east: None
) -> None:
    morning = datetime(2026, 11, 26, 0, 0, tzinfo=UTC)  # 10:00 local
    backups.take(journal.store, "before-import", now=morning)
    assert BackupService(journal.store).take_daily_if_due(morning + timedelta(hours=5)) is None
    assert len(backups_in(journal.store.backup_dir)) == 1


# -- restoring -------------------------------------------------------------------


def test_a_restore_brings_back_exactly_the_backup_and_can_be_undone(
    journal: Journal,
) -> None:
    first = journal.entries.record(episode(5, "first")).saved
    journal.entries.record(CheckIn(occurred_at=NOW - timedelta(hours=4), mood=1, energy=0))
    service = BackupService(journal.store)
    backup = service.take()
    then = journal.entries.entries()
    journal.entries.record(episode(3, "after the backup"))
    journal.entries.delete(first.uid)
    now = journal.entries.entries()

    safety = service.restore(backup).safety
    assert journal.entries.entries() == then  # the same Store goes on working
    assert safety.reason == "before-restore"
    assert details(safety, None).entries == len(now)
    assert integrity(journal.store) == ["ok"]

    service.restore(safety)
    assert journal.entries.entries() == now
    journal.entries.record(episode(1, "after the restores"))
    assert len(journal.entries.entries()) == len(now) + 1
    assert not list(journal.store.path.parent.glob("*.restoring"))


def test_an_encrypted_journal_restores_its_own_backups(journal: Journal) -> None:
    journal.entries.record(episode(5, "kept"))
    PrivacyService(journal.store).encrypt(PASSPHRASE)
    service = BackupService(journal.store)
    backup = service.take()
    journal.entries.record(episode(4, "later"))
    service.restore(backup)
    assert journal.store.encrypted
    assert [e.note for e in journal.entries.entries()] == ["kept"]


def test_a_backup_from_before_a_migration_is_migrated_when_restored(tmp_path: Path) -> None:
    before_0004 = tmp_path / "old-migrations"
    with default_migrations_dir() as shipped:
        shutil.copytree(shipped, before_0004, ignore=shutil.ignore_patterns("0004_*"))
    backup_dir = tmp_path / "data" / "backups"
    with open_store(
        tmp_path / "old" / "journal.sqlite3", backup_dir, migrations_dir=before_0004
    ) as old:
        journal = Journal(old, clock=lambda: NOW)
        journal.entries.save_many([
            episode(30, "from the old version"),
            CheckIn(occurred_at=NOW - timedelta(hours=20), mood=-1, energy=2, note="old check-in"),
        ])  # fmt: skip
        old_entries = journal.entries.entries()
        old_backup = backups.take(old, "by-hand")
    with open_store(tmp_path / "data" / "journal.sqlite3", backup_dir) as store:
        journal = Journal(store, clock=lambda: NOW)
        journal.entries.record(episode(1, "current"))
        BackupService(store).restore(old_backup)
        assert journal.entries.entries() == old_entries
        assert not diff_models(store.db, list(MODELS))
        assert integrity(store) == ["ok"]
        assert [h.uid for h in journal.entries.search("old version")] == [old_entries[0].uid]
        assert any(b.reason.startswith("before-0004") for b in backups_in(backup_dir))
        journal.entries.record(
            CheckIn(occurred_at=NOW, mood=1, energy=None)
        )  # 0004's optional energy


def encrypted_copy(backup: Backup, passphrase: str) -> Backup:
    convert(backup.path, None, passphrase)
    return backup


# (A plain backup beside an encrypted journal is encrypted when the journal is next opened:
# tests/unit/store/test_encryption.py.)
@pytest.mark.parametrize("wrong", ["encrypted", "other-passphrase"])
def test_a_restore_refuses_a_backup_in_another_encryption_state(
    journal: Journal, wrong: str
) -> None:
    journal.entries.record(episode(5, "kept"))
    store = journal.store
    backup = backups.take(store, "by-hand", now=NOW - timedelta(hours=1))
    if wrong == "encrypted":  # a plain journal, an encrypted backup
        convert(backup.path, None, PASSPHRASE)
    else:  # an encrypted journal, a backup under another passphrase
        PrivacyService(store).encrypt(PASSPHRASE)
        convert(backup.path, PASSPHRASE, OTHER)
    journal.entries.record(episode(4, "also kept"))
    before = closed_fingerprint(store)
    with pytest.raises(RestoreRefused):
        BackupService(store).restore(backup)
    assert [e.note for e in journal.entries.entries()] == ["kept", "also kept"]
    assert closed_fingerprint(store) == before


def zero_page_of_index(path: Path, index: str) -> None:
    """Damage that a count of entries does not notice, but SQLite's check does."""
    conn = sqlite3.connect(path)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * size : page * size] = bytes(size)
    path.write_bytes(bytes(data))


def test_a_restore_refuses_a_backup_that_fails_the_quick_check(journal: Journal) -> None:
    journal.entries.save_many([episode(n + 1, "kept") for n in range(10)])
    backup = backups.take(journal.store, "by-hand", now=NOW - timedelta(hours=1))
    zero_page_of_index(backup.path, "tag_name")
    assert details(backup, None).entries == 10  # it still looks readable
    before = closed_fingerprint(journal.store)
    with pytest.raises(RestoreRefused, match="damaged"):
        BackupService(journal.store).restore(backup)
    assert len(journal.entries.entries()) == 10
    assert closed_fingerprint(journal.store) == before


# -- a damaged journal: the newest readable backup, and setting it aside --------


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(path.read_bytes()[:4096]),
        lambda path: path.write_bytes(os.urandom(path.stat().st_size)),
        lambda path: zero_page_of_index(path, "tag_name"),
    ],
    ids=["truncated", "random", "damaged-index"],
)
def test_the_newest_readable_backup_skips_a_damaged_newest_one(
    journal: Journal, damage: Callable[[Path], object]
) -> None:
    journal.entries.record(episode(5, "one"))
    older = backups.take(journal.store, "daily", now=NOW - timedelta(days=1))
    journal.entries.record(episode(4, "two"))
    newest = backups.take(journal.store, "daily", now=NOW)
    assert newest_readable(journal.store.backup_dir, None) == details(newest, None)
    damage(newest.path)
    found = newest_readable(journal.store.backup_dir, None)
    assert found is not None and found.backup == older and found.entries == 1
    damage(older.path)
    assert newest_readable(journal.store.backup_dir, None) is None


def test_the_newest_readable_backup_of_an_encrypted_journal(journal: Journal) -> None:
    journal.entries.record(episode(5, "one"))
    PrivacyService(journal.store).encrypt(PASSPHRASE)
    found = newest_readable(journal.store.backup_dir, PASSPHRASE)
    assert found is not None and found.entries == 1
    assert newest_readable(journal.store.backup_dir, OTHER) is None


def test_setting_a_journal_aside_moves_it_with_its_log_and_deletes_nothing(
    tmp_path: Path,
) -> None:
    journal = tmp_path / "journal.sqlite3"
    journal.write_bytes(b"unreadable journal")
    (tmp_path / "journal.sqlite3-wal").write_bytes(b"its log")
    (tmp_path / "journal.sqlite3-shm").write_bytes(b"its index")
    (tmp_path / "notes.txt").write_text("mine")
    before = sorted(fingerprint(tmp_path).values())
    aside = set_aside(journal, now=datetime(2026, 11, 26, 19, 0, 5, tzinfo=UTC))
    assert aside.name == "journal-unreadable-20261126T190005Z.sqlite3"
    assert aside.read_bytes() == b"unreadable journal"
    assert (tmp_path / "journal-unreadable-20261126T190005Z.sqlite3-wal").read_bytes() == b"its log"
    assert not journal.exists() and not (tmp_path / "journal.sqlite3-wal").exists()
    assert sorted(fingerprint(tmp_path).values()) == before


def test_two_journals_set_aside_in_the_same_second_are_both_kept(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite3"
    moment = datetime(2026, 11, 26, 19, 0, 5, tzinfo=UTC)
    journal.write_bytes(b"the person's journal")
    first = set_aside(journal, now=moment)
    journal.write_bytes(b"a copy that did not open either")
    second = set_aside(journal, now=moment)
    assert first != second
    assert first.read_bytes() == b"the person's journal"


# -- a full disk -----------------------------------------------------------------


def pragma(store: Store, statement: str) -> Any:
    return store.db.execute_sql(f"PRAGMA {statement}").fetchone()


def limit_growth(store: Store, pages: int) -> None:
    """Let the journal grow by ``pages`` pages at most: then SQLite reports a full disk."""
    pragma(store, f"max_page_count = {pragma(store, 'page_count')[0] + pages}")


def fill_until_full(journal: Journal) -> list[str]:
    """Record episodes until the database refuses; the notes of those that were saved."""
    store = journal.store
    limit_growth(store, 3)
    saved: list[str] = []
    for n in range(5000):
        note = f"fullness {n} " + "words " * 200
        try:
            journal.entries.record(episode(n / 60 + 0.1, note))
        except SaveFailed:
            return saved
        saved.append(note)
    raise AssertionError("the journal never filled up")


def test_a_full_disk_fails_the_save_and_keeps_everything_saved_before(
    journal: Journal,
) -> None:
    journal.entries.save_many([episode(100 + n, f"earlier {n}") for n in range(5)])
    earlier = journal.entries.entries()
    saved = fill_until_full(journal)
    entries = journal.entries.entries()
    assert entries[: len(earlier)] == earlier  # the oldest, untouched
    assert {e.note for e in entries} == {e.note for e in earlier} | set(saved)
    assert len(entries) == len(earlier) + len(saved)  # nothing of the failed save
    assert len(journal.entries.search("fullness")) == len(saved)  # the search index is in step
    assert integrity(journal.store) == ["ok"]

    pragma(journal.store, "max_page_count = 1000000")  # space again
    journal.entries.record(episode(0.05, "after the disk was cleared"))
    assert len(journal.entries.entries()) == len(entries) + 1


def test_a_full_disk_keeps_every_entry_after_reopening(journal: Journal) -> None:
    journal.entries.save_many([episode(100 + n, f"earlier {n}") for n in range(5)])
    saved = fill_until_full(journal)
    expected = journal.entries.entries()
    store = journal.store
    store.close()
    with open_store(store.path, store.backup_dir) as reopened:
        assert Journal(reopened).entries.entries() == expected
        assert len(expected) == 5 + len(saved)
        assert integrity(reopened) == ["ok"]


def test_a_full_disk_is_named_in_the_message(journal: Journal) -> None:
    pragma(journal.store, "max_page_count = 1")
    with pytest.raises(SaveFailed, match="full"):
        for n in range(100):
            journal.entries.record(episode(n / 60 + 0.1, "words " * 500))


# -- imports that fail -------------------------------------------------------------


def check_ins(count: int) -> list[CheckIn]:
    return [
        CheckIn(occurred_at=NOW - timedelta(minutes=n + 1), mood=n % 7 - 3, energy=0,
                note=f"imported {n} " + "words " * 100, created_at=STAMP, updated_at=STAMP)
        for n in range(count)
    ]  # fmt: skip


def test_an_import_on_a_full_disk_writes_nothing(journal: Journal) -> None:
    journal.entries.record(episode(5, "mine"))
    before = journal.entries.entries()
    store = journal.store
    limit_growth(store, 5)
    batch = ImportBatch("test.json", JournalContent(entries=list(check_ins(2000)), tags=["new"]))
    with pytest.raises(SaveFailed):
        ExchangeService(store, clock=lambda: NOW).import_batch(batch)
    assert journal.entries.entries() == before
    assert journal.entries.search("imported") == []
    assert integrity(store) == ["ok"]
    assert backups_in(store.backup_dir) == []  # the backup taken before it went with it


def test_an_import_that_fails_after_writing_entries_keeps_none_of_them(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.entries.record(episode(5, "mine"))
    before = journal.entries.entries()
    real_insert = bulk_entries.insert_new_entries

    def insert_then_fail(*args: Any, **kwargs: Any) -> None:
        real_insert(*args, **kwargs)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(bulk_entries, "insert_new_entries", insert_then_fail)
    batch = ImportBatch("test.json", JournalContent(entries=list(check_ins(50))))
    with pytest.raises(SaveFailed, match="disk I/O error"):
        ExchangeService(journal.store, clock=lambda: NOW).import_batch(batch)
    assert journal.entries.entries() == before
    assert journal.entries.search("imported") == []
    assert integrity(journal.store) == ["ok"]


def ctrl_c() -> None:
    signal.raise_signal(signal.SIGINT)


def ctrl_c_after(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> None:
    """Ctrl+C right after each call of ``owner.name`` has done its work."""
    real = getattr(owner, name)

    def then_ctrl_c(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        ctrl_c()
        return result

    monkeypatch.setattr(owner, name, then_ctrl_c)


@pytest.mark.parametrize("pressed", ["while-writing", "as-the-commit-ends"])
def test_ctrl_c_during_an_import_is_told_as_it_happened(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, pressed: str, tmp_path: Path
) -> None:
    store = journal.store
    batch = ImportBatch("journal.json", JournalContent(entries=list(check_ins(30))))
    monkeypatch.setattr(exchange_service, "read_import", lambda *args: batch)
    if pressed == "while-writing":
        ctrl_c_after(monkeypatch, bulk_entries, "insert_new_entries")
    else:
        ctrl_c_after(monkeypatch, store.db, "commit")
    out = io.StringIO()
    with contextlib.redirect_stderr(io.StringIO()) as err:
        status = run_import(build_parser().parse_args(["import", "journal.json"]), journal, out)
    monkeypatch.undo()
    imported = len(journal.entries.entries())
    if pressed == "while-writing":
        assert (status, imported) == (EXIT_CANCELLED, 0)
        assert "nothing was imported" in err.getvalue()
    else:
        assert (status, imported) == (0, 30)
        assert "imported whole" in err.getvalue()
        assert "Added 30 new entries" in out.getvalue()


def test_an_import_that_changes_nothing_takes_no_backup(journal: Journal) -> None:
    ExchangeService(journal.store, clock=lambda: NOW).import_batch(ImportBatch("empty.json"))
    assert backups_in(journal.store.backup_dir) == []


# -- deleting everything -------------------------------------------------------------


def test_delete_everything_removes_the_journal_its_copies_and_the_app_folders(
    tmp_path: Path,
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    with opened_journal(paths, clock=lambda: NOW) as journal:
        journal.entries.record(episode(2, "private"))
        BackupService(journal.store).take()
        PrivacyService(journal.store).encrypt(PASSPHRASE)
    data = paths.data_dir
    made = [
        data / "journal.sqlite3-wal",
        data / "journal.sqlite3-shm",
        data / "journal-unreadable-20261126T190005Z.sqlite3",
        data / "journal.sqlite3.converting",
        paths.window_settings_file,
        paths.log_dir / "moodapp.log",
        paths.cache_dir / "thumbnails" / "x.png",
    ]
    for path in made:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"something")
    (data / "notes.txt").write_text("not moodapp's")

    removed = delete_everything(paths)

    expected = {
        paths.journal_file,
        lock_file(paths.journal_file),
        *made[:4],
        paths.backup_dir,
        paths.data_dir / "unfinished",  # notes of files being written (moodapp/unfinished.py)
        paths.config_dir,
        paths.log_dir,
        paths.cache_dir,
    }
    assert set(removed) == expected
    assert not any(p.exists() for p in expected)
    assert sorted(p.name for p in data.iterdir()) == ["notes.txt"]
    assert delete_everything(paths) == []


@pytest.mark.skipif(os.name != "posix", reason="modes are POSIX")
def test_a_read_only_journal_is_never_replaced_by_a_restore_or_a_change_of_encryption(
    tmp_path: Path,
) -> None:
    path, backup_dir = tmp_path / "journal.sqlite3", tmp_path / "backups"
    with open_store(path, backup_dir) as store:
        Journal(store).entries.record(episode(5, "mine"))
        taken = BackupService(store).take()
    path.chmod(0o400)  # the owner's choice
    before = path.read_bytes()
    with open_store(path, backup_dir) as store:
        refused = "open for reading only \\(its file allows no writing\\), so nothing was changed"
        with pytest.raises(SaveFailed, match=refused):
            BackupService(store).restore(taken)
        with pytest.raises(SaveFailed, match=refused):
            PrivacyService(store).encrypt("a long enough passphrase")
    assert path.read_bytes() == before
    assert [b.path for b in backups_in(backup_dir)] == [taken.path]


@pytest.mark.parametrize("pressed", ["while-writing", "as-the-commit-ends"])
def test_ctrl_c_during_an_add_is_told_as_it_happened(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, pressed: str
) -> None:
    store = journal.store
    if pressed == "while-writing":
        ctrl_c_after(monkeypatch, entry_store, "write_entry")
    else:
        ctrl_c_after(monkeypatch, store.db, "commit")
    args = build_parser().parse_args(["add", "cry", "--intensity", "2", "--note", "kept"])
    out = io.StringIO()
    with contextlib.redirect_stderr(io.StringIO()) as err:
        if pressed == "while-writing":
            with pytest.raises(KeyboardInterrupt):  # said as "stopped by Ctrl+C"
                run_add(args, journal, out)
        else:
            assert run_add(args, journal, out) == 0
    monkeypatch.undo()
    saved = journal.entries.entries()
    if pressed == "while-writing":
        assert saved == [] and out.getvalue() == ""
    else:
        assert [e.uid for e in saved] == [out.getvalue().strip()]
        assert "it was saved" in err.getvalue()
