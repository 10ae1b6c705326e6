"""An unexpected error in a slot: a calm message, a private log, the form as it was.

Each test installs the app's hook inside ``qtbot.capture_exceptions()``: the hook
passes every error on to the hook it replaced (here pytest-qt's capture, which
fails any other test), and the tests check that it did.
"""

from __future__ import annotations

import contextlib
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from moodapp.paths import AppPaths
from moodapp.ui.shell import app, error_dialog
from moodapp.ui.shell.error_dialog import ErrorDialog
from moodapp.ui.shell.error_hook import ErrorHook
from moodapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import by_name

SECRET = "my sister said I was too much"


@contextlib.contextmanager
def installed_hook(tmp_path: Path) -> Iterator[ErrorHook]:
    hook = ErrorHook(AppPaths.under(tmp_path / "data").error_log_file)
    hook.install()
    try:
        yield hook
    finally:
        hook.uninstall()


def log_of(tmp_path: Path) -> Path:
    return tmp_path / "data" / "logs" / "moodapp.log"


def failing_save(*_args: object) -> None:
    raise ValueError(f"could not read {SECRET!r}")


def save_check_in_that_fails(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window._controller, "record", failing_save)
    window.entry_view.start_check_in()
    form = window.entry_view.check_in_form
    qtbot.keyClicks(by_name(form, "Note", QPlainTextEdit), SECRET)
    qtbot.mouseClick(by_name(form, "Save check-in", QPushButton), Qt.MouseButton.LeftButton)


def shown_words(dialog: QWidget) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def test_an_error_in_a_slot_is_shown_calmly_and_the_form_keeps_its_words(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with qtbot.capture_exceptions() as caught, installed_hook(tmp_path) as hook:
        save_check_in_that_fails(qtbot, window, monkeypatch)
    assert [type(error) for _, error, _ in caught] == [ValueError]  # the test would fail
    dialog = hook.dialog
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    said = shown_words(dialog)
    assert "Something went wrong. What you typed is still here." in said
    assert str(log_of(tmp_path)) in said
    note = by_name(window.entry_view.check_in_form, "Note", QPlainTextEdit)
    assert note.toPlainText() == SECRET

    details = by_name(dialog, "Details", QPlainTextEdit)
    assert not details.isVisible()
    qtbot.mouseClick(by_name(dialog, "Show details", QPushButton), Qt.MouseButton.LeftButton)
    assert details.isVisible()
    assert "in failing_save" in details.toPlainText()  # the place in the code
    assert SECRET in details.toPlainText()  # shown here, for the person to copy or not
    qtbot.mouseClick(by_name(dialog, "Copy details", QPushButton), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details.toPlainText()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert hook.dialog is None
    assert note.toPlainText() == SECRET


def test_the_log_is_private_and_holds_where_not_what(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with qtbot.capture_exceptions(), installed_hook(tmp_path) as hook:
        save_check_in_that_fails(qtbot, window, monkeypatch)
    log = log_of(tmp_path)
    text = log.read_text(encoding="utf-8")
    assert "ValueError" in text
    assert "in failing_save" in text and "test_error_hook.py" in text
    assert SECRET not in text and "could not read" not in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    assert hook.dialog is not None
    hook.dialog.close()


def test_errors_while_the_message_is_open_join_it(qtbot: QtBot, tmp_path: Path) -> None:
    button = QPushButton("Break")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: 1 / 0)
    button.show()
    with qtbot.capture_exceptions() as caught, installed_hook(tmp_path) as hook:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        first = hook.dialog
        button.click()  # from the code: a modal message holds the mouse off the button
        button.click()
    assert len(caught) == 3
    assert hook.dialog is first and first is not None
    assert "It happened again: 3 times so far." in shown_words(first)
    assert log_of(tmp_path).read_text(encoding="utf-8").count("ZeroDivisionError") == 3
    first.close()


class BrokenPaint(QWidget):
    """A widget whose painting fails, as one under the message would at every repaint."""

    broken = False
    failures = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.broken:
            self.failures += 1
            raise RuntimeError("painting failed")

    def fail_once_more(self, qtbot: QtBot) -> None:
        """Painted from the event loop, as Qt does (a repaint() from Python would raise)."""
        before = self.failures
        self.update()
        qtbot.waitUntil(lambda: self.failures > before)


def test_an_error_that_comes_back_by_itself_does_not_bring_the_message_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    widget = BrokenPaint()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.broken = True
    with qtbot.capture_exceptions() as caught, installed_hook(tmp_path) as hook:
        widget.fail_once_more(qtbot)
        assert hook.dialog is not None
        qtbot.keyClick(hook.dialog, Qt.Key.Key_Escape)
        widget.fail_once_more(qtbot)  # uncovered by the closed message, it fails again
        assert hook.dialog is None
        qtbot.keyClick(widget, Qt.Key.Key_A)  # the person does something
        widget.fail_once_more(qtbot)
        assert hook.dialog is not None
        widget.broken = False
        hook.dialog.close()
    assert len(caught) == widget.failures == 3
    assert log_of(tmp_path).read_text(encoding="utf-8").count("RuntimeError") == 3


def test_an_error_while_showing_the_message_does_not_loop(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_dialog(*_args: object) -> None:
        raise RuntimeError("the message itself failed")

    monkeypatch.setattr(error_dialog, "ErrorDialog", broken_dialog)
    button = QPushButton("Break")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: 1 / 0)
    with qtbot.capture_exceptions() as caught, installed_hook(tmp_path) as hook:
        button.click()
        button.click()  # the hook is ready again
    assert [type(error) for _, error, _ in caught] == [ZeroDivisionError, RuntimeError] * 2
    assert hook.dialog is None


def test_a_log_that_cannot_be_written_is_said_in_the_message(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "logs").write_text("a file where the folder would be")
    button = QPushButton("Break")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: 1 / 0)
    with qtbot.capture_exceptions(), installed_hook(tmp_path) as hook:
        button.click()
    assert hook.dialog is not None
    assert "could not be noted in the log" in shown_words(hook.dialog)
    hook.dialog.close()


def test_the_window_runs_with_the_hook_and_leaves_no_trace_after(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[object] = []

    def run_window(*_args: object) -> int:
        seen.append(getattr(sys.excepthook, "__self__", None))
        return 0

    monkeypatch.setattr(app, "_run_window", run_window)
    monkeypatch.setattr(app, "application", QApplication.instance)  # names stay the tests'
    before = sys.excepthook
    assert app.run_app(AppPaths.under(tmp_path / "data")) == 0
    assert isinstance(seen[0], ErrorHook)
    assert sys.excepthook is before
