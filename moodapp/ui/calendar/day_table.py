"""What the month and the year grids share: a table model of days, and a table view of it.

Each day is a cell, so the keyboard reaches every day and screen readers read
each one (its spoken text); the tooltip sums the day up.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QTableView, QWidget

from moodapp.domain.days import DaySummary
from moodapp.ui.common.day_text import day_spoken, day_tooltip

DATE_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
TODAY_ROLE = Qt.ItemDataRole.UserRole + 2
FUTURE_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class DayTableModel(QAbstractTableModel):
    """Days laid out in a table; subclasses say which day sits in which cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summaries: Mapping[date, DaySummary] = {}
        self._labels: Mapping[str, str] = {}
        self._today = date.today()

    def _set_days(
        self, summaries: Mapping[date, DaySummary], emotion_labels: Mapping[str, str], today: date
    ) -> None:
        """For subclasses, between beginResetModel() and endResetModel()."""
        self._summaries = summaries
        self._labels = emotion_labels
        self._today = today

    @property
    def today(self) -> date:
        return self._today

    def summary_of(self, day: date) -> DaySummary | None:
        return self._summaries.get(day)

    def date_at(self, index: Index) -> date | None:
        raise NotImplementedError

    def index_of(self, day: date) -> QModelIndex:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = self.date_at(index) if index.isValid() else None
        if day is None:
            return None
        if role == DATE_ROLE:
            return day
        if role == SUMMARY_ROLE:
            return self._summaries.get(day)
        if role == TODAY_ROLE:
            return day == self._today
        if role == FUTURE_ROLE:
            return day > self._today
        if role == Qt.ItemDataRole.ToolTipRole:
            return day_tooltip(day, self._summaries.get(day), self._labels)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return day_spoken(day, self._summaries.get(day), self._labels)
        return None


class DayTable(QTableView):
    """A table of days: one selected day, Enter or a double-click opens it."""

    open_requested = Signal(object)  # date

    def __init__(
        self,
        name: str,
        description: str,
        model: DayTableModel,
        delegate: QStyledItemDelegate,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.day_model = model
        self.setModel(model)
        self.setItemDelegate(delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.setMouseTracking(True)  # tooltips while hovering
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setHighlightSections(False)
        self.doubleClicked.connect(self._on_double_clicked)

    def select_date(self, day: date) -> None:
        index = self.day_model.index_of(day)
        if index.isValid():
            self.setCurrentIndex(index)

    def current_date(self) -> date | None:
        index = self.currentIndex()
        return self.day_model.date_at(index) if index.isValid() else None

    def _on_double_clicked(self, index: QModelIndex) -> None:
        day = self.day_model.date_at(index)
        if day is not None:
            self.open_requested.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        day = self.current_date()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and day is not None:
            self.open_requested.emit(day)
        else:
            super().keyPressEvent(event)
