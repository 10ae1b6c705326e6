"""`moodapp encrypt`, `change-passphrase`, `decrypt`, `backup`, `restore` and `check`, as run."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import subprocess
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

SQLITE_HEADER = b"SQLite format 3\x00"
PASSPHRASE = "correct horse battery"
OTHER = "staple of the month"

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run(command: str, env: dict[str, str], tmp_path: Path) -> Run:
    """The installed command on TMP/data, with no terminal to ask a passphrase on."""

    def go(*args: str, **variables: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [command, "--data-dir", str(tmp_path / "data"), *args],
            env={**env, **variables},
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    return go


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def encrypted(path: Path) -> bool:
    return not path.read_bytes().startswith(SQLITE_HEADER)


def notes(run: Run, **variables: str) -> list[str]:
    listed = run("list", "--json", **variables)
    assert listed.returncode == 0, listed.stderr
    return [e["note"] for e in json.loads(listed.stdout)]


_minutes = itertools.count()


def add(run: Run, note: str, **variables: str) -> str:
    """An episode a minute after the one added before, so that lists have one order."""
    at = datetime(2026, 1, 1, 8, 0) + timedelta(minutes=next(_minutes))
    added = run("add", "cry", "--intensity", "3", "--note", note, "--at", at.isoformat(),
                **variables)  # fmt: skip
    assert added.returncode == 0, added.stderr
    return added.stdout.strip()


def test_encrypt_change_the_passphrase_and_decrypt(run: Run, data: Path) -> None:
    add(run, "before encrypting")
    assert run("backup").returncode == 0

    done = run("encrypt", MOODAPP_NEW_PASSPHRASE=PASSPHRASE)
    assert done.returncode == 0, done.stderr
    assert "no way to recover" in done.stderr
    journal = data / "journal.sqlite3"
    assert encrypted(journal)
    assert all(encrypted(p) for p in (data / "backups").iterdir())
    add(run, "while encrypted", MOODAPP_PASSPHRASE=PASSPHRASE)
    assert notes(run, MOODAPP_PASSPHRASE=PASSPHRASE) == ["before encrypting", "while encrypted"]

    changed = run("change-passphrase", MOODAPP_PASSPHRASE=PASSPHRASE, MOODAPP_NEW_PASSPHRASE=OTHER)
    assert changed.returncode == 0, changed.stderr
    old = run("list", MOODAPP_PASSPHRASE=PASSPHRASE)
    assert old.returncode == 1 and "does not open the journal" in old.stderr
    assert notes(run, MOODAPP_PASSPHRASE=OTHER) == ["before encrypting", "while encrypted"]
    checked = run("check", MOODAPP_PASSPHRASE=OTHER)
    assert checked.returncode == 0, checked.stderr

    plain = run("decrypt", MOODAPP_PASSPHRASE=OTHER)
    assert plain.returncode == 0, plain.stderr
    assert not encrypted(journal)
    assert not any(encrypted(p) for p in (data / "backups").iterdir())
    assert notes(run) == ["before encrypting", "while encrypted"]


def test_a_passphrase_is_never_an_argument(run: Run) -> None:
    helped = run("encrypt", "--help")
    assert helped.returncode == 0
    assert "MOODAPP_NEW_PASSPHRASE" in helped.stdout
    changing = run("change-passphrase", "--help")
    assert "MOODAPP_PASSPHRASE" in changing.stdout
    assert "MOODAPP_NEW_PASSPHRASE" in changing.stdout
    for name in ("encrypt", "change-passphrase", "decrypt", "backup", "restore", "check", "list"):
        text = run(name, "--help").stdout
        assert "--passphrase" not in text and "--key" not in text
    refused = run("encrypt", "--passphrase", PASSPHRASE)
    assert refused.returncode == 2
    assert "unrecognized arguments" in refused.stderr


def test_encrypt_without_a_terminal_or_variable_changes_nothing(run: Run, data: Path) -> None:
    add(run, "plain")
    before = fingerprint(data)
    done = run("encrypt")
    assert done.returncode == 1
    assert "MOODAPP_NEW_PASSPHRASE" in done.stderr
    assert fingerprint(data) == before


@pytest.mark.parametrize("weak", ["short", " starts with a space"])
def test_a_weak_new_passphrase_is_refused_and_nothing_changes(
    run: Run, data: Path, weak: str
) -> None:
    add(run, "plain")
    before = fingerprint(data)
    done = run("encrypt", MOODAPP_NEW_PASSPHRASE=weak)
    assert done.returncode == 2
    assert "passphrase" in done.stderr.lower()
    assert fingerprint(data) == before


def test_check_passes_on_a_good_journal(run: Run) -> None:
    add(run, "fine")
    checked = run("check")
    assert checked.returncode == 0
    assert "no problem" in checked.stdout


def test_an_encrypted_journal_without_its_passphrase_is_left_untouched(
    run: Run, data: Path
) -> None:
    add(run, "secret")
    assert run("encrypt", MOODAPP_NEW_PASSPHRASE=PASSPHRASE).returncode == 0
    before = fingerprint(data)

    missing = run("list")
    assert missing.returncode == 1
    assert "encrypted" in missing.stderr and "MOODAPP_PASSPHRASE" in missing.stderr
    assert missing.stdout == ""
    wrong = run("list", MOODAPP_PASSPHRASE="not the passphrase")
    assert wrong.returncode == 1
    assert "does not open the journal" in wrong.stderr
    assert "secret" not in wrong.stdout + wrong.stderr
    assert fingerprint(data) == before


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 3], id="truncated"),
        pytest.param(lambda data: os.urandom(len(data)), id="random-bytes"),
        pytest.param(lambda data: bytes(100) + data[100:], id="zeroed-header"),
    ],
)
@pytest.mark.parametrize("name", ["list", "check"])
def test_a_damaged_journal_is_reported_and_left_as_it_is(
    run: Run, data: Path, damage: Callable[[bytes], bytes], name: str
) -> None:
    add(run, "one")
    add(run, "two")
    journal = data / "journal.sqlite3"
    journal.write_bytes(damage(journal.read_bytes()))
    before = fingerprint(data)
    done = run(name)
    assert done.returncode == 1
    assert fingerprint(data) == before
    assert "left as it is" in done.stderr


def test_backup_restore_and_undo_the_restore(run: Run, data: Path) -> None:
    add(run, "first")
    made = run("backup")
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.parent == data / "backups" and backup.exists()
    add(run, "second")

    listed = run("restore")
    assert listed.returncode == 0
    (line,) = listed.stdout.splitlines()
    assert line.startswith(backup.name) and "by-hand" in line and "1 entry" in line

    unconfirmed = run("restore", backup.name)
    assert unconfirmed.returncode == 2 and "--yes" in unconfirmed.stderr
    assert notes(run) == ["first", "second"]
    unknown = run("restore", "journal-20000101T000000Z-daily.sqlite3", "--yes")
    assert unknown.returncode == 2 and "no backup called" in unknown.stderr

    restored = run("restore", backup.name, "--yes")
    assert restored.returncode == 0, restored.stderr
    assert notes(run) == ["first"]
    safety = restored.stdout.split("The journal as it was is in ")[1].strip().rstrip(".")
    assert "before-restore" in safety
    assert any(
        ln.startswith(safety) and "2 entries" in ln for ln in run("restore").stdout.splitlines()
    )

    undone = run("restore", safety, "--yes")
    assert undone.returncode == 0, undone.stderr
    assert notes(run) == ["first", "second"]
    assert run("check").returncode == 0


def test_an_encrypted_journal_restores_its_own_backup(run: Run) -> None:
    add(run, "first")
    assert run("encrypt", MOODAPP_NEW_PASSPHRASE=PASSPHRASE).returncode == 0
    made = run("backup", MOODAPP_PASSPHRASE=PASSPHRASE)
    backup = Path(made.stdout.strip()).name
    add(run, "second", MOODAPP_PASSPHRASE=PASSPHRASE)
    listed = run("restore", MOODAPP_PASSPHRASE=PASSPHRASE)
    assert any(ln.startswith(backup) and "1 entry" in ln for ln in listed.stdout.splitlines())
    restored = run("restore", backup, "--yes", MOODAPP_PASSPHRASE=PASSPHRASE)
    assert restored.returncode == 0, restored.stderr
    assert notes(run, MOODAPP_PASSPHRASE=PASSPHRASE) == ["first"]


def holding(folder: Path, words: str) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.is_file() and words.encode() in p.read_bytes()]


def test_encrypt_leaves_no_plain_copy_of_a_note(run: Run, data: Path) -> None:
    """Not even the copy an older version's killed backup left as backups/....partial."""
    add(run, "quolltagebuch")
    assert run("backup").returncode == 0
    (backup,) = (data / "backups").iterdir()
    partial = backup.with_name("journal-20260101T000000Z-daily.sqlite3.partial")
    partial.write_bytes(backup.read_bytes())
    assert holding(data, "quolltagebuch")
    done = run("encrypt", MOODAPP_NEW_PASSPHRASE=PASSPHRASE)
    assert done.returncode == 0, done.stderr
    assert holding(data, "quolltagebuch") == []


def test_encrypt_says_which_plain_copies_it_had_to_leave(run: Run, data: Path) -> None:
    """A journal set aside as unreadable is never removed; encrypting names it and does
    not end as a success."""
    add(run, "kept plain")
    aside = data / "journal-unreadable-20260101T000000Z.sqlite3"
    aside.write_bytes((data / "journal.sqlite3").read_bytes()[:8192])
    done = run("encrypt", MOODAPP_NEW_PASSPHRASE=PASSPHRASE)
    assert done.returncode == 3
    assert "Encrypted the journal" in done.stdout
    assert "not encrypted" in done.stderr and str(aside) in done.stderr
    assert aside.exists() and encrypted(data / "journal.sqlite3")
    assert notes(run, MOODAPP_PASSPHRASE=PASSPHRASE) == ["kept plain"]
