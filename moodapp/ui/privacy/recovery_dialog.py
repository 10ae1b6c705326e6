"""When the journal cannot be read: say so calmly, and offer a way on that loses nothing.

The unreadable file is never changed or deleted: every choice but Quit moves it
aside under a name that says what it is, and puts a readable copy in its place (or,
when there is no readable backup, a new journal if the person asks for one).
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from moodapp.services.backups import BackupDetails
from moodapp.ui.common.day_text import long_date
from moodapp.ui.common.form_parts import named


class Recovery(IntEnum):
    QUIT = 0
    NEWEST_BACKUP = 1
    OTHER_FILE = 2
    NEW_JOURNAL = 3


class RecoveryDialog(QDialog):
    def __init__(
        self, problem: str, backup: BackupDetails | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("moodapp cannot open your journal"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 36))
        text = QLabel(problem, self)
        text.setWordWrap(True)
        calm = QLabel(
            self.tr(
                "Nothing has been changed or deleted. If you go on, the unreadable file is "
                "moved aside in the same folder, and a readable copy takes its place."
            ),
            self,
        )
        calm.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(calm)
        if backup is not None:
            taken = backup.backup.taken_at.astimezone()
            label = (
                self.tr("Open the newest good backup (%1, 1 entry)")
                if backup.entries == 1
                else self.tr("Open the newest good backup (%1, %2 entries)")
            )
            label = label.replace("%1", f"{long_date(taken.date())} {taken:%H:%M}")
            self.newest = named(
                QPushButton(label.replace("%2", str(backup.entries)), self),
                self.tr("Open the newest good backup"),
            )
            self.newest.clicked.connect(lambda: self.done(Recovery.NEWEST_BACKUP))
            layout.addWidget(self.newest)
        else:
            layout.addWidget(QLabel(self.tr("There is no readable backup."), self))
            new = named(
                QPushButton(self.tr("Start a new, empty journal"), self),
                self.tr("Start a new journal"),
            )
            new.clicked.connect(lambda: self.done(Recovery.NEW_JOURNAL))
            layout.addWidget(new)
        other = named(
            QPushButton(self.tr("Choose another journal file..."), self),
            self.tr("Choose another journal file"),
        )
        other.clicked.connect(lambda: self.done(Recovery.OTHER_FILE))
        quit_button = named(QPushButton(self.tr("Quit"), self), self.tr("Quit"))
        quit_button.clicked.connect(lambda: self.done(Recovery.QUIT))
        layout.addWidget(other)
        layout.addWidget(quit_button)
