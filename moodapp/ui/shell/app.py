"""Start the window: create the QApplication, open the journal, show the main window."""

from __future__ import annotations

import contextlib
import os
import sys

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from moodapp import APP_ID, APP_NAME, __version__
from moodapp.paths import AppPaths
from moodapp.ui.common.translations import install_translators
from moodapp.ui.look.icons import app_icon
from moodapp.ui.shell.display_check import display_problem
from moodapp.ui.shell.error_hook import ErrorHook
from moodapp.ui.shell.first_frame import after_first_frame
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.ui.shell.main_window import MainWindow
from moodapp.ui.shell.quit_signals import quitting_on_signals
from moodapp.ui.shell.reminder import tray_available
from moodapp.ui.shell.single_instance import LockNotWritten, journal_lock, wake_running_window
from moodapp.ui.shell.startup import open_with_questions


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
        # Only for an application made here: tests that make their own stay in English.
        install_translators(app, QLocale())
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)  # Qt adds it to window titles that lack it
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


# What the offscreen platform says of window features it lacks: true, and no concern
# of someone saving a chart or a report from the command line.
OFFSCREEN_REMARK = "This plugin does not support"


def headless_application() -> QApplication:
    """A QApplication for drawing files without a screen, for the command line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    previous = None

    def handle(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(OFFSCREEN_REMARK):
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handle)
    return app


DAILY_BACKUP_AFTER_MS = 3000
LISTEN_AFTER_MS = 500


def listen_for_wakes(paths: AppPaths, window: MainWindow) -> None:
    from moodapp.ui.shell.single_instance import WakeListener  # QtNetwork, loaded only now

    WakeListener(paths, window.bring_to_front, window)


def starts_hidden(in_tray: bool, tray_available: bool) -> bool:
    """Whether the window starts hidden, moodapp in the tray: asked to (``--in-tray``) and a
    tray is there. Without one, a hidden window could never be reached: it shows as usual."""
    return in_tray and tray_available


def run_app(paths: AppPaths, demo: bool = False, in_tray: bool = False) -> int:
    problem = display_problem(os.environ)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    app = application()
    errors = ErrorHook(paths.error_log_file)
    errors.install()
    try:
        return _run_window(app, paths, demo, in_tray)
    finally:
        errors.uninstall()


def _run_window(app: QApplication, paths: AppPaths, demo: bool, in_tray: bool) -> int:
    try:
        lock = journal_lock(paths)
    except LockNotWritten as error:
        title = QCoreApplication.translate("App", "moodapp cannot start")
        QMessageBox.warning(None, title, str(error))
        return 1
    if lock is None:
        if wake_running_window(paths):
            print("moodapp is open already; its window was brought to the front.", file=sys.stderr)
            return 0
        QMessageBox.warning(
            None,
            QCoreApplication.translate("App", "moodapp is open already"),
            QCoreApplication.translate(
                "App",
                "moodapp is open on this journal already, or was just closed. "
                "Please try again in a moment.",
            ),
        )
        return 1
    try:
        journal = open_with_questions(paths)
        if journal is None:
            return 1
        with contextlib.closing(journal):
            window = MainWindow(JournalController(journal), paths, demo=demo)
            if starts_hidden(in_tray, tray_available()) and window.desktop.start_in_tray():
                QTimer.singleShot(0, journal.store.finish_check)  # no frame to wait for
            else:
                # SQLite's quick check, once the window is drawn: damage is said by the error
                # hook's notice; until the check is done, a write waits for it.
                after_first_frame(window, journal.store.finish_check)
                window.show()
                if window.welcome_due():
                    QTimer.singleShot(0, window.show_welcome)
            # Both wait until the window is up, so that it opens quickly: a second start
            # meanwhile finds the lock taken and says so.
            QTimer.singleShot(LISTEN_AFTER_MS, lambda: listen_for_wakes(paths, window))
            QTimer.singleShot(DAILY_BACKUP_AFTER_MS, window.take_daily_backup)
            with quitting_on_signals(window.quit):
                return app.exec()
    finally:
        lock.unlock()
