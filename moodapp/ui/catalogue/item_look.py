"""How a catalogue item looks in the editor: the words for how it usually feels, the colour
a new emotion starts with, and the small square that shows an emotion's colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from moodapp.domain.catalogue import Emotion, Trigger, Valence
from moodapp.domain.text import QT_TRANSLATE_NOOP

Item = Emotion | Trigger

VALENCE_WORDS = {
    Valence.POSITIVE: QT_TRANSLATE_NOOP("CatalogueEditor", "pleasant"),
    Valence.NEGATIVE: QT_TRANSLATE_NOOP("CatalogueEditor", "unpleasant"),
    Valence.MIXED: QT_TRANSLATE_NOOP("CatalogueEditor", "mixed"),
    Valence.NEUTRAL: QT_TRANSLATE_NOOP("CatalogueEditor", "neutral"),
}

# The colour a new emotion starts with, until the person picks one: warm for pleasant,
# blue for unpleasant, earthy for mixed, grey for neutral (apart from the built-ins').
DEFAULT_COLOURS = {
    Valence.POSITIVE: "#d9a21b",
    Valence.NEGATIVE: "#4b6fae",
    Valence.MIXED: "#93705a",
    Valence.NEUTRAL: "#7d8790",
}


def valence_word(valence: Valence) -> str:
    return QCoreApplication.translate("CatalogueEditor", VALENCE_WORDS[valence])


def swatch(colour: str, size: int, outline: QColor, ratio: float = 1.0) -> QIcon:
    """A small square of ``colour`` with a thin outline, so pale colours show too."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(outline)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 2, 2)
    painter.end()
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)  # the true colour on a chosen row too, never tinted
    return icon
