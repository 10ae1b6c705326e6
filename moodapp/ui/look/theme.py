"""Light and dark: the person's choice, or the system's, applied to the whole app, live.

Every view paints from the application palette, so changing it redraws the
calendar, the marks and the lists; the charts draw again when their palette
changes. "Follow the system" listens for the system switching scheme. Both themes are the
colours of tokens.py, on Fusion (some platform styles ignore the palette) with
outlined check boxes and radio buttons (outlined_style.py).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from moodapp.ui.look import tokens
from moodapp.ui.look.tokens import Colours


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def is_theme_change(event: QEvent) -> bool:
    """What a widget receives when the theme changes: a window, ApplicationPaletteChange;
    a widget inside one, PaletteChange. (Read here, not at import: Qt builds the enum
    slowly.)"""
    return event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)


def palette_of(colours: Colours) -> QPalette:
    """The application palette of a theme's colours."""
    role = QPalette.ColorRole  # looked up here, not at import: Qt builds this enum slowly
    c = colours
    surface = QColor(c.surface)
    roles = (
        (role.Window, c.surface), (role.WindowText, c.text), (role.Base, c.field),
        (role.AlternateBase, c.alternate), (role.Text, c.text), (role.Button, c.raised),
        (role.ButtonText, c.text), (role.BrightText, c.on_problem), (role.Highlight, c.accent),
        (role.HighlightedText, c.on_accent), (role.PlaceholderText, c.quiet_text),
        (role.ToolTipBase, c.tooltip), (role.ToolTipText, c.on_tooltip), (role.Link, c.link),
        (role.LinkVisited, c.link), (role.Accent, c.accent),
    )  # fmt: skip
    palette = QPalette()
    for kind, colour in roles:
        palette.setColor(kind, QColor(colour))
    # Fusion draws frames and bevels from these: outlines in the border colour.
    palette.setColor(role.Mid, QColor(c.border))
    palette.setColor(role.Dark, QColor(c.border).darker(130))
    palette.setColor(role.Shadow, QColor(c.border).darker(160))
    palette.setColor(role.Light, surface.lighter(115))
    palette.setColor(role.Midlight, surface.lighter(105))
    for kind in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, kind, QColor(c.disabled_text))
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
        if not self._fusion_on:
            from moodapp.ui.look.outlined_style import OutlinedStyle

            self._app.setStyle(OutlinedStyle())
            self._fusion_on = True
        self._app.setPalette(palette_of(tokens.colours(dark)))

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme is Theme.SYSTEM:
            self.apply(Theme.SYSTEM)
