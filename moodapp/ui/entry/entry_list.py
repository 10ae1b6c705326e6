"""A list of entries with Edit and Delete: the recent entries, or the entries of one day."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.entries import Entry
from moodapp.ui.common.entry_text import day_heading, entry_summary, entry_time, entry_title
from moodapp.ui.common.form_parts import named
from moodapp.ui.look import tokens

UID_ROLE = Qt.ItemDataRole.UserRole


class _Entries(QListWidget):
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
        else:
            super().keyPressEvent(event)


class EntryList(QWidget):
    edit_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(
        self, title: str, empty_text: str, *, by_day: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._by_day = by_day
        self.heading = QLabel(title, self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.list = named(
            _Entries(self),
            title,
            self.tr("Enter opens an entry to edit it; Delete deletes it (Ctrl+Z undoes)."),
        )
        self.list.setWordWrap(True)
        self.list.setSpacing(tokens.SPACE_TIGHT)
        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.edit_button = named(QPushButton(self.tr("Edit"), self), self.tr("Edit entry"))
        self.delete_button = named(QPushButton(self.tr("Delete"), self), self.tr("Delete entry"))
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addWidget(self.delete_button)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.list, 1)
        self._layout.addWidget(self.empty, 1)
        self._layout.addLayout(self.buttons)

        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.delete_pressed.connect(self._on_delete_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self._update_buttons()

    def insert_below_heading(self, widget: QWidget) -> None:
        self._layout.insertWidget(1, widget)

    def show_entries(
        self, entries: Sequence[Entry], today: date, emotion_labels: Mapping[str, str]
    ) -> None:
        """Show ``entries`` in the given order (under day headings if by day);
        the selection stays on the same entry if it is still there."""
        selected = self.selected_uid()
        self.list.clear()
        current_day = None
        for entry in entries:
            if self._by_day and entry.local_date != current_day:
                current_day = entry.local_date
                self._add_heading(day_heading(current_day, today))
            summary = entry_summary(entry, emotion_labels)
            text = f"{entry_time(entry)}  {entry_title(entry)}"
            if summary:
                text += f"\n{summary}"
            item = QListWidgetItem(text)
            item.setData(UID_ROLE, entry.uid)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
            self.list.addItem(item)
            if entry.uid == selected:
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self._update_buttons()

    def _add_heading(self, text: str) -> None:
        heading = QListWidgetItem(text)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, not selectable
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.list.addItem(heading)

    def selected_uid(self) -> str | None:
        item = self.list.currentItem()
        uid = item.data(UID_ROLE) if item is not None else None
        return uid if isinstance(uid, str) else None

    def select(self, uid: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(UID_ROLE) == uid:
                self.list.setCurrentRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        has = self.selected_uid() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        uid = item.data(UID_ROLE)
        if uid:
            self.edit_requested.emit(uid)

    def _on_edit_clicked(self) -> None:
        uid = self.selected_uid()
        if uid:
            self.edit_requested.emit(uid)

    def _on_delete_clicked(self) -> None:
        uid = self.selected_uid()
        if uid:
            self.delete_requested.emit(uid)
