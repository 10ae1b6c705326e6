#!/usr/bin/env python3
"""Set up moodapp's own virtual environment, then open the app or run every test.

    python3 dev.py run [moodapp arguments]   set up, then open the app
    python3 dev.py test [pytest arguments]   set up, then lint, type-check and test headless

    python3.13 dev.py --venv .venv-3.13 test
                                             the same with another Python, in an
                                             environment of its own (the folder given)

Needs only Python 3.11+ (standard library). Everything is installed into .venv
inside the project (or the --venv folder), so it works where the system Python
refuses global installs (PEP 668). The environment is reinstalled only when
pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DEFAULT_VENV = ROOT / ".venv"
STAMP_NAME = ".moodapp-setup"
MINIMUM_PYTHON = (3, 11)
INSTALL_VENV_ADVICE = (
    "Install Python's venv module (which brings pip with it) and run dev.py again: on "
    "Debian and Ubuntu `sudo apt install python3-venv` (for another Python than the "
    "system's, python3.X-venv, e.g. python3.13-venv); elsewhere, install pip for this "
    "Python (the python3-pip package, or your Python's installer)."
)


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def say(message: str) -> None:
    print(f"dev.py: {message}", flush=True)


def run(*command: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(c) for c in command], cwd=ROOT, env=env)


def check(*command: str | Path) -> None:
    subprocess.check_call([str(c) for c in command], cwd=ROOT)


def quietly(*command: str | Path) -> subprocess.CompletedProcess[str]:
    """Run a command for its exit status, keeping what it says for a failure message."""
    return subprocess.run(
        [str(c) for c in command],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )


def has_pip(python: Path | str) -> bool:
    return quietly(python, "-m", "pip", "--version").returncode == 0


def pip_by_ensurepip(python: Path) -> bool:
    """The standard way: the pip wheel that ships with Python itself (no download)."""
    return quietly(python, "-m", "ensurepip", "--upgrade", "--default-pip").returncode == 0


def pip_through_index(python: Path, host: Path | str) -> bool:
    """Where Python ships without ensurepip (Debian and Ubuntu without python3-venv): let
    ``host``'s own pip download the pip wheel, so that pip's configuration (index URL,
    proxies, certificates, find-links) is honoured, then install the wheel with itself."""
    if not has_pip(host):
        return False
    with tempfile.TemporaryDirectory(prefix="moodapp-pip-") as folder:
        download = quietly(
            host, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
            "--dest", folder, "pip",
        )  # fmt: skip
        wheels = sorted(Path(folder).glob("pip-*.whl"))
        if download.returncode != 0 or not wheels:
            print(download.stdout + download.stderr, file=sys.stderr)
            return False
        wheel = wheels[-1]
        # A wheel is a zip file that Python can import from: pip installs itself from it.
        installed = quietly(
            python, f"{wheel}/pip", "install", "--no-index", "--no-deps", "--quiet", wheel
        )
        if installed.returncode != 0:
            print(installed.stdout + installed.stderr, file=sys.stderr)
            return False
    return has_pip(python)


def ensure_pip(python: Path, host: Path | str = sys.executable) -> None:
    """Put pip into the environment of ``python`` if it has none, or stop with words."""
    if has_pip(python):
        return
    say("the virtual environment has no pip yet; installing it with ensurepip")
    if pip_by_ensurepip(python):
        return
    say("this Python has no ensurepip; fetching pip with its own pip (your pip settings apply)")
    if pip_through_index(python, host):
        return
    sys.exit(f"dev.py: could not put pip into {python.parent.parent}.\n{INSTALL_VENV_ADVICE}")


def create_venv(folder: Path) -> None:
    say(f"creating the virtual environment in {folder}")
    # Without pip here: ensure_pip() adds it the standard way, or says what to install.
    venv.EnvBuilder(with_pip=False, clear=True).create(folder)


def made_by_another_python(folder: Path) -> str | None:
    """The version of Python that made ``folder``, when it is not the one running."""
    config = folder / "pyvenv.cfg"
    if not config.exists():
        return None
    for line in config.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition("=")
        if key.strip() == "version":
            made_with = value.strip()
            running = ".".join(map(str, sys.version_info[:2]))
            return None if made_with.split(".")[:2] == running.split(".") else made_with
    return None


def setup(folder: Path, extras: str, command: str) -> Path:
    """Make ``folder`` hold moodapp (editable) with ``extras``, reinstalling when pyproject
    changes; return its Python. ``command`` is only for the advice when that fails."""
    python = venv_python(folder)
    other = made_by_another_python(folder) if python.exists() else None
    if other is not None:
        running = ".".join(map(str, sys.version_info[:2]))
        sys.exit(
            f"dev.py: {folder} was made with Python {other}, and this is Python {running}.\n"
            f"Give this Python an environment of its own: "
            f"python{running} dev.py --venv {folder.name}-{running} {command}\n"
            f"or remove {folder} to make it again with this Python."
        )
    stamp = folder / STAMP_NAME
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    installed = stamp.read_text().split() if stamp.exists() else []
    if python.exists() and installed[:1] == [wanted] and extras in [*installed[1:], ""]:
        return python  # up to date; an environment set up for the tests also runs the app
    if not python.exists():
        create_venv(folder)
    ensure_pip(python)
    say("installing moodapp and its dependencies (the first time takes a few minutes)")
    check(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    check(python, "-m", "pip", "install", "--quiet", "--editable", f".{extras}")
    stamp.write_text(f"{wanted} {extras}\n" if extras else f"{wanted}\n")
    return python


def run_app(folder: Path, arguments: list[str]) -> int:
    python = setup(folder, "", "run")
    return run(python, "-m", "moodapp", *arguments)


def run_tests(folder: Path, arguments: list[str]) -> int:
    python = setup(folder, "[test]", "test")
    say(f"testing with Python {sys.version.split()[0]} in {folder}")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("MOODAPP_DATA_DIR", None)  # tests never touch a journal chosen outside them
    for name, command in (
        ("ruff", ["-m", "ruff", "check", "."]),
        # mypy checks for the Python it runs on: each supported Python's run checks its own.
        ("mypy", ["-m", "mypy"]),
    ):
        say(f"running {name}")
        if run(python, *command, env=env) != 0:
            say(f"{name} found problems")
            return 1
    say("running the tests")
    return run(python, "-m", "pytest", *arguments, env=env)


def main() -> int:
    if sys.version_info < MINIMUM_PYTHON:
        sys.exit(f"dev.py: moodapp needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    arguments = sys.argv[1:]
    folder = DEFAULT_VENV
    if arguments[:1] == ["--venv"] and len(arguments) > 1:
        folder, arguments = Path(arguments[1]).expanduser().absolute(), arguments[2:]
    elif arguments[:1] and arguments[0].startswith("--venv="):
        folder = Path(arguments[0].removeprefix("--venv=")).expanduser().absolute()
        arguments = arguments[1:]
    if not arguments or arguments[0] not in ("run", "test"):
        print(__doc__)
        return 2
    command, rest = arguments[0], arguments[1:]
    return run_app(folder, rest) if command == "run" else run_tests(folder, rest)


if __name__ == "__main__":
    sys.exit(main())
