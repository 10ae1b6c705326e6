"""The colours of moods and tears, shared by the calendar and the charts.

Mood runs on a diverging purple-to-orange scale (tokens.py), with a warm grey in
the middle. A day without a check-in has no mood colour at all, so
"neutral" and "not recorded" never look alike. Every colour has a text colour
that reads on it, and nothing relies on colour alone: cells also carry numbers
and symbols.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from moodapp.ui.look import tokens


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def mood_colour(mood: float, dark: bool = False) -> QColor:
    """The colour of a (mean) mood from -3 to +3, blended between the scale's steps."""
    stops = tokens.colours(dark).mood
    position = max(-3.0, min(3.0, mood)) + 3
    low = min(int(position), 5)
    fraction = position - low
    a, b = QColor(stops[low]), QColor(stops[low + 1])
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * fraction,
        a.greenF() + (b.greenF() - a.greenF()) * fraction,
        a.blueF() + (b.blueF() - a.blueF()) * fraction,
    )


def luminance(colour: QColor) -> float:
    """WCAG 2.2's relative luminance."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2.2's contrast ratio, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(background: QColor) -> QColor:
    """Near black or white, whichever stands out more from ``background``."""
    dark, light = QColor(tokens.DARK_INK), QColor(tokens.LIGHT_INK)
    return dark if contrast(dark, background) >= contrast(light, background) else light
