"""The moodapp command in a process of its own, for the fault runs: killed at a chosen
moment, or left to finish, and what it printed."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from bench.crash import ROOT, writer_env


@dataclass
class Ran:
    status: int  # negative: ended by that signal (-9: killed)
    lines: list[str]  # complete lines on stdout (a line cut short by a kill does not count)
    errors: str
    seconds: float

    @property
    def killed(self) -> bool:
        return self.status == -9


def moodapp_env(passphrase: str | None = None, new: str | None = None) -> dict[str, str]:
    """The project on the path, the passphrases given, and no other MOODAPP_ variable."""
    env = writer_env(passphrase)
    if new is not None:
        env["MOODAPP_NEW_PASSPHRASE"] = new
    return env


def _collect(stream: IO[str], into: list[str]) -> threading.Thread:
    def read() -> None:
        for line in stream:
            into.append(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


def run_moodapp(
    data_dir: Path, args: Sequence[str], env: dict[str, str], kill_after: float | None = None
) -> Ran:
    """``python -m moodapp --data-dir DATA_DIR ARGS``, killed with SIGKILL after
    ``kill_after`` seconds if it still runs then."""
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-m", "moodapp", "--data-dir", str(data_dir), *args],
        cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdout is not None and child.stderr is not None
    out: list[str] = []
    errors: list[str] = []
    readers = [_collect(child.stdout, out), _collect(child.stderr, errors)]
    try:
        child.wait(kill_after)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    for reader in readers:
        reader.join()
    child.stdout.close()
    child.stderr.close()
    lines = [line.rstrip("\n") for line in out if line.endswith("\n")]
    return Ran(child.returncode, lines, "".join(errors), time.monotonic() - started)
