"""Find (Ctrl+F): every entry whose notes, tags, emotions or triggers hold the words typed.

The words found are in bold in each result. Opening a result shows its day in the
calendar and puts this window away, with the words and results kept for the next
Ctrl+F.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.entries import EntryKind
from moodapp.domain.search import SearchHit
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.services.changes import Changes
from moodapp.ui.common.day_text import long_date
from moodapp.ui.common.form_parts import named
from moodapp.ui.common.refresh_when_shown import RefreshWhenShown
from moodapp.ui.common.rich_text_delegate import RICH_TEXT_ROLE, RichTextDelegate
from moodapp.ui.shell.journal_controller import JournalController

UID_ROLE = Qt.ItemDataRole.UserRole
DATE_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_WORDS = {
    EntryKind.CRIED: QT_TRANSLATE_NOOP("FindDialog", "Cried"),
    EntryKind.ALMOST_CRIED: QT_TRANSLATE_NOOP("FindDialog", "Almost cried"),
    EntryKind.CHECK_IN: QT_TRANSLATE_NOOP("FindDialog", "Check-in"),
}
WORDS_COLUMN = 2


def marked_words(hit: SearchHit) -> str:
    """The hit's snippet as HTML, the words found in bold, the person's own text escaped."""
    return "".join(
        f"<b>{escape(text, quote=False)}</b>" if found else escape(text, quote=False)
        for text, found in hit.pieces()
    )


class FindDialog(QDialog):
    open_requested = Signal(object, str)  # the entry's date and uid

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(self.tr("Find in your journal"))
        self.query = named(QLineEdit(self), self.tr("Words to find"))
        self.query.setPlaceholderText(self.tr("Words from notes, tags, emotions or triggers"))
        self.query.setClearButtonEnabled(True)
        self.results = named(
            QTreeWidget(self),
            self.tr("Entries found"),
            self.tr("Enter shows the entry's day in the calendar."),
        )
        self.results.setHeaderLabels([self.tr("Day"), self.tr("Entry"), self.tr("Words")])
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.header().setSectionResizeMode(WORDS_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.results.setItemDelegateForColumn(WORDS_COLUMN, RichTextDelegate(self.results))
        self.count = named(QLabel(self), self.tr("How many entries hold the words"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        self.resize(720, 420)
        self.query.textChanged.connect(self.run_search)
        self.query.returnPressed.connect(self._on_query_return_pressed)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.run_search()
        RefreshWhenShown(self, controller, self.run_search, Changes.touches_entries, drawn=True)

    def run_search(self) -> None:
        text = self.query.text()
        hits = self._controller.search(text) if text.strip() else []
        self.results.clear()
        for hit in hits:
            when = f"{long_date(hit.local_date)}, {hit.occurred_at.strftime('%H:%M')}"
            item = QTreeWidgetItem([when, self.tr(KIND_WORDS[hit.kind]), hit.snippet])
            item.setData(0, UID_ROLE, hit.uid)
            item.setData(0, DATE_ROLE, hit.local_date)
            item.setData(WORDS_COLUMN, RICH_TEXT_ROLE, marked_words(hit))
            item.setToolTip(WORDS_COLUMN, hit.snippet)
            self.results.addTopLevelItem(item)
        self.results.resizeColumnToContents(0)
        self.results.resizeColumnToContents(1)
        if not text.strip():
            self.count.setText(self.tr("Type a word to find the entries that hold it."))
        elif not hits:
            self.count.setText(self.tr("No entry holds these words."))
        else:
            self.count.setText(self.tr("%Ln entries found.", "", len(hits)))
        first = self.results.topLevelItem(0)
        if first is not None:
            self.results.setCurrentItem(first)

    def _on_results_item_activated(self, item: QTreeWidgetItem) -> None:
        self.open_requested.emit(item.data(0, DATE_ROLE), item.data(0, UID_ROLE))
        self.hide()  # out of the way of the day it opened; Ctrl+F brings it back as it was

    def _on_query_return_pressed(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._on_results_item_activated(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Down from the words goes on to the results.
        if event.key() == Qt.Key.Key_Down and self.focusWidget() is self.query:
            self.results.setFocus()
        else:
            super().keyPressEvent(event)
