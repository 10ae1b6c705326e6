"""The emotions and triggers tab: add, rename, recolour, reorder and archive, by name and key."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from moodapp.domain.catalogue import Valence
from moodapp.services.catalogue import CatalogueService
from moodapp.store.database import Store
from moodapp.ui.widgets.catalogue_editor import DEFAULT_COLOURS, CatalogueEditor
from tests.gui.conftest import ModalAnswers, by_name


@pytest.fixture
def service(store: Store) -> CatalogueService:
    return CatalogueService(store)


@pytest.fixture
def editor(qtbot, service: CatalogueService) -> CatalogueEditor:
    widget = CatalogueEditor(service)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def changes(editor: CatalogueEditor) -> list[None]:
    """One element per `changed` signal."""
    seen: list[None] = []
    editor.changed.connect(lambda: seen.append(None))
    return seen


def texts(editor: CatalogueEditor, list_name: str) -> list[str]:
    widget = by_name(editor, list_name, QListWidget)
    return [widget.item(row).text() for row in range(widget.count())]


def choose(editor: CatalogueEditor, list_name: str, text: str) -> QListWidget:
    widget = by_name(editor, list_name, QListWidget)
    widget.setCurrentRow(texts(editor, list_name).index(text))
    return widget


def click(editor: QWidget, name: str) -> None:
    button = by_name(editor, name, QPushButton)
    assert button.isEnabled(), f"{name!r} is disabled"
    button.click()


def error_text(editor: CatalogueEditor, list_name: str) -> str:
    label = by_name(editor, f"Problem with {list_name}", QLabel)
    return "" if label.isHidden() else label.text()


def fill_new_item(name: str, feels: str, colour: str | None = None):  # type: ignore[no-untyped-def]
    """An answer for the "New emotion/trigger" dialog: type, choose, (pick a colour,) add."""

    def answer(dialog: QDialog) -> None:
        by_name(dialog, "Name", QLineEdit).setText(name)
        combo = by_name(dialog, "Usually feels", QComboBox)
        combo.setCurrentIndex(combo.findText(feels))
        if colour is not None:
            by_name(dialog, "Colour", QPushButton).click()
        by_name(dialog, "Add", QPushButton).click()

    return answer


def test_every_item_is_listed_and_archived_ones_say_so(qtbot, service: CatalogueService) -> None:
    fear = next(e for e in service.emotions() if e.key == "fear")
    service.change_emotion(replace(fear, archived=True))
    editor = CatalogueEditor(service)
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
    qtbot, editor: CatalogueEditor, service: CatalogueService, changes: list[None], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor("#aa88ff"))
    answers = ModalAnswers((QDialog, fill_new_item("Awe", "pleasant", colour="#aa88ff")))
    click(editor, "Add an emotion")
    assert answers.done()
    awe = service.emotions()[-1]
    assert (awe.key, awe.label, awe.valence, awe.colour) == ("awe", "Awe", Valence.POSITIVE,
                                                             "#aa88ff")  # fmt: skip
    assert texts(editor, "Emotions")[-1] == "Awe"
    assert by_name(editor, "Emotions", QListWidget).currentItem().text() == "Awe"
    assert changes == [None]


def test_a_new_emotion_takes_the_colour_of_its_feeling(
    editor: CatalogueEditor, service: CatalogueService
) -> None:
    answers = ModalAnswers((QDialog, fill_new_item("  Homesick ", "unpleasant")))
    click(editor, "Add an emotion")
    assert answers.done()
    added = service.emotions()[-1]
    assert (added.label, added.colour) == ("Homesick", DEFAULT_COLOURS[Valence.NEGATIVE])


def test_add_a_trigger_without_a_colour(
    editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    seen: list[bool] = []

    def answer(dialog: QDialog) -> None:
        seen.append(any(b.accessibleName() == "Colour" for b in dialog.findChildren(QPushButton)))
        fill_new_item("Exams", "unpleasant")(dialog)

    answers = ModalAnswers((QDialog, answer))
    click(editor, "Add a trigger")
    assert answers.done()
    assert seen == [False]
    exams = service.triggers()[-1]
    assert (exams.label, exams.valence) == ("Exams", Valence.NEGATIVE)
    assert changes == [None]


def test_cancelling_changes_nothing(
    editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    before = service.emotions(include_archived=True)
    answers = ModalAnswers((QDialog, lambda dialog: dialog.reject()))
    click(editor, "Add an emotion")
    assert answers.done()
    choose(editor, "Emotions", "Joy")
    answers = ModalAnswers((QInputDialog, lambda dialog: dialog.reject()))
    click(editor, "Rename the emotion")
    assert answers.done()
    assert service.emotions(include_archived=True) == before
    assert changes == []


def test_rename_keeps_the_key(
    editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    choose(editor, "Emotions", "Sadness")
    answers = ModalAnswers((QInputDialog, lambda d: (d.setTextValue("Grief"), d.accept())))
    click(editor, "Rename the emotion")
    assert answers.done()
    grief = next(e for e in service.emotions() if e.key == "sadness")
    assert (grief.label, grief.builtin) == ("Grief", True)
    assert texts(editor, "Emotions")[1] == "Grief"
    assert changes == [None]


def test_f2_renames_a_trigger(qtbot, editor: CatalogueEditor, service: CatalogueService) -> None:
    triggers = choose(editor, "Triggers", "Conflict")
    triggers.setFocus()
    answers = ModalAnswers((QInputDialog, lambda d: (d.setTextValue("Arguments"), d.accept())))
    qtbot.keyClick(triggers, Qt.Key.Key_F2)
    assert answers.done()
    assert next(t for t in service.triggers() if t.key == "conflict").label == "Arguments"


def test_recolour_through_the_colour_dialog(
    editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    choose(editor, "Emotions", "Calm")
    answers = ModalAnswers(
        (QColorDialog, lambda d: (d.setCurrentColor(QColor("#123456")), d.accept()))
    )
    click(editor, "Change the emotion's colour")
    assert answers.done()
    assert next(e for e in service.emotions() if e.key == "calm").colour == "#123456"
    assert changes == [None]


def test_move_up_and_down_changes_the_order(
    qtbot, editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    choose(editor, "Emotions", "Sadness")
    click(editor, "Move the emotion up")
    assert [e.key for e in service.emotions()][:2] == ["sadness", "joy"]
    assert texts(editor, "Emotions")[:2] == ["Sadness", "Joy"]
    assert not by_name(editor, "Move the emotion up", QPushButton).isEnabled()  # first now
    emotions = by_name(editor, "Emotions", QListWidget)
    emotions.setFocus()
    qtbot.keyClick(emotions, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(emotions, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [e.key for e in service.emotions()][:3] == ["joy", "anger", "sadness"]
    assert emotions.currentItem().text() == "Sadness"  # the moved one stays chosen
    assert changes == [None, None, None]


def test_moving_among_tied_places_numbers_them_afresh(
    editor: CatalogueEditor, service: CatalogueService
) -> None:
    for trigger in service.triggers()[:3]:
        service.change_trigger(replace(trigger, sort_order=5))  # as an import might leave them
    editor.refresh()
    first, second = texts(editor, "Triggers")[:2]
    choose(editor, "Triggers", second)
    click(editor, "Move the trigger up")
    labels = [t.label for t in service.triggers()]
    assert labels[:2] == [second, first]
    assert texts(editor, "Triggers") == labels


def test_archive_hides_from_the_pickers_and_restore_brings_back(
    editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    choose(editor, "Emotions", "Fear")
    click(editor, "Archive the emotion")
    assert "fear" not in [e.key for e in service.emotions()]
    assert "fear" in [e.key for e in service.emotions(include_archived=True)]
    assert by_name(editor, "Emotions", QListWidget).currentItem().text() == "Fear (archived)"
    restore = by_name(editor, "Restore the emotion", QPushButton)
    assert restore.text() == "Restore"
    restore.click()
    assert "fear" in [e.key for e in service.emotions()]
    assert by_name(editor, "Archive the emotion", QPushButton).text() == "Archive"
    assert changes == [None, None]


def test_a_built_in_trigger_can_be_archived(
    editor: CatalogueEditor, service: CatalogueService
) -> None:
    choose(editor, "Triggers", "Physical pain")
    click(editor, "Archive the trigger")
    assert "physical-pain" not in [t.key for t in service.triggers()]
    assert "Physical pain (archived)" in texts(editor, "Triggers")


def test_a_duplicate_name_is_explained_beside_the_list_and_changes_nothing(
    editor: CatalogueEditor, service: CatalogueService, changes: list[None]
) -> None:
    before = service.emotions(include_archived=True)
    answers = ModalAnswers((QDialog, fill_new_item("sadness", "unpleasant")))
    click(editor, "Add an emotion")
    assert answers.done()
    assert error_text(editor, "Emotions") == "\u201cSadness\u201d is already in the list."
    assert service.emotions(include_archived=True) == before
    assert error_text(editor, "Triggers") == ""

    choose(editor, "Emotions", "Joy")
    answers = ModalAnswers((QInputDialog, lambda d: (d.setTextValue("ANGER"), d.accept())))
    click(editor, "Rename the emotion")
    assert answers.done()
    assert error_text(editor, "Emotions") == "\u201cAnger\u201d is already in the list."
    assert service.emotions(include_archived=True) == before
    assert changes == []

    click(editor, "Archive the emotion")  # the next change that works clears the message
    assert error_text(editor, "Emotions") == ""
    assert changes == [None]


def test_a_name_taken_by_an_archived_item_says_how_to_get_it_back(
    editor: CatalogueEditor, service: CatalogueService
) -> None:
    choose(editor, "Triggers", "Conflict")
    click(editor, "Archive the trigger")
    answers = ModalAnswers((QDialog, fill_new_item("Conflict", "unpleasant")))
    click(editor, "Add a trigger")
    assert answers.done()
    assert "archived" in error_text(editor, "Triggers")
    assert "Restore" in error_text(editor, "Triggers")


def test_a_name_without_letters_is_explained(
    editor: CatalogueEditor, service: CatalogueService
) -> None:
    choose(editor, "Emotions", "Joy")
    answers = ModalAnswers((QInputDialog, lambda d: (d.setTextValue("!!!"), d.accept())))
    click(editor, "Rename the emotion")
    assert answers.done()
    assert error_text(editor, "Emotions") == "A name needs at least one letter or digit."
    assert service.emotions()[0].label == "Joy"


def test_the_add_button_waits_for_a_name(editor: CatalogueEditor) -> None:
    seen: list[bool] = []

    def answer(dialog: QDialog) -> None:
        add = by_name(dialog, "Add", QPushButton)
        seen.append(add.isEnabled())
        by_name(dialog, "Name", QLineEdit).setText("   ")
        seen.append(add.isEnabled())
        by_name(dialog, "Name", QLineEdit).setText("Awe")
        seen.append(add.isEnabled())
        dialog.reject()

    answers = ModalAnswers((QDialog, answer))
    click(editor, "Add an emotion")
    assert answers.done()
    assert seen == [False, False, True]


def test_a_bigger_font_keeps_the_lists_readable(qtbot, editor: CatalogueEditor) -> None:
    emotions = by_name(editor, "Emotions", QListWidget)
    before = emotions.minimumHeight()
    font = QFont(editor.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    editor.setFont(font)
    assert emotions.minimumHeight() > before
    assert texts(editor, "Emotions")[0] == "Joy"
