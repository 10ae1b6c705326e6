"""A month as a grid of days: mood as colour and number, tears as drops with a count.

Arrows move by a day or a week, PageUp/PageDown by a month, Home goes to today,
Enter opens the day; leaving the month moves to the next one.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from moodapp.domain.calendar_grid import add_months, month_grid
from moodapp.domain.days import DaySummary
from moodapp.ui.calendar.day_table import (
    FUTURE_ROLE,
    SUMMARY_ROLE,
    TODAY_ROLE,
    DayTable,
    DayTableModel,
    Index,
)
from moodapp.ui.calendar.marks import draw_drop, draw_tick
from moodapp.ui.common.day_text import mean_text
from moodapp.ui.look import tokens
from moodapp.ui.look.palette import is_dark, mood_colour, readable_on

IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 10


class MonthModel(DayTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._month = self.today.replace(day=1)
        self._dates = month_grid(self._month.year, self._month.month, 0)

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
        self._dates = month_grid(month.year, month.month, first_weekday)
        self._set_days(summaries, emotion_labels, today)
        self.endResetModel()

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self._dates[0]).days
        if not 0 <= offset < len(self._dates):
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def date_at(self, index: Index) -> date:
        return self._dates[index.row() * 7 + index.column()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._dates) // 7

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return str(self.date_at(index).day)
        if index.isValid() and role == IN_MONTH_ROLE:
            day = self.date_at(index)
            return (day.year, day.month) == (self._month.year, self._month.month)
        return super().data(index, role)

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
            painter.setOpacity(painter.opacity() * 0.6)
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
        small.setPointSizeF(max(7.0, small.pointSizeF() * tokens.CAPTION))
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


class MonthGrid(DayTable):
    navigate_requested = Signal(object)  # date: show and select this day

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        self.month_model = MonthModel()
        super().__init__(
            name,
            QCoreApplication.translate(
                "MonthGrid",
                "Arrows move by day and week, Page Up and Page Down by month, Home goes to today.",
            ),
            self.month_model,
            DayCellDelegate(),
            parent,
        )
        self.month_model.setParent(self)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMinimumSize(7 * 44, 6 * 40)
        self.clicked.connect(self._on_clicked)

    def _on_clicked(self, index: QModelIndex) -> None:
        self.navigate_requested.emit(self.month_model.date_at(index))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.current_date() or self.month_model.today
        steps = {
            Qt.Key.Key_Left: timedelta(days=-1),
            Qt.Key.Key_Right: timedelta(days=1),
            Qt.Key.Key_Up: timedelta(days=-7),
            Qt.Key.Key_Down: timedelta(days=7),
        }
        key = Qt.Key(event.key())
        if key in steps:
            self.navigate_requested.emit(current + steps[key])
        elif key == Qt.Key.Key_PageUp:
            self.navigate_requested.emit(add_months(current, -1))
        elif key == Qt.Key.Key_PageDown:
            self.navigate_requested.emit(add_months(current, 1))
        elif key == Qt.Key.Key_Home:
            self.navigate_requested.emit(self.month_model.today)
        else:
            super().keyPressEvent(event)
