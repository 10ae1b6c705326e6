"""Backups: their names, which ones rotation keeps, and what a backup holds."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moodapp.domain.entries import CheckIn, CryingEpisode
from moodapp.services.journal import Journal
from moodapp.services.privacy import PrivacyService
from moodapp.store import backups
from moodapp.store.backups import Backup, backups_in, details, parse, rotate, take, to_remove
from moodapp.store.crypto import SQLITE_HEADER, looks_encrypted
from moodapp.store.database import Store, open_store
from moodapp.store.encryption import convert
from tests.conftest import NOW

PASSPHRASE = "correct horse battery"
OTHER = "staple of the month"
NOON = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)  # a Thursday, ISO week 48


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def fake(moment: datetime, reason: str = "daily", folder: Path = Path("b")) -> Backup:
    name = f"journal-{moment.strftime('%Y%m%dT%H%M%SZ')}-{reason}.sqlite3"
    return Backup(folder / name, moment, reason)


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


# -- names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "taken", "reason"),
    [
        ("journal-20261126T190501Z-daily.sqlite3", "2026-11-26T19:05:01", "daily"),
        ("journal-20260101T000000Z-by-hand.sqlite3", "2026-01-01T00:00:00", "by-hand"),
        ("journal-20261126T190501Z-by-hand~2.sqlite3", "2026-11-26T19:05:01", "by-hand"),
        (
            "journal-20261126T190501Z-before-0004_unknown_energy_and_intensity.sqlite3",
            "2026-11-26T19:05:01",
            "before-0004_unknown_energy_and_intensity",
        ),
    ],
)
def test_a_backup_name_gives_its_utc_time_and_reason(name: str, taken: str, reason: str) -> None:
    backup = parse(Path("/somewhere") / name)
    assert backup == Backup(Path("/somewhere") / name, at(taken), reason)


@pytest.mark.parametrize(
    "name",
    [
        "journal.sqlite3",
        "journal-20261126T190501Z-daily.sqlite3.partial",
        "journal-unreadable-20261126T190501Z.sqlite3",
        "journal-2026-11-26-daily.sqlite3",
        "journal-20261126T190501Z-Daily.sqlite3",
        "notes.txt",
    ],
)
def test_other_names_are_not_backups(name: str) -> None:
    assert parse(Path(name)) is None


def test_backups_in_lists_only_backups_newest_first(tmp_path: Path) -> None:
    for name in [
        "journal-20261124T080000Z-daily.sqlite3",
        "journal-20261126T080000Z-before-import.sqlite3",
        "journal-20261125T080000Z-by-hand.sqlite3",
        "journal-20261127T080000Z-daily.sqlite3.partial",
        "notes.txt",
    ]:
        (tmp_path / name).touch()
    assert [b.reason for b in backups_in(tmp_path)] == ["before-import", "by-hand", "daily"]
    assert backups_in(tmp_path / "missing") == []


# -- rotation ----------------------------------------------------------------


def test_rotation_keeps_the_last_day_then_one_a_day_then_one_a_week() -> None:
    kept = [
        "2026-11-26T11:00", "2026-11-26T01:00", "2026-11-25T13:00",  # the last 24 hours
        "2026-11-24T20:00", "2026-11-23T10:00", "2026-11-22T10:00",  # newest of 7 days
        "2026-11-21T10:00", "2026-11-20T10:00",
        "2026-11-12T10:00", "2026-11-03T10:00",  # newest of ISO weeks 46 and 45
    ]  # fmt: skip
    removed = [
        "2026-11-25T09:00",  # day 25 has a newer one
        "2026-11-24T08:00",  # day 24 has a newer one
        "2026-11-19T10:00", "2026-11-18T10:00",  # the 8th and 9th day; week 47 has the 22nd
        "2026-11-10T10:00",  # week 46 has a newer one
        "2026-10-28T10:00",  # a fifth week
    ]  # fmt: skip
    everything = [fake(at(t)) for t in kept + removed]
    gone = to_remove(everything, NOON)
    assert sorted(b.taken_at for b in gone) == sorted(at(t) for t in removed)


def test_rotation_with_no_backups_removes_nothing() -> None:
    assert to_remove([], NOON) == []


times_before_noon = st.lists(
    st.datetimes(
        min_value=datetime(2026, 7, 1), max_value=datetime(2026, 11, 26, 12), timezones=st.just(UTC)
    ).map(lambda t: t.replace(microsecond=0)),
    max_size=60,
)


@given(times_before_noon)
def test_rotation_properties(times: list[datetime]) -> None:
    """Newest and the last day always kept; at most 7 + 4 older; rotating again removes nothing."""
    everything = [fake(t, reason=f"r{n}") for n, t in enumerate(times)]
    gone = to_remove(everything, NOON)
    gone_paths = {b.path for b in gone}
    kept = [b for b in everything if b.path not in gone_paths]
    assert len(gone_paths) == len(gone)
    if everything:
        assert max(b.taken_at for b in kept) == max(times)
    for backup in everything:
        if NOON - backup.taken_at < timedelta(days=1):
            assert backup in kept
    older = [b for b in kept if NOON - b.taken_at >= timedelta(days=1)]
    assert len(older) <= backups.KEEP_DAILY + backups.KEEP_WEEKLY
    for backup in older:  # each is the newest of its day
        assert backup.taken_at == max(
            b.taken_at for b in everything if b.taken_at.date() == backup.taken_at.date()
        )
    assert to_remove(kept, NOON) == []


@given(times_before_noon)
def test_rotation_keeps_the_newest_of_the_seven_newest_days_and_four_newest_weeks(
    times: list[datetime],
) -> None:
    everything = [fake(t, reason=f"r{n}") for n, t in enumerate(times)]
    gone = {b.path for b in to_remove(everything, NOON)}
    kept_times = {b.taken_at for b in everything if b.path not in gone}
    days = sorted({t.date() for t in times}, reverse=True)[: backups.KEEP_DAILY]
    for day in days:
        assert max(t for t in times if t.date() == day) in kept_times
    weeks = sorted({t.isocalendar()[:2] for t in times}, reverse=True)[: backups.KEEP_WEEKLY]
    for week in weeks:
        assert max(t for t in times if t.isocalendar()[:2] == week) in kept_times


def test_rotate_removes_files_and_a_second_rotation_removes_nothing(tmp_path: Path) -> None:
    for day in range(1, 41):
        name = fake(NOON - timedelta(days=day)).path.name
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("mine")
    removed = rotate(tmp_path, NOON)
    assert removed and not any(b.path.exists() for b in removed)
    left = {b.taken_at.day for b in backups_in(tmp_path)}
    assert left == {25, 24, 23, 22, 21, 20, 19, 15, 8}  # 7 days; weeks 48 and 47 among them
    assert rotate(tmp_path, NOON) == []
    assert (tmp_path / "notes.txt").read_text() == "mine"


# -- taking a backup ---------------------------------------------------------


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A umask that would leave new files readable by others."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_backup_is_private_to_its_owner(journal: Journal, loose_umask: None) -> None:
    journal.entries.record(CheckIn(occurred_at=NOW - timedelta(hours=1), mood=1, energy=0))
    backup = take(journal.store, "by-hand")
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert backup.path.read_bytes().startswith(SQLITE_HEADER)
    assert details(backup, None).entries == 1


def test_two_backups_in_the_same_second_are_both_kept(journal: Journal) -> None:
    first = take(journal.store, "by-hand", now=NOON)
    second = take(journal.store, "by-hand", now=NOON)
    assert first.path != second.path
    assert {b.path for b in backups_in(journal.store.backup_dir)} == {first.path, second.path}
    assert first.taken_at == second.taken_at == NOON


def test_a_backup_is_a_snapshot_of_the_moment(journal: Journal) -> None:
    journal.entries.record(CheckIn(occurred_at=NOW - timedelta(hours=2), mood=1, energy=0))
    backup = take(journal.store, "by-hand")
    journal.entries.record(CheckIn(occurred_at=NOW - timedelta(hours=1), mood=2, energy=0))
    assert details(backup, None).entries == 1
    assert not list(journal.store.backup_dir.glob("*.partial*"))


@pytest.fixture
def encrypted(store: Store) -> Store:
    journal = Journal(store, clock=lambda: NOW)
    journal.entries.record(CheckIn(occurred_at=NOW - timedelta(hours=2), mood=1, energy=0))
    journal.entries.record(CryingEpisode(occurred_at=NOW - timedelta(hours=1), intensity=3))
    PrivacyService(store).encrypt(PASSPHRASE)
    return store


def test_a_backup_of_an_encrypted_journal_is_encrypted_with_its_passphrase(
    encrypted: Store,
) -> None:
    backup = take(encrypted, "by-hand")
    assert looks_encrypted(backup.path)
    assert details(backup, PASSPHRASE) == backups.BackupDetails(backup, 2)
    assert details(backup, None).entries is None
    refused = details(backup, OTHER)
    assert refused.entries is None and "passphrase" in str(refused.problem)


def test_details_reads_without_changing_the_folder(encrypted: Store) -> None:
    take(encrypted, "by-hand")
    folder = encrypted.backup_dir
    before = fingerprint(folder)
    for backup in backups_in(folder):
        details(backup, PASSPHRASE)
        details(backup, OTHER)
    assert fingerprint(folder) == before


def test_details_of_a_backup_under_another_passphrase_report_a_problem(encrypted: Store) -> None:
    backup = take(encrypted, "by-hand")
    convert(backup.path, PASSPHRASE, OTHER)
    seen = details(backup, PASSPHRASE)
    assert seen.entries is None
    assert str(seen.problem) == "cannot be opened with the journal's passphrase"


def test_details_of_a_plain_backup_of_an_encrypted_journal_report_a_problem(
    encrypted: Store,
) -> None:
    backup = take(encrypted, "by-hand")
    convert(backup.path, PASSPHRASE, None)
    assert details(backup, PASSPHRASE).entries is None
    assert details(backup, None).entries == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:100],
        lambda data: data[:4096] + bytes(len(data) - 4096),
        lambda data: os.urandom(len(data)),
    ],
    ids=["truncated", "zeroed-pages", "random"],
)
def test_details_of_a_damaged_backup_report_a_problem(
    journal: Journal, damage: Callable[[bytes], bytes]
) -> None:
    journal.entries.record(CheckIn(occurred_at=NOW - timedelta(hours=2), mood=1, energy=0))
    backup = take(journal.store, "by-hand")
    backup.path.write_bytes(damage(backup.path.read_bytes()))
    seen = details(backup, None)
    assert seen.entries is None
    assert str(seen.problem).startswith("cannot be")


def test_rotation_keeps_the_newest_good_backup_with_entries(tmp_path: Path) -> None:
    """A month of daily copies of an emptied journal never thins the good ones away."""
    folder = tmp_path / "backups"
    with open_store(tmp_path / "full.sqlite3", folder) as store:
        Journal(store, clock=lambda: NOW).entries.record(
            CheckIn(occurred_at=NOW - timedelta(hours=1), mood=1, energy=0)
        )
        older_good = take(store, "daily", now=NOON - timedelta(days=41))
        good = take(store, "daily", now=NOON - timedelta(days=40))
        damaged = take(store, "daily", now=NOON - timedelta(days=39))
    damaged.path.write_bytes(damaged.path.read_bytes()[:100])
    with open_store(tmp_path / "emptied.sqlite3", folder) as store:
        for day in range(1, 31):
            take(store, "daily", now=NOON - timedelta(days=day))
    rotate(folder, NOON)
    assert good.path.exists()
    assert not older_good.path.exists() and not damaged.path.exists()
    assert rotate(folder, NOON) == []


def test_rotation_of_encrypted_backups_keeps_the_newest_good_one_with_entries(
    encrypted: Store,
) -> None:
    for earlier in backups_in(encrypted.backup_dir):  # those encrypting took
        earlier.path.unlink()
    good = take(encrypted, "daily", now=NOON - timedelta(days=40))
    journal = Journal(encrypted, clock=lambda: NOW)
    for entry in journal.entries.entries():
        journal.entries.delete(entry.uid)
    for day in range(1, 12):
        take(encrypted, "daily", now=NOON - timedelta(days=day))
    rotate(encrypted.backup_dir, NOON, PASSPHRASE)
    assert good.path.exists()
    assert details(good, PASSPHRASE).entries == 2
