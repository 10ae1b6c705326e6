"""No core dump of a moodapp process: it would hold the passphrase and the notes read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from moodapp import hardening

ROOT = Path(__file__).resolve().parents[2]
# Runs moodapp's main() with the arguments given, then reports on the same process.
REPORT = """
import ctypes, resource, sys
from moodapp.__main__ import main
main(sys.argv[1:])
print(resource.getrlimit(resource.RLIMIT_CORE))
print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE
"""


def core_dumps_allowed() -> None:
    """Start the child as a shell with `ulimit -c unlimited` would (up to the hard limit)."""
    import resource

    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
@pytest.mark.parametrize("command", [["list"], ["encrypt"]])
def test_every_command_gives_up_core_dumps(tmp_path: Path, command: list[str]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MOODAPP_", "XDG_"))}
    env.update(HOME=str(tmp_path), PYTHONPATH=str(ROOT), MOODAPP_NEW_PASSPHRASE="a long passphrase")
    ran = subprocess.run(
        [sys.executable, "-c", REPORT, "--data-dir", str(tmp_path / "data"), *command],
        cwd=ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
        timeout=120, preexec_fn=core_dumps_allowed, check=False,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    limit, dumpable = ran.stdout.strip().splitlines()[-2:]
    assert limit == "(0, 0)"
    assert dumpable == "0"


def test_without_such_calls_nothing_happens(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows has neither the resource module nor prctl; macOS has no prctl."""
    monkeypatch.setitem(sys.modules, "resource", None)  # import resource: ImportError
    monkeypatch.setattr(sys, "platform", "win32")
    hardening.forbid_core_dumps()
