"""The emotions and triggers a person picks from: add, rename, recolour, reorder, archive.

Shown in a window of its own (catalogue_dialog.py). Every item is listed, archived ones
too (marked "(archived)" in words and greyed), so an archived item can be found and
restored. Nothing is ever deleted: archiving hides an item from the pickers and keeps
the entries that use it. A change the journal refuses is explained in words under its
list.

The editor is put together from: one list with its buttons (catalogue_section), what
the buttons do (catalogue_actions), the dialogs that ask for a name (name_dialogs), the
words for a refused name (name_problems) and an item's look (item_look).

Keys: Tab moves between the lists and buttons; in a list, Up and Down choose an
item, F2 renames it, and Ctrl+Up / Ctrl+Down move it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from moodapp.ui.catalogue.catalogue_actions import CatalogueActions
from moodapp.ui.catalogue.catalogue_section import SectionWords, _Section

if TYPE_CHECKING:
    from moodapp.ui.shell.journal_controller import JournalController


class CatalogueEditor(QWidget):
    """Emotions and triggers, each a list with Add, Rename, (Colour,) Move and Archive."""

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = intro = QLabel(
            self.tr(
                "These are the emotions and triggers you choose from in your entries. "
                "A new name shows in past entries too. Archiving hides one from the lists "
                "you choose from; entries that already have it keep it, and Restore brings "
                "it back. Each change is saved as soon as you make it."
            ),
            self,
        )
        intro.setWordWrap(True)
        emotion_words, trigger_words = self._words()
        self.emotions = _Section(emotion_words, emotions=True, parent=self)
        self.triggers = _Section(trigger_words, emotions=False, parent=self)
        self._actions = CatalogueActions(controller, self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for section in (self.emotions, self.triggers):
            layout.addWidget(section, 1)
            self._actions.connect(section)
        self.refresh()

    def _words(self) -> tuple[SectionWords, SectionWords]:
        """The words of the emotions' list and of the triggers', each phrase whole."""
        pairs = {  # each part's words: (for the emotions, for the triggers)
            "title": (self.tr("Emotions"), self.tr("Triggers")),
            "add": (self.tr("Add an emotion"), self.tr("Add a trigger")),
            "rename": (self.tr("Rename the emotion"), self.tr("Rename the trigger")),
            "recolour": (self.tr("Change the emotion's colour"), ""),  # triggers have none
            "up": (self.tr("Move the emotion up"), self.tr("Move the trigger up")),
            "down": (self.tr("Move the emotion down"), self.tr("Move the trigger down")),
            "archive": (self.tr("Archive the emotion"), self.tr("Archive the trigger")),
            "restore": (self.tr("Restore the emotion"), self.tr("Restore the trigger")),
            "new_title": (self.tr("New emotion"), self.tr("New trigger")),
            "rename_title": (self.tr("Rename emotion"), self.tr("Rename trigger")),
            "rename_prompt": (
                self.tr("New name for the emotion \u201c%1\u201d:"),
                self.tr("New name for the trigger \u201c%1\u201d:"),
            ),
        }
        tip = self.tr(
            "Archiving hides it from the lists you choose from and keeps it in past entries."
        )
        return (
            SectionWords(**{part: words[0] for part, words in pairs.items()}, archived_tip=tip),
            SectionWords(**{part: words[1] for part, words in pairs.items()}, archived_tip=tip),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A wrapped label's lines depend on the width: reserve them, so that the lists and
        # their buttons are never squeezed below their size (with larger fonts especially).
        needed = self.intro.heightForWidth(self.intro.width())
        if needed != self.intro.minimumHeight():
            self.intro.setMinimumHeight(needed)

    def refresh(self) -> None:
        """Read both lists again (keeping what is chosen), e.g. after an import."""
        for section in (self.emotions, self.triggers):
            section.show_items(self._actions.items(section))
