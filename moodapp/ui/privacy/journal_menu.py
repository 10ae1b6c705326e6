"""The Journal menu of the main window, and locking the window.

Encryption, backups, restore and the check run from ``safety_actions``, loaded when
first used so that the window opens without it. Locking puts a lock screen over the
window's content, disables the menus and closes open dialogs until the passphrase is
typed again; auto-lock does it after the idle minutes the person chose.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QMainWindow, QMenu, QStackedWidget

from moodapp.domain.settings import AUTO_LOCK_MINUTES
from moodapp.paths import AppPaths
from moodapp.services.changes import Changes
from moodapp.services.writes import SaveFailed
from moodapp.ui.common.words import message_of
from moodapp.ui.shell.journal_controller import JournalController

if TYPE_CHECKING:
    from moodapp.ui.privacy.lock import IdleWatcher, LockScreen


class JournalMenu(QObject):
    status = Signal(str)  # a sentence for the status bar
    deleted_everything = Signal()  # the window must close without writing anything

    def __init__(
        self,
        window: QMainWindow,
        controller: JournalController,
        paths: AppPaths,
        screens: QStackedWidget,
        *,
        menu: QMenu,
        action: Callable[..., QAction],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._paths = paths
        self._screens = screens
        self.lock_screen: LockScreen | None = None  # made the first time the window locks
        self.idle: IdleWatcher | None = None  # made when auto-lock is first switched on
        self.lock_action = action(self.tr("&Lock now"), self.lock, "Ctrl+L")
        self.auto_lock_action = action(self.tr("&Auto-lock..."), self._on_auto_lock)
        self.encrypt_action = action(self.tr("&Encrypt journal..."), self.encrypt_journal)
        self.change_passphrase_action = action(
            self.tr("Change &passphrase..."), self.change_passphrase
        )
        self.decrypt_action = action(self.tr("&Remove encryption..."), self.remove_encryption)
        self.backup_action = action(self.tr("&Back up now"), self.back_up_now)
        self.restore_action = action(self.tr("Re&store from backup..."), self.restore_from_backup)
        self.check_action = action(self.tr("&Check the journal"), self.check_journal)
        self.delete_all_action = action(self.tr("&Delete all my data..."), self.delete_all)
        for group in (
            (self.lock_action, self.auto_lock_action),
            (self.encrypt_action, self.change_passphrase_action, self.decrypt_action),
            (self.backup_action, self.restore_action, self.check_action),
            (self.delete_all_action,),
        ):
            menu.addActions(list(group))
            menu.addSeparator()
        self.update()
        controller.changed.connect(self._on_changed)

    # -- the actions, each from safety_actions (loaded when first used) ---------------

    def encrypt_journal(self) -> None:
        from moodapp.ui.privacy.safety_actions import encrypt_journal

        self._said(encrypt_journal(self._controller, self._window))

    def change_passphrase(self) -> None:
        from moodapp.ui.privacy.safety_actions import change_passphrase

        self._said(change_passphrase(self._controller, self._window))

    def remove_encryption(self) -> None:
        from moodapp.ui.privacy.safety_actions import remove_encryption

        self._said(remove_encryption(self._controller, self._window))

    def back_up_now(self) -> None:
        from moodapp.ui.privacy.safety_actions import back_up_now

        self._said(back_up_now(self._controller, self._window))

    def restore_from_backup(self) -> None:
        from moodapp.ui.privacy.safety_actions import restore_from_backup

        self._said(restore_from_backup(self._controller, self._window))

    def check_journal(self) -> None:
        from moodapp.ui.privacy.safety_actions import check_journal

        self._said(check_journal(self._controller, self._window))

    def _said(self, status: str) -> None:
        """After an action: its sentence to the status bar, the menu to the journal's state."""
        self.status.emit(status)
        self.update()

    def update(self) -> None:
        """Enable what fits the journal's encryption and whether it may be written (a
        journal open for reading only is never replaced), and (re)start the idle watch."""
        encrypted = self._controller.journal.encrypted
        writable = not self._controller.journal.privacy.read_only
        for action in (self.lock_action, self.auto_lock_action):
            action.setEnabled(encrypted)
        for action in (self.change_passphrase_action, self.decrypt_action):
            action.setEnabled(encrypted and writable)
        self.encrypt_action.setEnabled(not encrypted and writable)
        self.restore_action.setEnabled(writable)
        journal = self._controller.journal
        self.set_auto_lock(journal.settings.value(AUTO_LOCK_MINUTES) if encrypted else 0)

    def set_auto_lock(self, minutes: int) -> None:
        if minutes and self.idle is None:
            from moodapp.ui.privacy.lock import IdleWatcher

            self.idle = IdleWatcher(self)
            self.idle.idle.connect(self.lock)
        if self.idle is not None:
            self.idle.set_minutes(minutes)

    # -- locking ------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.lock_screen is not None and self._screens.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide every part of the journal until its passphrase is entered again."""
        if not self._controller.journal.encrypted or self.locked:
            return
        for dialog in self._window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        if self.lock_screen is None:
            from moodapp.ui.privacy.lock import LockScreen

            self.lock_screen = LockScreen(self._screens)
            self.lock_screen.unlock_requested.connect(self._on_lock_screen_unlock_requested)
            self._screens.addWidget(self.lock_screen)
        self._screens.setCurrentWidget(self.lock_screen)
        self._window.menuBar().setEnabled(False)
        self._window.statusBar().clearMessage()
        self.lock_screen.reset()

    def _on_lock_screen_unlock_requested(self, passphrase: str) -> None:
        assert self.lock_screen is not None
        if not self._controller.journal.privacy.opens_with(passphrase):
            self.lock_screen.reset(self.tr("That is not the passphrase."))
            return
        self._screens.setCurrentIndex(0)
        self._window.menuBar().setEnabled(True)
        self.update()

    def _on_auto_lock(self) -> None:
        minutes, chosen = QInputDialog.getInt(
            self._window,
            self.tr("Auto-lock"),
            self.tr("Lock the window after this many minutes without use (0: never):"),
            self._controller.journal.settings.value(AUTO_LOCK_MINUTES),
            *AUTO_LOCK_MINUTES.bounds(),
        )
        if chosen:
            self.keep_auto_lock(minutes)

    def keep_auto_lock(self, minutes: int) -> None:
        settings = self._controller.journal.settings
        try:
            self._controller.run(lambda: settings.change(AUTO_LOCK_MINUTES, minutes))
        except SaveFailed as error:
            self.status.emit(message_of(error))

    def _on_changed(self, changes: Changes) -> None:
        if changes.encryption or changes.touches_setting(AUTO_LOCK_MINUTES.key):
            self.update()

    def delete_all(self) -> None:
        from moodapp.ui.privacy.safety_actions import delete_all_data

        if delete_all_data(self._controller, self._paths, self._window):
            self.deleted_everything.emit()
