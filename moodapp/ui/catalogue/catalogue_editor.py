"""The emotions and triggers a person picks from: add, rename, recolour, reorder, archive.

Shown in a window of its own (dialogs/catalogue_dialog.py). Every item is listed,
archived ones too (marked "(archived)" in words and greyed), so an archived item can
be found and restored. Nothing is ever deleted: archiving hides an item from the pickers and
keeps the entries that use it. A change the journal refuses is explained in words
under its list.

Keys: Tab moves between the lists and buttons; in a list, Up and Down choose an
item, F2 renames it, and Ctrl+Up / Ctrl+Down move it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.catalogue import LABEL_MAX_CHARS, Emotion, Trigger, Valence, key_from_label
from moodapp.domain.field_errors import InvalidInput
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.services.writes import SaveFailed
from moodapp.ui.common.catalogue_text import catalogue_label
from moodapp.ui.common.form_parts import ErrorLabel, named
from moodapp.ui.common.value_combo import ValueCombo
from moodapp.ui.common.words import message_of, said

if TYPE_CHECKING:
    from moodapp.ui.shell.journal_controller import JournalController

KEY_ROLE = Qt.ItemDataRole.UserRole

VALENCE_WORDS = {
    Valence.POSITIVE: QT_TRANSLATE_NOOP("CatalogueEditor", "pleasant"),
    Valence.NEGATIVE: QT_TRANSLATE_NOOP("CatalogueEditor", "unpleasant"),
    Valence.MIXED: QT_TRANSLATE_NOOP("CatalogueEditor", "mixed"),
    Valence.NEUTRAL: QT_TRANSLATE_NOOP("CatalogueEditor", "neutral"),
}

# The colour a new emotion starts with, until the person picks one: warm for pleasant,
# blue for unpleasant, earthy for mixed, grey for neutral (apart from the built-ins').
DEFAULT_COLOURS = {
    Valence.POSITIVE: "#d9a21b",
    Valence.NEGATIVE: "#4b6fae",
    Valence.MIXED: "#93705a",
    Valence.NEUTRAL: "#7d8790",
}

Item = Emotion | Trigger


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogueEditor", text)


def valence_word(valence: Valence) -> str:
    return _tr(VALENCE_WORDS[valence])


def swatch(colour: str, size: int, outline: QColor, ratio: float = 1.0) -> QIcon:
    """A small square of ``colour`` with a thin outline, so pale colours show too."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(outline)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 2, 2)
    painter.end()
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)  # the true colour on a chosen row too, never tinted
    return icon


@dataclass(frozen=True)
class _Words:
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

    def __init__(self, words: _Words, emotions: bool, parent: QWidget | None = None) -> None:
        super().__init__(words.title, parent)
        self.words = words
        self.is_emotions = emotions
        self.items: list[Any] = []
        self._built = False
        tr = self.tr
        self.list = named(
            QListWidget(self),
            words.title,
            tr("Up and Down choose; F2 renames; Ctrl+Up and Ctrl+Down move the chosen one."),
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(self.fontMetrics().height() * 7)
        self.add_button = named(QPushButton(tr("Add..."), self), words.add)
        self.rename_button = named(QPushButton(tr("Rename..."), self), words.rename)
        self.colour_button = named(QPushButton(tr("Colour..."), self), words.recolour)
        self.up_button = named(QPushButton(tr("Move up"), self), words.up)
        self.down_button = named(QPushButton(tr("Move down"), self), words.down)
        self.archive_button = named(QPushButton(tr("Archive"), self), words.archive)
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


class _NameDialog(QDialog):
    """A name to type, checked by ``submit`` before the dialog closes: a refused name is
    explained here, and what was typed stays so that it can be corrected."""

    def __init__(
        self, title: str, action: str, submit: Callable[[], list[str]], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        tr = self.tr
        self.setWindowTitle(title)
        self._submit = submit
        self.name = named(
            QLineEdit(self), tr("Name"), tr("Spaces at the start and the end are left out.")
        )
        self.name.setMaxLength(LABEL_MAX_CHARS)
        self.form = QFormLayout()
        name_label = QLabel(tr("&Name:"), self)
        name_label.setBuddy(self.name)
        self.form.addRow(name_label, self.name)
        self.problem = ErrorLabel(tr("Name"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = named(buttons.button(QDialogButtonBox.StandardButton.Ok), action)
        self.ok.setText(action)
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), tr("Cancel"))
        self.ok.setEnabled(False)
        self.name.textChanged.connect(self._on_name_text_changed)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 24))

    def label(self) -> str:
        return self.name.text().strip()

    def _on_name_text_changed(self, text: str) -> None:
        self.ok.setEnabled(bool(text.strip()))

    def _on_buttons_accepted(self) -> None:
        problems = self._submit()
        self.problem.show_messages(problems)
        if problems:
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.accept()


