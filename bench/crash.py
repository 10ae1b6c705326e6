"""Crash harness: kill a writing moodapp with SIGKILL, again and again, and check that
every save it confirmed is still there and the journal is whole.

    python -m bench.crash --kills 200 [--encrypted] [--seed N] [--data-dir DIR]

Each round starts ``bench/crash_writer.py`` on the same journal, which grows from
round to round: every uid confirmed in any earlier round must survive every later
crash and recovery, and the journal that is checked has been through all of them.
The moment of each kill is random (seeded): most kills land while episodes are
being saved, some while the journal is still being opened. After each kill the
journal is checked in one of two ways, in turn:

- read-only, straight after the kill (SQLite reads the write-ahead log the killed
  process left), so that the next writer starts on that log and recovers it itself;
- opened as the app opens it (``open_store``: the read-only inspection, recovery,
  a checkpoint when it closes), reading back the new episodes through the service.

Both check that every confirmed uid is present with the content its writer gave it
and that ``PRAGMA integrity_check`` says "ok". SIGKILL ends the process, not the
machine: the operating system still writes what the process handed it, so this
shows that a confirmed save is committed, not what a power cut would keep.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from bench.crash_writer import PASSPHRASE_ENV, READY, expected
from moodapp.domain.entries import CryingEpisode
from moodapp.paths import AppPaths
from moodapp.services.backups import BackupService
from moodapp.services.journal import Journal
from moodapp.services.privacy import PrivacyService
from moodapp.store.crypto import connect
from moodapp.store.database import open_store
from moodapp.store.open_errors import JournalOpenError

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "crash harness passphrase"
EARLY_KILLS = 0.1  # the share of kills while the journal is being opened
FIRST_STARTUP_GUESS_S = 0.5  # until a writer has said how long it takes to open the journal
READY_TIMEOUT_S = 60.0


@dataclass
class Tally:
    kills: int = 0
    early_kills: int = 0  # while the journal was being opened
    confirmed: set[str] = field(default_factory=set)
    rounds_without_a_save: int = 0
    unconfirmed_found: int = 0  # saved, killed before it could say so (at most one per kill)
    lost: set[str] = field(default_factory=set)
    wrong_content: set[str] = field(default_factory=set)
    integrity_failures: int = 0
    failures: list[str] = field(default_factory=list)  # anything else that went wrong

    @property
    def ok(self) -> bool:
        return not (self.lost or self.wrong_content or self.integrity_failures or self.failures)


class Reader(threading.Thread):
    """Collects the child's complete lines (a line cut short by the kill does not count)."""

    def __init__(self, stream: IO[str]) -> None:
        super().__init__(daemon=True)
        self.stream = stream
        self.uids: list[str] = []
        self.ready = threading.Event()
        self.started = time.monotonic()
        self.ready_after: float | None = None  # seconds from the start to "ready"

    def run(self) -> None:
        for line in self.stream:
            if not line.endswith("\n"):
                break
            text = line.strip()
            if text == READY:
                self.ready_after = time.monotonic() - self.started
                self.ready.set()
            else:
                self.uids.append(text)


