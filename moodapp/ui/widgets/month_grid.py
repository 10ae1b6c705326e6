"""A month as a grid of days: mood as colour and number, tears as drops with a count.

The grid is a QTableView over a small model, so every day is a cell that the
keyboard can reach and screen readers can read (each cell has a spoken
description). Arrows move by a day or a week, PageUp/PageDown by a month, Home
goes to today, Enter opens the day; leaving the month moves to the next one.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from moodapp.domain.calendar_grid import add_months, month_grid
from moodapp.domain.days import DaySummary
from moodapp.ui.day_text import day_spoken, day_tooltip, mean_text
from moodapp.ui.palette import is_dark, mood_colour, readable_on
from moodapp.ui.widgets.marks import draw_drop, draw_tick

DATE_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 2
TODAY_ROLE = Qt.ItemDataRole.UserRole + 3
FUTURE_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


class MonthModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = date.today()
        self._month = today.replace(day=1)
        self._first_weekday = 0
        self._dates = month_grid(today.year, today.month, 0)
        self._summaries: Mapping[date, DaySummary] = {}
        self._labels: Mapping[str, str] = {}
        self._today = today

    def show_month(
        self,
        month: date,
        first_weekday: int,
        summaries: Mapping[date, DaySummary],
        emotion_labels: Mapping[str, str],
        today: date,
    ) -> None:
        self.beginResetModel()
        self._month = month.replace(day=1)
        self._first_weekday = first_weekday
        self._dates = month_grid(month.year, month.month, first_weekday)
        self._summaries = summaries
        self._labels = emotion_labels
        self._today = today
        self.endResetModel()

    @property
    def month(self) -> date:
        return self._month

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self._dates[0]).days
        if not 0 <= offset < len(self._dates):
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def summary_of(self, day: date) -> DaySummary | None:
        return self._summaries.get(day)

    def date_at(self, index: Index) -> date:
        return self._dates[index.row() * 7 + index.column()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._dates) // 7

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.date_at(index)
        summary = self._summaries.get(day)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DATE_ROLE:
            return day
        if role == SUMMARY_ROLE:
            return summary
        if role == IN_MONTH_ROLE:
            return (day.year, day.month) == (self._month.year, self._month.month)
        if role == TODAY_ROLE:
            return day == self._today
        if role == FUTURE_ROLE:
            return day > self._today
        if role == Qt.ItemDataRole.ToolTipRole:
            return day_tooltip(day, summary, self._labels)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return day_spoken(day, summary, self._labels)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            weekday = self._dates[section].isoweekday()  # Qt counts Monday as 1, like ISO
            return QLocale().dayName(weekday, QLocale.FormatType.ShortFormat)
        return None


class DayCellDelegate(QStyledItemDelegate):
    """Paints one day: its mood as background and number, its tears as drops with counts."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        summary: DaySummary | None = index.data(SUMMARY_ROLE)
        in_month = bool(index.data(IN_MONTH_ROLE))
        palette = option.palette
        cell = QRectF(option.rect).adjusted(2, 2, -2, -2)
        has_mood = summary is not None and summary.mood is not None
        background = (
            mood_colour(summary.mood, is_dark(palette))  # type: ignore[union-attr, arg-type]
            if has_mood
            else palette.base().color()
        )
        ink = readable_on(background) if has_mood else palette.text().color()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setOpacity(1.0 if in_month else 0.45)
        if index.data(FUTURE_ROLE):  # not yet lived: no frame, so it differs from "not written"
            painter.setOpacity(0.6)
            painter.setPen(Qt.PenStyle.NoPen)
        else:
            style = Qt.PenStyle.SolidLine if has_mood else Qt.PenStyle.DashLine
            painter.setPen(QPen(palette.mid().color(), 1, style))
        painter.setBrush(background)
        painter.drawRoundedRect(cell, 4, 4)
        self._draw_number(painter, cell, index, ink)
        if summary is not None:
            self._draw_marks(painter, cell, summary, ink)
        painter.restore()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(palette.highlight().color(), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 4, 4)
            painter.restore()

    @staticmethod
    def _draw_number(painter: QPainter, cell: QRectF, index: Index, ink: QColor) -> None:
        font = QFont(painter.font())
        today = bool(index.data(TODAY_ROLE))
        font.setBold(today)
        painter.setFont(font)
        box = QRectF(
            cell.left() + 4, cell.top() + 2, cell.width() - 8, painter.fontMetrics().height()
        )
        painter.setPen(ink)
        painter.drawText(
            box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(index.data())
        )
        if today:  # today is ringed, not only bold
            width = painter.fontMetrics().horizontalAdvance(str(index.data()))
            ring = QRectF(box.left() - 3, box.top() - 1, width + 6, box.height() + 2)
            painter.setPen(QPen(ink, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ring, ring.height() / 2, ring.height() / 2)

    @staticmethod
    def _draw_marks(painter: QPainter, cell: QRectF, summary: DaySummary, ink: QColor) -> None:
        small = QFont(painter.font())
        small.setBold(False)
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        painter.setPen(ink)
        if summary.mood is not None:
            mood_box = QRectF(cell.left() + 4, cell.top() + 2, cell.width() - 8, metrics.height())
            painter.drawText(
                mood_box,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                mean_text(summary.mood),
            )
        size = min(14.0, cell.height() / 3.2)
        x = cell.left() + 5
        y = cell.bottom() - size - 3
        for count, filled in ((summary.cried, True), (summary.almost_cried, False)):
            if not count:
                continue
            draw_drop(painter, QRectF(x, y, size * 0.75, size), ink, filled)
            x += size * 0.75 + 2
            if count > 1:
                text = f"{count}"
                painter.setPen(ink)
                painter.drawText(
                    QRectF(x, y, metrics.horizontalAdvance(text) + 2, size),
                    Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
                x += metrics.horizontalAdvance(text) + 4
            x += 3
        if summary.no_crying:
            draw_tick(painter, QRectF(x, y + size * 0.15, size * 0.8, size * 0.8), ink)


class MonthGrid(QTableView):
    navigate_requested = Signal(object)  # date: show and select this day
    open_requested = Signal(object)  # date: Enter or double-click

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setAccessibleDescription(
            self.tr(
                "Arrows move by day and week, Page Up and Page Down by month, Home goes to today."
            )
        )
        self.month_model = MonthModel(self)
        self.setModel(self.month_model)
        self.setItemDelegate(DayCellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setMouseTracking(True)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.setMinimumSize(7 * 44, 6 * 40)
        self.clicked.connect(self._on_clicked)
        self.doubleClicked.connect(self._on_double_clicked)
        self._today = date.today()

    def show_month(
        self,
        month: date,
        first_weekday: int,
        summaries: Mapping[date, DaySummary],
        emotion_labels: Mapping[str, str],
        today: date,
    ) -> None:
        self._today = today
        self.month_model.show_month(month, first_weekday, summaries, emotion_labels, today)

    def select_date(self, day: date) -> None:
        index = self.month_model.index_of(day)
        if index.isValid():
            self.setCurrentIndex(index)

    def current_date(self) -> date | None:
        index = self.currentIndex()
        return self.month_model.date_at(index) if index.isValid() else None

    def _on_clicked(self, index: QModelIndex) -> None:
        self.navigate_requested.emit(self.month_model.date_at(index))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.month_model.date_at(index))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.current_date() or self._today
        steps = {
            Qt.Key.Key_Left: timedelta(days=-1),
            Qt.Key.Key_Right: timedelta(days=1),
            Qt.Key.Key_Up: timedelta(days=-7),
            Qt.Key.Key_Down: timedelta(days=7),
        }
        key = event.key()
        if key in steps:
            self.navigate_requested.emit(current + steps[key])  # type: ignore[index]
        elif key == Qt.Key.Key_PageUp:
            self.navigate_requested.emit(add_months(current, -1))
        elif key == Qt.Key.Key_PageDown:
            self.navigate_requested.emit(add_months(current, 1))
        elif key == Qt.Key.Key_Home:
            self.navigate_requested.emit(self._today)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(current)
        else:
            super().keyPressEvent(event)
