"""No unexpected error is silent: each one is logged and shown in one calm message.

PySide6 hands an exception raised in a slot, a timer's callback or an overridden
Qt method to ``sys.excepthook``. The hook installed here first passes it on to
the hook it replaced (the terminal, or pytest-qt's capture in tests, which fails
the test), then writes it to the log file and shows ``ErrorDialog``.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from shiboken6 import isValid

from moodapp.error_log import error_report, write_error
from moodapp.ui.common.top_level import top_level_widgets
from moodapp.ui.shell.damage_notice import DamageNotice

if TYPE_CHECKING:
    from moodapp.ui.shell.error_dialog import ErrorDialog

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
PERSON_ACTS = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress)


def _where(error: BaseException) -> tuple[object, ...]:
    """The kind of error and the place in the code it came from."""
    frames = traceback.extract_tb(error.__traceback__)
    return (type(error), *((frame.filename, frame.lineno) for frame in frames))


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None, "errors are shown only while the application runs"
    return app


def _main_window() -> QWidget | None:
    shown = (w for w in top_level_widgets() if isinstance(w, QMainWindow))
    return next((w for w in shown if w.isVisible()), None)


class ErrorHook(QObject):
    def __init__(self, log_file: Path) -> None:
        super().__init__()
        self._log_file = log_file
        self._previous: ExceptHook = sys.excepthook
        self._busy = False  # handling an error: one raised meanwhile is not handled again
        self.dialog: ErrorDialog | None = None
        # The error whose message was just closed: when it comes back before the person
        # presses a key or a button (a repaint under the closed message, say), it is only
        # logged, so that the message cannot keep coming back by itself.
        self._quiet: tuple[object, ...] | None = None
        self.damage = DamageNotice()  # a damaged journal is said in its own words

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self._on_unexpected_error

    def uninstall(self) -> None:
        if sys.excepthook == self._on_unexpected_error:
            sys.excepthook = self._previous

    def _on_unexpected_error(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(error, Exception) and self.damage.said(error):
            return  # not a mistake in moodapp, and said in words: no traceback
        self._previous(kind, error, tb)
        # One raised while an error is handled was passed on above, and that is all;
        # KeyboardInterrupt and SystemExit are not mistakes to report.
        if self._busy or not isinstance(error, Exception):
            return
        self._busy = True
        try:
            self._handle(error.with_traceback(tb))
        except Exception:
            self._previous(*sys.exc_info())
        finally:
            self._busy = False

    def _handle(self, error: BaseException) -> None:
        problem = ""
        try:
            write_error(self._log_file, error)
        except OSError as cannot:
            problem = cannot.strerror or str(cannot)
        details = error_report(error, for_file=False)
        if self.dialog is not None and not isValid(self.dialog):
            self.dialog = None  # it went with the window it was shown over
        if self.dialog is not None:
            self.dialog.add_repeat(details)
            return
        if _where(error) == self._quiet:
            return
        from moodapp.ui.shell.error_dialog import ErrorDialog  # loaded when first needed

        parent = QApplication.activeModalWidget() or QApplication.activeWindow() or _main_window()
        dialog = ErrorDialog(details, None if problem else self._log_file, problem, parent)
        dialog.setModal(True)
        dialog.finished.connect(lambda _result: self._on_dialog_finished(dialog, error))
        self.dialog = dialog
        dialog.show()

    def _on_dialog_finished(self, dialog: QWidget, error: BaseException) -> None:
        self.dialog = None
        dialog.deleteLater()
        self._quiet = _where(error)
        _application().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in PERSON_ACTS:
            self._quiet = None
            _application().removeEventFilter(self)
        return False