def writer_env(passphrase: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOODAPP_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    if passphrase is not None:
        env[PASSPHRASE_ENV] = passphrase
    return env


def one_round(
    data_dir: Path, passphrase: str | None, early: bool, delay: float, log: Path
) -> tuple[list[str], float | None, str]:
    """Start a writer and kill it ``delay`` seconds after it started (``early``) or after
    it opened the journal; the uids it confirmed, how long it took to open the journal,
    and what went wrong ("" if nothing)."""
    with log.open("w") as errors:
        child = subprocess.Popen(
            [sys.executable, "-m", "bench.crash_writer", str(data_dir)],
            cwd=ROOT,
            env=writer_env(passphrase),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        assert child.stdout is not None
        reader = Reader(child.stdout)
        reader.start()
        problem = "" if early or _opened(reader, child) else "the writer did not open the journal"
        time.sleep(delay)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
        reader.join()
        child.stdout.close()
    if child.returncode != -signal.SIGKILL and not problem:
        problem = f"the writer ended by itself (status {child.returncode})"
    if problem:
        problem += ": " + log.read_text().strip()[-2000:]
    return reader.uids, reader.ready_after, problem


def _opened(reader: Reader, child: subprocess.Popen[str]) -> bool:
    """Wait until the writer says the journal is open; False if it ends or takes too long."""
    deadline = time.monotonic() + READY_TIMEOUT_S
    while not reader.ready.wait(0.05):
        if child.poll() is not None or time.monotonic() > deadline:
            return False
    return True


@contextmanager
def _read_only(path: Path, passphrase: str | None) -> Iterator[Any]:
    conn = connect(path, passphrase, read_only=True)
    try:
        yield conn
    finally:
        conn.close()


def check_read_only(paths: AppPaths, passphrase: str | None, new: list[str], tally: Tally) -> None:
    """Read the journal as the kill left it, without recovering or changing anything."""
    with _read_only(paths.journal_file, passphrase) as conn:
        rows = {
            uid: (intensity, note)
            for uid, intensity, note in conn.execute(
                "SELECT uid, intensity, note FROM crying_episode"
            )
        }
        sadness = dict(
            conn.execute(
                "SELECT e.uid, ee.intensity FROM crying_episode e "
                "JOIN episode_emotion ee ON ee.episode_id = e.id "
                "JOIN emotion m ON m.id = ee.emotion_id WHERE m.key = 'sadness'"
            )
        )
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    _compare(set(rows), tally, problems)
    for uid in new:
        if uid in rows:
            intensity, want_sadness, note = expected(uid)
            if rows[uid] != (intensity, note) or sadness.get(uid) != want_sadness:
                tally.wrong_content.add(uid)


def check_opened(paths: AppPaths, passphrase: str | None, new: list[str], tally: Tally) -> None:
    """Open the journal as the app does (recovering the log), read the new episodes back."""
    with open_store(paths.journal_file, paths.backup_dir, passphrase) as store:
        stored = {r[0] for r in store.db.execute_sql("SELECT uid FROM crying_episode")}
        problems = BackupService(store).check()
        _compare(stored, tally, problems)
        journal = Journal(store)
        for uid in new:
            if uid not in stored:
                continue
            entry = journal.entries.get(uid)
            intensity, sadness, note = expected(uid)
            if not (
                isinstance(entry, CryingEpisode)
                and (entry.intensity, entry.note) == (intensity, note)
                and entry.emotions == {"sadness": sadness}
            ):
                tally.wrong_content.add(uid)


def _compare(stored: set[str], tally: Tally, problems: list[str]) -> None:
    tally.lost |= tally.confirmed - stored
    tally.unconfirmed_found = len(stored - tally.confirmed)
    if tally.unconfirmed_found > tally.kills:  # each kill can cut short one confirmation
        tally.failures.append(f"{tally.unconfirmed_found} unconfirmed entries after "
                              f"{tally.kills} kills")  # fmt: skip
    if problems != ["ok"]:
        tally.integrity_failures += 1
        tally.failures.append("integrity_check: " + "; ".join(problems[:3]))


def prepare(paths: AppPaths, passphrase: str | None) -> None:
    """A new journal; encrypted from the start when there is a passphrase."""
    with open_store(paths.journal_file, paths.backup_dir) as store:
        if passphrase is not None:
            PrivacyService(store).encrypt(passphrase)


def run(
    kills: int, *, encrypted: bool, seed: int, max_delay: float, data_dir: Path, out: IO[str]
) -> Tally:
    paths = AppPaths.under(data_dir)
    passphrase = PASSPHRASE if encrypted else None
    prepare(paths, passphrase)
    rng = random.Random(seed)
    tally = Tally()
    log = data_dir.parent / f"{data_dir.name}-writer.log"
    startup = FIRST_STARTUP_GUESS_S
    for round_number in range(1, kills + 1):
        early = rng.random() < EARLY_KILLS
        delay = rng.uniform(0, startup if early else max_delay)
        uids, ready_after, problem = one_round(data_dir, passphrase, early, delay, log)
        if ready_after is not None and not early:
            startup = ready_after
        tally.kills += 1
        tally.early_kills += early
        if problem:
            tally.failures.append(f"round {round_number}: {problem}")
        if not uids:
            tally.rounds_without_a_save += 1
        tally.confirmed.update(uids)
        check = check_read_only if round_number % 2 else check_opened
        try:
            check(paths, passphrase, uids, tally)
        except JournalOpenError as error:
            tally.failures.append(f"round {round_number}: the journal did not open: {error}")
        except Exception as error:  # any failure is a finding
            tally.failures.append(f"round {round_number}: {type(error).__name__}: {error}")
        if not tally.ok:
            print(f"round {round_number}: stopping at the first problem", file=out)
            break
    log.unlink(missing_ok=True)
    return tally


def summary(tally: Tally, encrypted: bool) -> str:
    return (
        f"crash harness ({'encrypted' if encrypted else 'plain'} journal): "
        f"{tally.kills} kills ({tally.early_kills} while opening), "
        f"{len(tally.confirmed)} entries confirmed, "
        f"{len(tally.lost)} lost, {len(tally.wrong_content)} with wrong content, "
        f"{tally.integrity_failures} integrity failures, "
        f"{tally.unconfirmed_found} saved but unconfirmed, "
        f"{tally.rounds_without_a_save} kills before a save"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.crash", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--encrypted", action="store_true", help="an encrypted journal")
    parser.add_argument("--seed", type=int, default=2026, help="seeds the moments of the kills")
    parser.add_argument(
        "--max-delay", type=float, default=0.4, help="seconds of saving before a kill, at most"
    )
    parser.add_argument("--data-dir", type=Path, help="keep the journal here (a new folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="moodapp-crash-") as folder:
        data_dir = args.data_dir or Path(folder) / "data"
        if data_dir.exists():
            parser.error(f"{data_dir} exists; give a new folder")
        tally = run(
            args.kills,
            encrypted=args.encrypted,
            seed=args.seed,
            max_delay=args.max_delay,
            data_dir=data_dir,
            out=sys.stdout,
        )
    for failure in tally.failures[:20]:
        print(f"problem: {failure}")
    for uid in sorted(tally.lost)[:20]:
        print(f"lost: {uid}")
    for uid in sorted(tally.wrong_content)[:20]:
        print(f"wrong content: {uid}")
    print(summary(tally, args.encrypted))
    return 0 if tally.ok else 1


if __name__ == "__main__":
    sys.exit(main())