class _NewItemDialog(_NameDialog):
    """A name and how it usually feels; for an emotion also a colour, which follows the
    feeling until the person picks one."""

    def __init__(
        self, title: str, emotion: bool, submit: Callable[[], list[str]], parent: QWidget | None
    ) -> None:
        super().__init__(title, QCoreApplication.translate("_NewItemDialog", "Add"), submit, parent)
        tr = self.tr
        self._picked_colour: str | None = None
        self.feels = ValueCombo(
            tr("Usually feels"),
            [
                (valence_word(valence), valence)
                for valence in (Valence.POSITIVE, Valence.NEGATIVE, Valence.MIXED, Valence.NEUTRAL)
            ],
            self,
        )
        self.feels.setAccessibleDescription(
            tr("Whether it usually feels pleasant, unpleasant, mixed or neutral.")
        )
        self.feels.set_value(Valence.NEUTRAL)
        feels_label = QLabel(tr("Usually &feels:"), self)
        feels_label.setBuddy(self.feels)
        self.form.addRow(feels_label, self.feels)
        self.colour_button: QPushButton | None = None
        if emotion:
            self.colour_button = named(QPushButton(tr("Choose..."), self), tr("Colour"))
            colour_label = QLabel(tr("&Colour:"), self)
            colour_label.setBuddy(self.colour_button)
            self.form.addRow(colour_label, self.colour_button)
            self.colour_button.clicked.connect(self._on_colour_button_clicked)
            self.feels.currentIndexChanged.connect(self._show_colour)
            self._show_colour()

    def valence(self) -> Valence:
        return self.feels.value()

    def colour(self) -> str:
        return self._picked_colour or DEFAULT_COLOURS[self.valence()]

    def _show_colour(self) -> None:
        assert self.colour_button is not None
        size = self.fontMetrics().height()
        ink = self.palette().text().color()
        self.colour_button.setIcon(swatch(self.colour(), size, ink, self.devicePixelRatioF()))
        self.colour_button.setAccessibleDescription(self.colour())

    def _on_colour_button_clicked(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour()), self, self.tr("Colour"))
        if chosen.isValid():
            self._picked_colour = chosen.name(QColor.NameFormat.HexRgb)
            self._show_colour()


