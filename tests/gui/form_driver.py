"""Filling the entry forms the way a person does: clicks, keys and choices from open lists.

Nothing here sets a widget's value directly; every field is reached through the events
a mouse or a keyboard would send, so a field that cannot take an answer fails the test.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import cast

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTableWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moodapp.domain.entries import DAILY_LIFE_WORDS, CheckIn, CryingEpisode
from moodapp.ui.common.form_parts import Collapsible
from moodapp.ui.common.scale_steps import ScaleSteps
from moodapp.ui.entry.check_in_form import CheckInForm
from moodapp.ui.entry.emotion_picker import EmotionPicker
from moodapp.ui.entry.episode_form import EpisodeForm
from tests.gui.conftest import by_name, choose

YES_NO = {True: "Yes", False: "No", None: "Not recorded"}
COMPANY = {"alone": "Alone", "one-person": "One person", "several": "Several people"}
REACTION = {
    "comforted": "Comforted me",
    "neutral": "Neutral",
    "negative": "Negative",
    "nobody": "Nobody noticed",
}
RESOLVED = {"yes": "Yes", "partly": "Partly", "no": "No"}
MOOD_AFTER = {"better": "Better", "same": "The same", "worse": "Worse"}


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key into the widget that has the focus (a new line is Return)."""
    for char in text:
        if char == "\n":
            key = Qt.Key.Key_Return
        elif char.isascii() and char.isalnum():
            key = Qt.Key(ord(char.upper()))
        else:
            key = Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Click the middle of a button; a check box or a radio button on its little box."""
    if isinstance(widget, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if isinstance(widget, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        centre = widget.style().subElementRect(element, option, widget).center()
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=centre)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Click into a field, select everything in it and type ``text`` over it."""
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def set_step(qtbot: QtBot, steps: ScaleSteps, value: int) -> None:
    """A click on the step of ``value``."""
    click(qtbot, steps.step(value))


def set_spin(qtbot: QtBot, spin: QAbstractSpinBox, value: float | None) -> None:
    """Type the number; "not recorded" is left as the new form shows it."""
    if value is None:
        assert spin.text() == spin.specialValueText(), f"{spin.accessibleName()} is answered"
        return
    replace_text(qtbot, spin, QLocale().toString(value) if isinstance(value, float) else str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def set_when(qtbot: QtBot, edit: QDateTimeEdit, moment: datetime) -> None:
    """Choose each part of the date and time as a person does: click on the part, then
    type it (year, month name, hour, minute) or step to it with the arrow keys (day)."""
    edit.setFocus(Qt.FocusReason.MouseFocusReason)
    section = QDateTimeEdit.Section
    month = QLocale().monthName(moment.month, QLocale.FormatType.ShortFormat)
    for part, text in ((section.YearSection, str(moment.year)), (section.MonthSection, month)):
        edit.setSelectedSection(part)
        type_text(edit, text)
    day_index = edit.displayFormat().split().index("d")  # "ddd" is the weekday's name
    edit.setCurrentSectionIndex(day_index)
    step = Qt.Key.Key_Up if moment.day > edit.date().day() else Qt.Key.Key_Down
    for _ in range(abs(moment.day - edit.date().day())):
        qtbot.keyClick(edit, step)
    for part, number in (
        (section.HourSection, moment.hour),
        (section.MinuteSection, moment.minute),
    ):
        edit.setSelectedSection(part)
        type_text(edit, f"{number:02}")
    naive = edit.dateTime().toPython()
    assert isinstance(naive, datetime)
    shown = naive.replace(second=0, microsecond=0)
    assert shown == moment.replace(second=0, microsecond=0, tzinfo=None)


def set_emotions(qtbot: QtBot, picker: EmotionPicker, values: Mapping[str, int]) -> None:
    """ "All emotions" if the list is short; Up and Down choose a row, the keys 0-4 say
    how strongly it was felt."""
    if picker.show_all.isVisible() and not picker.show_all.isChecked():
        click(qtbot, picker.show_all)
    picker.setFocus(Qt.FocusReason.MouseFocusReason)
    keys = [
        cast(QTableWidgetItem, picker.item(row, 0)).data(Qt.ItemDataRole.UserRole)
        for row in range(picker.rowCount())
    ]
    qtbot.keyClick(picker, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    row = 0
    assert picker.currentRow() == row
    for key, value in values.items():
        target = keys.index(key)
        step = Qt.Key.Key_Down if target > row else Qt.Key.Key_Up
        for _ in range(abs(target - row)):
            qtbot.keyClick(picker, step)
        row = target
        qtbot.keyClick(picker, Qt.Key(Qt.Key.Key_0 + value))


def open_section(qtbot: QtBot, section: Collapsible) -> None:
    if not section.toggle.isChecked():
        click(qtbot, section.toggle)


def fill_episode(
    qtbot: QtBot, form: EpisodeForm, episode: CryingEpisode, trigger_labels: Mapping[str, str]
) -> None:
    set_when(qtbot, form.when.edit, episode.occurred_at)
    click(qtbot, by_name(form, "Almost cried" if episode.almost else "Cried", QAbstractButton))
    assert episode.intensity is not None, "a new episode made in the form has an intensity"
    set_step(qtbot, form.intensity, episode.intensity)
    set_emotions(qtbot, form.emotions, episode.emotions)
    open_section(qtbot, form.details)
    set_spin(qtbot, form.duration, episode.duration_minutes)
    for key, label in trigger_labels.items():
        box = by_name(form.triggers, label, QCheckBox)
        if box.isChecked() != (key in episode.triggers):
            click(qtbot, box)
    answers = (
        ("Who was there", COMPANY.get(episode.company or "", "Not recorded")),
        ("How others reacted", REACTION.get(episode.reaction or "", "Not recorded")),
        ("Held tears back", YES_NO[episode.held_back]),
        ("Felt ashamed", YES_NO[episode.ashamed]),
        ("Resolved or understood", RESOLVED.get(episode.resolved or "", "Not recorded")),
        ("Mood right after", MOOD_AFTER.get(episode.mood_after or "", "Not recorded")),
    )
    for name, text in answers:
        choose(qtbot, by_name(form, name, QComboBox), text)
    set_spin(qtbot, form.mood_after_score, episode.mood_after_score)
    set_spin(qtbot, form.mood_later_score, episode.mood_later_score)
    replace_text(qtbot, form.what_helped, episode.what_helped)
    replace_text(qtbot, form.tags, ", ".join(sorted(episode.tags)))
    replace_text(qtbot, form.note, episode.note)


def fill_check_in(qtbot: QtBot, form: CheckInForm, check_in: CheckIn) -> None:
    set_when(qtbot, form.when.edit, check_in.occurred_at)
    set_step(qtbot, form.mood, check_in.mood)
    assert check_in.energy is not None and check_in.urge_to_cry is not None
    set_step(qtbot, form.energy, check_in.energy)
    set_step(qtbot, form.urge, check_in.urge_to_cry)
    if form.no_crying.isChecked() != check_in.no_crying_today:
        click(qtbot, form.no_crying)
    set_emotions(qtbot, form.emotions, check_in.emotions)
    replace_text(qtbot, form.note, check_in.note)
    open_section(qtbot, form.more)
    set_spin(qtbot, form.sleep, check_in.sleep_hours)
    hard = check_in.daily_life_hard
    choose(
        qtbot,
        form.daily_life_hard,
        "Not recorded" if hard is None else f"{hard} · {DAILY_LIFE_WORDS[hard]}",
    )
    replace_text(qtbot, form.tags, ", ".join(sorted(check_in.tags)))
