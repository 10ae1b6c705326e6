"""Kills at random moments during every command that writes, one command at a time on one
journal that lives through all of them: add, import, export, backup, restore, encrypt,
change-passphrase and decrypt.

After each round the journal is opened as the app opens it (which finishes whatever the
kill interrupted) and checked: it opens, SQLite's integrity check says "ok", every save
that a command confirmed is in it, an import is there whole or not at all, and, when the
journal is encrypted, no file in its data folder holds an entry's words in plain.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.fault_checks import (
    MARKER,
    JournalDidNotOpen,
    open_as_the_app,
    plaintext_files,
)
from bench.fault_command import Ran, moodapp_env, run_moodapp
from moodapp import __version__
from moodapp.domain.entries import CheckIn
from moodapp.exchange.batch import ExportInfo, JournalContent
from moodapp.exchange.formats import write_export
from moodapp.exchange.kinds import ExportFormat
from moodapp.paths import AppPaths
from moodapp.store.backups import backups_in

PLAIN_COMMANDS = ("add", "import", "export", "backup", "restore", "encrypt")
ENCRYPTED_COMMANDS = ("add", "import", "export", "backup", "restore", "change-passphrase",
                      "decrypt")  # fmt: skip
FIRST_GUESS_S = 1.5  # how long a command takes, until one has run to its end
# A command killed this many times in a row runs to its end once, so that a long one
# (encrypting a journal with many backups) also leads the run on to the encrypted journal.
KILLS_IN_A_ROW = 3
# Backups kept between rounds: rotation keeps every one of the last day, and hundreds of
# them would make each conversion and each restore's listing take minutes.
BACKUPS_KEPT = 8


@dataclass
class KillTally:
    rounds: int = 0
    kills: Counter[str] = field(default_factory=Counter)  # per command
    finished: Counter[str] = field(default_factory=Counter)  # rounds that ended by themselves
    confirmed: set[str] = field(default_factory=set)
    lost: set[str] = field(default_factory=set)
    partial_imports: int = 0
    integrity_failures: int = 0
    open_failures: list[str] = field(default_factory=list)
    plaintext: set[str] = field(default_factory=set)  # names of files found, relative
    rounds_with_plaintext: int = 0
    encrypted_rounds: int = 0  # rounds after which the journal was encrypted (and searched)
    refused: list[str] = field(default_factory=list)  # commands that ended with an error
    export_leftovers: int = 0  # hidden partial files in the export folder at the end

    @property
    def ok(self) -> bool:
        return not (self.lost or self.partial_imports or self.integrity_failures
                    or self.open_failures or self.plaintext or self.refused)  # fmt: skip

    def summary(self) -> str:
        return (
            f"kills: {sum(self.kills.values())} in {self.rounds} rounds "
            f"({', '.join(f'{c} {n}' for c, n in sorted(self.kills.items()))}; "
            f"{sum(self.finished.values())} commands ended by themselves), "
            f"{len(self.confirmed)} saves confirmed, {len(self.lost)} lost, "
            f"{self.partial_imports} partial imports, {self.integrity_failures} integrity "
            f"failures, {len(self.open_failures)} journals that did not open, "
            f"{len(self.plaintext)} plaintext files found (in {self.rounds_with_plaintext} of "
            f"{self.encrypted_rounds} rounds that left the journal encrypted), "
            f"{len(self.refused)} commands refused, "
            f"{self.export_leftovers} export leftovers"
        )


def import_file(path: Path, count: int, now: datetime) -> set[str]:
    """A moodapp JSON export of ``count`` new check-ins; their uids."""
    entries = [
        CheckIn(occurred_at=now - timedelta(minutes=5 + n), mood=n % 7 - 3, energy=0,
                note=f"{MARKER} imported {n}", uid=str(uuid.uuid4()),
                created_at=now.astimezone(UTC), updated_at=now.astimezone(UTC))
        for n in range(count)
    ]  # fmt: skip
    info = ExportInfo(now, __version__, None, None)
    write_export(JournalContent(entries=list(entries)), info, path, ExportFormat.JSON)
    return {e.uid for e in entries}


class KillRounds:
    def __init__(
        self, data_dir: Path, work: Path, seed: int, entries: tuple[int, int] = (3000, 1500)
    ) -> None:
        self.paths = AppPaths.under(data_dir)
        self.work = work
        self.exports = work / "exports"
        self.exports.mkdir(parents=True, exist_ok=True)
        self.rng = random.Random(seed)
        self.tally = KillTally()
        self.passphrase: str | None = None
        self.durations: dict[str, float] = {}
        self.start_entries, self.import_entries = entries
        self._passphrases = 0
        self._killed_in_a_row: Counter[str] = Counter()

    def _next_passphrase(self) -> str:
        self._passphrases += 1
        return f"fault run passphrase {self._passphrases}"

    def _run(self, args: list[str], new: str | None = None, kill: bool = True) -> Ran:
        command = args[0]
        longest = self.durations.get(command, FIRST_GUESS_S)
        delay = self.rng.uniform(0.05, longest * 1.1) if kill else None
        ran = run_moodapp(self.paths.data_dir, args, moodapp_env(self.passphrase, new), delay)
        self._killed_in_a_row[command] = self._killed_in_a_row[command] + 1 if ran.killed else 0
        if ran.killed:
            self.tally.kills[command] += 1
            # It ran this long and was not done yet: later kills may come later.
            self.durations[command] = max(longest, ran.seconds * 1.2)
        else:
            self.tally.finished[command] += 1
            self.durations[command] = ran.seconds
            if ran.status != 0:
                self.tally.refused.append(f"{' '.join(args)}: {ran.errors.strip()[-500:]}")
        return ran

    def prepare(self) -> None:
        source = self.work / "start.json"
        self.tally.confirmed |= import_file(source, self.start_entries, datetime.now().astimezone())
        ran = self._run(["import", str(source)], kill=False)
        assert ran.status == 0, ran.errors

    @property
    def commands(self) -> tuple[str, ...]:
        """The commands that can run on the journal as it is now."""
        return ENCRYPTED_COMMANDS if self.passphrase else PLAIN_COMMANDS

    def one_round(self, command: str | None = None, kill: bool = True) -> None:
        """A command (a random one that fits the journal by default), killed at a random
        moment unless ``kill`` is false; then the checks."""
        command = command or self.rng.choice(self.commands)
        for old in backups_in(self.paths.backup_dir)[BACKUPS_KEPT:]:
            old.path.unlink()
        kill = kill and self._killed_in_a_row[command] < KILLS_IN_A_ROW
        new = self._next_passphrase()
        candidates: list[str | None] = [self.passphrase, new]
        import_uids: set[str] = set()
        doing: dict[str, Callable[[], Ran]] = {
            "add": lambda: self._run(
                ["add", "cry", "--intensity", "3", "--note", MARKER], kill=kill
            ),
            "export": lambda: self._export(kill),
            "backup": lambda: self._run(["backup"], kill=kill),
            "restore": lambda: self._restore(kill),
            "encrypt": lambda: self._run(["encrypt"], new=new, kill=kill),
            "change-passphrase": lambda: self._run(["change-passphrase"], new=new, kill=kill),
            "decrypt": lambda: self._run(["decrypt"], kill=kill),
        }
        if command == "import":
            source = self.work / f"import-{self.tally.rounds}.json"
            import_uids = import_file(source, self.import_entries, datetime.now().astimezone())
            ran = self._run(["import", str(source)], kill=kill)
        else:
            ran = doing[command]()
        self.tally.rounds += 1
        if command == "add" and ran.lines:
            self.tally.confirmed.add(ran.lines[0].strip())
        if command == "import" and any(line.startswith("Added") for line in ran.lines):
            self.tally.confirmed |= import_uids
        self._check(candidates, import_uids)

    def _export(self, kill: bool) -> Ran:
        name = f"export-{self.tally.rounds}" + self.rng.choice([".json", ".zip", ""])
        return self._run(["export", "--output", str(self.exports / name)], kill=kill)

    def _restore(self, kill: bool) -> Ran:
        """Back up first (left to finish), then restore that copy: its content is the
        journal's, so whatever the kill interrupts, every confirmed save stays."""
        taken = self._run(["backup"], kill=False)
        if taken.status != 0 or not taken.lines:
            return taken
        return self._run(["restore", Path(taken.lines[-1]).name, "--yes"], kill=kill)

    def _check(self, candidates: list[str | None], import_uids: set[str]) -> None:
        tally = self.tally
        try:
            opened = open_as_the_app(self.paths, candidates)
        except JournalDidNotOpen as error:
            tally.open_failures.append(f"round {tally.rounds}: {error}")
            return
        self.passphrase = opened.passphrase
        tally.lost |= tally.confirmed - opened.uids
        if import_uids and 0 < len(import_uids & opened.uids) < len(import_uids):
            tally.partial_imports += 1
        if opened.integrity != ["ok"]:
            tally.integrity_failures += 1
        if opened.passphrase is not None:
            tally.encrypted_rounds += 1
            found = plaintext_files(self.paths.data_dir)
            tally.plaintext |= {str(p.relative_to(self.paths.data_dir)) for p in found}
            tally.rounds_with_plaintext += bool(found)

    def finish(self) -> None:
        self.tally.export_leftovers = sum(
            1 for p in self.exports.iterdir() if p.name.startswith(".")
        )


def run_kills(rounds: int, data_dir: Path, work: Path, seed: int) -> KillTally:
    """``rounds`` random commands, each killed at a random moment."""
    kills = KillRounds(data_dir, work, seed)
    kills.prepare()
    for _ in range(rounds):
        kills.one_round()
        if kills.tally.open_failures:
            break  # nothing more to learn from a journal that does not open
    kills.finish()
    return kills.tally


def run_each_command_once(data_dir: Path, work: Path, seed: int) -> KillTally:
    """Each command killed once at a random moment, on a small journal, plain and then
    encrypted (encrypting it to its end in between if its kill left it plain)."""
    kills = KillRounds(data_dir, work, seed, entries=(300, 200))
    kills.prepare()
    for command in PLAIN_COMMANDS:
        kills.one_round(command)
    if kills.passphrase is None:
        kills.one_round("encrypt", kill=False)
    for command in ENCRYPTED_COMMANDS:
        if not kills.tally.open_failures:
            kills.one_round(command)
    kills.finish()
    return kills.tally
