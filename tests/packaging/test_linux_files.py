"""The desktop entry and the AppStream metainfo: valid, and naming the app as it runs."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from moodapp import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
COMMAND = "moodapp"  # [project.gui-scripts] in pyproject.toml


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_names_the_app_and_its_command() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == COMMAND
    assert entry["Icon"] == APP_ID
    # On Wayland the window's app id is the desktop file's name (setDesktopFileName), and on
    # X11 GNOME and KDE read the same id from _GTK_APPLICATION_ID / _KDE_NET_WM_DESKTOP_FILE.
    # Other X11 desktops match WM_CLASS, which Qt sets to the application name.
    assert DESKTOP.stem == APP_ID
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Terminal"] == "false"
    assert {"mood", "journal", "crying", "emotions", "diary"} <= set(
        entry["Keywords"].rstrip(";").split(";")
    )


def test_metainfo_names_the_app_and_its_launcher() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("metadata_license") == "CC0-1.0"
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == COMMAND
    rating = root.find("content_rating")
    assert rating is not None
    assert rating.get("type") == "oars-1.1"
    releases = root.findall("releases/release")
    assert releases
    # The newest release comes first, and is the version being packaged.
    assert releases[0].get("version") == __version__


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils missing")
def test_desktop_file_validate_passes() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even a hint


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream missing")
def test_appstreamcli_validate_passes() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Warnings and errors fail; infos (an older AppStream not knowing <developer>) do not.
    problems = [line for line in result.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert problems == [], result.stdout
