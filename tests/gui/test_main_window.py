"""The main window around the views: title, menus, help, and the layout kept between runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QLabel, QMenu, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from moodapp import APP_NAME
from moodapp.paths import AppPaths
from moodapp.services.journal import Journal
from moodapp.ui.common.top_level import top_level_widgets
from moodapp.ui.help.need_help_dialog import NeedHelpDialog
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.ui.shell.main_window import MainWindow


def menu_texts(window: MainWindow) -> dict[str, list[str]]:
    return {
        menu.text().replace("&", ""): [
            a.text().replace("&", "") for a in cast(QMenu, menu.menu()).actions() if a.text()
        ]
        for menu in window.menuBar().actions()
    }


def test_menus_offer_logging_undo_and_help(window: MainWindow) -> None:
    menus = menu_texts(window)
    assert menus["Entry"] == ["Log crying episode", "New check-in"]
    assert menus["Help"][0] == "Need help now?"
    assert window.menus.log_crying_action.shortcut().toString() == "Ctrl+T"
    assert window.menus.check_in_action.shortcut().toString() == "Ctrl+N"
    assert window.menus.quit_action.shortcuts()  # no standard Quit key on Linux: a fallback


def test_need_help_lists_the_crisis_lines_offline(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("moodapp.ui.help.help_lines_text.system_territory", lambda: "US")
    shown: list[str] = []

    def read_and_close() -> None:
        dialog = next(
            w for w in top_level_widgets() if isinstance(w, NeedHelpDialog) and w.isVisible()
        )
        shown.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    window.menus.need_help_action.trigger()
    text = " ".join(shown)
    for must in ("988", "United States", "911", "findahelpline.com", "emergency"):
        assert must in text


def as_shown(title: str) -> str:
    """The title bar's text where Qt adds the application's display name (X11, Wayland,
    Windows): after the title, unless the title ends with it (formatWindowTitle)."""
    return title if title.endswith(APP_NAME) else f"{title} — {APP_NAME}"


@pytest.mark.parametrize("demo", [False, True])
def test_the_title_names_the_app_once(
    qtbot: QtBot, live_journal: Journal, tmp_path: Path, demo: bool
) -> None:
    window = MainWindow(JournalController(live_journal), AppPaths.under(tmp_path), demo=demo)
    qtbot.addWidget(window)
    shown = as_shown(window.windowTitle())
    assert shown.count("moodapp") == 1, shown
    assert ("Demo journal" in shown) is demo


def fits(window: MainWindow) -> None:
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry()), (window.frameGeometry(), available)
    status = window.statusBar()
    assert status.isVisible()
    assert available.contains(QRect(status.mapToGlobal(QPoint(0, 0)), status.size()))


def test_the_first_window_fits_the_screen(qtbot: QtBot, window: MainWindow) -> None:
    fits(window)  # the offscreen screen is 800 wide: narrower than the usual first size


FIT_SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication
from moodapp.paths import AppPaths
from moodapp.services.journal import opened_journal
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.ui.shell.main_window import MainWindow

app = QApplication([])
paths = AppPaths.under(Path(sys.argv[1]))

def seen(window):
    window.show()
    app.processEvents()
    status = window.statusBar()
    bar = QRect(status.mapToGlobal(QPoint(0, 0)), status.size())
    available = window.screen().availableGeometry()
    return {"fits": available.contains(window.frameGeometry()) and available.contains(bar),
            "size": [window.width(), window.height()]}

with opened_journal(paths) as journal:
    first = MainWindow(JournalController(journal), paths)
    default = seen(first)
    first.resize(2400, 1600)  # as on a larger screen
    first.close()
    second = MainWindow(JournalController(journal), paths)
    print(json.dumps({"default": default, "restored": seen(second)}))
    second.close()
"""


@pytest.mark.parametrize("width, height", [(800, 600), (1024, 768), (1366, 768), (1920, 1080)])
def test_the_window_fits_screens_from_800_by_600(tmp_path: Path, width: int, height: int) -> None:
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    ran = subprocess.run([sys.executable, "-c", FIT_SCRIPT, str(tmp_path / "data")], env=env,
                         capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    remarks = [line for line in ran.stderr.splitlines() if "propagateSizeHints" not in line]
    assert not remarks, remarks
    seen = json.loads(ran.stdout)
    assert seen["default"]["fits"], seen
    assert seen["restored"]["fits"], seen
    if height >= 900:
        assert seen["default"]["size"] == [1100, 760]  # the usual size where it fits


def test_window_size_is_kept_between_runs(
    qtbot: QtBot, live_journal: Journal, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path / "layout")
    first = MainWindow(JournalController(live_journal), paths)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)  # the offscreen screen is 800 x 600
    first.close()
    second = MainWindow(JournalController(live_journal), paths)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 560)


def test_reading_empty_item_data_leaves_none_alone(qtbot: QtBot) -> None:
    """PySide6 6.12.0 drops a reference to None on every empty QVariant read, which
    crashes Python 3.11 at exit; pyproject.toml keeps that release out there. From
    Python 3.12 on None is immortal: its count never moves, and this passes."""
    table = QTableWidget(1, 1)
    qtbot.addWidget(table)
    table.setItem(0, 0, QTableWidgetItem())
    before = sys.getrefcount(None)
    for _ in range(1000):
        cast(QTableWidgetItem, table.item(0, 0)).data(256)
    assert sys.getrefcount(None) >= before
