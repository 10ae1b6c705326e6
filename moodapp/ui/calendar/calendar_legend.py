"""What the calendar's colours and marks mean, drawn with the same colours and marks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from moodapp.ui.calendar.marks import mark_pixmap
from moodapp.ui.common.flow_layout import FlowLayout, kept_together
from moodapp.ui.look import tokens
from moodapp.ui.look.palette import is_dark, mood_colour

SWATCH = 14


def _swatch(colour: QColor | None, outline: QColor, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(SWATCH * ratio), round(SWATCH * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if colour is None:  # no check-in: an empty, dashed box
        painter.setPen(QPen(outline, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(0.5, 0.5, SWATCH - 1, SWATCH - 1), 3, 3)
    painter.end()
    return pixmap


class CalendarLegend(QWidget):
    """Two short lines: the mood scale, then the marks for tears."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend"))
        self.setToolTip(
            self.tr(
                "The number at the top of a day is its mean mood, from -3 (unpleasant) to +3 "
                "(pleasant). A number beside a drop counts the times."
            )
        )
        self._layout = QVBoxLayout(self)
        tight, small = tokens.SPACE_TIGHT, tokens.SPACE_SMALL
        self._layout.setContentsMargins(small, tight, small, tight)
        self._layout.setSpacing(tight)
        self._content: QWidget | None = None
        self._build()

    def _build(self) -> None:
        if self._content is not None:
            self._content.deleteLater()
        self._content = QWidget(self)
        lines = QVBoxLayout(self._content)
        lines.setContentsMargins(0, 0, 0, 0)
        ratio = self.devicePixelRatioF()
        palette = self.palette()
        dark, ink = is_dark(palette), palette.text().color()
        moods: list[QPixmap | str] = [self.tr("Mood: unpleasant")]
        moods += [_swatch(mood_colour(mood, dark), ink, ratio) for mood in range(-3, 4)]
        moods += [
            self.tr("pleasant"),
            "",
            _swatch(None, palette.mid().color(), ratio),
            self.tr("no check-in"),
        ]
        marks: list[QPixmap | str] = [
            mark_pixmap("cried", ink, SWATCH, ratio),
            self.tr("cried"),
            "",
            mark_pixmap("almost", ink, SWATCH, ratio),
            self.tr("almost cried"),
            "",
            mark_pixmap("no-crying", ink, SWATCH, ratio),
            self.tr("checked in, no crying"),
        ]
        flow = FlowLayout()
        flow.setSpacing(tokens.SPACE)
        for parts in (moods, marks):
            for group in _groups(self._content, parts):
                flow.addWidget(group)
        lines.addLayout(flow)
        self._layout.addWidget(self._content)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._build()


def _groups(parent: QWidget, parts: list[QPixmap | str]) -> list[QWidget]:
    """Icons and words, a group kept together between each empty word and the next: the
    groups wrap to a new row where the width runs out."""
    groups: list[list[QWidget]] = [[]]
    for part in parts:
        if part == "":
            groups.append([])
            continue
        label = QLabel(parent)
        if isinstance(part, QPixmap):
            label.setPixmap(part)
        else:
            label.setText(part)
        groups[-1].append(label)
    return [
        kept_together(parent, *labels, spacing=tokens.SPACE_SMALL) for labels in groups if labels
    ]
