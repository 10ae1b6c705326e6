"""A small picture of a trend on an insight's card: one bar per week, oldest first.

It is a picture beside the words, not instead of them: the counts are also its
accessible description and its tooltip, and the sentence says what they mean.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from moodapp.ui.look import tokens
from moodapp.ui.look.palette import is_dark

BAR = 8  # pixels wide
GAP = 3  # pixels between bars
LINES_HIGH = 2.5  # the picture's height, in lines of text


class TrendBars(QWidget):
    def __init__(self, counts: tuple[int, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts = counts
        listed = ", ".join(str(n) for n in counts)
        self.setAccessibleName(
            self.tr("Crying per week, the last %1 weeks").replace("%1", str(len(counts)))
        )
        self.setAccessibleDescription(listed)
        self.setToolTip(f"{self.accessibleName()}: {listed}")
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        width = len(self._counts) * (BAR + GAP) - GAP
        return QSize(width, round(self.fontMetrics().height() * LINES_HIGH))

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highest = max(*self._counts, 1)
        floor = self.height() - 1
        bar_colour = QColor(tokens.colours(is_dark(palette)).cried)
        for index, count in enumerate(self._counts):
            if count:
                height = max(2.0, (floor - 1) * count / highest)
                bar = QRectF(index * (BAR + GAP), floor - height, BAR, height)
                painter.fillRect(bar, bar_colour)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawLine(0, floor, self.width(), floor)  # the baseline: a week of 0 shows
        painter.end()
