"""The sdist is complete: a distribution can build, install and test moodapp from it alone.

Slow (it builds the sdist, installs it with its test dependencies into a new environment
and runs the whole test suite again there): marked ``sdist``, which the normal run leaves
out (``addopts`` in pyproject.toml). ``.ci/run`` runs it once, on the default Python:
``python3 dev.py test -m sdist tests/packaging/test_sdist.py``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

import moodapp

pytestmark = pytest.mark.sdist

ROOT = Path(__file__).resolve().parents[2]
# Files of the repository that only its own CI and git use, and the screenshots that
# only its readers look at (MANIFEST.in prunes them: 4 MB no build or test reads).
NOT_IN_SDIST = {".ci/run", ".gitignore"}
SCREENSHOTS = "docs/screenshots/"
BIN = "Scripts" if os.name == "nt" else "bin"


def _run(
    *command: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: int
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, (
        f"{' '.join(map(str, command))} exited with {result.returncode}:\n"
        f"{result.stdout[-6000:]}\n{result.stderr[-6000:]}"
    )
    return result


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist, built the way a distribution builds it (PEP 517, isolated)."""
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--sdist", "--outdir", out, ROOT, cwd=ROOT, timeout=600)
    (archive,) = out.glob("moodapp-*.tar.gz")
    return archive


def test_the_sdist_holds_every_file_of_the_repository(sdist: Path) -> None:
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("needs the git repository to know its files")
    tracked = (
        subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
        .stdout.decode()
        .split("\0")
    )
    expected = {name for name in tracked if name and (ROOT / name).exists()} - NOT_IN_SDIST
    expected = {name for name in expected if not name.startswith(SCREENSHOTS)}
    prefix = f"moodapp-{moodapp.__version__}/"
    with tarfile.open(sdist) as archive:
        members = {m.name.removeprefix(prefix) for m in archive.getmembers() if m.isfile()}
    assert sorted(expected - members) == []
    for needed in ("tests/conftest.py", "docs/ARCHITECTURE.md", "dev.py",
                   "packaging/linux/io.github.moodapp.Moodapp.desktop",
                   "resources/icons/io.github.moodapp.Moodapp.svg",
                   "moodapp/assets/i18n/moodapp_de.ts"):  # fmt: skip
        assert needed in members


def test_pip_install_of_the_sdist_then_its_tests_pass(sdist: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=tmp_path, timeout=300)
    python = venv / BIN / ("python.exe" if os.name == "nt" else "python")
    # Not editable, with its test dependencies: pip builds the wheel from the sdist.
    _run(python, "-m", "pip", "install", "--quiet", f"{sdist}[test]", cwd=tmp_path, timeout=1800)
    for command in ("moodapp", "moodapp-cli"):
        assert shutil.which(command, path=str(venv / BIN)), f"{command} was not installed"
    version = _run(venv / BIN / "moodapp-cli", "--version", cwd=tmp_path, timeout=120)
    assert moodapp.__version__ in version.stdout + version.stderr

    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path / "src", filter="data")
    (source,) = (tmp_path / "src").iterdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    # -P keeps the current folder off sys.path, and pytest's append import mode puts the
    # sdist's own folder (for `tests`) after site-packages: the installed moodapp is tested.
    where = _run(python, "-P", "-c", "import moodapp; print(moodapp.__file__)",
                 cwd=source, env=env, timeout=120)  # fmt: skip
    assert Path(where.stdout.strip()).is_relative_to(venv)
    tests = _run(python, "-P", "-m", "pytest", "--import-mode=append", "-q",
                 cwd=source, env=env, timeout=3600)  # fmt: skip
    summary = tests.stdout.strip().splitlines()[-1]
    assert re.search(r"\d+ passed", summary) and "failed" not in summary, summary
    print(f"the sdist's test suite: {summary}")
