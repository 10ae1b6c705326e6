#!/usr/bin/env python3
"""Set up moodapp's own virtual environment, then open the app or run every test.

    python3 dev.py run [moodapp arguments]   set up, then open the app
    python3 dev.py test [pytest arguments]   set up, then lint, type-check and test headless

Needs only Python 3.11+ (standard library). Everything is installed into .venv
inside the project, so it works where the system Python refuses global installs
(PEP 668). The environment is reinstalled only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import urllib.request
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".moodapp-setup"
MINIMUM_PYTHON = (3, 11)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def say(message: str) -> None:
    print(f"dev.py: {message}", flush=True)


def run(*command: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(c) for c in command], cwd=ROOT, env=env)


def check(*command: str | Path) -> None:
    subprocess.check_call([str(c) for c in command], cwd=ROOT)


def bootstrap_pip() -> None:
    """Install pip into a venv made without it (Debian and Ubuntu ship venv without ensurepip
    unless python3-venv is installed): fetch the pip wheel from PyPI and check its hash."""
    say("this Python has no ensurepip; fetching pip from PyPI")
    with urllib.request.urlopen("https://pypi.org/pypi/pip/json", timeout=60) as response:
        release = json.load(response)
    wheel = next(f for f in release["urls"] if f["packagetype"] == "bdist_wheel")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / wheel["filename"]
        with urllib.request.urlopen(wheel["url"], timeout=120) as response:
            path.write_bytes(response.read())
        if hashlib.sha256(path.read_bytes()).hexdigest() != wheel["digests"]["sha256"]:
            sys.exit("dev.py: the downloaded pip wheel does not match its published hash")
        check(venv_python(), f"{path}/pip", "install", "--no-index", "--quiet", path)


def create_venv() -> None:
    say(f"creating the virtual environment in {VENV}")
    has_ensurepip = importlib.util.find_spec("ensurepip") is not None
    try:
        venv.EnvBuilder(with_pip=has_ensurepip, clear=True).create(VENV)
    except (subprocess.CalledProcessError, SystemExit):
        has_ensurepip = False
        venv.EnvBuilder(with_pip=False, clear=True).create(VENV)
    if not has_ensurepip:
        bootstrap_pip()


def setup(extras: str) -> None:
    """Make .venv hold moodapp (editable) with ``extras``, reinstalling when pyproject changes."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    installed = STAMP.read_text().split() if STAMP.exists() else []
    if venv_python().exists() and installed[:1] == [wanted] and extras in [*installed[1:], ""]:
        return  # up to date; an environment set up for the tests also runs the app
    if not venv_python().exists():
        create_venv()
    say("installing moodapp and its dependencies (the first time takes a few minutes)")
    check(venv_python(), "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    check(venv_python(), "-m", "pip", "install", "--quiet", "--editable", f".{extras}")
    STAMP.write_text(f"{wanted} {extras}\n" if extras else f"{wanted}\n")


def run_app(arguments: list[str]) -> int:
    setup("")
    return run(venv_python(), "-m", "moodapp", *arguments)


def run_tests(arguments: list[str]) -> int:
    setup("[test]")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("MOODAPP_DATA_DIR", None)  # tests never touch a journal chosen outside them
    for name, command in (
        ("ruff", ["-m", "ruff", "check", "."]),
        ("mypy", ["-m", "mypy"]),
    ):
        say(f"running {name}")
        if run(venv_python(), *command, env=env) != 0:
            say(f"{name} found problems")
            return 1
    say("running the tests")
    return run(venv_python(), "-m", "pytest", *arguments, env=env)


def main() -> int:
    if sys.version_info < MINIMUM_PYTHON:
        sys.exit(f"dev.py: moodapp needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test"):
        print(__doc__)
        return 2
    command, arguments = sys.argv[1], sys.argv[2:]
    return run_app(arguments) if command == "run" else run_tests(arguments)


if __name__ == "__main__":
    sys.exit(main())
