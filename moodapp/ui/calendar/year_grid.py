"""A year in pixels: twelve rows of days, each coloured by mood, with tears marked.

Arrows move between days, Enter or a click opens the day in the month view.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from moodapp.domain.days import DaySummary
from moodapp.ui.calendar.day_table import (
    DATE_ROLE,
    FUTURE_ROLE,
    SUMMARY_ROLE,
    DayTable,
    DayTableModel,
    Index,
)
from moodapp.ui.calendar.marks import draw_drop
from moodapp.ui.look import tokens
from moodapp.ui.look.palette import is_dark, mood_colour, readable_on

MARK_MAX = 11.0  # pixels: marks stay small however large a cell grows


class YearModel(DayTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._year = self.today.year

    def show_year(
        self,
        year: int,
        summaries: Mapping[date, DaySummary],
        emotion_labels: Mapping[str, str],
        today: date,
    ) -> None:
        self.beginResetModel()
        self._year = year
        self._set_days(summaries, emotion_labels, today)
        self.endResetModel()

    def date_at(self, index: Index) -> date | None:
        month, day = index.row() + 1, index.column() + 1
        if day > calendar.monthrange(self._year, month)[1]:
            return None
        return date(self._year, month, day)

    def index_of(self, day: date) -> QModelIndex:
        return self.index(day.month - 1, day.day - 1) if day.year == self._year else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 12

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 31

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.date_at(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return QLocale().monthName(section + 1, QLocale.FormatType.ShortFormat)
        day = section + 1
        return str(day) if day == 1 or day % 5 == 0 else ""


class YearCellDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(DATE_ROLE) is None or index.data(FUTURE_ROLE):
            return  # no such day (30 February), or not lived yet
        summary: DaySummary | None = index.data(SUMMARY_ROLE)
        palette = option.palette
        cell = QRectF(option.rect).adjusted(1, 1, -1, -1)
        has_mood = summary is not None and summary.mood is not None
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if has_mood:
            background = mood_colour(summary.mood, is_dark(palette))  # type: ignore[union-attr, arg-type]
            painter.setPen(Qt.PenStyle.NoPen)
        else:
            background = palette.base().color()
            painter.setPen(QPen(palette.mid().color(), 1, Qt.PenStyle.DotLine))
        painter.setBrush(background)
        painter.drawRoundedRect(cell, 2, 2)
        ink = readable_on(background) if has_mood else palette.text().color()
        side = min(MARK_MAX, cell.width() * 0.6, cell.height() * 0.6)
        mark = QRectF(0, 0, side * 0.75, side)
        mark.moveCenter(cell.center())
        if summary is not None and summary.episodes:  # only tears are marked: a year stays calm
            draw_drop(painter, mark, ink, filled=summary.cried > 0)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(palette.highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell, 2, 2)
        painter.restore()


class YearGrid(DayTable):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        self.year_model = YearModel()
        super().__init__(
            name,
            QCoreApplication.translate(
                "YearGrid", "Arrows move between days; Enter opens a day in the month."
            ),
            self.year_model,
            YearCellDelegate(),
            parent,
        )
        self.year_model.setParent(self)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setMinimumSectionSize(10)
            small = header.font()  # "10" and "Sept." fit beside days of 13 pixels
            small.setPointSizeF(small.pointSizeF() * tokens.CAPTION)
            header.setFont(small)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setMinimumSize(31 * 12 + 40, 12 * 14)
        self.clicked.connect(self._on_double_clicked)  # one click opens a day of the year

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Days stay about square: as tall as they are wide, within the room there is."""
        super().resizeEvent(event)
        width = self.viewport().width() / 31
        room = self.viewport().height() / 12
        lowest = self.verticalHeader().fontMetrics().height()  # a month's name fits beside
        self.verticalHeader().setDefaultSectionSize(round(max(lowest, min(width, room, 40))))
