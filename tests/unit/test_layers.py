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
    # __main__ and the command line are above every layer: __main__ starts the window, and
    # imports it only then; the command line's own rules are below.
    below_ui = [
        p
        for p in PACKAGE.rglob("*.py")
        if not {"ui", "cli"} & set(p.relative_to(PACKAGE).parts) and p.name != "__main__.py"
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


def test_the_ui_is_made_of_feature_packages() -> None:
    # Each part of the window in a package of its own (entry, calendar, charts, ...); a
    # module straight under ui/ would be a part with no home.
    loose = [p.name for p in (PACKAGE / "ui").glob("*.py") if p.name != "__init__.py"]
    assert loose == []


def test_the_ui_never_imports_the_command_line() -> None:
    # The command line calls the ui to draw a chart or a report, never the other way round.
    assert offenders(modules("ui"), ("moodapp.cli", "moodapp.__main__")) == []


def imports_by_function(path: Path) -> dict[str | None, set[str]]:
    """The modules ``path`` imports, by the name of the function that imports them (the
    outermost one; None for the module's own, run as soon as it is imported)."""
    found: dict[str | None, set[str]] = {}

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inside = function
            if function is None and isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                inside = child.name
            if isinstance(child, ast.Import):
                found.setdefault(inside, set()).update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module:
                found.setdefault(inside, set()).add(child.module)
            visit(child, inside)

    visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


QT = ("PySide6", "pyqtgraph", "moodapp.ui")
# The only functions of the command line that load Qt: drawing a chart, laying out the
# report, and Qt's lock file (the window's) taken by the commands that replace the
# journal's file.
QT_ONLY_IN = {
    "cli/chart.py": {"run_chart"},
    "cli/report.py": {"run_report"},
    "cli/on_journal.py": {"_run_headless"},
}


def test_the_command_line_loads_qt_only_inside_the_chart_and_report_commands() -> None:
    found = []
    for path in modules("cli"):
        where = str(path.relative_to(PACKAGE))
        for function, names in imports_by_function(path).items():
            if function in QT_ONLY_IN.get(where, set()):
                continue
            found += [
                f"{where} ({function or 'module'}) imports {name}"
                for name in sorted(names)
                if name.split(".")[0] in QT or name.startswith(QT)
            ]
    assert found == []


def test_only_the_command_line_imports_argparse() -> None:
    outside = [p for p in PACKAGE.rglob("*.py") if "cli" not in p.relative_to(PACKAGE).parts]
    assert offenders([p for p in outside if p.name != "__main__.py"], ("argparse",)) == []


def test_main_imports_only_the_standard_library_and_hardening_before_it_decides() -> None:
    # Everything else (the window, or the command line) is imported once main() knows which.
    own = imports_by_function(PACKAGE / "__main__.py")[None]
    assert {name for name in own if name.startswith("moodapp")} == {"moodapp.hardening"}
    assert not {name.split(".")[0] for name in own} & {"argparse", "PySide6", "peewee"}


def test_the_check_finds_an_offender(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\n")
    assert imports_of(bad) == {"PySide6.QtWidgets"}


def test_the_function_check_tells_a_module_import_from_a_function_import(tmp_path: Path) -> None:
    code = tmp_path / "code.py"
    code.write_text(
        "import os\n"
        "def run_chart():\n"
        "    def draw():\n"
        "        from PySide6.QtGui import QImage\n"
        "    import sys\n"
    )
    assert imports_by_function(code) == {None: {"os"}, "run_chart": {"PySide6.QtGui", "sys"}}
