"""Several moodapps on one journal: a save waits for another's instead of being refused, and
a restore or an encryption change never loses a save made by another process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import IO

import pytest

from moodapp.domain.entries import CryingEpisode
from moodapp.services.backups import BackupService
from moodapp.services.journal import Journal
from moodapp.services.privacy import PrivacyService
from moodapp.store import backups as store_backups
from moodapp.store import journal_use
from moodapp.store.backups import Backup
from moodapp.store.database import Store
from moodapp.store.journal_use import JournalInUse, JournalUse
from moodapp.store.open_errors import JournalOpenError
from tests.conftest import NOW
from tests.unit.services.late_saver import READY

LATE_SAVER = Path(__file__).with_name("late_saver.py")
PASSPHRASE = "correct horse battery"
NEW_PASSPHRASE = "staple of the month"
SAVER_WAITS_S = 0.5  # long enough for the other side to be in the middle of its work
WAIT_FOR_UID_S = 60.0  # a limit that is never reached, so that a broken test cannot hang


def episode(note: str) -> CryingEpisode:
    return CryingEpisode(occurred_at=NOW - timedelta(hours=1), intensity=3, note=note)


# -- two writers -----------------------------------------------------------------------


def test_a_save_waits_for_another_moodapp_writing_instead_of_failing(
    journal: Journal,
) -> None:
    other = sqlite3.connect(journal.store.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another process, in the middle of its own save
    other.execute("INSERT INTO setting (key, value) VALUES ('other', 'saved')")
    finishing = threading.Timer(0.3, other.execute, ["COMMIT"])
    finishing.start()
    try:
        saved = journal.entries.record(episode("mine")).saved
    finally:
        finishing.join()
        other.close()
    assert journal.entries.get(saved.uid).note == "mine"
    check = sqlite3.connect(journal.store.path)
    assert check.execute("SELECT value FROM setting WHERE key = 'other'").fetchone() == ("saved",)
    check.close()


# -- the lock between those that use the journal and one that replaces its file -------------


def test_a_replacement_waits_for_the_others_and_says_so_when_they_stay(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite3"
    replacing, other = JournalUse(journal), JournalUse(journal)
    replacing.share_from_now()
    other.share_from_now()
    refused = pytest.raises(JournalInUse, match=r"kept the journal open .* nothing was changed")
    with refused, replacing.alone(wait_s=0.2):
        raise AssertionError("alone while another has the journal open")
    leaving = threading.Timer(0.3, other.release)
    leaving.start()
    with replacing.alone(wait_s=WAIT_FOR_UID_S):
        assert other._conn is None  # it waited for the other to leave
    leaving.join()
    replacing.release()


def test_opening_waits_while_another_moodapp_replaces_the_file(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite3"
    replacing = JournalUse(journal)
    replacing.share_from_now()
    refused = pytest.raises(JournalInUse, match=r"replacing journal\.sqlite3 .* nothing was")
    with replacing.alone(), refused:
        JournalUse.share(journal, wait_s=0.2)
    opened = JournalUse.share(journal, wait_s=0.2)  # at once once the replacement is done
    assert opened._conn is not None
    opened.release()
    replacing.release()


def test_an_open_store_keeps_a_replacement_waiting(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = JournalUse.share(store.path)
    monkeypatch.setattr(journal_use, "ALONE_WAIT_S", 0.2)
    with pytest.raises(JournalInUse):
        BackupService(store).restore(BackupService(store).take())
    other.release()


def test_opening_says_so_when_a_replacement_takes_too_long(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from moodapp.store.database import open_store

    monkeypatch.setattr(journal_use, "OPEN_WAIT_S", 0.2)
    with store.alone(), pytest.raises(JournalOpenError, match=r"replacing journal\.sqlite3"):
        open_store(store.path, store.backup_dir)


# -- another process saving while the journal's file is replaced -----------------------------


class Saver:
    """late_saver.py in a process of its own, and the lines it prints."""

    def __init__(self, data_dir: Path, passphrase: str | None) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MOODAPP_")}
        if passphrase is not None:
            env["MOODAPP_PASSPHRASE"] = passphrase
        root = str(Path(__file__).parents[3])
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
        self.process = subprocess.Popen(
            [sys.executable, str(LATE_SAVER), str(data_dir), str(SAVER_WAITS_S)],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        assert self.process.stdout is not None
        self.ready, self.saved = threading.Event(), threading.Event()
        self.uid = ""
        self._reader = threading.Thread(target=self._read, args=(self.process.stdout,))
        self._reader.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            if line.strip() == READY:
                self.ready.set()
            else:
                self.uid = line.strip()
                self.saved.set()
        self.ready.set()  # also when it ended without a word

    def finish(self) -> str:
        """Its uid, once it ended; what it said on stderr otherwise."""
        _, errors = self.process.communicate(timeout=WAIT_FOR_UID_S)
        self._reader.join()
        assert self.process.returncode == 0 and self.uid, errors
        return self.uid


@contextmanager
def saving_meanwhile(store: Store) -> Iterator[Saver]:
    saver = Saver(store.path.parent, store.passphrase)
    try:
        assert saver.ready.wait(WAIT_FOR_UID_S)
        yield saver
    finally:
        if saver.process.poll() is None:
            saver.process.kill()
            saver.process.wait()


def uids_in(path: Path, passphrase: str | None) -> set[str]:
    from moodapp.store.crypto import connect

    conn = connect(path, passphrase, read_only=True)
    try:
        return {r[0] for r in conn.execute("SELECT uid FROM crying_episode")}
    finally:
        conn.close()


def test_a_save_of_another_process_during_a_restore_is_kept_in_a_journal(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.entries.record(episode("in the backup"))
    store = journal.store
    backup = BackupService(store).take()
    journal.entries.record(episode("after the backup"))
    real_take = store_backups.take

    def take_then_let_the_other_save(taken: Store, reason: str, *args: object) -> Backup:
        copy = real_take(taken, reason, *args)  # type: ignore[arg-type]
        if reason == "before-restore":  # the other save lands between this copy and the swap
            assert saver.saved.wait(WAIT_FOR_UID_S)
        return copy

    monkeypatch.setattr(store_backups, "take", take_then_let_the_other_save)
    with saving_meanwhile(store) as saver:
        safety = BackupService(store).restore(backup).safety
        uid = saver.finish()
    kept_in = [
        name
        for name, uids in (
            ("the journal", {e.uid for e in journal.entries.entries()}),
            ("the copy before the restore", uids_in(safety.path, None)),
        )
        if uid in uids
    ]
    assert kept_in, "a confirmed save was lost"


@pytest.mark.parametrize("change", ["encrypt", "change-passphrase", "decrypt"])
def test_a_save_of_another_process_during_an_encryption_change_is_kept(
    journal: Journal, change: str
) -> None:
    privacy = PrivacyService(journal.store)
    if change != "encrypt":
        privacy.encrypt(PASSPHRASE)
    convert: dict[str, Callable[[], object]] = {
        "encrypt": lambda: privacy.encrypt(PASSPHRASE),
        "change-passphrase": lambda: privacy.change_passphrase(PASSPHRASE, NEW_PASSPHRASE),
        "decrypt": lambda: privacy.decrypt(PASSPHRASE),
    }
    with saving_meanwhile(journal.store) as saver:
        convert[change]()
        uid = saver.finish()
    assert journal.entries.get(uid).note == "late"
    assert uid in uids_in(journal.store.path, journal.store.passphrase)


def test_the_command_line_says_when_others_keep_the_journal_open(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from moodapp.cli.errors import EXIT_CANNOT_WRITE
    from moodapp.cli.on_journal import run_command
    from moodapp.cli.parser import build_parser

    backup = BackupService(journal.store).take()
    other = JournalUse.share(journal.store.path)
    monkeypatch.setattr(journal_use, "ALONE_WAIT_S", 0.2)
    args = build_parser().parse_args(["restore", backup.path.name, "--yes"])
    assert run_command(args, journal) == EXIT_CANNOT_WRITE
    assert "kept the journal open" in capsys.readouterr().err
    other.release()
