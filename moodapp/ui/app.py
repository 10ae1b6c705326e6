"""Start the window: create the QApplication, open the journal, show the main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from moodapp import APP_ID, APP_NAME, __version__
from moodapp.paths import AppPaths
from moodapp.services.journal import JournalOpenError, opened_journal
from moodapp.ui.display_check import display_problem
from moodapp.ui.journal_controller import JournalController
from moodapp.ui.main_window import MainWindow


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("moodapp")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
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


def run_app(paths: AppPaths, demo: bool = False) -> int:
    problem = display_problem(os.environ)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    app = application()
    try:
        with opened_journal(paths) as journal:
            window = MainWindow(JournalController(journal), paths, demo=demo)
            window.show()
            return app.exec()
    except JournalOpenError as error:
        QMessageBox.critical(None, app.tr("moodapp cannot open your journal"), str(error))
        return 1
