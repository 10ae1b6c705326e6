"""One list of the catalogue editor (the emotions or the triggers), with its buttons and
the words for its problems under it; what the buttons do is ``catalogue_actions``.

Archived items are listed too, marked "(archived)" in words, greyed and in italics, so
that they can be found and restored. In the list, Up and Down choose an item.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.catalogue import Emotion
from moodapp.ui.catalogue.item_look import Item, swatch, valence_word
from moodapp.ui.common.catalogue_text import catalogue_label
from moodapp.ui.common.form_parts import ErrorLabel, named

KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class SectionWords:
    """Everything a section says, as whole translated phrases (no sentence is pieced)."""

    title: str
    add: str
    rename: str
    recolour: str
    up: str
    down: str
    archive: str
    restore: str
    new_title: str
    rename_title: str
    rename_prompt: str  # %1: the current name
    archived_tip: str


class _Section(QGroupBox):
    """One list (emotions or triggers) with its buttons and the words for its problems."""

    def __init__(self, words: SectionWords, emotions: bool, parent: QWidget | None = None) -> None:
        super().__init__(words.title, parent)
        self.words = words
        self.is_emotions = emotions
        self.items: list[Any] = []
        self._built = False
        self.list = named(
            QListWidget(self),
            words.title,
            self.tr("Up and Down choose; F2 renames; Ctrl+Up and Ctrl+Down move the chosen one."),
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(self.fontMetrics().height() * 7)
        self.add_button = named(QPushButton(self.tr("Add..."), self), words.add)
        self.rename_button = named(QPushButton(self.tr("Rename..."), self), words.rename)
        self.colour_button = named(QPushButton(self.tr("Colour..."), self), words.recolour)
        self.up_button = named(QPushButton(self.tr("Move up"), self), words.up)
        self.down_button = named(QPushButton(self.tr("Move down"), self), words.down)
        self.archive_button = named(QPushButton(self.tr("Archive"), self), words.archive)
        self.archive_button.setToolTip(words.archived_tip)
        self.error = ErrorLabel(words.title, self)

        buttons = QVBoxLayout()
        for button in self.buttons():
            button.setAutoDefault(False)  # Enter in a list presses none of them
            buttons.addWidget(button)
        self.colour_button.setVisible(emotions)
        buttons.addStretch(1)
        grid = QGridLayout(self)
        grid.addWidget(self.list, 0, 0)
        grid.addLayout(buttons, 0, 1)
        grid.addWidget(self.error, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self._built = True

    def buttons(self) -> list[QPushButton]:
        return [
            self.add_button,
            self.rename_button,
            self.colour_button,
            self.up_button,
            self.down_button,
            self.archive_button,
        ]

    def shortcut(self, keys: str, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self.list)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)

    # -- content ---------------------------------------------------------------

    def show_items(self, items: Sequence[Item], keep: str | None = None) -> None:
        """List ``items`` in their order; choose ``keep`` (a key), else the one chosen before."""
        chosen = keep if keep is not None else self.current_key()
        self.items = list(items)
        palette = self.list.palette()
        grey = palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        size = self.fontMetrics().height()
        ratio = self.devicePixelRatioF()
        self.list.blockSignals(True)
        self.list.clear()
        row_to_choose = 0
        for row, item in enumerate(self.items):
            entry = QListWidgetItem(self.list)
            text = catalogue_label(item)
            if item.archived:
                text = self.tr("%1 (archived)").replace("%1", text)
                entry.setForeground(grey)
                font = entry.font()
                font.setItalic(True)
                entry.setFont(font)
            entry.setText(text)
            feels = self.tr("Usually feels %1").replace("%1", valence_word(item.valence))
            entry.setToolTip(feels)
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text}, {feels}")
            entry.setData(KEY_ROLE, item.key)
            if isinstance(item, Emotion):
                entry.setIcon(swatch(item.colour, size, palette.text().color(), ratio))
            if item.key == chosen:
                row_to_choose = row
        self.list.blockSignals(False)
        if self.items:
            self.list.setCurrentRow(row_to_choose)
        self._on_list_current_row_changed(self.list.currentRow())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        follows_look = event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
        if follows_look and getattr(self, "_built", False):
            # The grey of archived items and the size of the swatches follow the theme and font.
            self.list.setMinimumHeight(self.fontMetrics().height() * 7)
            self.show_items(self.items)

    def current_key(self) -> str | None:
        entry = self.list.currentItem()
        return None if entry is None else str(entry.data(KEY_ROLE))

    def current(self) -> Any:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _on_list_current_row_changed(self, row: int) -> None:
        item = self.current()
        chosen = item is not None
        for button in (self.rename_button, self.colour_button, self.archive_button):
            button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < len(self.items) - 1)
        archived = chosen and item.archived
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        named(self.archive_button, self.words.restore if archived else self.words.archive)
