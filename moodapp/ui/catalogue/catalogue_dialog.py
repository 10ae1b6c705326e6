"""Edit > Emotions and triggers: the catalogue editor in a window of its own.

Every change there is saved the moment it is made, so the window has nothing to
undo and offers only Close (Esc closes it too). It is not part of the Settings
dialog, whose Cancel would otherwise seem to take back changes already saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from moodapp.ui.catalogue.catalogue_editor import CatalogueEditor
from moodapp.ui.common.form_parts import named
from moodapp.ui.shell.journal_controller import JournalController


class CatalogueDialog(QDialog):
    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Emotions and triggers"))
        self.editor = CatalogueEditor(controller, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, self.tr("Close"))
        close.setAutoDefault(False)  # Enter in a list is not a reason to close the window
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        width = self.fontMetrics().horizontalAdvance("M") * 40
        self.resize(width, self.sizeHint().height())
