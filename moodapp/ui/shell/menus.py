"""The main window's menu bar: every action, its keys, and the window's method it calls.

One style for every action: a menu item calls a method of the window (or of the
Journal menu), and the work itself lives in the feature's own module, loaded the
first time it is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from moodapp.ui.privacy.journal_menu import JournalMenu

if TYPE_CHECKING:
    from moodapp.paths import AppPaths
    from moodapp.ui.shell.journal_controller import JournalController
    from moodapp.ui.shell.main_window import MainWindow

Key = QKeySequence | QKeySequence.StandardKey | str


def shortcuts(*keys: Key) -> list[QKeySequence]:
    """The given keys without repeats, skipping standard keys that have no binding here
    (a fallback given after a standard key is used only where that key has none)."""
    sequences: list[QKeySequence] = []
    for key in keys:
        found = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        sequences += [s for s in found if not s.isEmpty() and s not in sequences]
    return sequences


class Menus(QObject):
    """File, Edit, View, Entry, Journal and Help, built once with the window."""

    def __init__(self, window: MainWindow, controller: JournalController, paths: AppPaths) -> None:
        super().__init__(window)
        self._window = window
        bar = window.menuBar()

        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = self.action(self.tr("&Import..."), window.import_into_journal)
        self.export_action = self.action(self.tr("&Export journal..."), window.export_journal)
        self.report_action = self.action(self.tr("&Report to share..."), window.save_report)
        file_menu.addActions([self.import_action, self.export_action, self.report_action])
        file_menu.addSeparator()
        self.quit_action = self.action(
            self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit, "Ctrl+Q"
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        stack = controller.undo_stack
        self.undo_action = stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcuts(shortcuts(QKeySequence.StandardKey.Undo))
        self.redo_action = stack.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setShortcuts(shortcuts(QKeySequence.StandardKey.Redo))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        self.find_action = self.action(
            self.tr("&Find in journal..."),
            window.show_find,
            QKeySequence.StandardKey.Find,
            "Ctrl+F",
        )
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        self.catalogue_action = self.action(
            self.tr("Emotions and &triggers..."), window.show_catalogue
        )
        self.settings_action = self.action(
            self.tr("&Settings..."),
            window.show_settings,
            QKeySequence.StandardKey.Preferences,
            "Ctrl+,",
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addActions([self.catalogue_action, self.settings_action])

        view_menu = bar.addMenu(self.tr("&View"))
        labels = (self.tr("&Entry"), self.tr("&Calendar"), self.tr("C&harts"), self.tr("&Insights"))
        for row, label in enumerate(labels):
            view_menu.addAction(
                self.action(label, partial(window.show_row, row), f"Ctrl+{row + 1}")
            )

        entry_menu = bar.addMenu(self.tr("E&ntry"))
        # Ctrl+T for tears (Ctrl+E would move to the end of a line in Linux text fields).
        self.log_crying_action = self.action(
            self.tr("Log &crying episode"), window.log_crying, "Ctrl+T"
        )
        self.check_in_action = self.action(self.tr("New &check-in"), window.new_check_in, "Ctrl+N")
        entry_menu.addActions([self.log_crying_action, self.check_in_action])

        self.journal_menu = JournalMenu(
            window, controller, paths, window.screens,
            menu=bar.addMenu(self.tr("&Journal")), action=self.action,
        )  # fmt: skip

        help_menu = bar.addMenu(self.tr("&Help"))
        self.need_help_action = self.action(self.tr("Need help now?"), window.show_need_help)
        help_menu.addAction(self.need_help_action)  # first: the one that may be urgent
        self.help_action = self.action(
            self.tr("&How moodapp works"),
            window.show_help,
            QKeySequence.StandardKey.HelpContents,
            "F1",
        )
        help_menu.addAction(self.help_action)
        self.welcome_action = self.action(self.tr("&Welcome to moodapp"), window.show_welcome)
        help_menu.addAction(self.welcome_action)
        help_menu.addSeparator()
        self.about_action = self.action(self.tr("&About moodapp"), window.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def action(self, menu_text: str, slot: Callable[[], object], *keys: Key) -> QAction:
        """An action of the window that calls ``slot`` (with no argument) when triggered."""
        action = QAction(menu_text, self._window)
        action.setShortcuts(shortcuts(*keys))
        action.triggered.connect(lambda _checked=False: slot())
        return action
