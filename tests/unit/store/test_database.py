"""Opening the journal: the schema from migrations, safety pragmas, and files it must not touch."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from peewee import IntegrityError
from playhouse.schema_diff import diff_models

from moodapp.store.database import (
    MIGRATION_TABLE,
    JournalOpenError,
    JournalTooNew,
    JournalUnreadable,
    PassphraseNeeded,
    PassphraseRefused,
    default_migrations_dir,
    open_store,
)
from moodapp.store.models import MODELS, EmotionRow, EpisodeRow, TriggerRow

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


def test_pragmas_make_every_save_durable(store) -> None:
    def pragma(name: str) -> object:
        return store.db.execute_sql(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1


def test_the_database_itself_rejects_out_of_range_values(store) -> None:
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
def test_a_damaged_journal_is_refused_and_left_untouched(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
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

    from moodapp.domain.entries import CheckIn, CryingEpisode
    from moodapp.services.journal import JournalService

    before_0004 = tmp_path / "old-migrations"
    with default_migrations_dir() as shipped:
        shutil.copytree(shipped, before_0004, ignore=shutil.ignore_patterns("0004_*"))
    path, backups = tmp_path / "journal.sqlite3", tmp_path / "backups"
    now = datetime(2026, 11, 26, 20, tzinfo=timezone(timedelta(hours=1)))
    entries = [
        CryingEpisode(occurred_at=now - timedelta(days=1), intensity=4, emotions={"sadness": 3},
                      triggers=frozenset({"loss"}), tags=frozenset({"work"}), note="long day"),
        CheckIn(occurred_at=now - timedelta(hours=2), mood=-1, energy=2, emotions={"calm": 1},
                tags=frozenset({"walk"})),
    ]  # fmt: skip
    with open_store(path, backups, migrations_dir=before_0004) as store:
        journal = JournalService(store, clock=lambda: now)
        journal.save_many(entries)
        old = journal.entries()
    with open_store(path, backups) as store:
        journal = JournalService(store, clock=lambda: now)
        assert journal.entries() == old
        assert [hit.uid for hit in journal.search("long day")] == [entries[0].uid]
        assert store.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        unknown = journal.record(CheckIn(occurred_at=now, mood=1, energy=None))
        assert unknown.energy is None
    assert any("-before-0004" in p.name for p in backups.iterdir())
