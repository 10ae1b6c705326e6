"""What pyproject.toml promises to installers: the PySide6 releases allowed on each Python,
the commands, the supported Pythons."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
SUPPORTED = ("3.11", "3.12", "3.13")


def allowed(package: str, version: str, python: str) -> bool:
    """Whether pip may install ``package`` ``version`` on ``python``."""
    found = False
    for line in PROJECT["dependencies"]:
        requirement = Requirement(line)
        if requirement.name != package:
            continue
        if requirement.marker and not requirement.marker.evaluate({"python_version": python}):
            continue
        found = True
        if not requirement.specifier.contains(version, prereleases=True):
            return False
    assert found, f"no requirement on {package} applies on Python {python}"
    return True


@pytest.mark.parametrize("python", SUPPORTED)
def test_pyside6_6_12_0_is_left_out_only_where_it_crashes(python: str) -> None:
    # 6.12.0 drops references to None; only Python 3.11 (None not immortal) crashes.
    assert allowed("PySide6-Essentials", "6.12.0", python) == (python != "3.11")
    for version in ("6.11.2", "6.11.3", "6.12.1"):
        assert allowed("PySide6-Essentials", version, python)
    assert not allowed("PySide6-Essentials", "6.11.1", python)  # the suite fails with it
    assert not allowed("PySide6-Essentials", "6.13.0", python)  # not tested yet


def test_windows_gets_a_windowed_moodapp_and_a_console_moodapp_cli() -> None:
    assert PROJECT["gui-scripts"] == {"moodapp": "moodapp.__main__:main"}
    assert PROJECT["scripts"] == {"moodapp-cli": "moodapp.__main__:main"}


def test_the_supported_pythons_are_declared() -> None:
    assert PROJECT["requires-python"] == f">={SUPPORTED[0]}"
    declared = {
        c.removeprefix("Programming Language :: Python :: ")
        for c in PROJECT["classifiers"]
        if c.startswith("Programming Language :: Python :: 3.")
    }
    assert declared == set(SUPPORTED)
    assert {"Homepage", "Source", "Issues"} <= set(PROJECT["urls"])
