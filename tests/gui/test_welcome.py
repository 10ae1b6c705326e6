"""The welcome of a new journal, gone through as a person does: every step by its buttons,
each one skippable, never again by itself once done, and again from the Help menu."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QTabWidget, QTimeEdit
from pytestqt.qtbot import QtBot

from moodapp.domain.entries import CheckIn
from moodapp.domain.settings import WELCOME_DONE
from moodapp.paths import AppPaths
from moodapp.services.journal import Journal, opened_journal
from moodapp.ui.privacy.passphrase_dialog import NewPassphraseDialog
from moodapp.ui.settings import preferences
from moodapp.ui.shell.main_window import MainWindow
from moodapp.ui.shell.welcome import WelcomeDialog
from tests.gui.conftest import ModalAnswers, by_name
from tests.gui.test_safety import PASSPHRASE, choose_new_passphrase


def click(qtbot: QtBot, dialog: WelcomeDialog, name: str) -> None:
    button = by_name(dialog, name, QPushButton)
    assert button.isVisible(), f"{name!r} is not offered here"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box's words (its middle may lie past them, where a click does nothing)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def heading(dialog: WelcomeDialog) -> str:
    """The heading of the step shown."""
    step = dialog.steps.currentWidget()
    assert step is not None
    return step.findChildren(QLabel)[0].text()


def go_through(qtbot: QtBot, window: MainWindow, answer: Callable[[WelcomeDialog], None]) -> None:
    """Open the welcome from the Help menu and answer it; it runs beside the window."""
    answered: list[bool] = []

    def then_note(dialog: WelcomeDialog) -> None:
        answer(dialog)
        answered.append(True)

    answers = ModalAnswers((WelcomeDialog, then_note))
    window.menus.welcome_action.trigger()
    qtbot.waitUntil(lambda: bool(answered))
    assert answers.done()
    qtbot.waitUntil(lambda: window.findChild(WelcomeDialog) is None)  # closed and gone


def stored_done(tmp_path: Path) -> bool:
    paths = AppPaths.under(tmp_path / "data")
    settings = QSettings(str(paths.window_settings_file), QSettings.Format.IniFormat)
    return preferences.read(settings, WELCOME_DONE)


def test_a_new_journal_is_welcomed_and_a_journal_with_entries_is_not(
    window: MainWindow, live_journal: Journal
) -> None:
    assert window.welcome_due()
    live_journal.entries.record(CheckIn(occurred_at=live_journal.now(), mood=1, energy=0))
    assert not window.welcome_due()


def test_going_through_the_welcome_sets_the_reminder_and_opens_the_first_check_in(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    seen: list[str] = []

    def answer(dialog: WelcomeDialog) -> None:
        seen.append(heading(dialog))
        assert not by_name(dialog, "Back", QPushButton).isEnabled()
        click(qtbot, dialog, "Next")
        seen.append(heading(dialog))
        click(qtbot, dialog, "Next")  # no passphrase
        seen.append(heading(dialog))
        tick(qtbot, by_name(dialog, "Remind me to check in every day", QCheckBox))
        at = by_name(dialog, "Reminder time", QTimeEdit)
        at.setFocus()  # the hours, as Tab would leave it
        qtbot.keyClicks(at, "07:30")
        click(qtbot, dialog, "Next")
        seen.append(heading(dialog))
        click(qtbot, dialog, "Check in now")

    go_through(qtbot, window, answer)
    assert seen == [
        "Welcome to moodapp",
        "A passphrase, if you want one",
        "A daily reminder, if you want one",
        "Your first check-in",
    ]
    chosen = window.desktop.preferences
    assert chosen.reminder_on and chosen.reminder_at == time(7, 30)
    assert window.views.currentWidget() is window.entry_view
    tabs = by_name(window.entry_view, "Kind of entry", QTabWidget)
    assert tabs.tabText(tabs.currentIndex()) == "Check-in"
    assert stored_done(tmp_path) and not window.welcome_due()


def test_skipping_the_welcome_changes_nothing_and_it_does_not_come_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    def skip_at_the_reminder(dialog: WelcomeDialog) -> None:
        click(qtbot, dialog, "Next")
        click(qtbot, dialog, "Next")
        tick(qtbot, by_name(dialog, "Remind me to check in every day", QCheckBox))
        click(qtbot, dialog, "Skip")

    go_through(qtbot, window, skip_at_the_reminder)
    assert not window.desktop.preferences.reminder_on  # skipped: nothing was kept
    assert stored_done(tmp_path) and not window.welcome_due()


def test_a_passphrase_set_in_the_welcome_encrypts_the_journal(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    notes: list[str] = []

    def set_one(dialog: WelcomeDialog) -> None:
        click(qtbot, dialog, "Next")
        twice = choose_new_passphrase(qtbot, PASSPHRASE, PASSPHRASE)
        answers = ModalAnswers((NewPassphraseDialog, twice))
        click(qtbot, dialog, "Set a passphrase")
        assert answers.done()
        notes.append(dialog.passphrase_note.text())
        assert not by_name(dialog, "Set a passphrase", QPushButton).isEnabled()
        click(qtbot, dialog, "Skip")

    go_through(qtbot, window, set_one)
    assert notes == ["Your journal is encrypted."]
    assert live_journal.encrypted


@pytest.mark.parametrize("entries", [0, 1], ids=["a new journal", "a journal with an entry"])
def test_the_app_welcomes_only_a_new_journal_at_start(tmp_path: Path, entries: int) -> None:
    data = tmp_path / "data"
    if entries:
        with opened_journal(AppPaths.under(data)) as journal:
            journal.entries.record(CheckIn(occurred_at=journal.now(), mood=0, energy=0))
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from moodapp.ui.shell.welcome import WelcomeDialog\n"
        "def look():\n"
        "    seen = [w for w in QApplication.topLevelWidgets()\n"
        "            if isinstance(w, WelcomeDialog) and w.isVisible()]\n"
        "    print('welcomed' if seen else 'not welcomed')\n"
        "    QApplication.quit()\n"
        "run = QApplication.exec\n"
        "QApplication.exec = lambda *a: (QTimer.singleShot(200, look), run())[1]\n"
        "from moodapp.__main__ import main\n"
        f"main(['--data-dir', {str(data)!r}])\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    ran = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, timeout=120, check=False)  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip().splitlines()[-1] == ("not welcomed" if entries else "welcomed")
