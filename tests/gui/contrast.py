"""How much what was drawn stands out from its surface, by WCAG 2.2's contrast (palette.py)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from moodapp.ui.look.palette import contrast


def strongest_contrast(image: QImage, area: QRect, surface: QColor) -> float:
    """The most any pixel of ``area`` stands out from ``surface``."""
    return max(
        contrast(image.pixelColor(x, y), surface)
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )
