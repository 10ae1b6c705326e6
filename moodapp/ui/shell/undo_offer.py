"""An Undo button beside the message about a change that can be undone ("Deleted the
check-in of 20:45.", or an import), in the status bar: it goes with the message, after a
few seconds, or at the next change. And the messages about an undo or a redo, with the
keys that reverse them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QPushButton, QStatusBar

from moodapp.services.changes import Changes
from moodapp.ui.common.form_parts import named
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.ui.shell.menus import Menus


class UndoOffer(QObject):
    def __init__(
        self, controller: JournalController, status: QStatusBar, menus: Menus, shown_ms: int
    ) -> None:
        """``shown_ms``: how long the messages about an undo or a redo stay."""
        super().__init__(status)
        self._stack: QUndoStack = controller.undo_stack
        self._status = status
        self._menus = menus
        self._shown_ms = shown_ms
        self._index = self._stack.index()
        self._fresh = False  # a change was made (or made again) since the last message
        self._undo: Callable[[], None] = self._stack.undo  # what the button does
        self._stack.indexChanged.connect(self._on_stack_index_changed)
        self.button = named(
            QPushButton(self.tr("Undo"), status), self.tr("Undo the change just made")
        )
        self.button.hide()
        status.addPermanentWidget(self.button)
        self.button.clicked.connect(self._on_button_clicked)
        status.messageChanged.connect(self._on_message_changed)
        controller.changed.connect(self._on_controller_changed)
        controller.change_undone.connect(self._on_controller_change_undone)
        controller.change_redone.connect(self._on_controller_change_redone)

    def say(self, message: str, milliseconds: int) -> None:
        """Show ``message``, with the button when it follows a change just pushed onto
        the undo stack."""
        offered = self._fresh and self._stack.canUndo()
        self._fresh = False
        self._undo = self._stack.undo
        self._status.showMessage(message, milliseconds)
        self.button.setVisible(offered)

    def offer(self, message: str, milliseconds: int, undo: Callable[[], None]) -> None:
        """Show ``message`` with the button doing ``undo``: the way back from a change that
        the undo stack does not hold (an import, which changes the whole journal)."""
        self._fresh = False
        self._undo = undo
        self._status.showMessage(message, milliseconds)
        self.button.show()

    def _on_stack_index_changed(self, index: int) -> None:
        self._fresh = index > self._index  # pushed or redone, not undone
        self._index = index

    def _on_button_clicked(self) -> None:
        self.button.hide()
        self._undo()

    def _on_message_changed(self, message: str) -> None:
        if not message:  # the message went: the offer goes with it
            self.button.hide()

    def _on_controller_changed(self, _changes: Changes) -> None:
        self.button.hide()  # a newer change: the offer was for the one before

    def _on_controller_change_undone(self, change: str) -> None:
        self._say_reversed(
            self.tr("Undone: %1. %2 does it again."), change, self._menus.redo_action
        )

    def _on_controller_change_redone(self, change: str) -> None:
        self._say_reversed(
            self.tr("Done again: %1. %2 undoes it."), change, self._menus.undo_action
        )

    def _say_reversed(self, template: str, change: str, reverse: QAction) -> None:
        """``template`` with the change and the keys of ``reverse``, the action undoing it."""
        keys = reverse.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.say(template.replace("%1", change).replace("%2", keys), self._shown_ms)
