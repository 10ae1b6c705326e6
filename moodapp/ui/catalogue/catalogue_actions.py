"""What the buttons and keys of the catalogue editor's lists do: add, rename, recolour,
move and archive or restore an item.

Every change is stored through the controller at once. A change the journal refuses is
explained in words: in the dialog that named the item, or else under its list.

Keys, in a list: F2 renames the chosen item, Ctrl+Up and Ctrl+Down move it; a double
click renames it too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QLabel, QWidget

from moodapp.domain.catalogue import Emotion
from moodapp.domain.field_errors import InvalidInput
from moodapp.services.writes import SaveFailed
from moodapp.ui.catalogue.catalogue_section import _Section
from moodapp.ui.catalogue.item_look import Item
from moodapp.ui.catalogue.name_dialogs import _NameDialog, _NewItemDialog
from moodapp.ui.catalogue.name_problems import name_problems, refusal_words
from moodapp.ui.common.catalogue_text import catalogue_label
from moodapp.ui.common.words import message_of

if TYPE_CHECKING:
    from moodapp.ui.shell.journal_controller import JournalController


class CatalogueActions:
    """The changes the editor's lists offer, stored through ``controller``; ``window`` is
    the parent of the dialogs they open."""

    def __init__(self, controller: JournalController, window: QWidget) -> None:
        self._run = controller.run  # every change is stored through the controller
        self._service = controller.journal.catalogue
        self._window = window

    def connect(self, section: _Section) -> None:
        """Let the buttons, keys and double clicks of ``section`` change its items."""
        section.add_button.clicked.connect(lambda: self.add(section))
        section.rename_button.clicked.connect(lambda: self.rename(section))
        section.colour_button.clicked.connect(lambda: self.recolour(section))
        section.up_button.clicked.connect(lambda: self.move(section, -1))
        section.down_button.clicked.connect(lambda: self.move(section, +1))
        section.archive_button.clicked.connect(lambda: self.toggle_archived(section))
        section.list.itemDoubleClicked.connect(lambda _item: self.rename(section))
        section.shortcut("F2", lambda: self.rename(section))
        section.shortcut("Ctrl+Up", lambda: self.move(section, -1))
        section.shortcut("Ctrl+Down", lambda: self.move(section, +1))

    def items(self, section: _Section) -> list[Item]:
        """The section's items as the journal has them now, archived ones too."""
        if section.is_emotions:
            return list(self._service.emotions(include_archived=True))
        return list(self._service.triggers(include_archived=True))

    # -- the actions ---------------------------------------------------------------

    def add(self, section: _Section) -> None:
        def add() -> str:
            label = dialog.label()
            valence = dialog.valence()
            if section.is_emotions:
                colour = dialog.colour()
                added = self._run(lambda: service.add_emotion(label, valence, colour))
            else:
                added = self._run(lambda: service.add_trigger(label, valence))
            return added.catalogue[0].key

        service = self._service

        dialog = _NewItemDialog(
            section.words.new_title,
            section.is_emotions,
            lambda: self._apply_name(section, dialog.label(), add),
            self._window,
        )
        dialog.exec()

    def rename(self, section: _Section) -> None:
        item = section.current()
        if item is None:
            return
        shown = catalogue_label(item)

        def rename() -> list[str]:
            label = dialog.label()
            if label == shown:
                return []  # nothing to change
            return self._apply_name(
                section, label, lambda: self._store(replace(item, label=label)), item.key
            )

        action = QCoreApplication.translate("CatalogueEditor", "Rename")
        dialog = _NameDialog(section.words.rename_title, action, rename, self._window)
        prompt = QLabel(section.words.rename_prompt.replace("%1", shown), dialog)
        prompt.setWordWrap(True)
        dialog.form.insertRow(0, prompt)
        dialog.name.setText(shown)
        dialog.name.selectAll()
        dialog.exec()

    def recolour(self, section: _Section) -> None:
        item = section.current()
        if not isinstance(item, Emotion):
            return
        title = QCoreApplication.translate("CatalogueEditor", "Colour of \u201c%1\u201d")
        title = title.replace("%1", catalogue_label(item))
        chosen = QColorDialog.getColor(QColor(item.colour), self._window, title)
        if not chosen.isValid():
            return
        colour = chosen.name(QColor.NameFormat.HexRgb)
        if colour != item.colour:
            self._apply_here(section, lambda: self._store(replace(item, colour=colour)), item)

    def move(self, section: _Section, step: int) -> None:
        row = section.list.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < len(section.items):
            return
        order: list[Any] = list(section.items)
        order[row], order[other] = order[other], order[row]
        key: str = order[other].key

        def move() -> str:
            # every place numbered afresh, in one transaction
            self._run(lambda: self._service.reorder(order))
            return key

        self._apply_here(section, move, order[other])

    def toggle_archived(self, section: _Section) -> None:
        item = section.current()
        if item is None:
            return
        changed = replace(item, archived=not item.archived)
        self._apply_here(section, lambda: self._store(changed), item)

    # -- storing a change and showing what came of it ---------------------------------

    def _store(self, item: Item) -> str:
        if isinstance(item, Emotion):
            emotion = item
            self._run(lambda: self._service.change_emotion(emotion))
        else:
            trigger = item
            self._run(lambda: self._service.change_trigger(trigger))
        return item.key

    def _apply_here(self, section: _Section, change: Callable[[], str], item: Item) -> None:
        """Run a change to ``item`` that has no dialog of its own; a refusal is explained
        under the list."""
        problems = self._apply(section, change, item.label, item.key)
        section.error.show_messages(problems)
        if problems:
            section.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _apply_name(
        self, section: _Section, label: str, change: Callable[[], str], own_key: str = ""
    ) -> list[str]:
        """Run a change that names an item ``label``: the words that refuse the name, for
        its dialog to show, or none once the change is stored."""
        problems = name_problems(label, section.items, own_key)
        return problems or self._apply(section, change, label, own_key)

    def _apply(
        self, section: _Section, change: Callable[[], str], label: str, own_key: str
    ) -> list[str]:
        """Run ``change`` (which returns the key to choose afterwards) and show the new
        state; or the words that explain why the journal refused it."""
        try:
            key = change()
        except InvalidInput as refused:
            return refusal_words(refused, label, section.items, own_key)
        except SaveFailed as failed:
            return [message_of(failed)]
        section.error.show_messages([])
        section.show_items(self.items(section), keep=key)
        return []
