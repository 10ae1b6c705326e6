"""The small marks a day carries, drawn the same way in the month, the year and the legend:
a filled tear drop for crying, an outlined one for almost crying, a tick for "no crying"."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap


def drop_path(box: QRectF) -> QPainterPath:
    """A tear drop filling ``box``: a point at the top, round at the bottom."""
    radius = min(box.width(), box.height() * 0.62) / 2
    centre_x = box.center().x()
    tip_y = box.top()
    bulb_y = box.bottom() - radius
    path = QPainterPath(QPointF(centre_x, tip_y))
    path.cubicTo(
        QPointF(centre_x + radius * 0.25, tip_y + (bulb_y - tip_y) * 0.45),
        QPointF(centre_x + radius, bulb_y - radius * 0.7),
        QPointF(centre_x + radius, bulb_y),
    )
    path.arcTo(QRectF(centre_x - radius, bulb_y - radius, 2 * radius, 2 * radius), 0, -180)
    path.cubicTo(
        QPointF(centre_x - radius, bulb_y - radius * 0.7),
        QPointF(centre_x - radius * 0.25, tip_y + (bulb_y - tip_y) * 0.45),
        QPointF(centre_x, tip_y),
    )
    return path


def draw_drop(painter: QPainter, box: QRectF, colour: QColor, filled: bool) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, max(1.0, box.width() / 7)))
    painter.setBrush(colour if filled else Qt.BrushStyle.NoBrush)
    painter.drawPath(drop_path(box))
    painter.restore()


def draw_tick(painter: QPainter, box: QRectF, colour: QColor) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(1.2, box.width() / 6))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    path = QPainterPath(QPointF(box.left() + box.width() * 0.12, box.top() + box.height() * 0.55))
    path.lineTo(QPointF(box.left() + box.width() * 0.42, box.bottom() - box.height() * 0.12))
    path.lineTo(QPointF(box.right() - box.width() * 0.08, box.top() + box.height() * 0.18))
    painter.drawPath(path)
    painter.restore()


def mark_pixmap(kind: str, colour: QColor, size: int, ratio: float = 1.0) -> QPixmap:
    """A legend icon: "cried", "almost" or "no-crying"."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    box = QRectF(1, 1, size - 2, size - 2)
    if kind == "no-crying":
        draw_tick(painter, box, colour)
    else:
        draw_drop(painter, box.adjusted(size * 0.15, 0, -size * 0.15, 0), colour, kind == "cried")
    painter.end()
    return pixmap
