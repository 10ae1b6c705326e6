"""The list of views at the window's side: an icon and a word for each, the chosen one in
the accent, reachable by keyboard (Up and Down move between views, as do Ctrl+1 to 4)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QWidget

from moodapp.ui.look import tokens
from moodapp.ui.look.icons import view_icon
from moodapp.ui.look.theme import is_theme_change

ICON = 20  # pixels at 96 dpi


class ViewList(QListWidget):
    def __init__(self, views: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """``views``: each view's word and its icon's name, in order."""
        super().__init__(parent)
        self._icons = [icon for _, icon in views]
        self.setIconSize(QSize(ICON, ICON))
        self.setSpacing(tokens.SPACE_TIGHT)
        row_height = max(ICON, self.fontMetrics().height()) + 2 * tokens.SPACE
        widest = max(self.fontMetrics().horizontalAdvance(word) for word, _ in views)
        for word, _ in views:
            item = QListWidgetItem(word, self)
            item.setSizeHint(QSize(0, row_height))
        self.setFixedWidth(widest + ICON + 2 * tokens.SPACE + tokens.SPACE_SMALL)
        self._tint()

    def event(self, event: QEvent) -> bool:
        if is_theme_change(event):
            self._tint()
        return super().event(event)

    def _tint(self) -> None:
        """The icons in the theme's text colour, and in the accent's ink while chosen."""
        palette = QApplication.palette()
        ink = palette.color(QPalette.ColorRole.Text)
        chosen = palette.color(QPalette.ColorRole.HighlightedText)
        for row, name in enumerate(self._icons):
            item = self.item(row)
            if item is not None:
                item.setIcon(view_icon(name, ink, chosen, ICON))
