"""The welcome of a new journal: what moodapp is, a passphrase and a daily reminder if the
person wants them, then the first check-in. Every step can be skipped; once gone
through or skipped it does not come back by itself (Help > Welcome shows it again)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import time

from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.settings import WELCOME_DONE
from moodapp.services.journal import Journal
from moodapp.ui.common.flow_layout import kept_together
from moodapp.ui.common.form_parts import heading, named
from moodapp.ui.look import tokens
from moodapp.ui.settings import preferences as stored
from moodapp.ui.settings.preferences import Preferences
from moodapp.ui.shell.desktop import Desktop
from moodapp.ui.shell.journal_controller import JournalController

WELCOME, PASSPHRASE, REMINDER, FIRST_CHECK_IN = range(4)  # the steps, in order


class WelcomeDialog(QDialog):
    """The steps of the welcome. ``encrypt`` asks for a passphrase and encrypts the journal
    (the Journal menu's own dialog) and returns whether it is encrypted now."""

    def __init__(
        self,
        preferences: Preferences,
        encrypt: Callable[[], bool],
        encrypted: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._encrypt = encrypt
        self.setWindowTitle(self.tr("Welcome to moodapp"))
        self.check_in_now = False  # the person chose to check in when the welcome ends
        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._step(
            self.tr("Welcome to moodapp"),
            self.tr(
                "moodapp is a private journal of your moods and of crying: when you cried, "
                "what came with it, and whether it helped. Over weeks it shows you what your "
                "own entries say, without judging.\n\nEverything stays on this computer. "
                "Nothing is sent anywhere, and there is no account."
            ),
        ))  # fmt: skip
        self.passphrase_note = QLabel(self)
        self.passphrase_note.setWordWrap(True)
        self.set_passphrase = named(
            QPushButton(self.tr("Set a passphrase..."), self), self.tr("Set a passphrase")
        )
        self.set_passphrase.clicked.connect(self._on_set_passphrase_clicked)
        self.steps.addWidget(self._step(
            self.tr("A passphrase, if you want one"),
            self.tr(
                "With a passphrase, your journal and its backups are encrypted: nobody who "
                "opens the files can read them. moodapp then asks for it at each start. If "
                "you forget it, nobody can open the journal, so keep it somewhere safe. You "
                "can also set one later, in the Journal menu."
            ),
            kept_together(self, self.set_passphrase), self.passphrase_note,
        ))  # fmt: skip
        self._show_encrypted(encrypted)
        self.remind = named(
            QCheckBox(self.tr("Remind me to check in every day"), self),
            self.tr("Remind me to check in every day"),
        )
        self.remind.setChecked(preferences.reminder_on)
        self.remind_at = named(QTimeEdit(self), self.tr("Reminder time"))
        self.remind_at.setDisplayFormat("HH:mm")
        self.remind_at.setTime(QTime(preferences.reminder_at.hour, preferences.reminder_at.minute))
        self.remind_at.setEnabled(self.remind.isChecked())
        self.remind.toggled.connect(self.remind_at.setEnabled)
        self.steps.addWidget(self._step(
            self.tr("A daily reminder, if you want one"),
            self.tr(
                "A short check-in each day makes the picture clearer over time. moodapp can "
                "remind you at a time that suits you; you can change it in Settings."
            ),
            kept_together(self, self.remind, self.remind_at),
        ))  # fmt: skip
        self.steps.addWidget(self._step(
            self.tr("Your first check-in"),
            self.tr(
                "A check-in takes about a minute: how you feel, your energy, and whether you "
                "cried today. You can log crying any time with Entry > Log crying episode."
            ),
        ))  # fmt: skip

        self.back = named(QPushButton(self.tr("Back"), self), self.tr("Back"))
        self.skip = named(QPushButton(self.tr("Skip the welcome"), self), self.tr("Skip"))
        self.next = named(QPushButton(self.tr("Next"), self), self.tr("Next"))
        self.later = named(QPushButton(self.tr("Later"), self), self.tr("Later"))
        self.start = named(QPushButton(self.tr("Check in now"), self), self.tr("Check in now"))
        self.back.clicked.connect(lambda: self._go(self.steps.currentIndex() - 1))
        self.next.clicked.connect(lambda: self._go(self.steps.currentIndex() + 1))
        self.skip.clicked.connect(self.reject)
        self.later.clicked.connect(self.accept)
        self.start.clicked.connect(self._on_start_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        for button in (self.later, self.next, self.start):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setSpacing(tokens.SPACE)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self._go(WELCOME)

    def chosen(self, preferences: Preferences) -> Preferences:
        """``preferences`` with the reminder as the welcome left it."""
        chosen = self.remind_at.time()
        at = time(chosen.hour(), chosen.minute())
        return replace(preferences, reminder_on=self.remind.isChecked(), reminder_at=at)

    def _step(self, words_of_heading: str, text: str, *below: QWidget) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        title = heading(words_of_heading, page)
        words = QLabel(text, page)
        words.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(words)
        for widget in below:
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)  # at its own width
        column.addStretch(1)
        return page

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        last = step == FIRST_CHECK_IN
        self.back.setEnabled(step > WELCOME)
        self.skip.setVisible(not last)
        self.next.setVisible(not last)
        self.later.setVisible(last)
        self.start.setVisible(last)
        (self.start if last else self.next).setDefault(True)

    def _show_encrypted(self, encrypted: bool) -> None:
        self.set_passphrase.setEnabled(not encrypted)
        self.passphrase_note.setText(self.tr("Your journal is encrypted.") if encrypted else "")

    def _on_set_passphrase_clicked(self) -> None:
        self._show_encrypted(self._encrypt())

    def _on_start_clicked(self) -> None:
        self.check_in_now = True
        self.accept()


def welcome_due(settings: QSettings, journal: Journal) -> bool:
    """A new journal, and the welcome was never gone through or skipped on this computer."""
    return not stored.read(settings, WELCOME_DONE) and not journal.entries.has_entries()


def open_welcome(
    window: QWidget,
    controller: JournalController,
    desktop: Desktop,
    settings: QSettings,
    *,
    encrypt_journal: Callable[[], None],
    check_in: Callable[[], None],
) -> None:
    """The welcome over ``window``, which keeps running beside it (a reminder, or Ctrl+C in
    the terminal, still reach it). When it ends it is not due again; gone through, its
    reminder is kept and, if asked, ``check_in`` opens the first check-in."""

    def encrypt() -> bool:
        encrypt_journal()
        return controller.journal.encrypted

    dialog = WelcomeDialog(desktop.preferences, encrypt, controller.journal.encrypted, window)

    def finished(result: int) -> None:
        stored.write(settings, WELCOME_DONE, True)
        if result == QDialog.DialogCode.Accepted:
            desktop.change(dialog.chosen(desktop.preferences))
            if dialog.check_in_now:
                check_in()
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
