"""Several moodapps on one journal at once: writers saving in a loop, a reader listing, and
a restorer backing up and restoring, each a `moodapp` command of its own, as a person's
scripts or terminals would run them.

Nothing may be refused, and nothing confirmed may be lost: a restore takes the journal
back to a backup, so every uid a writer printed must be in the journal or in a backup
(the one each restore takes of the journal as it was).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.fault_checks import MARKER, JournalDidNotOpen, open_as_the_app, uids_in_backups
from bench.fault_command import Ran, moodapp_env, run_moodapp
from moodapp.paths import AppPaths

RESTORE_PAUSE_S = 0.5  # between one restore and the next backup, so that writers get on


@dataclass
class ConcurrencyTally:
    writers: int = 0
    seconds: float = 0.0
    confirmed: set[str] = field(default_factory=set)
    refused: list[str] = field(default_factory=list)  # saves that ended in an error
    reads: int = 0
    failed_reads: list[str] = field(default_factory=list)
    restores: int = 0
    failed_restores: list[str] = field(default_factory=list)
    lost: set[str] = field(default_factory=set)
    integrity: list[str] = field(default_factory=list)
    open_failure: str = ""

    @property
    def ok(self) -> bool:
        return not (self.refused or self.failed_reads or self.failed_restores or self.lost
                    or self.open_failure) and self.integrity == ["ok"]  # fmt: skip

    def summary(self) -> str:
        return (
            f"concurrency: {self.writers} writers, a reader and a restorer for "
            f"{self.seconds:.0f} s: {len(self.confirmed)} saves confirmed, "
            f"{len(self.refused)} refused, {len(self.lost)} lost; {self.reads} reads "
            f"({len(self.failed_reads)} failed), {self.restores} restores "
            f"({len(self.failed_restores)} failed); integrity {'; '.join(self.integrity)}"
            + (f"; the journal did not open: {self.open_failure}" if self.open_failure else "")
        )


class _Loop(threading.Thread):
    def __init__(self, until: float, step: Callable[[], None]) -> None:
        super().__init__(daemon=True)
        self._until = until
        self._step = step

    def run(self) -> None:
        while time.monotonic() < self._until:
            self._step()


def _problem(ran: Ran) -> str:
    return f"status {ran.status}: {ran.errors.strip()[-300:]}"


def run_concurrency(
    data_dir: Path, seconds: float, writers: int = 3, passphrase: str | None = None
) -> ConcurrencyTally:
    """On the journal in ``data_dir`` (made first when it does not exist)."""
    paths = AppPaths.under(data_dir)
    env = moodapp_env(passphrase)
    tally = ConcurrencyTally(writers=writers, seconds=seconds)
    lock = threading.Lock()
    first = run_moodapp(data_dir, ["add", "cry", "--intensity", "2", "--note", MARKER], env)
    assert first.status == 0, first.errors
    tally.confirmed.add(first.lines[0])

    def save() -> None:
        ran = run_moodapp(data_dir, ["add", "cry", "--intensity", "3", "--note", MARKER], env)
        with lock:
            if ran.status == 0 and ran.lines:
                tally.confirmed.add(ran.lines[0].strip())
            else:
                tally.refused.append(_problem(ran))

    def read() -> None:
        ran = run_moodapp(data_dir, ["list", "--from", "2000-01-01"], env)
        with lock:
            tally.reads += 1
            if ran.status != 0:
                tally.failed_reads.append(_problem(ran))

    def restore() -> None:
        taken = run_moodapp(data_dir, ["backup"], env)
        ran = (
            run_moodapp(data_dir, ["restore", Path(taken.lines[-1]).name, "--yes"], env)
            if taken.status == 0 and taken.lines
            else taken
        )
        with lock:
            tally.restores += ran is not taken
            if ran.status != 0:
                tally.failed_restores.append(_problem(ran))
        time.sleep(RESTORE_PAUSE_S)

    until = time.monotonic() + seconds
    loops = [_Loop(until, save) for _ in range(writers)] + [_Loop(until, read),
                                                            _Loop(until, restore)]  # fmt: skip
    for loop in loops:
        loop.start()
    for loop in loops:
        loop.join()
    try:
        opened = open_as_the_app(paths, [passphrase])
    except JournalDidNotOpen as error:
        tally.open_failure = str(error)
        return tally
    tally.integrity = opened.integrity
    tally.lost = tally.confirmed - opened.uids - uids_in_backups(paths, passphrase)
    return tally
