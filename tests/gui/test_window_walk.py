"""A walk through the window as a person takes it, on the demo journal.

Every entry of the real menus (collected from the menu bar, so a new one is walked
without a change here), every view in the list on the left, and every dialog they
open is opened and closed again with Esc; so is every dialog those dialogs open
from a button whose text ends in an ellipsis (the sign for "asks more first").
Entries that would replace or destroy data are only ever cancelled with Esc, and
the journal is checked to be whole afterwards. Any exception or Qt warning fails
the test (pytest-qt); so does a window that Esc does not close.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from moodapp.paths import AppPaths
from moodapp.services.demo import fill_demo_journal
from moodapp.services.journal import Journal, opened_journal
from moodapp.services.privacy import PrivacyService
from moodapp.store.database import open_store
from moodapp.ui.common.top_level import top_level_widgets
from moodapp.ui.entry.entry_list import EntryList
from moodapp.ui.help.need_help_dialog import NeedHelpDialog
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.ui.shell.main_window import MainWindow

PASSPHRASE = "a walk in the park at dusk"
ELLIPSES = ("...", "…")
# Buttons in the views that open a dialog although their text has no ellipsis.
VIEW_DIALOG_BUTTONS = (
    "Log crying on this day",
    "Check in for this day",
    "Edit entry",
    "Need help now?",
)
MAX_DEPTH = 4  # a dialog opened from a dialog opened from ... a menu entry
POLL_MS = 10


# -- the journal and the window ---------------------------------------------------------


def demo_paths(root: Path, encrypted: bool) -> AppPaths:
    paths = AppPaths.under(root)
    with opened_journal(paths) as journal:
        fill_demo_journal(journal)
    if encrypted:
        with open_store(paths.journal_file, paths.backup_dir) as store:
            PrivacyService(store).encrypt(PASSPHRASE)
    return paths


@pytest.fixture(params=["plain", "encrypted"])
def demo_window(
    request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path
) -> Iterator[tuple[MainWindow, Journal]]:
    encrypted = request.param == "encrypted"
    paths = demo_paths(tmp_path / "demo", encrypted)
    with opened_journal(paths, passphrase=PASSPHRASE if encrypted else None) as journal:
        window = MainWindow(JournalController(journal), paths, demo=True)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        yield window, journal


@pytest.fixture(autouse=True)
def widget_file_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt's own file dialog in place of the desktop's, so that Esc reaches it."""

    def asking(
        accept: QFileDialog.AcceptMode, mode: QFileDialog.FileMode
    ) -> Callable[..., tuple[str, str]]:
        def ask(
            parent: QWidget | None = None,
            caption: str = "",
            directory: str = "",
            filter: str = "",
            *_args: object,
            **_kwargs: object,
        ) -> tuple[str, str]:
            dialog = QFileDialog(parent, caption, directory, filter)
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            dialog.setAcceptMode(accept)
            dialog.setFileMode(mode)
            chosen = dialog.selectedFiles() if dialog.exec() else [""]
            return chosen[0], dialog.selectedNameFilter()

        return ask

    open_mode, save_mode = QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", asking(open_mode, QFileDialog.FileMode.ExistingFile)
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", asking(save_mode, QFileDialog.FileMode.AnyFile)
    )
    directory = asking(open_mode, QFileDialog.FileMode.Directory)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: directory(*a, **k)[0])


# -- what a person can reach ---------------------------------------------------------------


def plain(text: str) -> str:
    return text.replace("&", "")


def menu_entries(actions: list[QAction], above: tuple[QAction, ...] = ()) -> Iterator[
    tuple[QAction, ...]
]:  # fmt: skip
    """Each entry of these menus and their submenus, as the actions clicked to reach it."""
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from menu_entries(submenu.actions(), (*above, action))
        else:
            yield (*above, action)


