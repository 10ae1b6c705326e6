"""Helper process for the kill tests: run moodapp, and stop at a chosen moment to be killed.

    python -m tests.pause_at MODULE:FUNCTION TEXT N [moodapp arguments...]

Runs moodapp's own ``main()`` with those arguments. Just before the N-th call of
MODULE.FUNCTION whose arguments mention TEXT ("" for any call), it prints "paused" on
a line of its own and sleeps, so that the test kills it at exactly that moment.
``killed_at`` runs it and kills it there.
"""

from __future__ import annotations

import importlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PAUSED = "paused"


def pause_before(target: str, text: str, nth: int) -> None:
    module_name, name = target.split(":")
    module = importlib.import_module(module_name)
    original = getattr(module, name)
    seen = 0

    def pausing(*args: Any, **kwargs: Any) -> Any:
        nonlocal seen
        if text in repr((args, kwargs)):
            seen += 1
            if seen == nth:
                print(PAUSED, flush=True)
                time.sleep(600)
        return original(*args, **kwargs)

    setattr(module, name, pausing)


def killed_at(
    target: str, text: str, nth: int, arguments: Sequence[str], env: Mapping[str, str]
) -> None:
    """Run moodapp with ``arguments`` and SIGKILL it where ``pause_before`` stops it."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.pause_at", target, text, str(nth), *arguments],
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    if not any(line.strip() == PAUSED for line in child.stdout):
        child.kill()
        _, errors = child.communicate(timeout=60)
        raise AssertionError(f"moodapp never reached {target} ({text!r} #{nth}): {errors}")
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL


if __name__ == "__main__":
    pause_before(sys.argv[1], sys.argv[2], int(sys.argv[3]))
    from moodapp.__main__ import main

    sys.exit(main(sys.argv[4:]))
