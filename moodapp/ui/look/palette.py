"""The colours of moods and tears, shared by the calendar and the charts.

Mood runs on a diverging purple-to-orange scale (ColorBrewer's PuOr, which
colour-blind people can tell apart and which prints in distinct greys), with a
warm grey in the middle. A day without a check-in has no mood colour at all, so
"neutral" and "not recorded" never look alike. Every colour has a text colour
that reads on it, and nothing relies on colour alone: cells also carry numbers
and symbols.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# Mood -3 .. +3, unpleasant to pleasant.
MOOD_STOPS_LIGHT = ("#542788", "#8073ac", "#b2abd2", "#ddd8cf", "#fee0b6", "#fdb863", "#e08214")
MOOD_STOPS_DARK = ("#6a3fa0", "#7d70b0", "#978fc2", "#5f5b56", "#d6b88c", "#e9a04e", "#f08a1c")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def mood_colour(mood: float, dark: bool = False) -> QColor:
    """The colour of a (mean) mood from -3 to +3, blended between the scale's steps."""
    stops = MOOD_STOPS_DARK if dark else MOOD_STOPS_LIGHT
    position = max(-3.0, min(3.0, mood)) + 3
    low = min(int(position), 5)
    fraction = position - low
    a, b = QColor(stops[low]), QColor(stops[low + 1])
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * fraction,
        a.greenF() + (b.greenF() - a.greenF()) * fraction,
        a.blueF() + (b.blueF() - a.blueF()) * fraction,
    )


def readable_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#111111") if luminance > 0.45 else QColor("#ffffff")