def opens_a_dialog(button: QAbstractButton) -> bool:
    box = button.parent()
    if isinstance(box, QDialogButtonBox) and box.buttonRole(button) in (
        QDialogButtonBox.ButtonRole.AcceptRole,
        QDialogButtonBox.ButtonRole.YesRole,
    ):
        return False  # that would go ahead with what the dialog is for
    return plain(button.text()).endswith(ELLIPSES)


def visible_windows(main: QWidget) -> list[QWidget]:
    return [
        w
        for w in top_level_widgets()
        if w.isVisible()
        and w is not main
        and w.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
    ]


@dataclass
class Walk:
    qtbot: QtBot
    window: MainWindow
    seen: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    # -- opening and closing ----------------------------------------------------------

    def open_and_close(self, path: str, trigger: Callable[[], None], depth: int) -> None:
        """Run ``trigger`` (a click); close each window it opens with Esc, walking it first."""
        outer_modal = QApplication.activeModalWidget()
        handled: list[QWidget] = []

        def look() -> None:
            modal = QApplication.activeModalWidget()
            if modal is None or modal is outer_modal or modal in handled:
                return
            handled.append(modal)
            self.visit(path, modal, depth)

        before = visible_windows(self.window)
        watcher = QTimer()
        watcher.setInterval(POLL_MS)
        watcher.timeout.connect(look)
        watcher.start()
        try:
            trigger()
        finally:
            watcher.stop()
        for opened in visible_windows(self.window):
            if opened not in before and opened not in handled:
                self.visit(path, opened, depth)

    def visit(self, path: str, shown: QWidget, depth: int) -> None:
        title = shown.windowTitle() or type(shown).__name__
        self.seen.append(f"{path} -> {title}")
        if depth < MAX_DEPTH:
            self.walk_dialog(f"{path} > {title}", shown, depth + 1)
        if not isValid(shown) or not shown.isVisible():
            return
        target = shown.focusWidget() or shown
        self.qtbot.keyClick(target, Qt.Key.Key_Escape)
        if isValid(shown) and shown.isVisible():
            self.problems.append(f"{path}: Esc does not close {title!r}")
            shown.close()

    # -- inside a dialog or a view ---------------------------------------------------

    def walk_dialog(self, path: str, dialog: QWidget, depth: int) -> None:
        tabs = [t for t in dialog.findChildren(QTabWidget) if t.window() is dialog]
        for tab_widget in tabs:
            bar = tab_widget.tabBar()
            for index in range(tab_widget.count()):
                if not tab_widget.isTabEnabled(index):
                    continue
                self.qtbot.mouseClick(
                    bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center()
                )
                page = tab_widget.widget(index)
                assert page is not None
                self.click_openers(f"{path} [{plain(tab_widget.tabText(index))}]",
                                   page, depth, opens_a_dialog)  # fmt: skip
        if not tabs:
            self.click_openers(path, dialog, depth, opens_a_dialog)

    def click_openers(
        self,
        path: str,
        inside: QWidget,
        depth: int,
        opens: Callable[[QAbstractButton], bool],
    ) -> None:
        window = inside.window()
        buttons = [
            b
            for b in inside.findChildren(QAbstractButton)
            if b.window() is window and b.isVisible() and opens(b)
        ]
        for button in buttons:
            label = plain(button.text()) or button.accessibleName()
            if not isValid(button) or not button.isVisible():
                continue
            if not button.isEnabled():
                self.seen.append(f"{path} > {label}: not available here")
                continue
            self.open_and_close(
                f"{path} > {label}",
                lambda b=button: self.qtbot.mouseClick(b, Qt.MouseButton.LeftButton),  # type: ignore[misc]  # the default binds this loop's button
                depth,
            )

    # -- menus and the list of views ------------------------------------------------

    def click_menu_entry(self, entry: tuple[QAction, ...]) -> None:
        """Open the menu on the menu bar, go down any submenus, and click the entry."""
        bar = self.window.menuBar()
        assert isinstance(bar, QMenuBar)
        top = entry[0]
        self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
        menu = top.menu()
        assert isinstance(menu, QMenu)
        self.qtbot.waitUntil(menu.isVisible)
        for step in entry[1:-1]:
            self.qtbot.mouseMove(menu, menu.actionGeometry(step).center())
            submenu = step.menu()
            assert isinstance(submenu, QMenu)
            self.qtbot.waitUntil(submenu.isVisible)
            menu = submenu
        self.qtbot.mouseClick(
            menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(entry[-1]).center()
        )

    def walk_menu_entry(self, entry: tuple[QAction, ...]) -> None:
        path = " > ".join(plain(action.text()) for action in entry)
        if not entry[-1].isEnabled():
            self.seen.append(f"{path}: not available here")
            return
        count = len(self.seen)
        self.open_and_close(path, lambda: self.click_menu_entry(entry), 0)
        if len(self.seen) == count:
            self.seen.append(f"{path}: done, in the window itself")
        if self.window.journal_menu.locked:
            self.seen.append(f"{path} -> the lock screen")
            self.unlock()

    def unlock(self) -> None:
        screen = self.window.journal_menu.lock_screen
        assert screen is not None
        field = next(e for e in screen.findChildren(QLineEdit) if e.isVisible())
        self.qtbot.keyClicks(field, PASSPHRASE)
        self.qtbot.keyClick(field, Qt.Key.Key_Return)
        assert not self.window.journal_menu.locked

    def choose_first(self, entries: EntryList) -> None:
        """Click the first entry of a list, as a person does before "Edit"."""
        items = [entries.list.item(row) for row in range(entries.list.count())]
        selectable = [i for i in items if i.flags() & Qt.ItemFlag.ItemIsSelectable]
        if entries.isVisible() and selectable:
            rect = entries.list.visualItemRect(selectable[0])
            self.qtbot.mouseClick(
                entries.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
            )

    def walk_views(self) -> None:
        nav = self.window.nav
        assert isinstance(nav, QListWidget)
        for row in range(nav.count()):
            item = nav.item(row)
            self.qtbot.mouseClick(
                nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
            )
            view = self.window.views.currentWidget()
            assert view is not None and view is self.window.views.widget(row)
            self.seen.append(f"view {item.text()}")
            for entries in view.findChildren(EntryList):
                self.choose_first(entries)
            self.click_openers(
                f"view {item.text()}",
                view,
                0,
                lambda b: opens_a_dialog(b) or b.accessibleName() in VIEW_DIALOG_BUTTONS,
            )


