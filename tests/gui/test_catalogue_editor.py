"""Emotions and triggers: add, rename, recolour, reorder, archive and restore, each done
through the editor's own widgets, and found in the journal and in the rest of the window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moodapp.domain.catalogue import LABEL_MAX_CHARS, Valence, key_from_label
from moodapp.domain.entries import CryingEpisode
from moodapp.services.catalogue import CatalogueService
from moodapp.services.journal import Journal
from moodapp.ui.calendar.day_table import SUMMARY_ROLE
from moodapp.ui.calendar.month_grid import MonthModel
from moodapp.ui.catalogue.catalogue_dialog import CatalogueDialog
from moodapp.ui.catalogue.catalogue_editor import CatalogueEditor
from moodapp.ui.catalogue.item_look import DEFAULT_COLOURS
from moodapp.ui.common.top_level import top_level_widgets
from moodapp.ui.common.translations import install_translators, remove_translators
from moodapp.ui.entry.emotion_picker import EmotionPicker
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.ui.shell.main_window import CALENDAR, ENTRY, MainWindow
from tests.gui.conftest import ModalAnswers, by_name, choose, combo_texts

Answer = tuple[type[QWidget], Callable[[Any], None]]


@pytest.fixture
def controller(journal: Journal) -> JournalController:
    return JournalController(journal)


@pytest.fixture
def service(controller: JournalController) -> CatalogueService:
    return controller.journal.catalogue


@pytest.fixture
def editor(qtbot: QtBot, controller: JournalController) -> CatalogueEditor:
    widget = CatalogueEditor(controller)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def changes(editor: CatalogueEditor, controller: JournalController) -> list[None]:
    """One element per change the editor stored."""
    seen: list[None] = []
    controller.changed.connect(lambda changes: seen.append(None))
    return seen


# -- touching the editor as a person does ------------------------------------------------


def answering(*answers: Answer) -> ModalAnswers:
    """ModalAnswers whose every answer leaves its dialog closed, even when it fails: a
    failing check then fails the test instead of leaving a modal dialog waiting."""

    def closing(answer: Callable[[Any], None]) -> Callable[[Any], None]:
        def run(dialog: QDialog) -> None:
            try:
                answer(dialog)
            finally:
                if dialog.isVisible():
                    dialog.reject()

        return run

    return ModalAnswers(*((kind, closing(answer)) for kind, answer in answers))


def texts(root: QWidget, list_name: str) -> list[str]:
    widget = by_name(root, list_name, QListWidget)
    return [widget.item(row).text() for row in range(widget.count())]


def pick(qtbot: QtBot, root: QWidget, list_name: str, text: str) -> QListWidget:
    """Click the row that reads ``text`` in the list named ``list_name``."""
    widget = by_name(root, list_name, QListWidget)
    item = widget.item(texts(root, list_name).index(text))
    widget.scrollToItem(item)
    qtbot.mouseClick(
        widget.viewport(), Qt.MouseButton.LeftButton, pos=widget.visualItemRect(item).center()
    )
    assert widget.currentItem() is item
    return widget


def press(qtbot: QtBot, root: QWidget, name: str) -> None:
    button = by_name(root, name, QPushButton)
    assert button.isEnabled() and button.isVisible(), f"{name!r} cannot be pressed"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_text(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Click into ``field``, select what it holds and type ``text`` over it, key by key
    (any character, as an input method would give it)."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(field, event)


def error_text(root: QWidget, field_name: str) -> str:
    label = by_name(root, f"Problem with {field_name}", QLabel)
    return "" if label.isHidden() else label.text()


def pick_colour(qtbot: QtBot, colour: str) -> Answer:
    """An answer for the colour dialog: type the colour's HTML code and press OK."""

    def answer(dialog: QColorDialog) -> None:
        field = next(
            e for e in dialog.findChildren(QLineEdit) if e.objectName() == "qt_colorname_lineedit"
        )
        type_text(qtbot, field, colour)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        qtbot.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    return (QColorDialog, answer)


def fill_new_item(qtbot: QtBot, name: str, feels: str, colour: str | None = None) -> list[Answer]:
    """Answers for the "New emotion/trigger" dialog: type the name, choose the feeling,
    (pick a colour,) press Add; and for the colour dialog it opens."""

    def answer(dialog: QDialog) -> None:
        type_text(qtbot, by_name(dialog, "Name", QLineEdit), name)
        choose(qtbot, by_name(dialog, "Usually feels", QComboBox), feels)
        if colour is not None:
            press(qtbot, dialog, "Colour")  # the colour dialog is answered, then this goes on
        press(qtbot, dialog, "Add")
        if dialog.isVisible():  # refused: the words are in the dialog; give up
            qtbot.mouseClick(by_name(dialog, "Cancel", QPushButton), Qt.MouseButton.LeftButton)

    return [(QDialog, answer), *([pick_colour(qtbot, colour)] if colour else [])]


