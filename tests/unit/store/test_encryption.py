"""Encryption at rest: what an encrypted journal looks like on disk, and changing it safely."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from moodapp.domain.entries import CheckIn, CryingEpisode
from moodapp.services.demo import fill_demo_journal
from moodapp.services.journal import Journal
from moodapp.services.privacy import PassphraseRejected, PrivacyService
from moodapp.store import backups, encryption
from moodapp.store.backups import details, parse, take
from moodapp.store.crypto import (
    SQLITE_HEADER,
    WrongPassphrase,
    connect,
    is_plain_sqlite,
    looks_encrypted,
    passphrase_problem,
)
from moodapp.store.database import Store, open_store
from moodapp.store.encryption import ConversionFailed, clear_leftovers, convert
from moodapp.store.open_errors import PassphraseNeeded, PassphraseRefused
from tests.conftest import NOW
from tests.pause_at import killed_at

PASSPHRASE = "correct horse battery"
OTHER = "staple of the month"
MARKER = "quokkamarker7f3e9c"  # one word, so the search index holds it whole too
SEARCH_WORDS = ("walk", "sadness", "work", "rain", "relief")


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative name) with a hash of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def files_holding(folder: Path, needle: bytes) -> list[str]:
    return [p.name for p in sorted(folder.rglob("*")) if p.is_file() and needle in p.read_bytes()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def encrypted_store(folder: Path) -> Iterator[Store]:
    """An encrypted journal with one check-in, open."""
    store = open_store(folder / "journal.sqlite3", folder / "backups")
    try:
        Journal(store, clock=lambda: NOW).entries.record(
            CheckIn(occurred_at=NOW - timedelta(days=1), mood=1, energy=0, note="first")
        )
        PrivacyService(store).encrypt(PASSPHRASE)
        yield store
    finally:
        store.close()


def test_an_encrypted_journal_has_no_sqlite_header_and_plain_sqlite_cannot_read_it(
    encrypted_store: Store,
) -> None:
    path = encrypted_store.path
    encrypted_store.close()
    assert not path.read_bytes().startswith(SQLITE_HEADER)
    assert looks_encrypted(path)
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_the_marker_check_finds_a_note_in_a_plain_journal(folder: Path) -> None:
    """The check below is meaningful: in a plain journal the note is readable on disk."""
    with open_store(folder / "journal.sqlite3", folder / "backups") as store:
        Journal(store, clock=lambda: NOW).entries.record(
            CryingEpisode(occurred_at=NOW - timedelta(hours=1), intensity=2, note=MARKER)
        )
        assert files_holding(folder, MARKER.encode())


def test_no_file_holds_a_note_in_plain_text_once_encrypted(encrypted_store: Store) -> None:
    """Journal, write-ahead log and backups: while open, after a backup, and after closing."""
    folder = encrypted_store.path.parent
    journal = Journal(encrypted_store, clock=lambda: NOW)
    journal.entries.record(
        CryingEpisode(occurred_at=NOW - timedelta(hours=1), intensity=2, note=MARKER)
    )
    wal = folder / "journal.sqlite3-wal"
    assert wal.exists() and wal.stat().st_size > 0  # the save is (at least) in the log
    assert files_holding(folder, MARKER.encode()) == []

    backup = backups.take(encrypted_store, "by-hand")
    assert not backup.path.read_bytes().startswith(SQLITE_HEADER)
    assert files_holding(folder, MARKER.encode()) == []

    encrypted_store.close()
    assert files_holding(folder, MARKER.encode()) == []
    with open_store(encrypted_store.path, encrypted_store.backup_dir, PASSPHRASE) as reopened:
        hits = Journal(reopened).entries.search(MARKER)
        assert len(hits) == 1


def test_a_journal_encrypted_after_the_fact_leaves_no_plain_copy(folder: Path) -> None:
    """Notes written before encryption are gone from every file once it is switched on."""
    with open_store(folder / "journal.sqlite3", folder / "backups") as store:
        Journal(store, clock=lambda: NOW).entries.record(
            CryingEpisode(occurred_at=NOW - timedelta(hours=1), intensity=2, note=MARKER)
        )
        backups.take(store, "by-hand")
        assert files_holding(folder, MARKER.encode())
        done = PrivacyService(store).encrypt(PASSPHRASE)
        assert done.backups == 2 and done.left_as_they_were == []  # by hand, before-encryption
        assert files_holding(folder, MARKER.encode()) == []
    assert files_holding(folder, MARKER.encode()) == []


def test_encrypt_change_passphrase_and_decrypt_keep_every_entry_and_search(
    folder: Path,
) -> None:
    with open_store(folder / "journal.sqlite3", folder / "backups") as store:
        journal = Journal(store, clock=lambda: NOW)
        fill_demo_journal(journal, years=0.25)
        entries = journal.entries.entries()
        found = {word: journal.entries.search(word) for word in SEARCH_WORDS}
        assert entries and all(found.values())
        privacy = PrivacyService(store)

        privacy.encrypt(PASSPHRASE)
        assert store.encrypted and looks_encrypted(store.path)
        assert journal.entries.entries() == entries
        assert {word: journal.entries.search(word) for word in SEARCH_WORDS} == found

        privacy.change_passphrase(PASSPHRASE, OTHER)
        assert store.passphrase == OTHER
        assert journal.entries.entries() == entries
        assert {word: journal.entries.search(word) for word in SEARCH_WORDS} == found

        privacy.decrypt(OTHER)
        assert not store.encrypted and not looks_encrypted(store.path)
        assert journal.entries.entries() == entries
        assert {word: journal.entries.search(word) for word in SEARCH_WORDS} == found
        made = backups.backups_in(store.backup_dir)
        assert {b.reason for b in made} == {
            "before-encryption",
            "before-new-passphrase",
            "before-decryption",
        }
        assert not any(looks_encrypted(b.path) for b in made)  # each followed the journal
    with open_store(folder / "journal.sqlite3", folder / "backups") as store:
        assert Journal(store).entries.entries() == entries


def test_every_backup_follows_a_new_passphrase(encrypted_store: Store) -> None:
    PrivacyService(encrypted_store).change_passphrase(PASSPHRASE, OTHER)
    made = backups.backups_in(encrypted_store.backup_dir)
    assert made
    for backup in made:
        assert backups.details(backup, OTHER).entries == 1
        assert backups.details(backup, PASSPHRASE).entries is None


@pytest.mark.parametrize(
    "change",
    [
        lambda p: p.encrypt("short"),
        lambda p: p.encrypt(" leading space"),
        lambda p: p.change_passphrase(PASSPHRASE, OTHER),  # not encrypted yet
        lambda p: p.decrypt(PASSPHRASE),
    ],
    ids=["too-short", "space", "change-plain", "decrypt-plain"],
)
def test_a_rejected_change_touches_nothing(
    store: Store, change: Callable[[PrivacyService], object]
) -> None:
    store.close()
    before = fingerprint(store.path.parent)
    store.reopen(None)
    with pytest.raises(PassphraseRejected):
        change(PrivacyService(store))
    store.close()
    assert fingerprint(store.path.parent) == before


def test_a_wrong_current_passphrase_is_rejected_and_nothing_changes(
    encrypted_store: Store,
) -> None:
    privacy = PrivacyService(encrypted_store)
    encrypted_store.close()
    before = fingerprint(encrypted_store.path.parent)
    encrypted_store.reopen(PASSPHRASE)
    with pytest.raises(PassphraseRejected):
        privacy.change_passphrase("not the passphrase", OTHER)
    with pytest.raises(PassphraseRejected):
        privacy.decrypt("not the passphrase")
    encrypted_store.close()
    assert fingerprint(encrypted_store.path.parent) == before


def test_passphrase_rules() -> None:
    assert passphrase_problem("eight ch") is None
    assert "8 characters" in str(passphrase_problem("seven c"))
    assert "space" in str(passphrase_problem(" padded passphrase"))
    assert "space" in str(passphrase_problem("padded passphrase "))


def test_a_wrong_passphrase_is_refused_and_leaves_every_file_as_it_was(
    encrypted_store: Store,
) -> None:
    path, backup_dir = encrypted_store.path, encrypted_store.backup_dir
    encrypted_store.close()
    before = fingerprint(path.parent)
    with pytest.raises(PassphraseRefused):
        open_store(path, backup_dir, "not the passphrase")
    with pytest.raises(WrongPassphrase):
        connect(path, "not the passphrase", read_only=True)
    assert fingerprint(path.parent) == before


def test_an_encrypted_journal_without_a_passphrase_needs_one(encrypted_store: Store) -> None:
    path, backup_dir = encrypted_store.path, encrypted_store.backup_dir
    encrypted_store.close()
    before = fingerprint(path.parent)
    with pytest.raises(PassphraseNeeded, match="passphrase is needed"):
        open_store(path, backup_dir)
    assert fingerprint(path.parent) == before


# -- leftovers of an interrupted swap ----------------------------------------


def closed_journal(folder: Path, note: str = "kept") -> Path:
    path = folder / "journal.sqlite3"
    with open_store(path, folder / "backups") as store:
        Journal(store, clock=lambda: NOW).entries.record(
            CheckIn(occurred_at=NOW - timedelta(hours=1), mood=0, energy=0, note=note)
        )
    return path


def test_a_replaced_hard_link_to_the_journal_is_only_unlinked(folder: Path) -> None:
    """Killed between making the second name and the swap: the journal keeps its content."""
    path = closed_journal(folder)
    content = path.read_bytes()
    replaced = folder / "journal.sqlite3.replaced"
    os.link(path, replaced)
    clear_leftovers(path)
    assert not replaced.exists()
    assert path.read_bytes() == content


def test_a_separate_replaced_file_is_shredded(folder: Path) -> None:
    """Killed after the swap: the old copy is overwritten with zeros before it is removed."""
    path = closed_journal(folder)
    content = path.read_bytes()
    replaced = folder / "journal.sqlite3.replaced"
    old = b"old plain content " * 500
    replaced.write_bytes(old)
    observer = folder.parent / "observer"
    os.link(replaced, observer)  # a second name sees what was written before the unlink
    clear_leftovers(path)
    assert not replaced.exists()
    left = observer.read_bytes()
    assert len(left) >= len(old) and set(left) == {0}
    assert path.read_bytes() == content


def test_a_half_written_copy_is_removed(folder: Path) -> None:
    path = closed_journal(folder)
    content = path.read_bytes()
    converting = folder / "journal.sqlite3.converting"
    converting.write_bytes(b"half of a copy")
    clear_leftovers(path)
    assert not converting.exists()
    assert path.read_bytes() == content


def test_opening_the_journal_clears_leftovers(folder: Path) -> None:
    path = closed_journal(folder)
    os.link(path, folder / "journal.sqlite3.replaced")
    (folder / "journal.sqlite3.converting").write_bytes(b"half of a copy")
    with open_store(path, folder / "backups") as store:
        assert [e.note for e in Journal(store).entries.entries()] == ["kept"]
    left = sorted(p.name for p in folder.iterdir() if p.is_file())
    assert left == ["journal.sqlite3", "journal.sqlite3.lock"]  # the lock: journal_use.py


def test_shred_overwrites_with_zeros_before_removing(tmp_path: Path) -> None:
    target = tmp_path / "old"
    target.write_bytes(b"secret " * 20000)
    other_name = tmp_path / "still-looking"
    os.link(target, other_name)  # a second name sees what shred wrote
    encryption.shred(target)
    assert not target.exists()
    left = other_name.read_bytes()
    assert len(left) >= len(b"secret " * 20000) and set(left) == {0}
    encryption.shred(target)  # a missing file is fine


# -- a conversion that fails -------------------------------------------------


def test_a_conversion_whose_copy_does_not_match_leaves_the_file_as_it_was(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = closed_journal(folder)
    before = fingerprint(folder)
    digests = iter(["the original", "something else"])
    monkeypatch.setattr(encryption, "content_digest", lambda conn: next(digests))
    with pytest.raises(ConversionFailed):
        convert(path, None, PASSPHRASE)
    assert fingerprint(folder) == before
    assert not (folder / "journal.sqlite3.converting").exists()


def test_a_conversion_with_the_wrong_old_passphrase_leaves_the_file_as_it_was(
    encrypted_store: Store,
) -> None:
    path = encrypted_store.path
    encrypted_store.close()
    before = fingerprint(path.parent)
    from sqlcipher3 import dbapi2 as sqlcipher

    with pytest.raises(sqlcipher.DatabaseError):  # "file is not a database"
        convert(path, "not the passphrase", OTHER)
    assert fingerprint(path.parent) == before


def test_a_failed_encryption_leaves_the_journal_plain_and_open(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = closed_journal(folder, note="still here")
    with open_store(path, folder / "backups") as store:
        journal = Journal(store, clock=lambda: NOW)
        counter = iter(range(1000))
        monkeypatch.setattr(encryption, "content_digest", lambda conn: str(next(counter)))
        with pytest.raises(ConversionFailed):
            PrivacyService(store).encrypt(PASSPHRASE)
        assert not store.encrypted
        assert [e.note for e in journal.entries.entries()] == ["still here"]
        journal.entries.record(CheckIn(occurred_at=NOW - timedelta(minutes=5), mood=1, energy=1))
    assert not looks_encrypted(path)
    assert not (folder / "journal.sqlite3.converting").exists()
    assert not (folder / "journal.sqlite3.replaced").exists()


def test_plain_backups_left_by_an_interrupted_encryption_are_encrypted_on_opening(
    tmp_path: Path,
) -> None:
    """If encrypting stopped after the journal but before its backups, the next opening
    with the passphrase finishes the job: no plain copy stays on disk."""
    path, backups = tmp_path / "journal.sqlite3", tmp_path / "backups"
    with open_store(path, backups) as store:
        Journal(store, clock=lambda: NOW).entries.record(
            CheckIn(occurred_at=NOW, mood=1, energy=0, note="interrupted")
        )
        take(store, "daily")
    convert(path, None, "passphrase one")  # the journal only, as if the backups were next
    (plain,) = backups.iterdir()
    assert is_plain_sqlite(plain)
    with open_store(path, backups, "passphrase one"):
        pass
    assert not is_plain_sqlite(plain)
    assert details(parse(plain), "passphrase one").entries == 1  # type: ignore[arg-type]


# -- no plain copy left behind, whatever was interrupted ---------------------


def child_env(tmp_path: Path, **variables: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MOODAPP_", "XDG_"))}
    return {**env, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", **variables}


def journal_with_backups(folder: Path, passphrase: str | None = None) -> Path:
    """A closed journal holding MARKER, with two backups, encrypted if asked."""
    path = folder / "journal.sqlite3"
    with open_store(path, folder / "backups") as store:
        journal = Journal(store, clock=lambda: NOW)
        journal.entries.record(CryingEpisode(occurred_at=NOW - timedelta(hours=2), intensity=2,
                                     note=MARKER))  # fmt: skip
        backups.take(store, "daily", now=NOW - timedelta(days=1))
        backups.take(store, "by-hand", now=NOW - timedelta(hours=1))
        if passphrase is not None:
            PrivacyService(store).encrypt(passphrase)
    return path


def leftovers_in(folder: Path) -> list[str]:
    names = (".converting", ".replaced", ".restoring", ".partial", "-backups")
    return [p.name for p in folder.rglob("*") if any(n in p.name for n in names)]


def test_a_partial_backup_an_older_version_left_is_shredded_at_the_next_opening(
    folder: Path,
) -> None:
    """Older versions wrote a backup as backups/<name>.sqlite3.partial: a plain copy that a
    kill left for good, beside its -journal."""
    path = journal_with_backups(folder)
    partial = folder / "backups" / "journal-20261126T190000Z-daily.sqlite3.partial"
    partial.write_bytes(path.read_bytes())
    partial.with_name(partial.name + "-journal").write_bytes(path.read_bytes()[:4096])
    with open_store(path, folder / "backups"):
        pass
    assert leftovers_in(folder) == []
    with open_store(path, folder / "backups") as store:
        PrivacyService(store).encrypt(PASSPHRASE)
    assert files_holding(folder, MARKER.encode()) == []


def test_a_backup_killed_half_way_leaves_no_plain_copy_once_encrypted(
    folder: Path, tmp_path: Path
) -> None:
    path = journal_with_backups(folder)
    arguments = ["--data-dir", str(folder), "backup"]
    killed_at("os:replace", "partial", 1, arguments, child_env(tmp_path))  # copied, not renamed
    assert len(files_holding(folder / "backups", MARKER.encode())) == 3  # 2 backups, the copy
    with open_store(path, folder / "backups") as store:
        assert leftovers_in(folder) == []
        done = PrivacyService(store).encrypt(PASSPHRASE)
    assert done.still_plain == []
    assert files_holding(folder, MARKER.encode()) == []


@pytest.mark.parametrize(
    "name",
    [
        "backups/.journal-20261126T190000Z-daily.sqlite3.0a1b2c3d4e5f6a7b.partial.sqlite3",
        "journal.sqlite3.new-4242",  # a new journal being made (new_journal.py)
    ],
)
def test_encryption_shreds_a_temporary_copy_nobody_noted(folder: Path, name: str) -> None:
    path = journal_with_backups(folder)
    stray = folder / name
    stray.write_bytes(path.read_bytes())
    with open_store(path, folder / "backups") as store:
        assert stray.exists()  # not noted: it may be another run's, so opening leaves it
        done = PrivacyService(store).encrypt(PASSPHRASE)
    assert done.still_plain == [] and not stray.exists()
    assert files_holding(folder, MARKER.encode()) == []


def test_encryption_names_the_plain_copies_it_cannot_encrypt(folder: Path) -> None:
    """A damaged plain backup, or a journal set aside as unreadable, is never removed: the
    encryption says that it is left, still plain."""
    path = journal_with_backups(folder)
    damaged = backups.backups_in(folder / "backups")[0].path
    damaged.write_bytes(damaged.read_bytes()[:8192])
    aside = folder / "journal-unreadable-20261126T190005Z.sqlite3"
    aside.write_bytes(path.read_bytes()[:8192])
    kept = {p: p.read_bytes() for p in (damaged, aside)}
    with open_store(path, folder / "backups") as store:
        done = PrivacyService(store).encrypt(PASSPHRASE)
        assert store.encrypted
    assert done.still_plain == sorted([aside, damaged])
    assert damaged in done.left_as_they_were
    assert {p: p.read_bytes() for p in kept} == kept


def test_a_full_disk_while_copying_a_backup_changes_nothing(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup whose copy cannot be written is no damaged backup: the whole change stops,
    rather than leave that backup under the old key."""
    path = journal_with_backups(folder)
    write_copy = encryption._write_checked_copy

    def full_for_backups(source: Path, old: str | None, new: str | None) -> None:
        if source.parent.name == "backups":
            full = sqlite3.OperationalError("database or disk is full")
            full.sqlite_errorcode = 13  # SQLITE_FULL, as SQLite's own error carries it
            raise full
        write_copy(source, old, new)

    monkeypatch.setattr(encryption, "_write_checked_copy", full_for_backups)
    with open_store(path, folder / "backups") as store:
        with pytest.raises(OSError, match="could not be written: the disk is full"):
            PrivacyService(store).encrypt(PASSPHRASE)
        assert not store.encrypted
        assert [e.note for e in Journal(store).entries.entries()] == [MARKER]
    assert not looks_encrypted(path)
    assert not any(looks_encrypted(b.path) for b in backups.backups_in(folder / "backups"))
    assert leftovers_in(folder) == []


