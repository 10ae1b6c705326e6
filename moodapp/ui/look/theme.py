"""Light and dark: the person's choice, or the system's, applied to the whole app, live.

Every view paints from the application palette, so changing it redraws the
calendar, the marks and the lists; the charts draw again when their palette
changes. "Follow the system" listens for the system switching scheme. Fusion is
used for a chosen theme, because some platform styles ignore the palette, with
outlined check boxes and radio buttons (outlined_style.py).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def dark_palette() -> QPalette:
    role = QPalette.ColorRole  # looked up here, not at import: Qt builds this enum slowly
    colours = (
        (role.Window, "#202124"), (role.WindowText, "#e8eaed"), (role.Base, "#17181a"),
        (role.AlternateBase, "#2a2b2e"), (role.Text, "#e8eaed"), (role.Button, "#2d2e31"),
        (role.ButtonText, "#e8eaed"), (role.Highlight, "#4f7bd9"),
        (role.HighlightedText, "#ffffff"), (role.PlaceholderText, "#9aa0a6"),
        (role.ToolTipBase, "#2d2e31"), (role.ToolTipText, "#e8eaed"), (role.Link, "#8ab4f8"),
        (role.Mid, "#5f6368"), (role.Dark, "#101113"), (role.Light, "#3c4043"),
    )  # fmt: skip
    palette = QPalette()
    for kind, colour in colours:
        palette.setColor(kind, QColor(colour))
    for kind in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, kind, QColor("#7f8388"))
    return palette


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class ThemeKeeper(QObject):
    """Applies the chosen theme and, for "system", follows the system's scheme."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent or app)
        self._app = app
        self._theme = Theme.SYSTEM
        self._fusion_on = False
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    @property
    def theme(self) -> Theme:
        return self._theme

    def apply(self, theme: Theme) -> None:
        self._theme = theme
        dark = theme is Theme.DARK or (theme is Theme.SYSTEM and system_is_dark())
        if theme is Theme.SYSTEM and not self._fusion_on and not dark:
            return  # the platform's own look, untouched
        if not self._fusion_on:
            from moodapp.ui.look.outlined_style import OutlinedStyle  # only for a chosen theme

            self._app.setStyle(OutlinedStyle())
            self._fusion_on = True
        style = self._app.style()
        self._app.setPalette(dark_palette() if dark else style.standardPalette())

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme is Theme.SYSTEM:
            self.apply(Theme.SYSTEM)
