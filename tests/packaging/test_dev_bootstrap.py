"""dev.py puts pip into an environment that has none: with ensurepip (the standard way),
else with the running Python's own pip, so that pip's configuration applies (index,
proxies, certificates, find-links), else it says in words what to install."""

from __future__ import annotations

import importlib.util
import sys
import venv
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Debian and Ubuntu without python3-venv answer `python -m ensurepip` like this.
DEBIAN_ENSUREPIP = """\
import sys
sys.exit("ensurepip is disabled in Debian/Ubuntu for the system python.")
"""


@pytest.fixture(scope="module")
def dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("moodapp_dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def bare_python(dev: ModuleType, tmp_path: Path) -> Path:
    """The Python of a new virtual environment made without pip."""
    venv.EnvBuilder(with_pip=False).create(tmp_path / "venv")
    python: Path = dev.venv_python(tmp_path / "venv")
    assert not dev.has_pip(python)
    return python


@pytest.fixture
def no_ensurepip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Python started from here on finds an ensurepip that refuses, as Debian's."""
    stand_in = tmp_path / "debian" / "ensurepip"
    stand_in.mkdir(parents=True)
    (stand_in / "__init__.py").write_text("")
    (stand_in / "__main__.py").write_text(DEBIAN_ENSUREPIP)
    monkeypatch.setenv("PYTHONPATH", str(stand_in.parent))


def bundled_pip_wheels() -> Path:
    """The folder of the pip wheel that ships with this Python (ensurepip's own)."""
    spec = importlib.util.find_spec("ensurepip")
    if spec is None or spec.origin is None:
        pytest.skip("this Python has no ensurepip")
    folder = Path(spec.origin).parent / "_bundled"
    if not list(folder.glob("pip-*.whl")):
        pytest.skip("this Python's ensurepip has no bundled pip wheel")
    return folder


def test_ensurepip_puts_pip_in(dev: ModuleType, bare_python: Path) -> None:
    bundled_pip_wheels()
    dev.ensure_pip(bare_python)
    assert dev.has_pip(bare_python)


@pytest.mark.usefixtures("no_ensurepip")
def test_without_ensurepip_pip_comes_as_pips_own_settings_say(
    dev: ModuleType, bare_python: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    # Settings that allow no index at all, only a folder: the wheel can come only from
    # where pip's configuration points (and no network is used).
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(bundled_pip_wheels()))
    dev.ensure_pip(bare_python, host=sys.executable)
    assert dev.has_pip(bare_python)
    assert "fetching pip with its own pip" in capsys.readouterr().out


@pytest.mark.usefixtures("no_ensurepip")
def test_without_ensurepip_or_pip_it_says_what_to_install(
    dev: ModuleType, bare_python: Path
) -> None:
    with pytest.raises(SystemExit) as stopped:
        dev.ensure_pip(bare_python, host=bare_python)
    message = str(stopped.value)
    assert "could not put pip into" in message
    assert "sudo apt install python3-venv" in message


def test_an_environment_of_another_python_is_named(dev: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "pyvenv.cfg").write_text("home = /usr/bin\nversion = 3.9.2\n")
    assert dev.made_by_another_python(tmp_path) == "3.9.2"
    running = ".".join(map(str, sys.version_info[:3]))
    (tmp_path / "pyvenv.cfg").write_text(f"home = /usr/bin\nversion = {running}\n")
    assert dev.made_by_another_python(tmp_path) is None
