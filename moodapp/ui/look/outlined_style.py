"""Fusion, with check boxes and radio buttons that can be seen on any surface.

Fusion outlines them in the window colour darkened, which all but vanishes on a
dark palette (and is faint on a light one): the indicators get an outline of
their own, mixed from the text and the field colours, so it stands out at least
3:1 from the surface in both themes (WCAG 2.2 for the edge of a control).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
              QStyle.PrimitiveElement.PE_IndicatorRadioButton)  # fmt: skip
TEXT_SHARE = 0.6  # of the outline's colour; the rest is the field's


def indicator_outline(palette: QPalette) -> QColor:
    text, field = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    mixed = [
        TEXT_SHARE * t + (1 - TEXT_SHARE) * f
        for t, f in zip((text.redF(), text.greenF(), text.blueF()),
                        (field.redF(), field.greenF(), field.blueF()), strict=True)
    ]  # fmt: skip
    return QColor.fromRgbF(*mixed)


class OutlinedStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in INDICATORS:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(indicator_outline(option.palette), 1.0))
        painter.setBrush(QColor(0, 0, 0, 0))
        edge = QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5)
        if element is QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(edge)
        else:
            painter.drawRoundedRect(edge, 1.5, 1.5)
        painter.restore()
