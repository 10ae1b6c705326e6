"""The "Save as..." step shared by the dialogs that write a file: the buttons, the
file chooser in a sensible folder, and the suffix the file must have."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from moodapp.ui.common.form_parts import named


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def save_as_buttons(dialog: QDialog, on_save: Callable[[], None]) -> QDialogButtonBox:
    """Cancel and "Save as..."; the dialog accepts itself once ``on_save`` picked a file."""
    translate = QCoreApplication.translate
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    save = buttons.addButton(
        translate("SaveAs", "Save as..."), QDialogButtonBox.ButtonRole.AcceptRole
    )
    named(save, translate("SaveAs", "Save as"))
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ask_save_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """A file to save to, ending in ``suggested``'s suffix; None if the person cancels."""
    suffix = suggested.suffix
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), f"*{suffix}")
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
