"""Asking for a passphrase: to open the journal, or a new one (typed twice) to encrypt it.

A new passphrase comes with the plain truth first: it cannot be recovered.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moodapp.services.privacy import passphrase_problem
from moodapp.ui.common.form_parts import named
from moodapp.ui.common.words import said

NEVER_SET = 2  # the dialog's result when the person says they never set a passphrase


def _secret_field(parent: QWidget, name: str) -> QLineEdit:
    field = named(QLineEdit(parent), name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(field.fontMetrics().horizontalAdvance("M" * 24))
    return field


class PassphraseDialog(QDialog):
    """The journal's passphrase, to open it (at start, or after it was locked)."""

    def __init__(
        self, message: str = "", offer_never_set: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open your journal"))
        intro = QLabel(self.tr("Your journal is encrypted. Enter its passphrase to open it."), self)
        intro.setWordWrap(True)
        self.passphrase = _secret_field(self, self.tr("Passphrase"))
        self.problem = named(QLabel(message, self), self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(message))
        buttons = QDialogButtonBox(self)
        open_button = buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        named(open_button, self.tr("Open"))
        open_button.setDefault(True)
        quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        named(quit_button, self.tr("Quit"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        if offer_never_set:
            never = named(
                QPushButton(self.tr("I never set a passphrase"), self), self.tr("Never set")
            )
            never.setAutoDefault(False)
            never.clicked.connect(lambda: self.done(NEVER_SET))
            layout.addWidget(never)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        if self.passphrase.text():
            self.accept()

    def text(self) -> str:
        return self.passphrase.text()


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice, after the warning that it cannot be recovered."""

    def __init__(self, title: str, ask_current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        warning = QLabel(
            self.tr(
                "There is no way to recover a forgotten passphrase: without it, your journal "
                "and its backups cannot be read by anyone, you included. Keep it somewhere "
                "safe, such as a password manager."
            ),
            self,
        )
        warning.setWordWrap(True)
        self.current = _secret_field(self, self.tr("Current passphrase")) if ask_current else None
        self.new = _secret_field(self, self.tr("New passphrase"))
        self.again = _secret_field(self, self.tr("New passphrase again"))
        self.problem = named(QLabel(self), self.tr("Problem"))
        self.problem.setWordWrap(True)
        form = QFormLayout()
        if self.current is not None:
            form.addRow(self.tr("Current passphrase:"), self.current)
        form.addRow(self.tr("New passphrase:"), self.new)
        form.addRow(self.tr("Again:"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        go = buttons.addButton(title, QDialogButtonBox.ButtonRole.AcceptRole)
        named(go, title)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        rule = passphrase_problem(self.new.text())
        problem = said(rule) if rule is not None else ""
        if not problem and self.new.text() != self.again.text():
            problem = self.tr("The two new passphrases differ.")
        self.problem.setText(problem)
        if not problem:
            self.accept()
