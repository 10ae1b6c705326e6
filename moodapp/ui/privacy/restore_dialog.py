"""Journal > Restore from backup: the backups with their date and entries, and a confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.services.backups import BackupDetails
from moodapp.ui.common.day_text import long_date
from moodapp.ui.common.form_parts import named
from moodapp.ui.common.words import said

REASONS = {
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "daily"),
    "by-hand": QT_TRANSLATE_NOOP("RestoreDialog", "made by hand"),
    "before-import": QT_TRANSLATE_NOOP("RestoreDialog", "before an import"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "before a restore"),
    "before-encryption": QT_TRANSLATE_NOOP("RestoreDialog", "before encrypting"),
    "before-new-passphrase": QT_TRANSLATE_NOOP("RestoreDialog", "before a new passphrase"),
    "before-decryption": QT_TRANSLATE_NOOP("RestoreDialog", "before removing encryption"),
}
BEFORE_UPDATE = QT_TRANSLATE_NOOP("RestoreDialog", "before an update")


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupDetails], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 34))
        intro = QLabel(
            self.tr(
                "Choose a backup to put in the journal's place. The journal as it is now is "
                "backed up first, so you can come back to it the same way."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = named(QListWidget(self), self.tr("Backups"))
        for details in backups:
            item = QListWidgetItem(self._describe(details), self.list)
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, details)
            if details.entries is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        if backups:
            self.list.setCurrentRow(0)
            widest = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 24
            self.list.setMinimumWidth(min(widest, self.fontMetrics().horizontalAdvance("M" * 60)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore = buttons.addButton(
            self.tr("Restore..."), QDialogButtonBox.ButtonRole.AcceptRole
        )
        named(self.restore, self.tr("Restore"))
        self.restore.setEnabled(bool(backups))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        if not backups:
            layout.addWidget(QLabel(self.tr("There are no backups yet."), self))
        layout.addWidget(buttons)

    def _describe(self, details: BackupDetails) -> str:
        taken = details.backup.taken_at.astimezone()
        reason = details.backup.reason
        why = self.tr(
            REASONS.get(reason, BEFORE_UPDATE if reason.startswith("before-0") else reason)
        )
        when = f"{long_date(taken.date())}, {taken:%H:%M}"
        if details.entries is None:
            return (
                self.tr("%1 (%2): %3")
                .replace("%1", when)
                .replace("%2", why)
                .replace("%3", said(details.problem) if details.problem else "")
            )
        template = self.tr("%1 (%2): %Ln entries", "", details.entries)
        return template.replace("%1", when).replace("%2", why)

    def chosen(self) -> BackupDetails | None:
        item = self.list.currentItem()
        found: BackupDetails | None = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return found

    def _on_buttons_accepted(self) -> None:
        chosen = self.chosen()
        if chosen is None or chosen.entries is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr("Replace the journal with this backup?\n\n%1").replace(
                "%1", self._describe(chosen)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
