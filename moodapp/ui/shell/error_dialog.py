"""The calm message shown when something unexpected went wrong, with its details to copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moodapp.ui.common.form_parts import named


class ErrorDialog(QDialog):
    def __init__(
        self, details: str, log_file: Path | None, problem: str, parent: QWidget | None = None
    ) -> None:
        """``log_file`` is where the error was written; None with the ``problem`` if it was not."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.times = 1
        message = named(QLabel(self), self.tr("What happened"))
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setText(
            self.tr("Something went wrong. What you typed is still here.")
            + "\n\n"
            + self.tr(
                "You can close this message and carry on. If it keeps happening, "
                "closing moodapp and opening it again may help."
            )
        )
        where = named(QLabel(self), self.tr("Where the details were kept"))
        where.setWordWrap(True)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if log_file is not None:
            where.setText(
                self.tr(
                    "A note of the problem, without the words of your journal, was kept in %1"
                ).replace("%1", str(log_file))
            )
        else:
            where.setText(
                self.tr("The problem could not be noted in the log: %1").replace("%1", problem)
            )
        self.again = named(QLabel(self), self.tr("How often it happened"))
        self.again.hide()
        self.details = named(QPlainTextEdit(details, self), self.tr("Details"))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        named(buttons.button(QDialogButtonBox.StandardButton.Close), self.tr("Close"))
        self.show_details = named(
            QPushButton(self.tr("Show details"), self), self.tr("Show details")
        )
        self.show_details.setCheckable(True)
        self.copy = named(QPushButton(self.tr("Copy details"), self), self.tr("Copy details"))
        for button in (self.show_details, self.copy):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        self.show_details.toggled.connect(self._on_show_details_toggled)
        self.copy.clicked.connect(self._on_copy_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(where)
        layout.addWidget(self.again)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def add_repeat(self, details: str) -> None:
        """The same or another error came while this message was open: say so, keep one window."""
        self.times += 1
        times = self.tr("It happened again: %1 times so far.")
        self.again.setText(times.replace("%1", str(self.times)))
        self.again.show()
        self.details.appendPlainText("\n" + details)

    def _on_show_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.show_details.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
