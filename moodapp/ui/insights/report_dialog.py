"""File > Report: the period, whether to include weekly notes, the paper, then a file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.report import DEFAULT_DAYS
from moodapp.domain.series import DateRange
from moodapp.ui.common.form_parts import named
from moodapp.ui.common.period_picker import PeriodPicker
from moodapp.ui.common.save_as import ask_save_path, documents_folder, save_as_buttons
from moodapp.ui.common.value_combo import ValueCombo
from moodapp.ui.insights.paper import PageSize


class ReportRequestDialog(QDialog):
    """``chosen()`` gives (file, period, include notes, paper) once a file was picked."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report to share"))
        self._chosen: tuple[Path, DateRange, bool, PageSize] | None = None
        intro = QLabel(
            self.tr(
                "A PDF to print or to share with someone you trust, such as a therapist: "
                "the period's counts, the four charts and how you felt after crying."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.period = PeriodPicker(today - timedelta(days=DEFAULT_DAYS - 1), today, False, self)
        self.notes = named(
            QCheckBox(self.tr("Include my weekly notes"), self), self.tr("Include notes")
        )
        notes_hint = QLabel(
            self.tr("Your notes are private; they are left out unless you tick this.")
        )
        notes_hint.setWordWrap(True)
        self.paper = ValueCombo(
            self.tr("Paper"), [("A4", PageSize.A4), (self.tr("US Letter"), PageSize.LETTER)], self
        )
        self.paper.set_value(PageSize.of_locale())
        form = QFormLayout()
        form.addRow(self.tr("Period:"), self.period)
        form.addRow("", self.notes)
        form.addRow("", notes_hint)
        form.addRow(self.tr("Paper:"), self.paper)
        self.problem = QLabel(self)
        buttons = save_as_buttons(self, self._on_buttons_accepted)
        layout = QVBoxLayout(self)
        for widget in (intro, self.problem):
            layout.addWidget(widget)
        layout.insertLayout(1, form)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        self.problem.setText(self.period.problem())
        start, end = self.period.period()
        if self.problem.text() or start is None or end is None:
            return
        name = (
            self.tr("moodapp-report-%1-to-%2.pdf")
            .replace("%1", start.isoformat())
            .replace("%2", end.isoformat())
        )
        target = ask_save_path(self, self.tr("Save the report"), documents_folder() / name)
        if target is None:
            return
        paper = self.paper.value()
        self._chosen = (target, DateRange(start, end), self.notes.isChecked(), paper)
        self.accept()

    def chosen(self) -> tuple[Path, DateRange, bool, PageSize] | None:
        return self._chosen
