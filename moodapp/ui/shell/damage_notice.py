"""When reading the open journal finds it damaged: say so calmly, then close moodapp.

Nothing more is written to the journal once the damage shows, and the next start
refuses it and offers the newest good backup in its place (startup.py), as for a
journal found damaged when it was opened.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from moodapp.domain.text import Words
from moodapp.services.journal import note_damage
from moodapp.ui.common.words import said, translate


class DamageNotice:
    def __init__(self) -> None:
        self.box: QMessageBox | None = None

    def said(self, error: BaseException) -> bool:
        """Whether ``error`` showed the journal is damaged, and that was said."""
        how = note_damage(error)
        if how is None:
            return False
        if self.box is None:  # the same damage met again, by a repaint say: said once
            self.box = _notice(how, QApplication.activeWindow())
            self.box.finished.connect(lambda _result: QCoreApplication.quit())
            self.box.show()
        return True


def _notice(how: Words, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("DamageNotice", "Your journal is damaged"),
        translate(
            "DamageNotice",
            "moodapp could not read your journal: it is damaged (%1). Nothing more is "
            "written to it, and nothing has been deleted. moodapp closes now; when you open "
            "it again, it offers to put the newest good backup in its place.",
        ).replace("%1", said(how)),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setModal(True)
    return box
