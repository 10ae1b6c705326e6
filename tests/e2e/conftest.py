"""Running the installed `moodapp` command (and the venv's Python) as a separate process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Protocol

import pytest

BIN = Path(sys.executable).parent


class RunMoodapp(Protocol):
    """The ``moodapp`` fixture: runs the installed command with these arguments."""

    def __call__(
        self, *args: str, extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]: ...


@pytest.fixture
def command() -> str:
    found = shutil.which("moodapp", path=str(BIN))
    assert found, f"moodapp is not installed next to {sys.executable}; run `python3 dev.py test`"
    return found


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """An environment whose home is a temporary folder, so nothing reaches the real journal."""
    home = tmp_path / "home"
    home.mkdir()
    values = {k: v for k, v in os.environ.items() if not k.startswith(("MOODAPP_", "XDG_"))}
    values.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    values.update(LC_ALL="C.UTF-8", LANGUAGE="")  # the English words the tests look for
    return values


@pytest.fixture
def moodapp(command: str, env: dict[str, str], tmp_path: Path) -> RunMoodapp:
    """Run the installed command with --data-dir TMP/data."""

    def run(
        *args: str, extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [command, "--data-dir", str(tmp_path / "data"), *args],
            env={**env, **(extra_env or {})},
            cwd=tmp_path,  # relative paths land in the test's own folder
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    return run
