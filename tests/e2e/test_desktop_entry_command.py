"""The installed `moodapp desktop-entry install` from a session whose PATH lacks
~/.local/bin (as pipx's commands are not on the PATH of many desktop sessions)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from moodapp import APP_ID

pytestmark = pytest.mark.e2e


def run(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args), env=env, cwd=cwd, capture_output=True, text=True, timeout=60, check=False
    )


def test_install_writes_an_entry_that_starts_moodapp_without_path(
    command: str, env: dict[str, str], tmp_path: Path
) -> None:
    home = Path(env["HOME"])
    # As pipx installs it: ~/.local/bin/moodapp is a link to the command in its own venv.
    link = home / ".local" / "bin" / "moodapp"
    link.parent.mkdir(parents=True)
    link.symlink_to(command)
    bare = {**env, "PATH": "/usr/bin:/bin"}  # without ~/.local/bin, nor the venv
    data = ["--data-dir", str(tmp_path / "data")]
    installed = run(str(link), *data, "desktop-entry", "install", env=bare, cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr
    entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert f"Wrote the desktop entry {entry}" in installed.stdout
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(entry, encoding="utf-8")
    program = Path(parser["Desktop Entry"]["Exec"])  # this venv's path has no spaces
    assert program == Path(command).resolve()  # the venv's own, not the link
    assert program.is_absolute()
    assert program.is_file()
    assert os.access(program, os.X_OK)
    assert parser["Desktop Entry"]["TryExec"] == str(program)
    icons = home / ".local" / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert not (tmp_path / "data").exists()  # no journal was opened or made
    # What the menu runs starts with that PATH.
    started = run(str(program), "--version", env=bare, cwd=tmp_path)
    assert started.returncode == 0, started.stderr
    assert started.stdout.startswith("moodapp ")
    if shutil.which("desktop-file-validate"):
        checked = run("desktop-file-validate", str(entry), env=bare, cwd=tmp_path)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    removed = run(str(link), *data, "desktop-entry", "remove", env=bare, cwd=tmp_path)
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()
    assert not any(p.is_file() for p in icons.rglob("*"))


def test_the_command_loads_no_qt(command: str, env: dict[str, str], tmp_path: Path) -> None:
    python = Path(command).with_name("python")
    script = (
        "import sys; from moodapp.__main__ import main; code = main(['desktop-entry', "
        "'install']); print(code, 'PySide6' in sys.modules)"
    )
    result = run(str(python), "-c", script, env=env, cwd=tmp_path)
    assert result.stdout.splitlines()[-1] == "0 False", result.stdout + result.stderr
