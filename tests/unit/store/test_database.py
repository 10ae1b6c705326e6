"""Opening the journal: the schema from migrations, safety pragmas, and files it must not touch."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from peewee import IntegrityError
from playhouse.schema_diff import diff_models

from moodapp.domain.entries import CheckIn
from moodapp.services.clock import local_now
from moodapp.services.journal import Journal
from moodapp.services.writes import SaveFailed
from moodapp.store.bound_database import AnotherJournalOpen, NoJournalOpen, bound, execute
from moodapp.store.database import Store, open_store
from moodapp.store.migrating import MIGRATION_TABLE, default_migrations_dir
from moodapp.store.models import MODELS, EmotionRow, EpisodeRow, TriggerRow
from moodapp.store.open_errors import (
    JournalDamaged,
    JournalOpenError,
    JournalTooNew,
    JournalUnreadable,
    PassphraseNeeded,
    PassphraseRefused,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with a hash of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def shipped_migrations_plus(tmp_path: Path, slug: str, code: str) -> tuple[Path, str]:
    """A copy of the shipped migrations with one more, as a newer version would have;
    returns the folder and the new migration's name."""
    migrations = tmp_path / "migrations"
    with default_migrations_dir() as shipped:
        shutil.copytree(shipped, migrations)
    number = max(int(p.name[:4]) for p in migrations.glob("[0-9]*.py")) + 1
    name = f"{number:04d}_{slug}"
    (migrations / f"{name}.py").write_text(code)
    return migrations, name


def shipped_names() -> list[str]:
    with default_migrations_dir() as shipped:
        return sorted(p.stem for p in shipped.glob("[0-9]*.py"))


def test_migrations_from_empty_give_exactly_the_models_schema(tmp_path: Path) -> None:
    with open_store(tmp_path / "j.sqlite3", tmp_path / "b") as store:
        assert not diff_models(store.db, list(MODELS)), diff_models(store.db, list(MODELS))


def test_built_ins_are_seeded_once(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    for _ in range(3):
        with open_store(path, tmp_path / "b"):
            assert EmotionRow.select().count() == 14
            assert TriggerRow.select().count() == 12


def test_pragmas_make_every_save_durable(store: Store) -> None:
    def pragma(name: str) -> object:
        return store.db.execute_sql(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1


def test_the_database_itself_rejects_out_of_range_values(store: Store) -> None:
    with pytest.raises(IntegrityError):
        EpisodeRow.insert(
            uid="x",
            occurred_at="2026-01-01T00:00:00",
            utc_offset_minutes=0,
            local_date="2026-01-01",
            kind="cried",
            intensity=9,
            what_helped="",
            note="",
            created_at="",
            updated_at="",
        ).execute()


@posix_only
def test_a_new_data_dir_is_private_and_so_is_the_journal(tmp_path: Path) -> None:
    data_dir = tmp_path / "new" / "moodapp"
    with open_store(data_dir / "journal.sqlite3", data_dir / "backups") as store:
        store.db.execute_sql("SELECT 1")
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "journal.sqlite3").stat().st_mode) == 0o600


@posix_only
def test_an_existing_journal_with_loose_permissions_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with open_store(path, tmp_path / "b"):
        pass
    path.chmod(0o644)
    with open_store(path, tmp_path / "b"):
        pass
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_journal_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with open_store(path, tmp_path / "backups") as store:
        store.db.execute_sql(
            f'INSERT INTO "{MIGRATION_TABLE}" (name, applied) VALUES (?, ?)',
            ("0099_future", "2030-01-01"),
        )
    before = fingerprint(tmp_path)
    with pytest.raises(JournalTooNew, match="newer version") as refused:
        open_store(path, tmp_path / "backups")
    assert "0099_future" in str(refused.value)
    assert fingerprint(tmp_path) == before


