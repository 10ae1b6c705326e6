"""A progress dialog with Cancel for long work that runs in the window's own thread.

The work calls the dialog as its ``Progress`` callback now and then; each call
updates the bar, lets the window repaint and take the Cancel click, and raises
``Cancelled`` once Cancel was pressed, so the work stops where it is and cleans
up (a rolled-back transaction, a deleted temporary file).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from moodapp.exchange.batch import Cancelled
from moodapp.ui.common.form_parts import named

SHOW_AFTER_MS = 400  # quick jobs finish without a dialog flashing up


def _step_words(step: str) -> str:
    translate = QCoreApplication.translate
    words = {
        "entries": translate("Progress", "Going through entries..."),
        "rows": translate("Progress", "Reading rows..."),
        "checking": translate("Progress", "Checking entries..."),
        "saving": translate("Progress", "Saving entries..."),
        "tables": translate("Progress", "Writing tables..."),
        "charts": translate("Progress", "Drawing the charts..."),
        "layout": translate("Progress", "Laying out the pages..."),
        "pages": translate("Progress", "Writing the pages..."),
    }
    if step.endswith(".csv"):
        return translate("Progress", "Reading %1...").replace("%1", step)
    return words.get(step, translate("Progress", "Working..."))


class ProgressWindow:
    def __init__(self, parent: QWidget, title: str) -> None:
        self.dialog = named(QProgressDialog(parent), title)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.setMinimumWidth(self.dialog.fontMetrics().horizontalAdvance("M" * 28))
        self.dialog.setValue(0)

    def __call__(self, step: str, done: int, total: int) -> None:
        self.dialog.setLabelText(_step_words(step))
        self.dialog.setMaximum(max(total, 0))  # 0: a busy bar, for work of unknown size
        if total:
            self.dialog.setValue(min(done, total))
        QApplication.processEvents()
        if self.dialog.wasCanceled():
            raise Cancelled

    def __enter__(self) -> ProgressWindow:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()
