"""On a wide screen the Entry view's form and list, and the insights' statements, keep a
readable width and stay in the middle instead of stretching across it."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from moodapp.ui.look import tokens
from moodapp.ui.shell.main_window import MainWindow


def left_and_right_margins(part: QWidget, within: QWidget) -> tuple[int, int]:
    left = part.mapTo(within, QPoint(0, 0)).x()
    return left, within.width() - left - part.width()


def test_a_wide_window_keeps_the_form_and_the_statements_readable_and_in_the_middle(
    qapp: QApplication, qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1920, 1080)
    character = window.fontMetrics().averageCharWidth()

    entry = window.entry_view
    window.show_view(entry)
    qapp.processEvents()
    splitter = entry.splitter
    assert splitter.width() <= character * tokens.FORM_AND_LIST_WIDTH < entry.width() - 200
    left, right = left_and_right_margins(splitter, entry)
    assert abs(left - right) <= 2 and left > 100

    insights = window.insights_view
    window.show_view(insights)
    qapp.processEvents()
    area = insights.findChild(QScrollArea)
    assert area is not None
    body = area.widget()
    assert body is not None
    assert body.width() <= character * tokens.STATEMENTS_WIDTH < area.width() - 200
    left, right = left_and_right_margins(body, area.viewport())
    assert abs(left - right) <= 2 and left > 100


def test_a_window_of_common_size_uses_all_of_its_width(
    qapp: QApplication, window: MainWindow
) -> None:
    window.resize(1100, 760)
    window.show_view(window.entry_view)
    qapp.processEvents()
    assert window.entry_view.splitter.width() == window.entry_view.width()
