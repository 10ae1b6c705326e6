"""The Undo button beside the message about a change: clicked, it undoes that change; it
goes with the message and at the next change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from moodapp.services.journal import Journal
from moodapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import by_name
from tests.gui.test_entry_view import log_episode, press


def undo_button(window: MainWindow) -> QPushButton:
    return by_name(window.statusBar(), "Undo the change just made", QPushButton)


def test_a_deleted_entry_comes_back_with_the_button_beside_the_message(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    log_episode(qtbot, window)
    (saved,) = live_journal.entries.entries()
    recent = by_name(window, "Recent entries", QListWidget)
    recent.setCurrentRow(1)
    recent.setFocus()
    press(qtbot, recent, Qt.Key.Key_Delete)
    assert live_journal.entries.entries() == []
    assert window.statusBar().currentMessage().startswith("Deleted the crying episode of")
    button = undo_button(window)
    assert button.isVisible()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (restored,) = live_journal.entries.entries()
    assert restored.uid == saved.uid
    assert window.statusBar().currentMessage().startswith("Undone: delete crying episode.")
    assert not button.isVisible()  # the undo is not offered again to be undone


def test_the_offer_goes_with_its_message(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    log_episode(qtbot, window)
    button = undo_button(window)
    assert button.isVisible()  # saving can be undone too
    window.statusBar().clearMessage()  # as when its few seconds are over
    assert not button.isVisible()
    window.show_find()  # a message about no change
    assert not button.isVisible()