def type_new_name(qtbot: QtBot, name: str, seen: list[str] | None = None) -> Answer:
    """An answer for the rename dialog: type ``name`` over the old one and press Rename;
    a refusal is noted in ``seen`` and the dialog given up."""

    def answer(dialog: QDialog) -> None:
        type_text(qtbot, by_name(dialog, "Name", QLineEdit), name)
        press(qtbot, dialog, "Rename")
        if dialog.isVisible():
            if seen is not None:
                seen.append(error_text(dialog, "Name"))
            qtbot.mouseClick(by_name(dialog, "Cancel", QPushButton), Qt.MouseButton.LeftButton)

    return (QDialog, answer)


def pick_and_press(
    qtbot: QtBot, list_name: str, row: str, button: str
) -> Callable[[QWidget], None]:
    """Steps in the editor: click the row ``row`` of the list, then the button ``button``."""

    def steps(root: QWidget) -> None:
        pick(qtbot, root, list_name, row)
        press(qtbot, root, button)

    return steps


def cancel(qtbot: QtBot) -> Answer:
    return (QDialog, lambda d: qtbot.mouseClick(by_name(d, "Cancel", QPushButton),
                                                Qt.MouseButton.LeftButton))  # fmt: skip


# -- the editor on its own ---------------------------------------------------------------


def test_every_item_is_listed_and_archived_ones_say_so(
    qtbot: QtBot, controller: JournalController, service: CatalogueService
) -> None:
    fear = next(e for e in service.emotions() if e.key == "fear")
    service.change_emotion(replace(fear, archived=True))
    editor = CatalogueEditor(controller)
    qtbot.addWidget(editor)
    emotions = texts(editor, "Emotions")
    assert len(emotions) == len(service.emotions(include_archived=True)) == 14
    assert "Fear (archived)" in emotions and "Joy" in emotions
    assert len(texts(editor, "Triggers")) == 12
    archived = by_name(editor, "Emotions", QListWidget).item(emotions.index("Fear (archived)"))
    active = by_name(editor, "Emotions", QListWidget).item(emotions.index("Joy"))
    assert archived.font().italic() and not active.font().italic()
    assert archived.foreground().color() != active.foreground().color()
    assert not archived.icon().isNull()  # emotions carry their colour swatch
    assert by_name(editor, "Triggers", QListWidget).item(0).icon().isNull()


def test_every_control_has_a_name_and_takes_the_keyboard(editor: CatalogueEditor) -> None:
    controls = editor.findChildren(QPushButton) + editor.findChildren(QListWidget)
    names = [c.accessibleName() for c in controls if not c.isHidden()]
    assert all(names) and len(names) == len(set(names))
    assert all(c.focusPolicy() & Qt.FocusPolicy.TabFocus for c in controls)
    # Triggers have no colour, so their Colour button is not there to tab to.
    assert editor.triggers.colour_button.isHidden()


