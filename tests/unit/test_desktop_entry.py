"""`moodapp desktop-entry install|remove`: the entry and icons in a temporary data folder."""

from __future__ import annotations

import configparser
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from moodapp import APP_ID
from moodapp import desktop_entry as de
from moodapp.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
PACKAGED = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
ASSETS = ROOT / "moodapp" / "assets"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    return folder


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A `moodapp` command that the install is run as."""
    path = tmp_path / "bin" / "moodapp"
    path.parent.mkdir()
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    monkeypatch.setattr(sys, "argv", [str(path)])
    return path


def keys(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def files_under(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_the_packaged_entry_is_the_one_installed() -> None:
    assert (ASSETS / f"{APP_ID}.desktop").read_bytes() == PACKAGED.read_bytes(), (
        f"copy {PACKAGED} to moodapp/assets/ (the wheel installs it from there)"
    )


def test_install_writes_the_entry_with_an_absolute_exec_and_the_icons(
    home: Path, program: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["desktop-entry", "install"]) == 0
    entry = home / "applications" / f"{APP_ID}.desktop"
    written = keys(entry)
    assert written["Exec"] == str(program)
    assert written["TryExec"] == str(program)
    assert written["Icon"] == APP_ID
    packaged = keys(PACKAGED)
    for key, value in packaged.items():  # every other key as packaged
        if key != "Exec":
            assert written[key] == value
    svg = home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    png = home / "icons/hicolor/256x256/apps" / f"{APP_ID}.png"
    assert svg.read_bytes() == (ASSETS / "icons" / f"{APP_ID}.svg").read_bytes()
    assert png.read_bytes() == (ASSETS / "icons" / f"{APP_ID}-256.png").read_bytes()
    assert set(files_under(home)) == {
        f"applications/{APP_ID}.desktop",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"icons/hicolor/256x256/apps/{APP_ID}.png",
    }  # and no temporary file left
    said = capsys.readouterr().out
    assert f"Wrote the desktop entry {entry}" in said
    assert f"Wrote the icon {svg}" in said
    assert f"it starts {program}" in said


def test_reinstall_brings_the_entry_up_to_date(
    home: Path, program: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["desktop-entry", "install"]) == 0
    assert main(["desktop-entry", "install"]) == 0
    assert "Already in place: the desktop entry" in capsys.readouterr().out
    moved = program.with_name("moved") / "moodapp"
    moved.parent.mkdir()
    shutil.copy2(program, moved)
    monkeypatch.setattr(sys, "argv", [str(moved)])
    assert main(["desktop-entry", "install"]) == 0
    said = capsys.readouterr().out
    assert "Replaced the desktop entry" in said
    assert "Already in place: the icon" in said
    assert keys(home / "applications" / f"{APP_ID}.desktop")["Exec"] == str(moved)


def test_an_icon_written_by_an_older_version_is_replaced_and_removed(
    home: Path, program: Path
) -> None:
    assert main(["desktop-entry", "install"]) == 0
    entry = home / "applications" / f"{APP_ID}.desktop"
    svg = home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    old = b"<svg>an older icon</svg>"
    svg.write_bytes(old)
    shipped = hashlib.sha256((ASSETS / "icons" / f"{APP_ID}.svg").read_bytes()).hexdigest()
    text = entry.read_text().replace(shipped, hashlib.sha256(old).hexdigest())
    entry.write_text(text)  # as that version recorded it
    assert main(["desktop-entry", "install"]) == 0
    assert svg.read_bytes() == (ASSETS / "icons" / f"{APP_ID}.svg").read_bytes()
    svg.write_bytes(old)
    entry.write_text(text)
    assert main(["desktop-entry", "remove"]) == 0
    assert not svg.exists()


def test_remove_deletes_exactly_what_install_wrote(
    home: Path, program: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    others = {
        "applications/org.example.Other.desktop": b"[Desktop Entry]\nType=Application\n",
        "icons/hicolor/scalable/apps/org.example.Other.svg": b"<svg/>",
        "icons/hicolor/256x256/apps/org.example.Other.png": b"png",
    }
    for name, data in others.items():
        (home / name).parent.mkdir(parents=True, exist_ok=True)
        (home / name).write_bytes(data)
    assert main(["desktop-entry", "install"]) == 0
    capsys.readouterr()
    assert main(["desktop-entry", "remove"]) == 0
    assert files_under(home) == others
    said = capsys.readouterr().out
    assert f"Removed the desktop entry {home / 'applications' / f'{APP_ID}.desktop'}" in said
    assert said.count("Removed the icon") == 2
    assert main(["desktop-entry", "remove"]) == 0  # again: nothing to do, said so
    assert "There was no desktop entry of moodapp's at" in capsys.readouterr().out
    assert files_under(home) == others


def test_an_entry_not_written_by_install_is_left_alone(
    home: Path, program: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entry = home / "applications" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True)
    shutil.copy(PACKAGED, entry)  # copied by hand, as the old instructions said
    before = files_under(home)
    assert main(["desktop-entry", "install"]) == 2
    assert "was not written by `moodapp desktop-entry install`" in capsys.readouterr().err
    assert main(["desktop-entry", "remove"]) == 2
    assert "left as it is" in capsys.readouterr().err
    assert files_under(home) == before  # no icon written either


def test_an_icon_not_written_by_install_is_left_alone(
    home: Path, program: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    svg = home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    svg.parent.mkdir(parents=True)
    svg.write_bytes(b"<svg>the person's own</svg>")
    assert main(["desktop-entry", "install"]) == 2
    assert str(svg) in capsys.readouterr().err
    assert files_under(home) == {f"icons/hicolor/scalable/apps/{APP_ID}.svg": svg.read_bytes()}
    svg.unlink()
    assert main(["desktop-entry", "install"]) == 0
    svg.write_bytes(b"<svg>the person's own</svg>")
    capsys.readouterr()
    assert main(["desktop-entry", "remove"]) == 0
    assert f"Left as it is (moodapp did not write it): the icon {svg}" in capsys.readouterr().out
    assert files_under(home) == {f"icons/hicolor/scalable/apps/{APP_ID}.svg": svg.read_bytes()}


def test_a_folder_that_cannot_be_written_is_said(
    home: Path, program: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home.mkdir()
    (home / "applications").write_text("not a folder")
    assert main(["desktop-entry", "install"]) == 3
    error = capsys.readouterr().err
    assert "moodapp: the desktop entry could not be installed" in error
    assert str(home / "applications") in error


@pytest.mark.parametrize(
    ("platform", "words"),
    [("win32", "not available on Windows"), ("darwin", "not available on macOS")],
)
@pytest.mark.usefixtures("program")
def test_other_systems_are_told_it_is_not_for_them(
    home: Path,
    platform: str,
    words: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(de.sys, "platform", platform)  # type: ignore[attr-defined]  # the sys it reads
    assert main(["desktop-entry", "install"]) == 2
    assert words in capsys.readouterr().err
    assert not home.exists()


def test_the_flatpak_makes_its_own_entry(
    home: Path, program: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FLATPAK_ID", APP_ID)
    assert main(["desktop-entry", "install"]) == 2
    assert "not needed in the Flatpak" in capsys.readouterr().err


def test_a_relative_data_home_is_ignored() -> None:
    assert de.data_home({"XDG_DATA_HOME": "relative/share"}) == Path.home() / ".local/share"
    assert de.data_home({"XDG_DATA_HOME": ""}) == Path.home() / ".local/share"
    assert de.data_home({"XDG_DATA_HOME": "/x/share"}) == Path("/x/share")


def test_the_launcher_is_moodapp_beside_the_running_command(tmp_path: Path) -> None:
    folder = tmp_path / "venv" / "bin"
    folder.mkdir(parents=True)
    for name in ("moodapp", "moodapp-cli", "python"):
        (folder / name).write_text("#!/bin/sh\n")
        (folder / name).chmod(0o755)
    link = tmp_path / "moodapp"  # as pipx links ~/.local/bin/moodapp into its venv
    link.symlink_to(folder / "moodapp-cli")
    assert de.launcher(str(link), str(folder / "python")) == folder / "moodapp"
    # python -m moodapp: the script beside the venv's python
    assert de.launcher("/x/moodapp/__main__.py", str(folder / "python")) == folder / "moodapp"


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("/opt/moodapp/bin/moodapp", "/opt/moodapp/bin/moodapp"),
        ("/home/a b/moodapp", '"/home/a b/moodapp"'),
        ("/home/100%/moodapp", "/home/100%%/moodapp"),
        ("/home/$x/moodapp", '"/home/\\\\$x/moodapp"'),
        ('/home/a"b/moodapp', '"/home/a\\\\"b/moodapp"'),
        ("/home/a\\b/moodapp", '"/home/a\\\\\\\\b/moodapp"'),
    ],
)
def test_exec_quotes_as_the_specification_says(path: str, value: str) -> None:
    assert de.exec_value(Path(path)) == value


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils missing")
def test_the_installed_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    program = tmp_path / "a folder with 100% spaces" / "moodapp"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    de.install(tmp_path / "share", program)
    entry = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_every_exec_of_the_entry_starts_the_absolute_command(tmp_path: Path) -> None:
    template = (
        "[Desktop Entry]\nType=Application\nName=moodapp\nExec=moodapp\nTryExec=moodapp\n"
        "Actions=check-in;\n\n[Desktop Action check-in]\nName=New check-in\n"
        "Exec=moodapp --check-in\n"
    )
    program = Path("/opt/my apps/moodapp")
    text = de.entry_text(program, {}, tmp_path, template)
    assert 'Exec="/opt/my apps/moodapp"\n' in text
    assert 'Exec="/opt/my apps/moodapp" --check-in\n' in text
    main_group, action = text.split("[Desktop Action check-in]")
    assert main_group.count("TryExec=") == 1
    assert "TryExec=/opt/my apps/moodapp\n" in main_group
    assert f"{de.MARK_KEY}={de.MARK}\n" in main_group
    assert "TryExec" not in action
