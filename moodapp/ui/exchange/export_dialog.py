"""File > Export: choose the format and the period, then a file to save to."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from moodapp.exchange.kinds import ExportFormat
from moodapp.ui.common.form_parts import named
from moodapp.ui.common.period_picker import PeriodPicker
from moodapp.ui.common.save_as import ask_save_path, documents_folder, save_as_buttons

SUFFIXES = {ExportFormat.JSON: ".json", ExportFormat.CSV: ".zip"}


class ExportDialog(QDialog):
    """``chosen()`` gives (file, format, first day, last day) once a file was picked."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export journal"))
        self._today = today
        self._chosen: tuple[Path, ExportFormat, date | None, date | None] | None = None
        self.json = named(
            QRadioButton(
                self.tr("JSON: one file with everything, to keep or to move to another computer"),
                self,
            ),
            self.tr("JSON"),
        )
        self.csv = named(
            QRadioButton(self.tr("CSV tables in a zip file, for spreadsheets"), self),
            self.tr("CSV"),
        )
        self.json.setChecked(True)
        formats = QButtonGroup(self)
        format_box = QGroupBox(self.tr("Format"), self)
        format_column = QVBoxLayout(format_box)
        for button in (self.json, self.csv):
            formats.addButton(button)
            format_column.addWidget(button)
        period_box = QGroupBox(self.tr("Entries"), self)
        self.period = PeriodPicker(today - timedelta(days=364), today, True, period_box)
        QVBoxLayout(period_box).addWidget(self.period)
        note = QLabel(
            self.tr(
                "Your emotions, triggers, tags and weekly reflections are included. "
                "The file is not encrypted: keep it somewhere private."
            ),
            self,
        )
        note.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        buttons = save_as_buttons(self, self._on_buttons_accepted)
        layout = QVBoxLayout(self)
        for widget in (format_box, period_box, note, self.problem, buttons):
            layout.addWidget(widget)

    def export_format(self) -> ExportFormat:
        return ExportFormat.CSV if self.csv.isChecked() else ExportFormat.JSON

    def _on_buttons_accepted(self) -> None:
        self.problem.setText(self.period.problem())
        if self.problem.text():
            return
        chosen_format = self.export_format()
        name = f"moodapp-journal-{self._today.isoformat()}{SUFFIXES[chosen_format]}"
        target = ask_save_path(self, self.tr("Export journal"), documents_folder() / name)
        if target is None:
            return
        self._chosen = (target, chosen_format, *self.period.period())
        self.accept()

    def chosen(self) -> tuple[Path, ExportFormat, date | None, date | None] | None:
        return self._chosen