@pytest.mark.parametrize(
    "content",
    [b"just some text, not a journal\n", os.urandom(4096)],
    ids=["text", "encrypted-looking"],
)
def test_a_file_that_is_not_plain_sqlite_needs_a_passphrase_and_is_left_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(content)
    before = fingerprint(tmp_path)
    with pytest.raises(PassphraseNeeded, match="passphrase is needed"):
        open_store(path, tmp_path / "backups")
    with pytest.raises(PassphraseRefused, match="does not open the journal"):
        open_store(path, tmp_path / "backups", "some passphrase")
    assert fingerprint(tmp_path) == before


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:100],  # truncated inside the header page
        lambda data: b"SQLite format 3\x00" + b"\xff" * (len(data) - 16),  # random pages
        lambda data: data[:4096] + bytes(len(data) - 4096),  # all pages but the first zeroed
    ],
    ids=["truncated", "garbage-after-header", "zeroed-pages"],
)
def test_a_damaged_journal_is_refused_and_left_untouched(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    path = tmp_path / "journal.sqlite3"
    with open_store(path, tmp_path / "backups") as store:
        store.db.execute_sql("INSERT INTO setting (key, value) VALUES ('k', 'v')")
    path.write_bytes(damage(path.read_bytes()))
    before = fingerprint(tmp_path)
    with pytest.raises(JournalUnreadable, match="left as it is"):
        open_store(path, tmp_path / "backups")
    assert fingerprint(tmp_path) == before


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = fingerprint(tmp_path)
    with pytest.raises(JournalUnreadable, match="not a moodapp journal"):
        open_store(path, tmp_path / "backups")
    assert fingerprint(tmp_path) == before


def test_a_copy_is_taken_before_a_migration_runs(tmp_path: Path) -> None:
    path, backups = tmp_path / "journal.sqlite3", tmp_path / "backups"
    with open_store(path, backups) as store:
        store.db.execute_sql("INSERT INTO setting (key, value) VALUES ('week-starts', 'monday')")
    migrations, name = shipped_migrations_plus(
        tmp_path,
        "add_setting_note",
        "def up(migrator, db):\n"
        '    db.execute_sql(\'ALTER TABLE "setting" ADD COLUMN "note" TEXT\')\n',
    )

    with open_store(path, backups, migrations_dir=migrations) as store:
        columns = [c.name for c in store.db.get_columns("setting")]
    assert "note" in columns
    (copy,) = backups.iterdir()
    assert copy.name.startswith("journal-") and copy.name.endswith(f"-before-{name}.sqlite3")
    old = sqlite3.connect(copy)
    assert old.execute("SELECT value FROM setting").fetchall() == [("monday",)]
    assert "note" not in [r[1] for r in old.execute("PRAGMA table_info(setting)")]
    old.close()
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_no_copy_is_taken_when_nothing_needs_migrating(tmp_path: Path) -> None:
    for _ in range(2):
        with open_store(tmp_path / "journal.sqlite3", tmp_path / "backups"):
            pass
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_a_failing_migration_is_reported_rolled_back_and_the_copy_kept(tmp_path: Path) -> None:
    path, backups = tmp_path / "journal.sqlite3", tmp_path / "backups"
    with open_store(path, backups):
        pass
    migrations, _ = shipped_migrations_plus(
        tmp_path,
        "broken",
        "def up(migrator, db):\n"
        "    db.execute_sql('CREATE TABLE half_done (x INTEGER)')\n"
        "    db.execute_sql('THIS IS NOT SQL')\n",
    )
    with pytest.raises(JournalOpenError, match="could not be opened"):
        open_store(path, backups, migrations_dir=migrations)
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    applied = [r[0] for r in conn.execute(f'SELECT name FROM "{MIGRATION_TABLE}"')]
    conn.close()
    assert "half_done" not in tables
    assert sorted(applied) == shipped_names()
    assert len(list(backups.iterdir())) == 1


def test_making_energy_and_intensity_optional_keeps_every_entry_and_link(tmp_path: Path) -> None:
    """Migration 0004 rebuilds two tables; nothing linked to them may be lost."""
    from datetime import datetime, timedelta, timezone

    from moodapp.domain.entries import CheckIn, CryingEpisode, Entry
    from moodapp.services.journal import Journal

    before_0004 = tmp_path / "old-migrations"
    with default_migrations_dir() as shipped:
        shutil.copytree(shipped, before_0004, ignore=shutil.ignore_patterns("0004_*"))
    path, backups = tmp_path / "journal.sqlite3", tmp_path / "backups"
    now = datetime(2026, 11, 26, 20, tzinfo=timezone(timedelta(hours=1)))
    entries: list[Entry] = [
        CryingEpisode(occurred_at=now - timedelta(days=1), intensity=4, emotions={"sadness": 3},
                      triggers=frozenset({"loss"}), tags=frozenset({"work"}), note="long day"),
        CheckIn(occurred_at=now - timedelta(hours=2), mood=-1, energy=2, emotions={"calm": 1},
                tags=frozenset({"walk"})),
    ]  # fmt: skip
    with open_store(path, backups, migrations_dir=before_0004) as store:
        journal = Journal(store, clock=lambda: now)
        journal.entries.save_many(entries)
        old = journal.entries.entries()
    with open_store(path, backups) as store:
        journal = Journal(store, clock=lambda: now)
        assert journal.entries.entries() == old
        assert [hit.uid for hit in journal.entries.search("long day")] == [entries[0].uid]
        assert store.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        unknown = journal.entries.record(CheckIn(occurred_at=now, mood=1, energy=None)).saved
        assert isinstance(unknown, CheckIn)
        assert unknown.energy is None
    assert any("-before-0004" in p.name for p in backups.iterdir())


# -- an empty file, a new journal ---------------------------------------------


def test_an_empty_journal_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.touch()
    before = fingerprint(tmp_path)
    with pytest.raises(JournalDamaged, match="is empty"):
        open_store(path, tmp_path / "backups")
    assert fingerprint(tmp_path) == before and path.stat().st_size == 0


def test_a_new_journal_that_cannot_be_made_leaves_nothing_in_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from moodapp.store import database

    def fail(*args: object) -> None:
        raise OSError("no space left on device")

    monkeypatch.setattr(database, "migrate", fail)
    with pytest.raises(JournalOpenError, match="could not be made"):
        open_store(tmp_path / "journal.sqlite3", tmp_path / "backups")
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    monkeypatch.undo()
    with open_store(tmp_path / "journal.sqlite3", tmp_path / "backups") as store:
        assert EmotionRow.select().count() == 14
    assert not list(tmp_path.glob("journal.sqlite3.new-*"))
    assert store.path.stat().st_size > 0


def test_leftovers_of_making_a_journal_are_cleared_but_not_one_being_made(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    with open_store(path, tmp_path / "b"):
        pass
    os.link(path, tmp_path / "journal.sqlite3.new-1")  # a crash just after the link
    abandoned = tmp_path / "journal.sqlite3.new-2"
    abandoned.write_bytes(b"SQLite format 3\x00")
    (tmp_path / "journal.sqlite3.new-2-wal").write_bytes(b"log")
    an_hour_ago = time.time() - 3600
    os.utime(abandoned, (an_hour_ago, an_hour_ago))
    in_progress = tmp_path / "journal.sqlite3.new-3"  # another moodapp is making one now
    in_progress.write_bytes(b"")
    with open_store(path, tmp_path / "b"):
        pass
    assert sorted(p.name for p in tmp_path.glob("journal.sqlite3.new-*")) == [in_progress.name]
    assert path.stat().st_nlink == 1


# -- links, folders, devices and read-only journals ---------------------------


@posix_only
def test_a_journal_through_a_link_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "journal.sqlite3"
    with open_store(target, elsewhere / "backups"):
        pass
    target.chmod(0o644)
    data = tmp_path / "data"
    data.mkdir()
    (data / "journal.sqlite3").symlink_to(target)
    before = fingerprint(elsewhere), fingerprint(data)
    with pytest.raises(JournalOpenError, match=r"is a link to .* never through a link"):
        open_store(data / "journal.sqlite3", data / "backups")
    assert (fingerprint(elsewhere), fingerprint(data)) == before
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert sorted(p.name for p in data.iterdir()) == ["journal.sqlite3"]


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.symlink_to(p.parent / "nowhere"), "which does not exist"),
        (lambda p: p.symlink_to("/dev/null"), "is a link to /dev/null"),
        (lambda p: p.mkdir(), "is a folder"),
        (os.mkfifo, "not an ordinary file"),
    ],
    ids=["dangling-link", "link-to-a-device", "folder", "pipe"],
)
@posix_only
def test_what_is_no_journal_file_is_refused_in_words(
    tmp_path: Path, make: Callable[[Path], object], words: str
) -> None:
    path = tmp_path / "journal.sqlite3"
    make(path)
    with pytest.raises(JournalOpenError, match=words) as refused:
        open_store(path, tmp_path / "backups")
    assert not isinstance(refused.value, JournalUnreadable)  # nothing to recover from a backup
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.sqlite3"]


