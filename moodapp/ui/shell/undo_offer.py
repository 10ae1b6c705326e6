"""An Undo button beside the message about a change that can be undone ("Deleted the
check-in of 20:45."), in the status bar: it goes with the message, after a few seconds,
or at the next change."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPushButton, QStatusBar

from moodapp.services.changes import Changes
from moodapp.ui.common.form_parts import named
from moodapp.ui.shell.journal_controller import JournalController


class UndoOffer(QObject):
    def __init__(self, controller: JournalController, status: QStatusBar) -> None:
        super().__init__(status)
        self._stack: QUndoStack = controller.undo_stack
        self._status = status
        self._index = self._stack.index()
        self._fresh = False  # a change was made (or made again) since the last message
        self._stack.indexChanged.connect(self._on_stack_index_changed)
        self.button = named(
            QPushButton(self.tr("Undo"), status), self.tr("Undo the change just made")
        )
        self.button.hide()
        status.addPermanentWidget(self.button)
        self.button.clicked.connect(self._on_button_clicked)
        status.messageChanged.connect(self._on_message_changed)
        controller.changed.connect(self._on_controller_changed)

    def say(self, message: str, milliseconds: int) -> None:
        """Show ``message``, with the button when it follows a change just pushed onto
        the undo stack."""
        offered = self._fresh and self._stack.canUndo()
        self._fresh = False
        self._status.showMessage(message, milliseconds)
        self.button.setVisible(offered)

    def _on_stack_index_changed(self, index: int) -> None:
        self._fresh = index > self._index  # pushed or redone, not undone
        self._index = index

    def _on_button_clicked(self) -> None:
        self.button.hide()
        self._stack.undo()

    def _on_message_changed(self, message: str) -> None:
        if not message:  # the message went: the offer goes with it
            self.button.hide()

    def _on_controller_changed(self, _changes: Changes) -> None:
        self.button.hide()  # a newer change: the offer was for the one before