def entry_count(journal: Journal) -> int:
    return len(journal.entries.entries())


def test_every_menu_entry_view_and_dialog_opens_and_closes_with_escape(
    qtbot: QtBot, demo_window: tuple[MainWindow, Journal]
) -> None:
    window, journal = demo_window
    entries_before = entry_count(journal)
    walk = Walk(qtbot, window)
    walk.walk_views()
    entries = list(menu_entries(window.menuBar().actions()))
    assert len(entries) > 20
    quit_last = sorted(entries, key=lambda e: e[-1].menuRole() == QAction.MenuRole.QuitRole)
    for entry in quit_last[:-1]:
        walk.walk_menu_entry(entry)
    assert not walk.problems, "\n".join(walk.problems)
    assert entry_count(journal) == entries_before  # nothing was confirmed
    assert journal.store.path.exists()

    walk.walk_menu_entry(quit_last[-1])
    assert not window.isVisible()
    assert not walk.problems, "\n".join(walk.problems)


def test_the_walk_notices_a_window_that_escape_does_not_close(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def keep_open(dialog: NeedHelpDialog, event: QKeyEvent) -> None:
        event.accept()  # Esc included

    monkeypatch.setattr(NeedHelpDialog, "keyPressEvent", keep_open)
    walk = Walk(qtbot, window)
    (need_help,) = [e for e in menu_entries(window.menuBar().actions())
                    if e[-1] is window.menus.need_help_action]  # fmt: skip
    walk.walk_menu_entry(need_help)
    assert walk.problems == ["Help > Need help now?: Esc does not close 'Need help now?'"]
    assert QApplication.activeModalWidget() is None  # closed for it, so the test goes on