@posix_only
def test_private_means_taking_away_only_what_others_may_do(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with open_store(path, tmp_path / "b"):
        pass
    for given, kept in [(0o640, 0o600), (0o444, 0o400)]:
        path.chmod(given)
        with open_store(path, tmp_path / "b"):
            pass
        assert stat.S_IMODE(path.stat().st_mode) == kept


@pytest.fixture
def journal_with_an_entry(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "journal.sqlite3"
    with open_store(path, path.parent / "backups") as store:
        Journal(store).entries.record(CheckIn(occurred_at=local_now(), mood=1, energy=0))
    return path


@contextlib.contextmanager
def mode(path: Path, new: int) -> Iterator[None]:
    old = stat.S_IMODE(path.stat().st_mode)
    path.chmod(new)
    try:
        yield
    finally:
        path.chmod(old)


# Root may write whatever the modes say: these tests hold for root too, as moodapp goes by
# the owner's permission bits, not only by what the system would allow.
@posix_only
@pytest.mark.parametrize(
    ("read_only", "words"),
    [("file", "its file allows no writing"), ("folder", "its folder allows no writing")],
)
def test_a_read_only_journal_opens_for_reading_only_and_says_so(
    journal_with_an_entry: Path, read_only: str, words: str
) -> None:
    path = journal_with_an_entry
    folder = path.parent
    before = fingerprint(folder)
    with mode(path if read_only == "file" else folder, 0o400 if read_only == "file" else 0o500):
        with open_store(path, folder / "backups") as store:
            assert store.read_only == words
            journal = Journal(store)
            assert len(journal.entries.entries()) == 1
            with pytest.raises(SaveFailed, match=rf"open for reading only \({words}\)"):
                journal.entries.record(CheckIn(occurred_at=local_now(), mood=2, energy=0))
        assert fingerprint(folder) == before  # no log, no lock, no change of mode
        assert stat.S_IMODE(path.stat().st_mode) == (0o400 if read_only == "file" else 0o600)


@posix_only
def test_a_missing_journal_in_a_read_only_folder_is_refused_in_words(tmp_path: Path) -> None:
    refused = pytest.raises(JournalOpenError, match="cannot be made: its folder allows no writing")
    with mode(tmp_path, 0o500), refused:
        open_store(tmp_path / "journal.sqlite3", tmp_path / "backups")
    assert list(tmp_path.iterdir()) == []


# -- damage the quick check misses ---------------------------------------------


def check_record_of(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "journal-check.json"


def lose_index_entry(path: Path) -> None:
    """Change a row behind its index's back: only SQLite's full check sees it."""
    conn = sqlite3.connect(path, isolation_level=None)
    index = conn.execute("SELECT * FROM sqlite_master WHERE name = 'check_in_uid'").fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("DELETE FROM sqlite_master WHERE name = 'check_in_uid'")
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE check_in SET uid = 'changed'")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", index)
    conn.close()


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (lambda p: p.write_bytes(p.read_bytes()[:-1]), "part of it is missing"),
        (lose_index_entry, "missing from index check_in_uid"),
    ],
    ids=["last-byte-cut-off", "index-out-of-step"],
)
def test_damage_the_quick_check_misses_is_refused_and_left_untouched(
    journal_with_an_entry: Path, damage: Callable[[Path], None], words: str
) -> None:
    path = journal_with_an_entry
    record = check_record_of(path.parent)
    with open_store(path, path.parent / "backups", check_record=record):
        pass  # closed cleanly: the record says so
    damage(path)
    before = fingerprint(path.parent)
    with pytest.raises(JournalDamaged, match=words):
        open_store(path, path.parent / "backups", check_record=record)
    assert fingerprint(path.parent) == before


