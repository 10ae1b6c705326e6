"""The main window around the views: title, menus, help, and the layout kept between runs."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QTableWidgetItem

from moodapp.paths import AppPaths
from moodapp.services.journal import JournalService
from moodapp.ui.dialogs.need_help_dialog import NeedHelpDialog
from moodapp.ui.journal_controller import JournalController
from moodapp.ui.main_window import MainWindow


def menu_texts(window: MainWindow) -> dict[str, list[str]]:
    return {
        menu.text().replace("&", ""): [
            a.text().replace("&", "") for a in menu.menu().actions() if a.text()
        ]
        for menu in window.menuBar().actions()
    }


def test_menus_offer_logging_undo_and_help(window: MainWindow) -> None:
    menus = menu_texts(window)
    assert menus["Entry"] == ["Log crying episode", "New check-in"]
    assert menus["Help"][0] == "Need help now?"
    assert window.log_crying_action.shortcut().toString() == "Ctrl+T"
    assert window.check_in_action.shortcut().toString() == "Ctrl+N"
    assert window.quit_action.shortcuts()  # Linux has no standard Quit key; a fallback is there


def test_need_help_lists_the_crisis_lines_offline(qtbot, window: MainWindow) -> None:
    shown: list[str] = []

    def read_and_close() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, NeedHelpDialog) and w.isVisible()
        )
        shown.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    window.need_help_action.trigger()
    text = " ".join(shown)
    for must in ("988", "116 123", "Samaritans", "findahelpline.com", "emergency"):
        assert must in text


def test_the_demo_says_so_in_the_title(qtbot, live_journal: JournalService, tmp_path: Path) -> None:
    demo = MainWindow(JournalController(live_journal), AppPaths.under(tmp_path), demo=True)
    qtbot.addWidget(demo)
    assert "demo journal" in demo.windowTitle()


def test_window_size_is_kept_between_runs(
    qtbot, live_journal: JournalService, tmp_path: Path
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


def test_reading_empty_item_data_leaves_none_alone(qtbot) -> None:
    """PySide6 6.12.0 dropped a reference to None on every empty QVariant read, which
    crashes Python 3.11 at exit; pyproject.toml keeps that release out."""
    table = QTableWidget(1, 1)
    qtbot.addWidget(table)
    table.setItem(0, 0, QTableWidgetItem())
    before = sys.getrefcount(None)
    for _ in range(1000):
        table.item(0, 0).data(256)
    assert sys.getrefcount(None) >= before
