"""The layers point one way: ui -> services -> store, domain. Checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

import moodapp

PACKAGE = Path(moodapp.__file__).parent


def imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def modules(*parts: str) -> list[Path]:
    return sorted((PACKAGE.joinpath(*parts)).rglob("*.py"))


def offenders(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files
        for name in sorted(imports_of(path))
        if name.split(".")[0] in forbidden or name.startswith(forbidden)
    ]


def test_nothing_below_ui_imports_qt_or_pyqtgraph() -> None:
    # __main__ is above every layer: it starts the window, and imports it only then.
    below_ui = [
        p
        for p in PACKAGE.rglob("*.py")
        if "ui" not in p.relative_to(PACKAGE).parts and p.name != "__main__.py"
    ]
    assert offenders(below_ui, ("PySide6", "pyqtgraph", "moodapp.ui")) == []


def test_the_domain_stands_alone() -> None:
    assert (
        offenders(modules("domain"), ("peewee", "playhouse", "moodapp.store", "moodapp.services"))
        == []
    )


def test_the_store_knows_nothing_of_services() -> None:
    assert offenders(modules("store"), ("moodapp.services",)) == []


def test_the_ui_never_touches_the_store() -> None:
    assert offenders(modules("ui"), ("peewee", "playhouse", "moodapp.store")) == []


def test_only_ui_plots_import_pyqtgraph() -> None:
    ui_outside_plots = [p for p in modules("ui") if "plots" not in p.relative_to(PACKAGE).parts]
    assert offenders(ui_outside_plots, ("pyqtgraph", "numpy")) == []


def test_the_check_finds_an_offender(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\n")
    assert imports_of(bad) == {"PySide6.QtWidgets"}
