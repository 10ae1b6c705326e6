"""A period of days to export or report on: from and to dates, or the whole journal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from moodapp.ui.common import date_text
from moodapp.ui.common.form_parts import named


class PeriodPicker(QWidget):
    def __init__(
        self, start: date, end: date, allow_whole: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.whole = named(
            QCheckBox(self.tr("The whole journal"), self), self.tr("The whole journal")
        )
        self.whole.setVisible(allow_whole)
        self.whole.setChecked(allow_whole)
        self.start = named(
            QDateEdit(QDate(start.year, start.month, start.day), self), self.tr("From")
        )
        self.end = named(QDateEdit(QDate(end.year, end.month, end.day), self), self.tr("To"))
        dates = QHBoxLayout()
        for label, edit in ((self.tr("From"), self.start), (self.tr("to"), self.end)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_text.pattern(date_text.SHORT))
            dates.addWidget(QLabel(label, self))
            dates.addWidget(edit)
        dates.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.whole)
        column.addLayout(dates)
        self.whole.toggled.connect(self._on_whole_toggled)
        self._on_whole_toggled(self.whole.isChecked())

    def _on_whole_toggled(self, whole: bool) -> None:
        self.start.setEnabled(not whole)
        self.end.setEnabled(not whole)

    def period(self) -> tuple[date | None, date | None]:
        """(first day, last day), both None for the whole journal."""
        if self.whole.isChecked():
            return None, None
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return start, end

    def problem(self) -> str:
        """Why the period cannot be used, or "" when it can."""
        start, end = self.period()
        if start is not None and end is not None and start > end:
            return self.tr("The first day is after the last day.")
        return ""
