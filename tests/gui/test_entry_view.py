"""Driving the Entry view as a person would: by keyboard, mouse and accessible names."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import NoReturn, cast

import pytest
from PySide6.QtCore import QDateTime, QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moodapp.domain.entries import (
    CheckIn,
    Company,
    CryingEpisode,
    Entry,
    MoodChange,
    Reaction,
    Resolution,
)
from moodapp.services.journal import Journal
from moodapp.ui.common.form_parts import Collapsible
from moodapp.ui.common.scale_steps import Step
from moodapp.ui.common.translations import install_translators, remove_translators
from moodapp.ui.entry.check_in_form import CheckInForm
from moodapp.ui.entry.entry_form import EntryForm
from moodapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import ModalAnswers, by_name, choose, wheel
from tests.gui.form_driver import click

LEFT = Qt.MouseButton.LeftButton


def press(
    qtbot: QtBot,
    widget: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    times: int = 1,
) -> None:
    for _ in range(times):
        qtbot.keyClick(widget, key, modifier)


def press_on_focus(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    """``key`` where the keyboard's focus is, each time anew (arrow keys move it)."""
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None, "a widget has the keyboard's focus"
        qtbot.keyClick(focused, key)


def log_episode(qtbot: QtBot, window: MainWindow, intensity_steps: int = 2) -> None:
    """Ctrl+T, raise the intensity, rate sadness 3 with the keyboard, save."""
    press(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    form = window.entry_view.episode_form
    form.intensity.step(2).setFocus()  # where Tab brings a keyboard user
    press_on_focus(qtbot, Qt.Key.Key_Right, times=intensity_steps)
    emotions = by_name(form, "Emotions in this episode", QTableWidget)
    emotions.setFocus()
    press(qtbot, emotions, Qt.Key.Key_Down)  # from Joy to Sadness
    press(qtbot, emotions, Qt.Key.Key_3)
    qtbot.mouseClick(by_name(form, "Save episode", QPushButton), Qt.MouseButton.LeftButton)


def test_log_an_episode_in_a_few_keystrokes(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    log_episode(qtbot, window)
    (episode,) = live_journal.entries.entries()
    assert isinstance(episode, CryingEpisode)
    assert (episode.intensity, episode.almost, episode.emotions) == (4, False, {"sadness": 3})
    assert episode.duration_minutes is None and episode.company is None  # details stay unanswered
    recent = by_name(window, "Recent entries", QListWidget)
    texts = [recent.item(i).text() for i in range(recent.count())]
    assert texts[0] == "Today"
    assert "Cried · crying hard" in texts[1] and "Sadness" in texts[1]
    assert "Saved the crying episode" in window.statusBar().currentMessage()


def test_edit_an_entry_from_the_list(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    log_episode(qtbot, window)
    (before,) = live_journal.entries.entries()
    recent = by_name(window, "Recent entries", QListWidget)
    recent.setCurrentRow(1)
    qtbot.mouseClick(
        by_name(window.entry_view, "Edit entry", QPushButton), Qt.MouseButton.LeftButton
    )
    form = window.entry_view.episode_form
    assert form.title.text().startswith("Editing the episode of")
    press(qtbot, by_name(form, "Almost cried", QAbstractButton), Qt.Key.Key_Space)
    form.details.set_open(True)
    by_name(form, "Note", QPlainTextEdit).setPlainText("the film's ending")
    qtbot.mouseClick(by_name(form, "Save changes", QPushButton), Qt.MouseButton.LeftButton)
    (after,) = live_journal.entries.entries()
    assert after.uid == before.uid and after.created_at == before.created_at
    assert isinstance(after, CryingEpisode) and after.almost and after.note == "the film's ending"
    assert form.editing is None


def test_delete_then_undo_and_redo(qtbot: QtBot, window: MainWindow, live_journal: Journal) -> None:
    log_episode(qtbot, window)
    (saved,) = live_journal.entries.entries()
    recent = by_name(window, "Recent entries", QListWidget)
    recent.setCurrentRow(1)
    recent.setFocus()
    press(qtbot, recent, Qt.Key.Key_Delete)
    assert live_journal.entries.entries() == []
    assert "Ctrl+Z brings it back" in window.statusBar().currentMessage()

    press(qtbot, recent, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    redo_keys = window.menus.redo_action.shortcut().toString()
    assert window.statusBar().currentMessage() == (
        f"Undone: delete crying episode. {redo_keys} does it again."
    )
    (restored,) = live_journal.entries.entries()
    assert restored.uid == saved.uid and restored.emotions == saved.emotions
    assert restored.created_at == saved.created_at
    assert recent.count() == 2

    window.menus.redo_action.trigger()
    assert live_journal.entries.entries() == []
    assert (
        window.statusBar().currentMessage()
        == "Done again: delete crying episode. Ctrl+Z undoes it."
    )
    window.menus.undo_action.trigger()
    window.menus.undo_action.trigger()  # and the logging itself can be undone too
    assert live_journal.entries.entries() == []


def error_under(form: EntryForm, field: str) -> str:
    label = form._error_labels[field]
    return label.text() if label.isVisible() else ""


def test_bad_input_is_explained_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    form = window.entry_view.episode_form
    by_name(form, "When", QDateTimeEdit).setDateTime(QDateTime.currentDateTime().addDays(1))
    form.details.set_open(True)
    by_name(form, "Duration in minutes", QSpinBox).setValue(2000)
    by_name(form, "Note", QPlainTextEdit).setPlainText("x" * 20_001)
    qtbot.mouseClick(by_name(form, "Save episode", QPushButton), Qt.MouseButton.LeftButton)
    assert live_journal.entries.entries() == []
    assert error_under(form, "occurred_at") == "The time is in the future."
    assert "24 hours" in error_under(form, "duration_minutes")
    assert "20,001 characters" in error_under(form, "note")
    assert "Not saved" in window.statusBar().currentMessage()


def test_in_german_a_broken_rule_is_told_in_german(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, live_journal: Journal
) -> None:
    form = window.entry_view.episode_form  # built in English; the messages come when saving
    install_translators(qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        by_name(form, "When", QDateTimeEdit).setDateTime(QDateTime.currentDateTime().addDays(1))
        form.details.set_open(True)
        by_name(form, "Note", QPlainTextEdit).setPlainText("x" * 20_001)
        qtbot.mouseClick(by_name(form, "Save episode", QPushButton), Qt.MouseButton.LeftButton)
    finally:
        remove_translators(qapp)
    assert live_journal.entries.entries() == []
    assert error_under(form, "occurred_at") == "Die Uhrzeit liegt in der Zukunft."
    assert (
        error_under(form, "note")
        == "Die Notiz ist 20001 Zeichen lang; höchstens 20000 sind möglich."
    )

    by_name(form, "When", QDateTimeEdit).setDateTime(QDateTime.currentDateTime().addSecs(-600))
    by_name(form, "Duration in minutes", QSpinBox).setValue(12)
    by_name(form, "Note", QPlainTextEdit).setPlainText("ok now")
    qtbot.mouseClick(by_name(form, "Save episode", QPushButton), Qt.MouseButton.LeftButton)
    assert error_under(form, "occurred_at") == ""
    (episode,) = live_journal.entries.entries()
    assert isinstance(episode, CryingEpisode) and episode.duration_minutes == 12


def test_a_check_in_with_enter(qtbot: QtBot, window: MainWindow, live_journal: Journal) -> None:
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.entry_view.check_in_form
    assert window.entry_view.tabs.currentIndex() == 1
    by_name(form, "Mood: 0 · neutral", Step).setFocus()
    press_on_focus(qtbot, Qt.Key.Key_Left, times=2)
    click(qtbot, by_name(form, "No crying today", Step))
    press_on_focus(qtbot, Qt.Key.Key_Return)
    (check_in,) = live_journal.entries.entries()
    assert isinstance(check_in, CheckIn)
    assert (check_in.mood, check_in.energy, check_in.urge_to_cry, check_in.no_crying_today) == (
        -2,
        0,
        0,
        True,
    )


def test_escape_cancels_an_edit_without_saving(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    log_episode(qtbot, window)
    (saved,) = live_journal.entries.entries()
    window.entry_view.edit(saved.uid)
    form = window.entry_view.episode_form
    form.intensity.step(4).setFocus()
    press_on_focus(qtbot, Qt.Key.Key_Left)
    assert form.intensity.value() == 3
    press_on_focus(qtbot, Qt.Key.Key_Escape)
    assert form.editing is None and form.title.text() == "Log a crying episode"
    assert live_journal.entries.entries() == [saved]


def test_tab_order_follows_the_form(qtbot: QtBot, window: MainWindow) -> None:
    window.entry_view.start_episode()
    form = window.entry_view.episode_form
    order = []
    for _ in range(7):
        order.append(
            window.focusWidget().accessibleName()
            or cast(QWidget, window.focusWidget().parent()).accessibleName()
        )
        press(qtbot, window.focusWidget(), Qt.Key.Key_Tab)
    assert order == [
        "When", "Set When to now", "Cried", "Intensity: 2 · a few tears",
        "Emotions in this episode",
        "Details (optional)", "Cancel",
    ]  # fmt: skip
    assert form.isAncestorOf(window.focusWidget())


def test_every_interactive_widget_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    view = window.entry_view
    view.episode_form.details.set_open(True)
    view.check_in_form.more.set_open(True)
    unnamed = []
    kinds = (
        QAbstractButton,
        QSpinBox,
        QDateTimeEdit,
        QPlainTextEdit,
        QTableWidget,
        QListWidget,
    )
    for widget in (w for kind in kinds for w in window.findChildren(kind)):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not widget.accessibleName():
            unnamed.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    assert unnamed == []


def test_the_list_shows_the_last_seven_days_by_day(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    now = live_journal.now()
    for days in (0, 1, 6, 9):
        live_journal.entries.record(
            CheckIn(occurred_at=now - timedelta(days=days), mood=1, energy=0, note=f"day {days}")
        )
    window.entry_view.refresh()
    recent = by_name(window, "Recent entries", QListWidget)
    texts = [recent.item(i).text() for i in range(recent.count())]
    assert texts[0] == "Today" and texts[2] == "Yesterday"
    assert sum("Check-in" in t for t in texts) == 3
    assert not any("day 9" in t for t in texts)


def test_an_empty_journal_says_what_will_appear(window: MainWindow) -> None:
    empty = [
        w
        for w in window.entry_view.recent.findChildren(QLabel)
        if "Nothing in the last 7 days" in w.text()
    ]
    assert empty and empty[0].isVisible()


def test_enter_on_cancel_cancels_instead_of_saving(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    form = window.entry_view.episode_form
    cancel = by_name(form, "Cancel", QPushButton)
    by_name(form, "Almost cried", QAbstractButton).setChecked(True)
    cancel.setFocus()
    press(qtbot, cancel, Qt.Key.Key_Return)
    assert live_journal.entries.entries() == []
    assert by_name(form, "Cried", QAbstractButton).isChecked()


def test_a_failed_write_is_reported_and_the_form_keeps_its_content(
    qtbot: QtBot, window: MainWindow, live_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from moodapp.services.writes import SaveFailed

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))

    def fail(entry: Entry) -> NoReturn:
        raise SaveFailed("The journal could not be written (disk full). Nothing was saved.")

    monkeypatch.setattr(live_journal.entries, "record", fail)
    form = window.entry_view.episode_form
    form.emotions.set_value("anger", 2)
    qtbot.mouseClick(by_name(form, "Save episode", QPushButton), Qt.MouseButton.LeftButton)
    assert warnings == ["The journal could not be written (disk full). Nothing was saved."]
    assert form.emotions.values() == {"anger": 2}


def test_editing_an_entry_that_was_undone_keeps_the_changes(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    log_episode(qtbot, window)
    (saved,) = live_journal.entries.entries()
    window.entry_view.edit(saved.uid)
    form = window.entry_view.episode_form
    window.menus.undo_action.trigger()  # the logging is undone while the form still edits it
    form.emotions.set_value("relief", 1)
    qtbot.mouseClick(by_name(form, "Save changes", QPushButton), Qt.MouseButton.LeftButton)
    assert live_journal.entries.entries() == []
    assert "still here" in window.statusBar().currentMessage()
    assert form.editing is None and form.emotions.values() == {"sadness": 3, "relief": 1}
    qtbot.mouseClick(by_name(form, "Save episode", QPushButton), Qt.MouseButton.LeftButton)
    (again,) = live_journal.entries.entries()
    assert again.emotions == {"sadness": 3, "relief": 1}


def test_an_imported_check_in_keeps_its_unknown_energy_when_edited(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    saved = live_journal.entries.record(
        CheckIn(occurred_at=live_journal.now() - timedelta(hours=1), mood=1, energy=None)
    ).saved
    window.entry_view.edit(saved.uid)
    form = window.entry_view.check_in_form
    assert form.energy.value() is None, "no step of energy is chosen"
    by_name(form, "Note", QPlainTextEdit).setPlainText("edited")
    qtbot.mouseClick(by_name(form, "Save changes", QPushButton), Qt.MouseButton.LeftButton)
    (edited,) = live_journal.entries.entries()
    assert isinstance(edited, CheckIn)
    assert edited.energy is None and edited.note == "edited"
    window.entry_view.edit(saved.uid)
    click(qtbot, by_name(form, "Energy: +1 · a bit high", Step))
    qtbot.mouseClick(by_name(form, "Save changes", QPushButton), Qt.MouseButton.LeftButton)
    first = live_journal.entries.entries()[0]
    assert isinstance(first, CheckIn) and first.energy == 1


def test_an_episode_with_every_detail_answered_is_saved(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    """The details are what the relief chart and the insights rest on."""
    form = window.entry_view.episode_form
    qtbot.mouseClick(form.details.toggle, Qt.MouseButton.LeftButton)
    for name, text in (
        ("Who was there", "One person"),
        ("How others reacted", "Comforted me"),
        ("Held tears back", "No"),
        ("Felt ashamed", "Yes"),
        ("Resolved or understood", "Partly"),
        ("Mood right after", "Better"),
    ):
        choose(qtbot, by_name(form, name, QComboBox), text)
    qtbot.mouseClick(by_name(form, "Save episode", QPushButton), Qt.MouseButton.LeftButton)

    (episode,) = live_journal.entries.entries()
    assert isinstance(episode, CryingEpisode)
    assert (episode.company, episode.reaction, episode.resolved, episode.mood_after) == (
        Company.ONE_PERSON,
        Reaction.COMFORTED,
        Resolution.PARTLY,
        MoodChange.BETTER,
    )
    assert (episode.held_back, episode.ashamed) == (False, True)


@pytest.mark.parametrize("size", [(800, 600), (1366, 800), (1920, 1080)])
def test_the_buttons_that_finish_a_form_stay_in_sight(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    window.resize(*size)
    view = window.entry_view
    for tab, form in enumerate((view.episode_form, view.check_in_form)):
        view.tabs.setCurrentIndex(tab)
        for section in (form.findChild(Collapsible),):
            assert section is not None
            qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)  # the longest form
        qtbot.wait(1)
        for button in (form.save_button, form.cancel_button):
            assert fully_in_sight(button, window), (form.title.text(), button.text(), size)


def test_the_calendar_s_entry_dialog_keeps_save_and_cancel_in_sight(
    qtbot: QtBot, window: MainWindow
) -> None:
    from moodapp.ui.entry.entry_dialog import EntryDialog

    for check_in in (False, True):
        dialog = EntryDialog(window._controller, check_in=check_in, parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.resize(dialog.minimumSizeHint().width(), 400)
        section = dialog.form.findChild(Collapsible)
        assert section is not None
        section.set_open(True)
        qtbot.wait(1)
        for button in (dialog.form.save_button, dialog.form.cancel_button):
            assert fully_in_sight(button, dialog), button.text()
        dialog.reject()


def fully_in_sight(widget: QWidget, window: QWidget) -> bool:
    """Drawn whole (nothing scrolled away or cut off) inside the window."""
    visible = widget.visibleRegion().boundingRect()
    inside = window.rect().contains(widget.mapTo(window, widget.rect().bottomRight()))
    return widget.isVisible() and visible == widget.rect() and inside


def test_the_wheel_scrolls_the_form_past_fields_that_do_not_have_the_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(800, 600)
    for form in (window.entry_view.episode_form, window.entry_view.check_in_form):
        window.entry_view.tabs.setCurrentWidget(form)
        section = form.findChild(Collapsible)
        assert section is not None
        qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
        window.entry_view.recent.setFocus()
        bar = form.scroll_area.verticalScrollBar()
        qtbot.waitUntil(lambda bar=bar: bar.maximum() > 0)  # type: ignore[misc]  # the default binds this loop's bar
        fields = [w for kind in WHEELED for w in form.findChildren(kind) if w.isVisible()]
        assert len(fields) >= 3
        for field in fields:
            shown = field_text(field)
            bar.setValue(bar.minimum())
            wheel(field, -1)
            assert field_text(field) == shown, field.accessibleName()
            assert bar.value() > bar.minimum(), f"{field.accessibleName()}: the page did not scroll"


def test_a_field_with_the_focus_takes_the_wheel(qtbot: QtBot, window: MainWindow) -> None:
    form = window.entry_view.episode_form
    qtbot.mouseClick(form.details.toggle, Qt.MouseButton.LeftButton)
    reaction = by_name(form, "How others reacted", QComboBox)
    reaction.setFocus(Qt.FocusReason.TabFocusReason)
    wheel(reaction, -1)
    assert reaction.currentText() == "Comforted me"


WHEELED = (QComboBox, QAbstractSpinBox)  # a scale's steps are buttons: they ignore the wheel


def field_text(field: QWidget) -> str:
    if isinstance(field, QComboBox):
        return field.currentText()
    assert isinstance(field, QAbstractSpinBox)
    return field.text()


def answer_with(
    qtbot: QtBot, button: str
) -> tuple[type[QMessageBox], Callable[[QMessageBox], None]]:
    return (QMessageBox, lambda box: qtbot.mouseClick(by_name(box, button, QPushButton), LEFT))


def check_in_saying_no_crying(
    qtbot: QtBot, window: MainWindow, live_journal: Journal, almost: bool
) -> CheckInForm:
    now = live_journal.now().replace(microsecond=0) - timedelta(seconds=1)
    live_journal.entries.record(CryingEpisode(occurred_at=now, intensity=3, almost=almost))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.entry_view.check_in_form
    form.when.set_value(now)
    qtbot.mouseClick(form.no_crying, LEFT, pos=form.no_crying.rect().bottomLeft() + QPoint(8, -8))
    assert form.no_crying.isChecked()
    return form


def stored_check_ins(journal: Journal) -> list[CheckIn]:
    return [e for e in journal.entries.entries() if isinstance(e, CheckIn)]


@pytest.mark.parametrize(
    ("button", "kept"), [("Save without “No crying today”", False), ("Save as it is", True)]
)
def test_no_crying_today_on_a_day_with_crying_asks_first(
    qtbot: QtBot, window: MainWindow, live_journal: Journal, button: str, kept: bool
) -> None:
    form = check_in_saying_no_crying(qtbot, window, live_journal, almost=False)
    answers = ModalAnswers(answer_with(qtbot, button))
    qtbot.mouseClick(form.save_button, LEFT)
    assert answers.done()
    (check_in,) = stored_check_ins(live_journal)
    assert check_in.no_crying_today is kept


def test_going_back_from_the_question_keeps_the_check_in_in_the_form(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    form = check_in_saying_no_crying(qtbot, window, live_journal, almost=False)
    answers = ModalAnswers((QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape)))
    qtbot.mouseClick(form.save_button, LEFT)
    assert answers.done()
    assert stored_check_ins(live_journal) == [] and form.no_crying.isChecked()
    assert "still here" in window.statusBar().currentMessage()


def test_almost_crying_is_no_reason_to_ask(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    form = check_in_saying_no_crying(qtbot, window, live_journal, almost=True)
    answers = ModalAnswers((QMessageBox, lambda box: box.reject()))
    qtbot.mouseClick(form.save_button, LEFT)
    assert not answers.done()  # no question came
    (check_in,) = stored_check_ins(live_journal)
    assert check_in.no_crying_today


def test_the_check_in_form_and_the_summary_are_ready_once_the_window_is_drawn(
    qtbot: QtBot, live_journal: Journal, tmp_path: Path
) -> None:
    from moodapp.paths import AppPaths
    from moodapp.services.demo import fill_demo_journal
    from moodapp.ui.shell.journal_controller import JournalController

    fill_demo_journal(live_journal, seed=4, years=1)
    main = MainWindow(JournalController(live_journal), AppPaths.under(tmp_path / "data"))
    qtbot.addWidget(main)
    view = main.entry_view
    assert view._check_in_form is None  # not built for the first frame
    assert not view.summary.isVisibleTo(view)  # worked out after it
    main.show()
    qtbot.waitUntil(lambda: view.summary.isVisibleTo(view))
    assert view.summary.text().startswith("In the last 28 days you cried")
    assert view.more.isVisibleTo(view)
    view.tabs.tabBar().setCurrentIndex(1)  # as a click on the tab
    form = view.tabs.currentWidget()
    assert form is view.check_in_form
    assert by_name(form, "Note", QPlainTextEdit).isVisible()
    assert view.tabs.count() == 2