def test_the_full_check_runs_only_when_the_file_changed_since_a_clean_close(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from moodapp.store import file_check

    full_checks: list[bool] = []
    real = file_check.sqlite_problems

    def watched(conn: object, *, full: bool, encrypted: bool) -> list[str]:
        full_checks.append(full)
        return real(conn, full=full, encrypted=encrypted)

    monkeypatch.setattr(file_check, "sqlite_problems", watched)
    path, record = tmp_path / "journal.sqlite3", check_record_of(tmp_path)
    for _ in range(2):
        with open_store(path, tmp_path / "b", check_record=record):
            pass
    os.utime(path, ns=(0, path.stat().st_mtime_ns + 1))  # changed behind moodapp's back
    for _ in range(2):
        with open_store(path, tmp_path / "b", check_record=record):
            pass
    assert full_checks == [True, False, True, False]  # new, then closed cleanly, changed, closed


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ('DROP TABLE "reflection"', "lacks the table reflection"),
        ('ALTER TABLE "check_in" DROP COLUMN "note"', "lacks the column check_in.note"),
        ('DROP INDEX "crying_episode_uid"', "lacks the index crying_episode_uid"),
    ],
    ids=["table", "column", "index"],
)
def test_a_journal_without_part_of_its_schema_is_refused_and_left_untouched(
    tmp_path: Path, change: str, words: str
) -> None:
    path = tmp_path / "journal.sqlite3"
    with open_store(path, tmp_path / "backups"):
        pass
    conn = sqlite3.connect(path)
    conn.execute(change)
    conn.commit()
    conn.close()
    before = fingerprint(tmp_path)
    with pytest.raises(JournalDamaged, match=words):
        open_store(path, tmp_path / "backups")
    assert fingerprint(tmp_path) == before


