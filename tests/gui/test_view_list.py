"""The views at the window's side: a word and an icon each, tinted by the theme, chosen
by click or by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem
from pytestqt.qtbot import QtBot

from moodapp.ui.look import tokens
from moodapp.ui.look.theme import Theme
from moodapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import by_name


def colours_in(item: QListWidgetItem, mode: QIcon.Mode) -> set[str]:
    image: QImage = item.icon().pixmap(20, 20, mode).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def items(nav: QListWidget) -> list[QListWidgetItem]:
    found = [nav.item(row) for row in range(nav.count())]
    assert all(item is not None for item in found)
    return [item for item in found if item is not None]


def test_each_view_has_a_word_and_an_icon_in_the_themes_colours(
    qapp: QApplication, window: MainWindow
) -> None:
    window.desktop.apply(Theme.LIGHT)
    qapp.processEvents()
    nav = by_name(window, "Views", QListWidget)
    assert [item.text() for item in items(nav)] == ["Entry", "Calendar", "Charts", "Insights"]
    for item in items(nav):
        assert tokens.LIGHT.text in colours_in(item, QIcon.Mode.Normal), item.text()
        assert tokens.LIGHT.on_accent in colours_in(item, QIcon.Mode.Selected), item.text()

    window.desktop.apply(Theme.DARK)
    qapp.processEvents()
    for item in items(nav):
        assert tokens.DARK.text in colours_in(item, QIcon.Mode.Normal), item.text()
    window.desktop.apply(Theme.LIGHT)


def test_the_views_are_chosen_by_click_and_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    nav = by_name(window, "Views", QListWidget)
    charts = nav.item(2)
    assert charts is not None
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(charts).center())  # fmt: skip
    assert window.views.currentWidget() is window.charts_view

    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Up)
    assert window.views.currentWidget() is window.calendar_view
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert window.views.currentWidget() is window.insights_view
    assert QColor(nav.palette().color(nav.palette().ColorRole.Highlight)) == QColor(
        tokens.LIGHT.accent
    )  # the chosen view stands out in the accent
