"""The Flatpak manifest: app id, command, a sandbox without network, the files it installs."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from moodapp import APP_ID

yaml = pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parents[2]
FLATPAK = ROOT / "packaging" / "flatpak"
MANIFEST = FLATPAK / f"{APP_ID}.yml"
SHA256 = re.compile(r"[0-9a-f]{64}")


def manifest() -> dict[str, Any]:
    loaded = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def app_module() -> dict[str, Any]:
    (module,) = [m for m in manifest()["modules"] if isinstance(m, dict) and m["name"] == "moodapp"]
    return module


def included_modules() -> list[dict[str, Any]]:
    """The modules of the JSON files the manifest names, with their nested modules."""
    found: list[dict[str, Any]] = []

    def walk(module: dict[str, Any]) -> None:
        found.append(module)
        for inner in module.get("modules", []):
            walk(inner)

    for module in manifest()["modules"]:
        if isinstance(module, str):
            walk(json.loads((FLATPAK / module).read_text(encoding="utf-8")))
    return found


def test_identity_runtime_and_command() -> None:
    data = manifest()
    assert data["id"] == APP_ID
    assert data["runtime"] == "org.kde.Platform"
    assert data["sdk"] == "org.kde.Sdk"
    assert data["base"] == "io.qt.PySide.BaseApp"
    # The BaseApp is built for one runtime branch.
    assert str(data["base-version"]) == str(data["runtime-version"])
    assert data["command"] == "moodapp"  # [project.gui-scripts] in pyproject.toml
    assert "/app/cleanup-BaseApp.sh" in data["cleanup-commands"]


def test_sandbox_has_a_display_and_no_network() -> None:
    args = manifest()["finish-args"]
    assert "--share=network" not in args
    assert not [a for a in args if a.startswith("--filesystem")]  # files go through the portal
    for needed in (
        "--share=ipc",
        "--socket=wayland",
        "--socket=fallback-x11",
        "--device=dri",
        "--talk-name=org.kde.StatusNotifierWatcher",
        "--talk-name=org.freedesktop.Notifications",
    ):
        assert needed in args
    assert "--socket=x11" not in args  # fallback-x11 only, when there is no Wayland


def test_modules_are_there() -> None:
    modules = manifest()["modules"]
    assert modules
    for module in modules:
        if isinstance(module, str):
            assert (FLATPAK / module).is_file(), module
    assert app_module()["buildsystem"] == "simple"


def test_app_module_installs_the_desktop_files_and_icons() -> None:
    commands = "\n".join(app_module()["build-commands"])
    assert "pip3 install" in commands
    assert "--no-deps" in commands  # PySide6 comes from the BaseApp, not from PyPI
    assert (
        "packaging/linux/${FLATPAK_ID}.desktop -t ${FLATPAK_DEST}/share/applications/" in commands
    )
    assert (
        "packaging/linux/${FLATPAK_ID}.metainfo.xml -t ${FLATPAK_DEST}/share/metainfo/" in commands
    )
    assert "${FLATPAK_DEST}/share/icons/hicolor/scalable/apps/" in commands
    assert "${FLATPAK_DEST}/share/icons/hicolor/${size}x${size}/apps/${FLATPAK_ID}.png" in commands
    for installed in (
        ROOT / "packaging" / "linux" / f"{APP_ID}.desktop",
        ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml",
        ROOT / "resources" / "icons" / f"{APP_ID}.svg",
    ):
        assert installed.is_file(), installed
    sizes = re.search(r"for size in ([\d ]+);", commands)
    assert sizes is not None
    for size in sizes.group(1).split():
        assert (ROOT / "resources" / "icons" / f"{APP_ID}-{size}.png").is_file()


def test_downloads_are_pinned() -> None:
    sources = [s for m in [app_module(), *included_modules()] for s in m.get("sources", [])]
    downloads = [s for s in sources if "url" in s]
    assert downloads
    for source in downloads:
        assert source["url"].startswith("https://"), source
        assert SHA256.fullmatch(source["sha256"]), source


def test_python_dependencies_cover_the_project() -> None:
    names = {m["name"] for m in included_modules()}
    for package in ("peewee", "platformdirs", "pyqtgraph", "sqlcipher3"):
        assert f"python3-{package}" in names
    (sqlcipher,) = [m for m in included_modules() if m["name"] == "python3-sqlcipher3"]
    arches = {arch for s in sqlcipher["sources"] for arch in s.get("only-arches", [])}
    assert arches == {"x86_64", "aarch64"}
