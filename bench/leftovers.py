"""Leftovers harness: kill moodapp while it encrypts, changes the passphrase, decrypts, backs
up or exports, and check what the next opening leaves.

    python -m bench.leftovers --rounds 100 [--seed N] [--entries 500] [--work DIR]

One journal lives through every round; each round runs a command that fits it (encrypt
a plain journal; change the passphrase of an encrypted one, or decrypt it; back up;
export) and kills it with SIGKILL at a random moment (seeded) within the time the
command last took to finish (every fourth run of a command is left to finish, and half
the kills aim at its last part). Then the journal is opened as the app opens it, with
whichever passphrase opens it, and checked:

- it opens, with every entry it had;
- every backup opens with the journal's own passphrase (or is plain like the journal);
- no temporary file is left, in the data folder or in the folder exported to, and no
  note of one;
- while the journal is encrypted, no file in the data folder holds an entry's words.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from moodapp.domain.entries import CheckIn
from moodapp.paths import AppPaths
from moodapp.services.journal import Journal
from moodapp.store import backups
from moodapp.store.crypto import looks_encrypted
from moodapp.store.database import open_store
from moodapp.store.leftovers import is_temporary
from moodapp.store.open_errors import JournalOpenError
from moodapp.unfinished import NOTES_FOLDER

ROOT = Path(__file__).resolve().parents[1]
MARKER = "leftoversmarker"
KEEP_BACKUPS = 12


@dataclass
class Tally:
    rounds: int = 0
    kills: Counter[str] = field(default_factory=Counter)
    finished: Counter[str] = field(default_factory=Counter)
    open_failures: list[str] = field(default_factory=list)
    lost_entries: int = 0
    backups_in_other_encryption: set[str] = field(default_factory=set)
    temporary_files: set[str] = field(default_factory=set)
    plaintext_files: set[str] = field(default_factory=set)
    refused: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.open_failures or self.lost_entries or self.refused
                    or self.backups_in_other_encryption or self.temporary_files
                    or self.plaintext_files)  # fmt: skip

    def summary(self) -> str:
        return (
            f"leftovers harness: {sum(self.kills.values())} kills in {self.rounds} rounds "
            f"({', '.join(f'{n} {c}' for c, n in sorted(self.kills.items()))}), "
            f"{len(self.open_failures)} failures to open, "
            f"{self.lost_entries} entries lost, "
            f"{len(self.backups_in_other_encryption)} backups in another encryption, "
            f"{len(self.temporary_files)} temporary files left, "
            f"{len(self.plaintext_files)} plaintext files while encrypted"
        )


class Rounds:
    def __init__(self, work: Path, entries: int, seed: int) -> None:
        self.paths = AppPaths.under(work / "data")
        self.exports = work / "exports"
        self.rng = random.Random(seed)
        self.entries = entries
        self.passphrase: str | None = None
        self.durations: dict[str, float] = {}
        self.runs: Counter[str] = Counter()
        self.tally = Tally()
        self._passphrases = 0

    def prepare(self) -> None:
        self.exports.mkdir(parents=True)
        now = datetime.now().astimezone()
        with open_store(self.paths.journal_file, self.paths.backup_dir) as store:
            Journal(store, clock=lambda: now).entries.save_many([
                CheckIn(occurred_at=now - timedelta(minutes=n + 1), mood=n % 7 - 3, energy=0,
                        note=f"{MARKER} {n}")
                for n in range(self.entries)
            ])  # fmt: skip
            backups.take(store, "daily", now=now - timedelta(days=1))

    def one_round(self) -> None:
        self._thin_backups()
        plain = self.passphrase is None
        command = self.rng.choice(
            ["encrypt", "backup", "export"] if plain
            else ["change-passphrase", "decrypt", "backup", "export"]
        )  # fmt: skip
        self._passphrases += 1
        new = f"leftovers passphrase {self._passphrases}"
        arguments = [command]
        if command == "export":
            name = f"export-{self.tally.rounds}" + self.rng.choice([".json", ".zip", ""])
            arguments += ["--output", str(self.exports / name)]
        self._run(arguments, new)
        self.tally.rounds += 1
        self._check([self.passphrase, new])

    def _thin_backups(self) -> None:
        """Keep a day's worth of backups, as a person would have: every round takes one or
        two within minutes, which rotation keeps for a day, and each conversion rewrites
        them all."""
        for backup in backups.backups_in(self.paths.backup_dir)[KEEP_BACKUPS:]:
            backup.path.unlink()

    def _run(self, arguments: list[str], new: str) -> None:
        command = arguments[0]
        env = {k: v for k, v in os.environ.items() if not k.startswith("MOODAPP_")}
        env.update(PYTHONPATH=str(ROOT), MOODAPP_NEW_PASSPHRASE=new)
        if self.passphrase is not None:
            env["MOODAPP_PASSPHRASE"] = self.passphrase
        # Every fourth run of a command goes to its end, to learn how long it takes now (the
        # backups grow in number). Half the kills aim at the last part: the swaps.
        self.runs[command] += 1
        known = self.durations.get(command)
        if known is None or self.runs[command] % 4 == 1:
            delay = None
        elif self.rng.random() < 0.5:
            delay = self.rng.uniform(0.05, known * 1.1)
        else:
            delay = self.rng.uniform(known * 0.6, known * 1.05)
        started = time.monotonic()
        child = subprocess.Popen(
            [sys.executable, "-m", "moodapp", "--data-dir", str(self.paths.data_dir), *arguments],
            cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            _, errors = child.communicate(timeout=delay)
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
            child.communicate()
            self.tally.kills[command] += 1
            return
        self.tally.finished[command] += 1
        self.durations[command] = time.monotonic() - started
        if child.returncode != 0:
            self.tally.refused.append(f"{' '.join(arguments)}: {errors.strip()[-500:]}")

    def _check(self, candidates: list[str | None]) -> None:
        tally, paths = self.tally, self.paths
        encrypted = looks_encrypted(paths.journal_file)
        tried = [c for c in candidates if c is not None] if encrypted else [None]
        problem, key, count = "", None, 0
        for passphrase in tried:
            try:
                with open_store(paths.journal_file, paths.backup_dir, passphrase) as store:
                    count = len(Journal(store).entries.entries())
                    key = store.passphrase
                    for backup in backups.backups_in(store.backup_dir):
                        if backups.details(backup, key).entries is None:
                            tally.backups_in_other_encryption.add(backup.path.name)
                break
            except JournalOpenError as error:
                problem = str(error)
        else:
            tally.open_failures.append(f"round {tally.rounds}: {problem}")
            return
        self.passphrase = key
        tally.lost_entries = max(tally.lost_entries, self.entries - count)
        for folder in (paths.data_dir, self.exports):
            tally.temporary_files |= {
                str(p.relative_to(folder.parent))
                for p in folder.rglob("*")
                if is_temporary(p) or p.parent.name == NOTES_FOLDER  # no run goes on now
            }
        if key is not None:
            tally.plaintext_files |= {
                str(p.relative_to(paths.data_dir))
                for p in paths.data_dir.rglob("*")
                if p.is_file() and MARKER.encode() in p.read_bytes()
            }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.leftovers", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--rounds", type=int, default=100, help="commands run, most killed")
    parser.add_argument("--entries", type=int, default=500, help="entries in the journal")
    parser.add_argument("--seed", type=int, default=2026, help="seeds the moments of the kills")
    parser.add_argument("--work", type=Path, help="keep the journal here (a new folder)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="moodapp-leftovers-") as folder:
        work = args.work or Path(folder)
        if args.work and work.exists():
            parser.error(f"{work} exists; give a new folder")
        rounds = Rounds(work, args.entries, args.seed)
        rounds.prepare()
        for _ in range(args.rounds):
            rounds.one_round()
            if rounds.tally.open_failures:
                break
    tally = rounds.tally
    for problem in [*tally.open_failures, *tally.refused][:20]:
        print(f"problem: {problem}")
    for name in sorted(tally.backups_in_other_encryption | tally.temporary_files
                       | tally.plaintext_files)[:20]:  # fmt: skip
        print(f"found: {name}")
    print(f"finished by themselves: {dict(sorted(tally.finished.items()))}")
    print(tally.summary())
    return 0 if tally.ok else 1


if __name__ == "__main__":
    sys.exit(main())