def test_add_an_emotion_with_its_feeling_and_colour(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    answers = answering(*fill_new_item(qtbot, "Awe", "pleasant", colour="#aa88ff"))
    press(qtbot, editor, "Add an emotion")
    assert answers.done()
    awe = service.emotions()[-1]
    assert (awe.key, awe.label, awe.valence, awe.colour) == ("awe", "Awe", Valence.POSITIVE,
                                                             "#aa88ff")  # fmt: skip
    assert texts(editor, "Emotions")[-1] == "Awe"
    assert by_name(editor, "Emotions", QListWidget).currentItem().text() == "Awe"
    assert changes == [None]


def test_a_new_emotion_takes_the_colour_of_its_feeling(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService
) -> None:
    answers = answering(*fill_new_item(qtbot, "  Homesick ", "unpleasant"))
    press(qtbot, editor, "Add an emotion")
    assert answers.done()
    added = service.emotions()[-1]
    assert (added.label, added.colour) == ("Homesick", DEFAULT_COLOURS[Valence.NEGATIVE])


def test_add_a_trigger_without_a_colour(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    seen: list[bool] = []
    (kind, fill), *_ = fill_new_item(qtbot, "Exams", "unpleasant")

    def answer(dialog: QDialog) -> None:
        seen.append(any(b.accessibleName() == "Colour" for b in dialog.findChildren(QPushButton)))
        fill(dialog)

    answers = answering((kind, answer))
    press(qtbot, editor, "Add a trigger")
    assert answers.done()
    assert seen == [False]
    exams = service.triggers()[-1]
    assert (exams.label, exams.valence) == ("Exams", Valence.NEGATIVE)
    assert changes == [None]


def test_cancelling_changes_nothing(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    before = service.emotions(include_archived=True)

    def type_then_cancel(dialog: QDialog) -> None:
        type_text(qtbot, by_name(dialog, "Name", QLineEdit), "Awe")
        cancel(qtbot)[1](dialog)

    answers = answering((QDialog, type_then_cancel))
    press(qtbot, editor, "Add an emotion")
    assert answers.done()
    pick(qtbot, editor, "Emotions", "Joy")
    answers = answering((QDialog, type_then_cancel))
    press(qtbot, editor, "Rename the emotion")
    assert answers.done()
    answers = answering((QColorDialog, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape)))
    press(qtbot, editor, "Change the emotion's colour")
    assert answers.done()
    assert service.emotions(include_archived=True) == before
    assert changes == []


def test_rename_keeps_the_key(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    pick(qtbot, editor, "Emotions", "Sadness")
    answers = answering(type_new_name(qtbot, "Grief"))
    press(qtbot, editor, "Rename the emotion")
    assert answers.done()
    grief = next(e for e in service.emotions() if e.key == "sadness")
    assert (grief.label, grief.builtin) == ("Grief", True)
    assert texts(editor, "Emotions")[1] == "Grief"
    assert changes == [None]


def test_the_rename_dialog_starts_from_the_name_shown(
    qtbot: QtBot, editor: CatalogueEditor
) -> None:
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        field = by_name(dialog, "Name", QLineEdit)
        seen.append(field.text())
        seen.append(field.selectedText())
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        press(qtbot, dialog, "Rename")  # unchanged: nothing to store, the dialog closes

    pick(qtbot, editor, "Triggers", "Physical pain")
    answers = answering((QDialog, look))
    press(qtbot, editor, "Rename the trigger")
    assert answers.done()
    assert seen[:2] == ["Physical pain", "Physical pain"]
    assert "New name for the trigger \u201cPhysical pain\u201d:" in seen[2]


def test_f2_renames_a_trigger(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService
) -> None:
    triggers = pick(qtbot, editor, "Triggers", "Conflict")
    answers = answering(type_new_name(qtbot, "Arguments"))
    qtbot.keyClick(triggers, Qt.Key.Key_F2)
    assert answers.done()
    assert next(t for t in service.triggers() if t.key == "conflict").label == "Arguments"


def test_a_double_click_renames_an_emotion(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService
) -> None:
    emotions = pick(qtbot, editor, "Emotions", "Calm")
    answers = answering(type_new_name(qtbot, "Peace"))
    qtbot.mouseDClick(emotions.viewport(), Qt.MouseButton.LeftButton,
                      pos=emotions.visualItemRect(emotions.currentItem()).center())  # fmt: skip
    assert answers.done()
    assert next(e for e in service.emotions() if e.key == "calm").label == "Peace"


def test_recolour_through_the_colour_dialog(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    pick(qtbot, editor, "Emotions", "Calm")
    answers = answering(pick_colour(qtbot, "#123456"))
    press(qtbot, editor, "Change the emotion's colour")
    assert answers.done()
    assert next(e for e in service.emotions() if e.key == "calm").colour == "#123456"
    icon = by_name(editor, "Emotions", QListWidget).currentItem().icon()
    assert icon.pixmap(16, 16).toImage().pixelColor(8, 8) == QColor("#123456")
    assert changes == [None]


def test_move_up_and_down_changes_the_order(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    pick(qtbot, editor, "Emotions", "Sadness")
    press(qtbot, editor, "Move the emotion up")
    assert [e.key for e in service.emotions()][:2] == ["sadness", "joy"]
    assert texts(editor, "Emotions")[:2] == ["Sadness", "Joy"]
    assert not by_name(editor, "Move the emotion up", QPushButton).isEnabled()  # first now
    emotions = by_name(editor, "Emotions", QListWidget)
    emotions.setFocus()
    qtbot.keyClick(emotions, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(emotions, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [e.key for e in service.emotions()][:3] == ["joy", "anger", "sadness"]
    assert emotions.currentItem().text() == "Sadness"  # the moved one stays chosen
    pick(qtbot, editor, "Emotions", texts(editor, "Emotions")[-1])
    assert not by_name(editor, "Move the emotion down", QPushButton).isEnabled()  # last
    assert changes == [None, None, None]


def test_moving_among_tied_places_numbers_them_afresh(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService
) -> None:
    for trigger in service.triggers()[:3]:
        service.change_trigger(replace(trigger, sort_order=5))  # as an import might leave them
    editor.refresh()
    first, second = texts(editor, "Triggers")[:2]
    pick(qtbot, editor, "Triggers", second)
    press(qtbot, editor, "Move the trigger up")
    labels = [t.label for t in service.triggers()]
    assert labels[:2] == [second, first]
    assert texts(editor, "Triggers") == labels


def test_archive_hides_from_the_pickers_and_restore_brings_back(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    pick(qtbot, editor, "Emotions", "Fear")
    press(qtbot, editor, "Archive the emotion")
    assert "fear" not in [e.key for e in service.emotions()]
    assert "fear" in [e.key for e in service.emotions(include_archived=True)]
    assert by_name(editor, "Emotions", QListWidget).currentItem().text() == "Fear (archived)"
    restore = by_name(editor, "Restore the emotion", QPushButton)
    assert restore.text() == "Restore"
    press(qtbot, editor, "Restore the emotion")
    assert "fear" in [e.key for e in service.emotions()]
    assert by_name(editor, "Archive the emotion", QPushButton).text() == "Archive"
    assert changes == [None, None]


def test_a_built_in_trigger_can_be_archived(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService
) -> None:
    pick(qtbot, editor, "Triggers", "Physical pain")
    press(qtbot, editor, "Archive the trigger")
    assert "physical-pain" not in [t.key for t in service.triggers()]
    assert "Physical pain (archived)" in texts(editor, "Triggers")


def test_a_refused_name_is_explained_in_its_dialog_and_what_was_typed_stays(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    before = service.emotions(include_archived=True)
    seen: list[str] = []

    def add_twice(dialog: QDialog) -> None:
        field = by_name(dialog, "Name", QLineEdit)
        type_text(qtbot, field, "sadness")
        press(qtbot, dialog, "Add")
        seen.extend([str(dialog.isVisible()), field.text(), error_text(dialog, "Name")])
        type_text(qtbot, field, "Sadness at night")  # corrected where it was typed
        press(qtbot, dialog, "Add")

    answers = answering((QDialog, add_twice))
    press(qtbot, editor, "Add an emotion")
    assert answers.done()
    assert seen == ["True", "sadness", "\u201cSadness\u201d is already in the list."]
    assert [e.label for e in service.emotions()][-1] == "Sadness at night"
    assert len(service.emotions(include_archived=True)) == len(before) + 1
    assert changes == [None]


def test_a_duplicate_rename_is_explained_and_changes_nothing(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    before = service.emotions(include_archived=True)
    seen: list[str] = []
    pick(qtbot, editor, "Emotions", "Joy")
    answers = answering(type_new_name(qtbot, "ANGER", seen))
    press(qtbot, editor, "Rename the emotion")
    assert answers.done()
    assert seen == ["\u201cAnger\u201d is already in the list."]
    assert service.emotions(include_archived=True) == before
    assert changes == []


def test_a_name_taken_by_an_archived_item_says_how_to_get_it_back(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService
) -> None:
    pick(qtbot, editor, "Triggers", "Conflict")
    press(qtbot, editor, "Archive the trigger")
    seen: list[str] = []

    def add(dialog: QDialog) -> None:
        type_text(qtbot, by_name(dialog, "Name", QLineEdit), "conflict")
        press(qtbot, dialog, "Add")
        seen.append(error_text(dialog, "Name"))
        cancel(qtbot)[1](dialog)

    answers = answering((QDialog, add))
    press(qtbot, editor, "Add a trigger")
    assert answers.done()
    assert seen == [
        "\u201cConflict\u201d is already in the list, archived. Choose it and press Restore "
        "to use it again."
    ]
    assert len(service.triggers(include_archived=True)) == 12


@pytest.fixture
def german_editor(
    qtbot: QtBot, qapp: QApplication, controller: JournalController
) -> Iterator[QWidget]:
    """The editor in German (its words are taken when it is built)."""
    install_translators(qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    widget = CatalogueEditor(controller)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    remove_translators(qapp)


def test_a_name_a_built_in_shows_in_german_is_taken_too(
    qtbot: QtBot, german_editor: QWidget, service: CatalogueService
) -> None:
    editor = german_editor
    before = service.emotions(include_archived=True)
    seen: list[str] = []

    def add(dialog: QDialog) -> None:
        type_text(qtbot, by_name(dialog, "Name", QLineEdit), "traurigkeit")
        qtbot.keyClick(by_name(dialog, "Name", QLineEdit), Qt.Key.Key_Return)
        seen.append(by_name(dialog, "Problem bei Name", QLabel).text())

    answers = answering((QDialog, add))
    press(qtbot, editor, "Ein Gefühl hinzufügen")
    assert answers.done()
    assert seen == ["\u201eTraurigkeit\u201c ist schon in der Liste."]
    assert service.emotions(include_archived=True) == before


def test_a_german_rename_starts_from_the_german_name(
    qtbot: QtBot, german_editor: QWidget, service: CatalogueService
) -> None:
    editor = german_editor
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        seen.append(by_name(dialog, "Name", QLineEdit).text())
        qtbot.keyClick(by_name(dialog, "Name", QLineEdit), Qt.Key.Key_Return)  # unchanged

    pick(qtbot, editor, "Gefühle", "Traurigkeit")
    answers = answering((QDialog, look))
    qtbot.keyClick(by_name(editor, "Gefühle", QListWidget), Qt.Key.Key_F2)
    assert answers.done()
    assert seen == ["Traurigkeit"]
    assert next(e for e in service.emotions() if e.key == "sadness").label == "Sadness"


def test_a_name_without_letters_is_explained(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService
) -> None:
    seen: list[str] = []
    pick(qtbot, editor, "Emotions", "Joy")
    answers = answering(type_new_name(qtbot, "!!!", seen))
    press(qtbot, editor, "Rename the emotion")
    assert answers.done()
    assert seen == ["A name needs at least one letter or digit."]
    assert service.emotions()[0].label == "Joy"


def test_the_add_button_waits_for_a_name(qtbot: QtBot, editor: CatalogueEditor) -> None:
    seen: list[bool] = []

    def answer(dialog: QDialog) -> None:
        add = by_name(dialog, "Add", QPushButton)
        field = by_name(dialog, "Name", QLineEdit)
        seen.append(add.isEnabled())
        type_text(qtbot, field, "   ")
        seen.append(add.isEnabled())
        type_text(qtbot, field, "Awe")
        seen.append(add.isEnabled())
        cancel(qtbot)[1](dialog)

    answers = answering((QDialog, answer))
    press(qtbot, editor, "Add an emotion")
    assert answers.done()
    assert seen == [False, False, True]


def test_a_bigger_font_keeps_the_lists_readable(qtbot: QtBot, editor: CatalogueEditor) -> None:
    emotions = by_name(editor, "Emotions", QListWidget)
    before = emotions.minimumHeight()
    font = QFont(editor.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    editor.setFont(font)
    assert emotions.minimumHeight() > before
    assert texts(editor, "Emotions")[0] == "Joy"


# -- names typed into the name field -----------------------------------------------------

# What a keyboard or an input method can put into a line edit: letters, digits, marks,
# punctuation, symbols and spaces of any script (no control characters).
typed_names = st.one_of(
    st.text(
        st.characters(categories=("L", "M", "N", "P", "S", "Zs"), max_codepoint=0xFFFF),
        max_size=LABEL_MAX_CHARS + 5,
    ),
    st.text(st.sampled_from("ab "), min_size=LABEL_MAX_CHARS - 3, max_size=LABEL_MAX_CHARS + 5),
    st.builds(
        lambda pad, name, upper: f"{pad}{name.upper() if upper else name}{pad}",
        st.sampled_from(["", " ", "\u3000"]),
        st.sampled_from(["Joy", "Sadness", "Being moved", "Awe"]),
        st.booleans(),
    ),
)


@settings(max_examples=30)
@given(typed=typed_names)
def test_a_typed_name_is_stored_exactly_or_refused_in_words(
    qtbot: QtBot, editor: CatalogueEditor, service: CatalogueService, typed: str
) -> None:
    before = service.emotions(include_archived=True)
    seen: dict[str, Any] = {}

    def answer(dialog: QDialog) -> None:
        field = by_name(dialog, "Name", QLineEdit)
        type_text(qtbot, field, typed)
        seen["field"] = field.text()
        add = by_name(dialog, "Add", QPushButton)
        seen["can add"] = add.isEnabled()
        if add.isEnabled():
            press(qtbot, dialog, "Add")
        seen["refused"] = error_text(dialog, "Name") if dialog.isVisible() else ""
        if dialog.isVisible():
            cancel(qtbot)[1](dialog)

    answers = answering((QDialog, answer))
    press(qtbot, editor, "Add an emotion")
    assert answers.done()
    assert seen["field"] == typed[:LABEL_MAX_CHARS]  # the field takes no more than fits
    name = seen["field"].strip()  # spaces at either end are left out, as the field says
    taken = [e.label for e in before if e.label.casefold() == name.casefold()]
    after = service.emotions(include_archived=True)
    if not name:
        assert not seen["can add"] and after == before
    elif not key_from_label(name):
        assert seen["refused"] == "A name needs at least one letter or digit."
        assert after == before
    elif taken:
        assert seen["refused"] == f"\u201c{taken[0]}\u201d is already in the list."
        assert after == before
    else:
        assert not seen["refused"]
        assert after[:-1] == before and after[-1].label == name
        assert texts(editor, "Emotions")[-1] == name


# -- in the window: Edit > Emotions and triggers, and what the rest of the window shows ---


def open_menu_entry(qtbot: QtBot, window: MainWindow, menu_text: str, entry_text: str) -> None:
    """Click ``menu_text`` in the menu bar, then its entry ``entry_text``."""
    bar = window.menuBar()
    menu_action = next(a for a in bar.actions() if a.text().replace("&", "") == menu_text)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu_action).center())
    menu = menu_action.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    entry = next(a for a in menu.actions() if a.text().replace("&", "") == entry_text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(entry).center())


def in_catalogue_window(
    qtbot: QtBot, window: MainWindow, steps: Callable[[QDialog], None], *answers: Answer
) -> None:
    """Open Edit > Emotions and triggers, take ``steps`` there (the dialogs they open get
    ``answers``), and close the window with its Close button."""

    def run(dialog: QDialog) -> None:
        steps(dialog)
        qtbot.mouseClick(by_name(dialog, "Close", QPushButton), Qt.MouseButton.LeftButton)

    modal = answering((CatalogueDialog, run), *answers)
    open_menu_entry(qtbot, window, "Edit", "Emotions and triggers...")
    assert modal.done()
    assert not any(isinstance(w, CatalogueDialog) and w.isVisible()
                   for w in top_level_widgets())  # fmt: skip


def rows(picker: EmotionPicker) -> list[str]:
    return [cast(QTableWidgetItem, picker.item(row, 0)).text() for row in range(picker.rowCount())]


def swatch_colour(picker: EmotionPicker, name: str) -> QColor:
    item = picker.item(rows(picker).index(name), 0)
    assert item is not None
    return item.icon().pixmap(12, 12).toImage().pixelColor(6, 6)


def trigger_boxes(window: MainWindow) -> list[str]:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # boxes of the old list
    grid = window.entry_view.episode_form.triggers
    return [box.text() for box in grid.findChildren(QCheckBox)]


def marks_offered(window: MainWindow) -> list[str]:
    window.show_row(CALENDAR)  # as a person goes to look
    return combo_texts(by_name(window.calendar_view, "Which tears to mark", QComboBox))


def emotions_elsewhere(window: MainWindow) -> dict[str, list[str]]:
    """The emotions as the Entry view's two pickers and the calendar's filter show them."""
    marks = marks_offered(window)
    window.show_row(ENTRY)
    return {
        "episode": rows(window.entry_view.episode_form.emotions),
        "check-in": rows(window.entry_view.check_in_form.emotions),
        "calendar": [m.removeprefix("With ") for m in marks if m.startswith("With ")],
    }


def triggers_elsewhere(window: MainWindow) -> dict[str, list[str]]:
    marks = marks_offered(window)
    window.show_row(ENTRY)
    return {
        "episode": trigger_boxes(window),
        "calendar": [m.removeprefix("Set off by: ") for m in marks if m.startswith("Set off by: ")],
    }


def everywhere(names: list[str], *places: str) -> dict[str, list[str]]:
    return dict.fromkeys(places, names)


@pytest.fixture
def shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The window after a visit to the calendar, so that every view is there to update."""
    nav = window.nav
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(nav.item(CALENDAR)).center())  # fmt: skip
    assert window.views.currentWidget() is window.calendar_view
    return window


EMOTION_PLACES = ("episode", "check-in", "calendar")
TRIGGER_PLACES = ("episode", "calendar")


def test_an_added_emotion_is_stored_and_offered_everywhere(
    qtbot: QtBot, shown: MainWindow, live_journal: Journal
) -> None:
    def add(dialog: QDialog) -> None:
        press(qtbot, dialog, "Add an emotion")

    in_catalogue_window(qtbot, shown, add, *fill_new_item(qtbot, "Awe", "mixed", "#aa88ff"))
    awe = live_journal.entries.emotions()[-1]
    assert (awe.label, awe.valence, awe.colour) == ("Awe", Valence.MIXED, "#aa88ff")
    names = [e.label for e in live_journal.entries.emotions()]
    assert names[-1] == "Awe"
    assert emotions_elsewhere(shown) == everywhere(names, *EMOTION_PLACES)
    for picker in (shown.entry_view.episode_form.emotions, shown.entry_view.check_in_form.emotions):
        assert swatch_colour(picker, "Awe") == QColor("#aa88ff")


def test_an_added_trigger_is_stored_and_offered_everywhere(
    qtbot: QtBot, shown: MainWindow, live_journal: Journal
) -> None:
    in_catalogue_window(qtbot, shown, lambda d: press(qtbot, d, "Add a trigger"),
                        *fill_new_item(qtbot, "Exams", "unpleasant"))  # fmt: skip
    exams = live_journal.entries.triggers()[-1]
    assert (exams.label, exams.valence) == ("Exams", Valence.NEGATIVE)
    names = [t.label for t in live_journal.entries.triggers()]
    assert triggers_elsewhere(shown) == everywhere(names, *TRIGGER_PLACES)


def test_a_renamed_emotion_shows_its_new_name_everywhere(
    qtbot: QtBot, shown: MainWindow, live_journal: Journal
) -> None:
    def rename(dialog: QDialog) -> None:
        pick(qtbot, dialog, "Emotions", "Sadness")
        press(qtbot, dialog, "Rename the emotion")

    in_catalogue_window(qtbot, shown, rename, type_new_name(qtbot, "Grief"))
    assert next(e for e in live_journal.entries.emotions() if e.key == "sadness").label == "Grief"
    names = [e.label for e in live_journal.entries.emotions()]
    assert "Grief" in names and "Sadness" not in names
    assert emotions_elsewhere(shown) == everywhere(names, *EMOTION_PLACES)


def test_a_renamed_trigger_shows_its_new_name_everywhere(
    qtbot: QtBot, shown: MainWindow, live_journal: Journal
) -> None:
    def rename(dialog: QDialog) -> None:
        qtbot.keyClick(pick(qtbot, dialog, "Triggers", "Conflict"), Qt.Key.Key_F2)

    in_catalogue_window(qtbot, shown, rename, type_new_name(qtbot, "Arguments"))
    assert (
        next(t for t in live_journal.entries.triggers() if t.key == "conflict").label == "Arguments"
    )
    names = [t.label for t in live_journal.entries.triggers()]
    assert names[0] == "Arguments"
    assert triggers_elsewhere(shown) == everywhere(names, *TRIGGER_PLACES)


def test_a_recoloured_emotion_shows_its_colour_in_the_pickers(
    qtbot: QtBot, shown: MainWindow, live_journal: Journal
) -> None:
    def recolour(dialog: QDialog) -> None:
        pick(qtbot, dialog, "Emotions", "Calm")
        press(qtbot, dialog, "Change the emotion's colour")

    in_catalogue_window(qtbot, shown, recolour, pick_colour(qtbot, "#123456"))
    assert next(e for e in live_journal.entries.emotions() if e.key == "calm").colour == "#123456"
    shown.show_row(ENTRY)
    for picker in (shown.entry_view.episode_form.emotions, shown.entry_view.check_in_form.emotions):
        assert swatch_colour(picker, "Calm") == QColor("#123456")


def test_moving_emotions_up_and_down_changes_their_order_everywhere(
    qtbot: QtBot, shown: MainWindow, live_journal: Journal
) -> None:
    def move(dialog: QDialog) -> None:
        pick(qtbot, dialog, "Emotions", "Anger")
        press(qtbot, dialog, "Move the emotion up")
        pick(qtbot, dialog, "Emotions", "Joy")
        press(qtbot, dialog, "Move the emotion down")
        press(qtbot, dialog, "Move the emotion down")

    in_catalogue_window(qtbot, shown, move)
    names = [e.label for e in live_journal.entries.emotions()]
    assert names[:4] == ["Anger", "Sadness", "Joy", "Frustration"]
    assert emotions_elsewhere(shown) == everywhere(names, *EMOTION_PLACES)


def test_moving_triggers_up_and_down_changes_their_order_everywhere(
    qtbot: QtBot, shown: MainWindow, live_journal: Journal
) -> None:
    def move(dialog: QDialog) -> None:
        pick(qtbot, dialog, "Triggers", "No clear reason")
        press(qtbot, dialog, "Move the trigger up")
        pick(qtbot, dialog, "Triggers", "Conflict")
        press(qtbot, dialog, "Move the trigger down")

    in_catalogue_window(qtbot, shown, move)
    names = [t.label for t in live_journal.entries.triggers()]
    assert names[:2] == ["Loss or separation", "Conflict"]
    assert names[-2:] == ["No clear reason", "Film, music or book"]
    assert triggers_elsewhere(shown) == everywhere(names, *TRIGGER_PLACES)


def test_an_archived_emotion_leaves_every_list_and_comes_back_on_restore(
    qtbot: QtBot, shown: MainWindow, live_journal: Journal
) -> None:
    every = [e.label for e in live_journal.entries.emotions()]
    in_catalogue_window(
        qtbot, shown, pick_and_press(qtbot, "Emotions", "Fear", "Archive the emotion")
    )
    assert "fear" not in [e.key for e in live_journal.entries.emotions()]
    without = [name for name in every if name != "Fear"]
    assert emotions_elsewhere(shown) == everywhere(without, *EMOTION_PLACES)

    in_catalogue_window(
        qtbot, shown, pick_and_press(qtbot, "Emotions", "Fear (archived)", "Restore the emotion")
    )
    assert [e.label for e in live_journal.entries.emotions()] == every
    assert emotions_elsewhere(shown) == everywhere(every, *EMOTION_PLACES)


def test_an_archived_trigger_leaves_every_list_and_comes_back_on_restore(
    qtbot: QtBot, shown: MainWindow, live_journal: Journal
) -> None:
    every = [t.label for t in live_journal.entries.triggers()]
    in_catalogue_window(
        qtbot, shown, pick_and_press(qtbot, "Triggers", "Physical pain", "Archive the trigger")
    )
    without = [name for name in every if name != "Physical pain"]
    assert [t.label for t in live_journal.entries.triggers()] == without
    assert triggers_elsewhere(shown) == everywhere(without, *TRIGGER_PLACES)

    in_catalogue_window(
        qtbot,
        shown,
        pick_and_press(qtbot, "Triggers", "Physical pain (archived)", "Restore the trigger"),
    )
    assert [t.label for t in live_journal.entries.triggers()] == every
    assert triggers_elsewhere(shown) == everywhere(every, *TRIGGER_PLACES)


def test_archiving_the_emotion_the_calendar_marks_marks_all_tears_again(
    qtbot: QtBot, shown: MainWindow, live_journal: Journal
) -> None:
    now = live_journal.now()
    live_journal.entries.record(CryingEpisode(occurred_at=now, intensity=3, emotions={"fear": 2}))
    live_journal.entries.record(CryingEpisode(occurred_at=now, intensity=2))
    calendar = shown.calendar_view
    grid = calendar.month_grid
    today = cast(MonthModel, grid.model()).index_of(now.date())
    calendar.refresh()
    choose(qtbot, by_name(calendar, "Which tears to mark", QComboBox), "With Fear")
    assert grid.model().data(today, SUMMARY_ROLE).cried == 1

    in_catalogue_window(
        qtbot, shown, pick_and_press(qtbot, "Emotions", "Fear", "Archive the emotion")
    )
    assert by_name(calendar, "Which tears to mark", QComboBox).currentText() == "All crying"
    assert (
        grid.model().data(cast(MonthModel, grid.model()).index_of(now.date()), SUMMARY_ROLE).cried
        == 2
    )


# -- the window of its own: every change saved at once, so only Close ----------------------


def test_the_window_has_only_close_since_each_change_is_saved_at_once(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    seen: dict[str, Any] = {}

    def look_and_archive(dialog: QDialog) -> None:
        seen["title"] = dialog.windowTitle()
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        editor = dialog.findChild(CatalogueEditor)
        assert editor is not None
        seen["intro"] = editor.intro.text()
        pick(qtbot, dialog, "Emotions", "Shame")
        press(qtbot, dialog, "Archive the emotion")
        seen["stored while open"] = "shame" not in [e.key for e in live_journal.entries.emotions()]

    in_catalogue_window(qtbot, window, look_and_archive)
    assert seen["title"] == "Emotions and triggers"
    assert seen["buttons"] == ["Close"]
    assert "Each change is saved as soon as you make it." in seen["intro"]
    assert seen["stored while open"]
    assert "shame" not in [e.key for e in live_journal.entries.emotions()]  # Close keeps it


def test_escape_closes_the_window_and_keeps_what_was_changed(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    def archive_then_escape(dialog: QDialog) -> None:
        pick(qtbot, dialog, "Triggers", "Conflict")
        press(qtbot, dialog, "Archive the trigger")
        qtbot.keyClick(by_name(dialog, "Triggers", QListWidget), Qt.Key.Key_Escape)

    answers = answering((CatalogueDialog, archive_then_escape))
    open_menu_entry(qtbot, window, "Edit", "Emotions and triggers...")
    assert answers.done()
    assert "conflict" not in [t.key for t in live_journal.entries.triggers()]
    assert "Conflict" not in trigger_boxes(window)


def test_enter_in_a_list_neither_closes_the_window_nor_presses_a_button(
    qtbot: QtBot, window: MainWindow
) -> None:
    seen: list[bool] = []
    opened: list[str] = []

    def refuse_any_other_dialog() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and not isinstance(modal, CatalogueDialog):
            opened.append(modal.windowTitle())
            modal.reject()

    guard = QTimer()
    guard.timeout.connect(refuse_any_other_dialog)
    guard.start(10)

    def enter(dialog: QDialog) -> None:
        qtbot.keyClick(pick(qtbot, dialog, "Emotions", "Joy"), Qt.Key.Key_Return)
        seen.append(dialog.isVisible())

    in_catalogue_window(qtbot, window, enter)
    guard.stop()
    assert seen == [True] and opened == []
