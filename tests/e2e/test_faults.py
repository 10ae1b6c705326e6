"""Short fault runs (the long ones: `python -m bench.faults`, figures in docs/RELIABILITY.md):
a kill during each command that writes, several moodapps at once, a full disk; and proof
that the checks can fail."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from bench.fault_checks import MARKER, plaintext_files
from bench.fault_command import moodapp_env, run_moodapp
from bench.fault_concurrency import run_concurrency
from bench.fault_disk import run_full_disk
from bench.fault_kills import KillRounds, import_file, run_each_command_once

ROOT = Path(__file__).parents[2]
PASSPHRASE = "fault test passphrase"


def test_a_kill_during_each_command_loses_and_exposes_nothing(tmp_path: Path) -> None:
    tally = run_each_command_once(tmp_path / "data", tmp_path, seed=19)
    assert sum(tally.kills.values()) + sum(tally.finished.values()) >= 13
    assert tally.confirmed
    assert not tally.open_failures
    assert not tally.refused
    assert (tally.lost, tally.partial_imports, tally.integrity_failures) == (set(), 0, 0)
    assert tally.plaintext == set()


def test_writers_a_reader_and_restores_at_once_refuse_and_lose_nothing(tmp_path: Path) -> None:
    tally = run_concurrency(tmp_path / "data", seconds=3, writers=3)
    assert tally.restores and tally.reads and len(tally.confirmed) > 1
    assert tally.refused == [] and tally.failed_reads == [] and tally.failed_restores == []
    assert tally.lost == set()
    assert tally.integrity == ["ok"]


def test_a_full_disk_refuses_each_write_in_words_and_keeps_everything(tmp_path: Path) -> None:
    tally = run_full_disk(tmp_path / "data")
    assert tally.saved_before_full and len(tally.refusals) == 3
    assert tally.ok, tally.summary()


# -- the checks themselves ---------------------------------------------------------------


def test_the_plaintext_check_finds_a_plain_copy_of_an_encrypted_journal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = moodapp_env(PASSPHRASE, new=PASSPHRASE)
    assert run_moodapp(data, ["add", "cry", "--intensity", "2", "--note", MARKER], env).status == 0
    plain_copy = tmp_path / "copy.sqlite3"
    (data / "journal.sqlite3").rename(plain_copy)
    assert run_moodapp(data, ["add", "cry", "--intensity", "2", "--note", MARKER], env).status == 0
    assert run_moodapp(data, ["encrypt"], env).status == 0
    assert plaintext_files(data) == []
    (data / "backups" / "journal-left-behind.partial").write_bytes(plain_copy.read_bytes())
    assert plaintext_files(data) == [data / "backups" / "journal-left-behind.partial"]


def test_the_kill_checks_notice_a_lost_save(tmp_path: Path) -> None:
    kills = KillRounds(tmp_path / "data", tmp_path, seed=1, entries=(5, 5))
    kills.prepare()
    kills.tally.confirmed.add("00000000-0000-4000-8000-000000000000")
    kills.one_round("backup", kill=False)
    assert kills.tally.lost == {"00000000-0000-4000-8000-000000000000"}
    assert not kills.tally.ok


# -- the single-window lock -----------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="a file size limit is a POSIX resource")
def test_a_lock_file_that_cannot_be_written_is_not_called_another_moodapp(
    tmp_path: Path, env: dict[str, str]
) -> None:
    import resource

    data = tmp_path / "data"
    assert run_moodapp(data, ["add", "cry", "--intensity", "2"], moodapp_env()).status == 0

    def no_room() -> None:  # every write of a byte fails, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))

    ran = subprocess.run(
        [sys.executable, "-m", "moodapp", "--data-dir", str(data), "encrypt"],
        cwd=ROOT, env={**env, "MOODAPP_NEW_PASSPHRASE": PASSPHRASE}, preexec_fn=no_room,
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert ran.returncode == 3, ran.stderr
    assert "could not write its lock file" in ran.stderr
    assert "File too large" in ran.stderr  # what the system said
    assert "open on this journal" not in ran.stderr
    assert (data / "journal.sqlite3").read_bytes().startswith(b"SQLite format 3")  # still plain


FILE_SIZE_LIMIT = 100_000  # room for the lock and SQLite's index, not for a copy


def limited_in_file_size(
    data: Path, args: list[str], env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """moodapp with every file it writes limited in size, as on a disk that fills up: the
    system refuses the write itself (SIGXFSZ is ignored, as a shell leaves it)."""
    import resource
    import signal

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))

    return subprocess.run(
        [sys.executable, "-m", "moodapp", "--data-dir", str(data), *args],
        cwd=ROOT, env=env, preexec_fn=limited, stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def files_in(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.skipif(sys.platform == "win32", reason="a file size limit is a POSIX resource")
@pytest.mark.parametrize("args", [["backup"], ["encrypt"]], ids=["backup", "encrypt"])
def test_a_copy_too_big_for_the_disk_is_refused_in_words_with_nothing_changed(
    tmp_path: Path, args: list[str]
) -> None:
    data = tmp_path / "data"
    env = moodapp_env(new=PASSPHRASE)
    long_note = "words " * 1000
    for minute in range(30):  # a journal bigger than the limit
        at = f"2026-01-01T08:{minute:02d}"
        added = run_moodapp(data, ["add", "cry", "--intensity", "3", "--note", long_note,
                                   "--at", at], env)  # fmt: skip
        assert added.status == 0, added.errors
    assert (data / "journal.sqlite3").stat().st_size > FILE_SIZE_LIMIT
    before = {k: v for k, v in files_in(data).items() if k.endswith(".sqlite3")}
    ran = limited_in_file_size(data, args, env)
    assert ran.returncode == 3, ran.stderr
    assert "The backup could not be written" in ran.stderr
    assert "Nothing was changed." in ran.stderr
    assert "Traceback" not in ran.stderr
    after = {k: v for k, v in files_in(data).items() if k.endswith(".sqlite3")}
    assert after == before  # the journal as it was, and no new backup
    assert not [p.name for p in data.rglob("*") if ".partial" in p.name or "convert" in p.name]
    assert run_moodapp(data, ["list"], env).status == 0


def test_the_short_index_a_full_disk_leaves_beside_the_journal_is_no_damage(
    tmp_path: Path,
) -> None:
    """SQLite that could not open a journal on a full disk leaves an empty -wal and a -shm
    of a few bytes; the next opening, with room again, reads the journal as it is."""
    data = tmp_path / "data"
    env = moodapp_env()
    added = run_moodapp(data, ["add", "cry", "--intensity", "2"], env)
    assert added.status == 0, added.errors
    (data / "journal.sqlite3-wal").write_bytes(b"")
    (data / "journal.sqlite3-shm").write_bytes(b"\0\0\0")
    listed = run_moodapp(data, ["list"], env)
    assert listed.status == 0, listed.errors
    assert added.lines[0].strip() in "".join(listed.lines)
    assert run_moodapp(data, ["check"], env).status == 0


def test_a_lock_file_a_kill_left_without_its_holder_does_not_block_for_ever(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    env = moodapp_env(new=PASSPHRASE)
    assert run_moodapp(data, ["add", "cry", "--intensity", "2"], env).status == 0
    left = data / "moodapp.lock"
    left.write_bytes(b"")  # made, and then killed before it wrote who holds it
    assert run_moodapp(data, ["encrypt"], env).status == 1  # just made: it may be written yet
    an_hour_ago = time.time() - 3600
    os.utime(left, (an_hour_ago, an_hour_ago))
    ran = run_moodapp(data, ["encrypt"], env)
    assert ran.status == 0, ran.errors


# -- Ctrl+C ----------------------------------------------------------------------------------

CTRL_C_AS_THE_JOURNAL_CLOSES = """
import signal, sys
from moodapp.store import database
closing = database.Store.close
def close_then_ctrl_c(self):
    closing(self)
    signal.raise_signal(signal.SIGINT)
database.Store.close = close_then_ctrl_c
from moodapp.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_ctrl_c_as_the_journal_closes_after_an_import_is_said_in_words(
    tmp_path: Path, env: dict[str, str]
) -> None:
    source = tmp_path / "new.json"
    import_file(source, 20, datetime.now().astimezone())
    ran = subprocess.run(
        [sys.executable, "-c", CTRL_C_AS_THE_JOURNAL_CLOSES, "--data-dir", str(tmp_path / "data"),
         "import", str(source)],
        cwd=ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert "Added 20 new entries" in ran.stdout
    assert "Traceback" not in ran.stderr
    assert "stopped by Ctrl+C" in ran.stderr
    assert ran.returncode == 130