class CatalogueEditor(QWidget):
    """Emotions and triggers, each a list with Add, Rename, (Colour,) Move and Archive."""

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = controller.run  # every change is stored through the controller
        self._service = controller.journal.catalogue
        tr = self.tr
        self.intro = intro = QLabel(
            tr(
                "These are the emotions and triggers you choose from in your entries. "
                "A new name shows in past entries too. Archiving hides one from the lists "
                "you choose from; entries that already have it keep it, and Restore brings "
                "it back. Each change is saved as soon as you make it."
            ),
            self,
        )
        intro.setWordWrap(True)
        archived_tip = tr(
            "Archiving hides it from the lists you choose from and keeps it in past entries."
        )
        self.emotions = _Section(
            _Words(
                title=tr("Emotions"),
                add=tr("Add an emotion"),
                rename=tr("Rename the emotion"),
                recolour=tr("Change the emotion's colour"),
                up=tr("Move the emotion up"),
                down=tr("Move the emotion down"),
                archive=tr("Archive the emotion"),
                restore=tr("Restore the emotion"),
                new_title=tr("New emotion"),
                rename_title=tr("Rename emotion"),
                rename_prompt=tr("New name for the emotion \u201c%1\u201d:"),
                archived_tip=archived_tip,
            ),
            emotions=True,
            parent=self,
        )
        self.triggers = _Section(
            _Words(
                title=tr("Triggers"),
                add=tr("Add a trigger"),
                rename=tr("Rename the trigger"),
                recolour="",
                up=tr("Move the trigger up"),
                down=tr("Move the trigger down"),
                archive=tr("Archive the trigger"),
                restore=tr("Restore the trigger"),
                new_title=tr("New trigger"),
                rename_title=tr("Rename trigger"),
                rename_prompt=tr("New name for the trigger \u201c%1\u201d:"),
                archived_tip=archived_tip,
            ),
            emotions=False,
            parent=self,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for section in (self.emotions, self.triggers):
            layout.addWidget(section, 1)
            self._connect(section)
        self.refresh()

    def _connect(self, section: _Section) -> None:
        section.add_button.clicked.connect(lambda: self._add(section))
        section.rename_button.clicked.connect(lambda: self._rename(section))
        section.colour_button.clicked.connect(lambda: self._recolour(section))
        section.up_button.clicked.connect(lambda: self._move(section, -1))
        section.down_button.clicked.connect(lambda: self._move(section, +1))
        section.archive_button.clicked.connect(lambda: self._toggle_archived(section))
        section.list.itemDoubleClicked.connect(lambda _item: self._rename(section))
        section.shortcut("F2", lambda: self._rename(section))
        section.shortcut("Ctrl+Up", lambda: self._move(section, -1))
        section.shortcut("Ctrl+Down", lambda: self._move(section, +1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A wrapped label's lines depend on the width: reserve them, so that the lists and
        # their buttons are never squeezed below their size (with larger fonts especially).
        needed = self.intro.heightForWidth(self.intro.width())
        if needed != self.intro.minimumHeight():
            self.intro.setMinimumHeight(needed)

    def refresh(self) -> None:
        """Read both lists again (keeping what is chosen), e.g. after an import."""
        self.emotions.show_items(self._service.emotions(include_archived=True))
        self.triggers.show_items(self._service.triggers(include_archived=True))

    # -- the actions -------------------------------------------------------------

    def _add(self, section: _Section) -> None:
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
            self,
        )
        dialog.exec()

    def _rename(self, section: _Section) -> None:
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

        dialog = _NameDialog(section.words.rename_title, self.tr("Rename"), rename, self)
        prompt = QLabel(section.words.rename_prompt.replace("%1", shown), dialog)
        prompt.setWordWrap(True)
        dialog.form.insertRow(0, prompt)
        dialog.name.setText(shown)
        dialog.name.selectAll()
        dialog.exec()

    def _recolour(self, section: _Section) -> None:
        item = section.current()
        if not isinstance(item, Emotion):
            return
        title = self.tr("Colour of \u201c%1\u201d").replace("%1", catalogue_label(item))
        chosen = QColorDialog.getColor(QColor(item.colour), self, title)
        if not chosen.isValid():
            return
        colour = chosen.name(QColor.NameFormat.HexRgb)
        if colour != item.colour:
            self._apply_here(section, lambda: self._store(replace(item, colour=colour)), item)

    def _move(self, section: _Section, step: int) -> None:
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

    def _toggle_archived(self, section: _Section) -> None:
        item = section.current()
        if item is None:
            return
        changed = replace(item, archived=not item.archived)
        self._apply_here(section, lambda: self._store(changed), item)

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
        problems = self._name_problems(label, section.items, own_key)
        return problems or self._apply(section, change, label, own_key)

    def _apply(
        self, section: _Section, change: Callable[[], str], label: str, own_key: str
    ) -> list[str]:
        """Run ``change`` (which returns the key to choose afterwards) and show the new
        state; or the words that explain why the journal refused it."""
        try:
            key = change()
        except InvalidInput as refused:
            return self._explain(refused, label, section.items, own_key)
        except SaveFailed as failed:
            return [message_of(failed)]
        section.error.show_messages([])
        items = (
            self._service.emotions(include_archived=True)
            if section.is_emotions
            else self._service.triggers(include_archived=True)
        )
        section.show_items(items, keep=key)
        return []

    def _explain(
        self, refused: InvalidInput, label: str, items: Sequence[Item], own_key: str
    ) -> list[str]:
        """The refusal in translated words; the journal's own words for anything unforeseen."""
        messages = []
        for error in refused.errors:
            if error.field == "label":
                messages += self._name_problems(label, items, own_key) or [said(error.words)]
            elif error.field == "colour":
                messages.append(self.tr("That colour could not be used. Please choose another."))
            else:
                messages.append(said(error.words))
        return messages

    def _name_problems(self, label: str, items: Sequence[Item], own_key: str) -> list[str]:
        """What stands against ``label`` as a new name. The journal checks the same, but
        only against stored names, not the translated names of built-ins a person sees."""
        if not key_from_label(label):
            return [self.tr("A name needs at least one letter or digit.")]
        if len(label) > LABEL_MAX_CHARS:
            return [
                self.tr("A name can be at most %1 characters long.").replace(
                    "%1", str(LABEL_MAX_CHARS)
                )
            ]
        folded = label.casefold()
        same = [
            i
            for i in items
            if i.key != own_key and folded in (i.label.casefold(), catalogue_label(i).casefold())
        ]
        if not same:
            return []
        if same[0].archived:
            words = self.tr(
                "\u201c%1\u201d is already in the list, archived. Choose it and press "
                "Restore to use it again."
            )
        else:
            words = self.tr("\u201c%1\u201d is already in the list.")
        return [words.replace("%1", catalogue_label(same[0]))]