def everything_opens_with(folder: Path, passphrase: str | None) -> None:
    """The journal and every backup open with ``passphrase`` (None: plain) and hold MARKER."""
    with open_store(folder / "journal.sqlite3", folder / "backups", passphrase) as store:
        assert store.passphrase == passphrase
        assert [e.note for e in Journal(store).entries.entries()] == [MARKER]
        made = backups.backups_in(store.backup_dir)
        assert len(made) == 4  # daily, by hand, before encrypting, before this change
        for backup in made:
            assert details(backup, passphrase).entries == 1, backup.path.name
    assert leftovers_in(folder) == []


@pytest.mark.parametrize(
    ("command", "swaps_done", "key_after"),
    [
        ("change-passphrase", 0, PASSPHRASE),  # every copy made, the journal not swapped
        ("change-passphrase", 1, OTHER),  # the journal swapped, no backup yet
        ("change-passphrase", 2, OTHER),  # one backup swapped
        ("decrypt", 1, None),
    ],
)
def test_an_interrupted_change_ends_with_every_backup_in_the_journals_encryption(
    folder: Path, tmp_path: Path, command: str, swaps_done: int, key_after: str | None
) -> None:
    """Killed part-way through: the next opening, with the passphrase the journal has now,
    finishes or undoes the change so that no backup is left under the other key."""
    journal_with_backups(folder, PASSPHRASE)
    env = child_env(tmp_path, MOODAPP_PASSPHRASE=PASSPHRASE, MOODAPP_NEW_PASSPHRASE=OTHER)
    killed_at("moodapp.store.encryption:_swap", "", swaps_done + 1,
              ["--data-dir", str(folder), command], env)  # fmt: skip
    everything_opens_with(folder, key_after)
    if key_after is None:
        assert not any(looks_encrypted(p) for p in (folder / "backups").iterdir())
