"""The Journal menu in the window: encryption, lock, backups and restore, deleting everything;
and opening an encrypted or damaged journal at start."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moodapp.domain.entries import CheckIn
from moodapp.domain.settings import AUTO_LOCK_MINUTES
from moodapp.paths import AppPaths
from moodapp.services.backups import BackupService
from moodapp.services.journal import Journal
from moodapp.services.writes import SaveFailed
from moodapp.store.crypto import looks_encrypted
from moodapp.store.database import open_store
from moodapp.ui.common.translations import install_translators, remove_translators
from moodapp.ui.privacy.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
from moodapp.ui.privacy.recovery_dialog import RecoveryDialog
from moodapp.ui.privacy.restore_dialog import RestoreDialog
from moodapp.ui.shell.error_hook import ErrorHook
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.ui.shell.main_window import MainWindow
from moodapp.ui.shell.single_instance import WakeListener, journal_lock, wake_running_window
from moodapp.ui.shell.startup import open_with_questions
from tests.gui.conftest import ModalAnswers, by_name

PASSPHRASE = "correct horse battery"


def choose_new_passphrase(
    qtbot: QtBot, first: str, second: str
) -> Callable[[NewPassphraseDialog], None]:
    def answer(dialog: NewPassphraseDialog) -> None:
        by_name(dialog, "New passphrase", QLineEdit).setText(first)
        by_name(dialog, "New passphrase again", QLineEdit).setText(second)
        qtbot.mouseClick(by_name(dialog, dialog.windowTitle(), QPushButton),
                         Qt.MouseButton.LeftButton)  # fmt: skip
        if dialog.isVisible():  # refused: say why, then give up
            # the answer keeps why, for the test to read
            answer.problem = dialog.problem.text()  # type: ignore[attr-defined]
            dialog.reject()

    return answer


def encrypt(qtbot: QtBot, window: MainWindow) -> None:
    answers = ModalAnswers((NewPassphraseDialog, choose_new_passphrase(qtbot, PASSPHRASE,
                                                                       PASSPHRASE)))  # fmt: skip
    window.journal_menu.encrypt_action.trigger()
    assert answers.done()


def test_encrypting_from_the_menu(qtbot: QtBot, window: MainWindow, live_journal: Journal) -> None:
    mine = live_journal.entries.record(
        CheckIn(occurred_at=live_journal.now(), mood=1, energy=0)
    ).saved
    assert window.journal_menu.lock_action.isEnabled() is False
    encrypt(qtbot, window)
    assert live_journal.store.encrypted and looks_encrypted(live_journal.store.path)
    assert live_journal.entries.entries() == [mine]  # the same journal, still open
    assert (
        window.journal_menu.lock_action.isEnabled()
        and not window.journal_menu.encrypt_action.isEnabled()
    )
    assert "encrypted" in window.statusBar().currentMessage()


def test_two_different_new_passphrases_are_refused(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    answer = choose_new_passphrase(qtbot, PASSPHRASE, PASSPHRASE + "!")
    answers = ModalAnswers((NewPassphraseDialog, answer))
    window.journal_menu.encrypt_action.trigger()
    assert answers.done()
    assert answer.problem == "The two new passphrases differ."  # type: ignore[attr-defined]  # set by the answer
    assert not live_journal.store.encrypted


def test_lock_hides_the_journal_until_the_passphrase(qtbot: QtBot, window: MainWindow) -> None:
    encrypt(qtbot, window)
    window.journal_menu.lock_action.trigger()
    assert window.journal_menu.locked and not window.menuBar().isEnabled()
    screen = window.journal_menu.lock_screen
    assert screen is not None and window.screens.currentWidget() is screen
    screen.passphrase.setText("not it at all")
    qtbot.mouseClick(by_name(screen, "Unlock", QPushButton), Qt.MouseButton.LeftButton)
    assert window.journal_menu.locked and screen.problem.text() == "That is not the passphrase."
    screen.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not window.journal_menu.locked and window.menuBar().isEnabled()


def test_auto_lock_locks_after_the_idle_minutes(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    encrypt(qtbot, window)
    answers = ModalAnswers((QInputDialog, lambda dialog: (dialog.setIntValue(5), dialog.accept())))
    window.journal_menu.auto_lock_action.trigger()
    assert answers.done()
    assert live_journal.settings.value(AUTO_LOCK_MINUTES) == 5
    assert window.journal_menu.idle is not None
    window.journal_menu.idle.idle.emit()  # as the timer does after five quiet minutes
    assert window.journal_menu.locked


def test_restoring_a_backup_from_the_menu(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    kept = live_journal.entries.record(CheckIn(occurred_at=live_journal.now() - timedelta(days=1),
                                       mood=1, energy=0)).saved  # fmt: skip
    BackupService(live_journal.store).take()
    live_journal.entries.record(CheckIn(occurred_at=live_journal.now(), mood=-2, energy=0))

    def choose(dialog: RestoreDialog) -> None:
        dialog.list.setCurrentRow(0)
        qtbot.mouseClick(by_name(dialog, "Restore", QPushButton), Qt.MouseButton.LeftButton)

    answers = ModalAnswers(
        (RestoreDialog, choose),
        (QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click()),
    )
    window.journal_menu.restore_action.trigger()
    assert answers.done()
    assert [e.uid for e in live_journal.entries.entries()] == [kept.uid]
    assert "before-restore" in window.statusBar().currentMessage()
    assert not window.menus.undo_action.isEnabled()


def test_delete_all_my_data_needs_the_word_and_removes_everything(
    qtbot: QtBot, window: MainWindow, live_journal: Journal, tmp_path: Path
) -> None:
    live_journal.entries.record(CheckIn(occurred_at=live_journal.now(), mood=1, energy=0))
    BackupService(live_journal.store).take()
    data = tmp_path / "data"
    answers = ModalAnswers((QInputDialog, lambda dialog: (dialog.setTextValue("no"),
                                                          dialog.accept())))  # fmt: skip
    window.journal_menu.delete_all_action.trigger()
    assert answers.done() and (data / "journal.sqlite3").exists()

    seen: list[str] = []
    answers = ModalAnswers(
        (QInputDialog, lambda dialog: (dialog.setTextValue("delete"), dialog.accept())),
        (QMessageBox, lambda box: (seen.append(box.text()), box.accept())),  # type: ignore[func-returns-value]  # the tuple only runs the calls in turn
    )
    window.journal_menu.delete_all_action.trigger()
    assert answers.done()
    assert not (data / "journal.sqlite3").exists() and not (data / "backups").exists()
    assert "journal.sqlite3" in seen[0] and "backups" in seen[0]
    assert not window.isVisible()
    assert not (data / "config" / "window.ini").exists()  # closing wrote nothing back


def test_in_german_the_word_to_type_is_german(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, tmp_path: Path
) -> None:
    install_translators(qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        asked: list[str] = []
        answers = ModalAnswers(
            (QInputDialog, lambda dialog: (asked.append(dialog.labelText()),  # type: ignore[func-returns-value]  # the tuple only runs the calls in turn
                                           dialog.setTextValue("delete"), dialog.accept())),
        )  # fmt: skip
        window.journal_menu.delete_all_action.trigger()
        assert answers.done() and (tmp_path / "data" / "journal.sqlite3").exists()
        assert "Tippe löschen ein" in asked[0]
        answers = ModalAnswers(
            (QInputDialog, lambda dialog: (dialog.setTextValue("Löschen"), dialog.accept())),
            (QMessageBox, lambda box: box.accept()),
        )
        window.journal_menu.delete_all_action.trigger()
        assert answers.done()
        assert not (tmp_path / "data" / "journal.sqlite3").exists()
    finally:
        remove_translators(qapp)


def _encrypted_journal(paths: AppPaths) -> None:
    with open_store(paths.journal_file, paths.backup_dir) as store:
        Journal(store).entries.record(CheckIn(occurred_at=Journal(store).now(), mood=1,
                                             energy=0))  # fmt: skip
        from moodapp.services.privacy import PrivacyService

        PrivacyService(store).encrypt(PASSPHRASE)


def test_an_encrypted_journal_asks_for_its_passphrase_until_it_is_right(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    _encrypted_journal(paths)
    seen: list[str] = []

    def type_in(text: str) -> Callable[[PassphraseDialog], None]:
        def answer(dialog: PassphraseDialog) -> None:
            seen.append(dialog.problem.text())
            dialog.passphrase.setText(text)
            qtbot.mouseClick(by_name(dialog, "Open", QPushButton), Qt.MouseButton.LeftButton)

        return answer

    answers = ModalAnswers((PassphraseDialog, type_in("wrong one here")),
                           (PassphraseDialog, type_in(PASSPHRASE)))  # fmt: skip
    journal = open_with_questions(paths)
    assert answers.done()
    assert journal is not None and journal.store.encrypted
    journal.close()
    assert seen == ["", "That passphrase does not open the journal. Please try again."]


def test_a_damaged_journal_is_set_aside_and_the_newest_backup_opened(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    with open_store(paths.journal_file, paths.backup_dir) as store:
        Journal(store).entries.record(CheckIn(occurred_at=Journal(store).now(), mood=1,
                                             energy=0))  # fmt: skip
        BackupService(store).take()
    damaged = b"SQLite format 3\x00" + b"\xff" * 8000
    paths.journal_file.write_bytes(damaged)

    def newest(dialog: RecoveryDialog) -> None:
        qtbot.mouseClick(by_name(dialog, "Open the newest good backup", QPushButton),
                         Qt.MouseButton.LeftButton)  # fmt: skip

    answers = ModalAnswers((RecoveryDialog, newest), (QMessageBox, lambda box: box.accept()))
    journal = open_with_questions(paths)
    assert answers.done() and journal is not None
    assert len(journal.entries.entries()) == 1
    journal.close()
    (aside,) = paths.data_dir.glob("journal-unreadable-*.sqlite3")
    assert aside.read_bytes() == damaged


def click(qtbot: QtBot, name: str) -> Callable[[QWidget], None]:
    """An answer that clicks the button called ``name`` in the dialog."""
    return lambda dialog: qtbot.mouseClick(by_name(dialog, name, QPushButton),
                                           Qt.MouseButton.LeftButton)  # fmt: skip


def test_an_empty_journal_is_refused_and_the_newest_good_backup_offered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    with open_store(paths.journal_file, paths.backup_dir) as store:
        Journal(store).entries.record(CheckIn(occurred_at=Journal(store).now(), mood=1,
                                             energy=0))  # fmt: skip
        BackupService(store).take()
    paths.journal_file.write_bytes(b"")
    seen: list[str] = []

    def newest(dialog: RecoveryDialog) -> None:
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        click(qtbot, "Open the newest good backup")(dialog)

    answers = ModalAnswers((RecoveryDialog, newest), (QMessageBox, lambda box: box.accept()))
    journal = open_with_questions(paths)
    assert answers.done() and journal is not None
    assert len(journal.entries.entries()) == 1
    journal.close()
    assert "is empty" in seen[0]
    (aside,) = paths.data_dir.glob("journal-unreadable-*.sqlite3")
    assert aside.read_bytes() == b""


def test_without_a_readable_backup_a_new_journal_can_be_started(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    paths.journal_file.write_bytes(b"")
    answers = ModalAnswers((RecoveryDialog, click(qtbot, "Start a new journal")),
                           (QMessageBox, lambda box: box.accept()))  # fmt: skip
    journal = open_with_questions(paths)
    assert answers.done() and journal is not None
    assert journal.entries.entries() == []
    journal.close()
    (aside,) = paths.data_dir.glob("journal-unreadable-*.sqlite3")
    assert aside.read_bytes() == b""


# Root may write whatever the modes say; moodapp goes by the owner's permission bits.
@pytest.mark.skipif(os.name != "posix", reason="modes are POSIX")
def test_a_read_only_journal_opens_and_says_it_cannot_be_saved_to(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    with open_store(paths.journal_file, paths.backup_dir) as store:
        Journal(store).entries.record(CheckIn(occurred_at=Journal(store).now(), mood=1,
                                             energy=0))  # fmt: skip
    paths.journal_file.chmod(0o400)
    said: list[str] = []
    answers = ModalAnswers((QMessageBox, lambda box: (said.append(box.text()), box.accept())))  # type: ignore[func-returns-value]  # the tuple only runs the calls in turn
    journal = open_with_questions(paths)
    assert answers.done() and journal is not None
    try:
        assert len(journal.entries.entries()) == 1
        assert "cannot save changes to it: its file allows no writing" in said[0]
        with pytest.raises(SaveFailed, match="open for reading only"):
            journal.entries.record(CheckIn(occurred_at=journal.now(), mood=2, energy=0))
    finally:
        journal.close()
    assert stat.S_IMODE(paths.journal_file.stat().st_mode) == 0o400


@pytest.mark.skipif(os.name != "posix", reason="modes are POSIX")
def test_a_read_only_journal_offers_nothing_to_replace_its_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    with open_store(paths.journal_file, paths.backup_dir) as store:
        Journal(store).entries.record(CheckIn(occurred_at=Journal(store).now(), mood=1,
                                             energy=0))  # fmt: skip
        BackupService(store).take()
    paths.journal_file.chmod(0o400)
    before = paths.journal_file.read_bytes()
    answers = ModalAnswers((QMessageBox, lambda box: box.accept()))  # "cannot save to it"
    journal = open_with_questions(paths)
    assert answers.done() and journal is not None
    window = MainWindow(JournalController(journal), paths)
    qtbot.addWidget(window)
    window.show()
    bar = window.menuBar()
    menu_action = next(a for a in bar.actions() if a.text().replace("&", "") == "Journal")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu_action).center())
    menu = menu_action.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    enabled = {a.text().replace("&", ""): a.isEnabled() for a in menu.actions() if a.text()}
    assert enabled["Encrypt journal..."] is False
    assert enabled["Restore from backup..."] is False
    assert enabled["Back up now"] is True and enabled["Check the journal"] is True
    restore = window.journal_menu.restore_action
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(restore).center())
    assert not window.findChildren(RestoreDialog)  # a click on it opens nothing
    menu.close()
    window.close()
    journal.close()
    assert paths.journal_file.read_bytes() == before
    assert stat.S_IMODE(paths.journal_file.stat().st_mode) == 0o400


def test_damage_met_in_the_window_is_said_and_the_next_start_offers_a_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    with open_store(paths.journal_file, paths.backup_dir) as store:
        Journal(store).entries.record(CheckIn(occurred_at=Journal(store).now(), mood=1,
                                             energy=0, note="kept"))  # fmt: skip
    conn = sqlite3.connect(paths.journal_file)
    conn.execute("UPDATE check_in SET note = CAST(x'6b65ff74' AS TEXT)")  # no text any more
    conn.commit()
    conn.close()
    damaged = paths.journal_file.read_bytes()
    journal = open_with_questions(paths)  # SQLite's checks do not see it
    assert journal is not None
    hook = ErrorHook(tmp_path / "moodapp.log")
    passed_on: list[BaseException] = []
    hook._previous = lambda kind, error, tb: passed_on.append(error)
    quits: list[bool] = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(True))
    for _ in range(2):  # met again by a repaint, say: said once
        try:
            journal.entries.entries()
        except Exception as error:  # as Qt hands an error in a slot to the hook
            hook._on_unexpected_error(type(error), error, error.__traceback__)
    box = hook.damage.box
    assert box is not None and box.isVisible() and "is damaged" in box.text()
    assert passed_on == [] and not (tmp_path / "moodapp.log").exists()  # no traceback
    with pytest.raises(SaveFailed, match="reading it found it damaged"):
        journal.entries.record(CheckIn(occurred_at=journal.now(), mood=2, energy=0))
    box.button(QMessageBox.StandardButton.Close).click()
    assert quits == [True]
    journal.close()
    assert paths.journal_file.read_bytes() == damaged
    answers = ModalAnswers((RecoveryDialog, click(qtbot, "Quit")))
    assert open_with_questions(paths) is None  # refused again, with a way on offered
    assert answers.done()


def test_one_window_per_journal_and_a_second_start_wakes_the_first(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    first = journal_lock(paths)
    assert first is not None
    assert journal_lock(paths) is None
    woken: list[bool] = []
    listener = WakeListener(paths, lambda: woken.append(True))
    assert wake_running_window(paths)
    qtbot.waitUntil(lambda: woken == [True])
    first.unlock()
    second = journal_lock(paths)
    assert second is not None
    second.unlock()
    del listener


def test_a_journal_that_cannot_be_opened_is_explained_in_german(
    qapp: QApplication, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    paths.journal_file.write_bytes(b"")
    install_translators(qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    seen: list[str] = []

    def look_then_close(dialog: RecoveryDialog) -> None:
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        dialog.reject()

    answers = ModalAnswers((RecoveryDialog, look_then_close))
    assert open_with_questions(paths) is None
    assert answers.done()
    assert (
        f"{paths.journal_file} ist leer: Sie enthält kein Tagebuch (nur ein fehlendes wird neu "
        "angelegt). Die Datei blieb, wie sie ist." in seen[0]
    )
    assert paths.journal_file.read_bytes() == b""  # left as it is
