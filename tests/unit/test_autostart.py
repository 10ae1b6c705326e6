"""Starting at login: the autostart entry, written and removed only when it is moodapp's."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from moodapp import autostart
from moodapp.autostart import State
from moodapp.desktop_entry import NotOurs


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    return autostart.entry_path()


def keys(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_entry_is_in_the_autostart_folder_of_xdg_config_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "c"))
    assert autostart.entry_path() == tmp_path / "c" / "autostart" / "moodapp.desktop"
    for ignored in ("", "relative/config"):  # the specification takes absolute paths only
        monkeypatch.setenv("XDG_CONFIG_HOME", ignored)
        assert autostart.entry_path() == Path.home() / ".config" / "autostart" / "moodapp.desktop"


def test_on_writes_an_entry_that_starts_the_command_in_the_tray_and_off_removes_it(
    path: Path, tmp_path: Path
) -> None:
    program = tmp_path / "my bin" / "moodapp"
    assert autostart.state(path, "linux") is State.OFF
    autostart.switch_on(path, program)
    assert autostart.state(path, "linux") is State.ON
    entry = keys(path)
    assert shlex.split(entry["Exec"]) == [str(program), "--in-tray"]
    assert entry["TryExec"] == str(program) and entry["Type"] == "Application"
    assert entry["X-Moodapp-Installed-By"] == autostart.MARK
    assert [p.name for p in path.parent.iterdir()] == ["moodapp.desktop"]  # no partial left
    autostart.switch_on(path, program)  # again: the same file
    moved = tmp_path / "elsewhere" / "moodapp"
    autostart.switch_on(path, moved)  # brought up to date
    assert shlex.split(keys(path)["Exec"])[0] == str(moved)
    autostart.switch_off(path)
    assert not path.exists() and autostart.state(path, "linux") is State.OFF
    autostart.switch_off(path)  # nothing there: nothing to do


@pytest.mark.parametrize(
    "text",
    [
        "[Desktop Entry]\nType=Application\nName=moodapp\nExec=moodapp\n",
        # the menu's entry of `moodapp desktop-entry install`, copied there: not this one
        "[Desktop Entry]\nExec=moodapp\nX-Moodapp-Installed-By=moodapp desktop-entry install\n",
        "not a desktop entry \xff",
    ],
)
def test_a_file_someone_else_put_there_is_neither_replaced_nor_removed(
    path: Path, tmp_path: Path, text: str
) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    assert autostart.state(path, "linux") is State.NOT_OURS
    with pytest.raises(NotOurs):
        autostart.switch_on(path, tmp_path / "moodapp")
    with pytest.raises(NotOurs):
        autostart.switch_off(path)
    assert path.read_text(encoding="utf-8") == text


def test_a_link_there_is_not_ours_and_is_left(path: Path, tmp_path: Path) -> None:
    target = tmp_path / "target.desktop"
    autostart.switch_on(target, tmp_path / "moodapp")  # ours, but reached through a link
    path.parent.mkdir(parents=True)
    path.symlink_to(target)
    assert autostart.state(path, "linux") is State.NOT_OURS
    with pytest.raises(NotOurs):
        autostart.switch_off(path)
    assert path.is_symlink() and target.exists()


def test_there_is_no_autostart_on_windows_macos_nor_in_the_flatpak(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert autostart.state(path, "win32") is State.UNAVAILABLE
    assert autostart.state(path, "darwin") is State.UNAVAILABLE
    monkeypatch.setenv("FLATPAK_ID", "io.github.moodapp.Moodapp")
    assert autostart.state(path, "linux") is State.UNAVAILABLE


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils missing")
def test_the_entry_is_valid(path: Path, tmp_path: Path) -> None:
    autostart.switch_on(path, tmp_path / "a folder with spaces" / "moodapp")
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout
