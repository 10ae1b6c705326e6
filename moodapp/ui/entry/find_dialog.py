"""Find (Ctrl+F): every entry whose notes, tags, emotions or triggers hold the words typed.

The words found are in bold in each result. Opening a result shows its day in the
calendar and puts this window away, with the words and results kept for the next
Ctrl+F.
"""

from __future__ import annotations

from collections.abc import Sequence
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

from moodapp.domain.catalogue import Emotion, Trigger
from moodapp.domain.entries import EntryKind
from moodapp.domain.search import NAME_SEPARATOR, PART_SEPARATOR, SearchHit, query_words
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.services.changes import Changes
from moodapp.ui.common.catalogue_text import catalogue_label
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


class ShownNames:
    """The built-in emotions and triggers as the window names them: the index holds their
    stored English names, the person searches and reads the translated ones. Only a part
    of a snippet made of catalogue names alone is translated: the person's own words
    (a note that says "Calm") stay as they wrote them."""

    def __init__(self, items: Sequence[Emotion | Trigger]) -> None:
        self._shown = {item.label: catalogue_label(item) for item in items}

    def stored_for(self, text: str) -> dict[str, list[str]]:
        """For each word of ``text``, the stored names whose translated name has a word
        that starts with it ("Traurig": Sadness, in German)."""
        return {
            word: found
            for word in query_words(text)
            if (found := [
                label for label, shown in self._shown.items()
                if shown != label and any(part.casefold().startswith(word.casefold())
                                          for part in query_words(shown))
            ])
        }  # fmt: skip

    def pieces(self, hit: SearchHit) -> list[tuple[str, bool]]:
        """The hit's snippet as ``SearchHit.pieces`` gives it, with each part that holds
        only catalogue names in the window's words (a name holding a word found, found)."""
        found = [False] * len(hit.snippet)
        for begin, end in hit.found:
            found[begin:end] = [True] * (end - begin)
        pieces: list[tuple[str, bool]] = []
        start = 0
        for index, part in enumerate(hit.snippet.split(PART_SEPARATOR)):
            if index:
                pieces.append((PART_SEPARATOR, False))
            names = part.split(NAME_SEPARATOR)
            if part and all(name in self._shown for name in names):
                offset = start
                for number, name in enumerate(names):
                    if number:
                        pieces.append((NAME_SEPARATOR, False))
                        offset += len(NAME_SEPARATOR)
                    pieces.append((self._shown[name], any(found[offset : offset + len(name)])))
                    offset += len(name)
            else:
                pieces += _runs(part, found[start : start + len(part)])
            start += len(part) + len(PART_SEPARATOR)
        return pieces

    def shown(self, hit: SearchHit) -> str:
        return "".join(text for text, _ in self.pieces(hit))


def _runs(text: str, found: list[bool]) -> list[tuple[str, bool]]:
    """``text`` cut where ``found`` changes, each run with its flag."""
    runs: list[tuple[str, bool]] = []
    for character, marked in zip(text, found, strict=True):
        if runs and runs[-1][1] == marked:
            runs[-1] = (runs[-1][0] + character, marked)
        else:
            runs.append((character, marked))
    return runs


def marked_words(hit: SearchHit, names: ShownNames) -> str:
    """The hit's snippet as HTML, the words found in bold, the person's own text escaped."""
    return "".join(
        f"<b>{escape(text, quote=False)}</b>" if found else escape(text, quote=False)
        for text, found in names.pieces(hit)
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
        hits: list[SearchHit] = []
        names = ShownNames([])  # the catalogue is read only when there is something to find
        if text.strip():
            c = self._controller
            names = ShownNames([*c.emotions_with_archived(), *c.triggers_with_archived()])
            hits = c.search(text, names.stored_for(text))
        self.results.clear()
        for hit in hits:
            when = f"{long_date(hit.local_date)}, {hit.occurred_at.strftime('%H:%M')}"
            words = names.shown(hit)
            item = QTreeWidgetItem([when, self.tr(KIND_WORDS[hit.kind]), words])
            item.setData(0, UID_ROLE, hit.uid)
            item.setData(0, DATE_ROLE, hit.local_date)
            item.setData(WORDS_COLUMN, RICH_TEXT_ROLE, marked_words(hit, names))
            item.setToolTip(WORDS_COLUMN, words)
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