def test_a_second_journal_is_refused_while_one_is_open(tmp_path: Path) -> None:
    first_path, second_path = tmp_path / "a" / "journal.sqlite3", tmp_path / "b" / "journal.sqlite3"
    with open_store(first_path, tmp_path / "a-backups") as first:
        with pytest.raises(AnotherJournalOpen, match=f"close it before opening {second_path}"):
            open_store(second_path, tmp_path / "b-backups")
        assert list(second_path.parent.iterdir()) == []  # refused before anything was made
        assert bound() is first.db  # the rows still read and write the first journal
        EpisodeRow.delete().execute()
        assert EmotionRow.select().count() == 14
    assert bound() is None
    with open_store(second_path, tmp_path / "b-backups") as second:
        assert bound() is second.db
        assert EmotionRow.select().count() == 14


def test_the_same_journal_is_refused_a_second_time_too(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with open_store(path, tmp_path / "backups") as first:
        with pytest.raises(AnotherJournalOpen):
            open_store(path, tmp_path / "backups")
        assert bound() is first.db


def test_a_query_with_no_journal_open_says_so() -> None:
    with pytest.raises(NoJournalOpen, match="no journal is open"):
        execute("SELECT 1")


def test_reopening_keeps_the_journal_bound(tmp_path: Path) -> None:
    with open_store(tmp_path / "journal.sqlite3", tmp_path / "backups") as store:
        store.reopen(None)
        assert bound() is store.db
        assert EmotionRow.select().count() == 14
    assert bound() is None
