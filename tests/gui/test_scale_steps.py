"""A scale as one button per step: one tap, words always shown, a radio group's keys."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from moodapp.domain.entries import CheckIn
from moodapp.services.journal import Journal
from moodapp.ui.common.scale_steps import STRIP, ScaleSteps, Step, two_lines
from moodapp.ui.entry.check_in_form import MOOD_WORDS, CheckInForm
from moodapp.ui.look import tokens
from moodapp.ui.look.palette import mood_colour
from moodapp.ui.look.theme import Theme, ThemeKeeper
from moodapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import by_name
from tests.gui.form_driver import click

WORDS = {-1: "lower", 0: "in between", 1: "higher"}


def steps_in_a_window(qtbot: QtBot, words: dict[int, str] = WORDS) -> tuple[QWidget, ScaleSteps]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before = QLineEdit(window)
    before.setAccessibleName("Before")
    steps = ScaleSteps("Level", words, parent=window)
    after = QLineEdit(window)
    after.setAccessibleName("After")
    for widget in (before, steps, after):
        layout.addWidget(widget)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the keys go where the focus is
    return window, steps


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "a widget has the keyboard's focus"
    return widget


def test_a_click_chooses_a_step(qtbot: QtBot) -> None:
    _, steps = steps_in_a_window(qtbot)
    chosen: list[int] = []
    steps.value_changed.connect(chosen.append)
    assert steps.value() is None, "a new scale has nothing chosen"
    click(qtbot, steps.step(1))
    assert steps.value() == 1 and chosen == [1]
    assert steps.accessibleDescription() == "Level: +1 · higher"
    click(qtbot, steps.step(-1))
    assert steps.value() == -1 and not steps.step(1).isChecked()


def test_each_step_shows_its_number_and_its_words(qtbot: QtBot) -> None:
    _, steps = steps_in_a_window(qtbot)
    shown = [steps.step(value).text().replace("\n", " ") for value in WORDS]
    assert shown == ["-1 lower", "0 in between", "+1 higher"]
    assert steps.step(0).accessibleName() == "Level: 0 · in between"


def test_a_value_not_recorded_leaves_every_step_open(qtbot: QtBot) -> None:
    _, steps = steps_in_a_window(qtbot)
    steps.set_value(0)
    steps.set_value(None)
    assert steps.value() is None
    assert steps.accessibleDescription() == "not recorded"
    assert not any(steps.step(value).isChecked() for value in WORDS)


def test_the_arrow_keys_home_and_end_move_the_choice(qtbot: QtBot) -> None:
    _, steps = steps_in_a_window(qtbot)
    steps.set_value(0)
    steps.step(0).setFocus()
    moves = []
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Home):
        qtbot.keyClick(focused(), key)
        moves.append(steps.value())
    assert moves == [1, 1, 0, -1], "the ends hold: Right at the top stays there"
    qtbot.keyClick(focused(), Qt.Key.Key_End)
    assert steps.value() == 1 and QApplication.focusWidget() is steps.step(1)


def test_tab_stops_once_on_the_scale_at_the_chosen_step(qtbot: QtBot) -> None:
    window, steps = steps_in_a_window(qtbot)
    steps.set_value(1)
    window.findChildren(QLineEdit)[0].setFocus()
    reached = []
    for _ in range(2):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        reached.append(focused().accessibleName())
    assert reached == ["Level: +1 · higher", "After"]


def test_the_steps_wrap_where_the_width_runs_out(qtbot: QtBot) -> None:
    window, steps = steps_in_a_window(qtbot)
    buttons = steps.findChildren(Step)
    window.resize(800, 300)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 1)
    narrow = buttons[0].width() * 2 + 40
    window.resize(narrow, 300)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 2)
    assert all(steps.rect().contains(b.geometry()) for b in buttons)
    assert len({b.size().toTuple() for b in buttons}) == 1, "every step is as large as the largest"


def test_seven_steps_wrap_as_four_and_three_not_five_and_two(qtbot: QtBot) -> None:
    window, steps = steps_in_a_window(qtbot, {n: f"word {n}" for n in range(-3, 4)})
    buttons = steps.findChildren(Step)
    room_for_five = 5 * buttons[0].width() + 4 * tokens.SPACE_SMALL
    window.resize(room_for_five + window.width() - steps.width() + 2, 300)
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 2)
    rows = [sum(1 for b in buttons if b.y() == y) for y in sorted({b.y() for b in buttons})]
    assert rows == [4, 3]


def pixel(widget: QWidget, x: int, y: int) -> str:
    return widget.grab().toImage().pixelColor(x, y).name()


def test_the_chosen_step_is_filled_with_the_accent(qtbot: QtBot) -> None:
    window, steps = steps_in_a_window(qtbot)
    steps.set_value(0)
    window.findChildren(QLineEdit)[0].setFocus()  # no focus ring on the steps
    palette = steps.palette()
    low_in_the_padding = steps.step(0).height() - 3
    assert pixel(steps.step(0), 10, low_in_the_padding) == palette.highlight().color().name()
    assert pixel(steps.step(1), 10, low_in_the_padding) == palette.button().color().name()


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_the_mood_steps_carry_the_mood_colours_of_the_theme(
    qtbot: QtBot, qapp: QApplication, theme: Theme
) -> None:
    ThemeKeeper(qapp).apply(theme)
    try:
        form = CheckInForm()
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        for value in MOOD_WORDS:
            step = form.mood.step(value)
            in_the_strip = pixel(step, step.width() // 2, tokens.SPACE_SMALL + STRIP // 2)
            assert in_the_strip == mood_colour(value, dark=theme is Theme.DARK).name(), value
    finally:
        ThemeKeeper(qapp).apply(Theme.LIGHT)


@given(st.lists(st.text(alphabet="abc", min_size=1, max_size=8), min_size=1, max_size=5))
def test_two_lines_keeps_every_word_in_order(words: list[str]) -> None:
    phrase = " ".join(words)
    lines = two_lines(phrase).split("\n")
    assert len(lines) == min(2, len(words))
    assert " ".join(lines) == phrase
    if len(lines) == 2:
        longer = max(len(line) for line in lines)
        splits = [
            max(len(" ".join(words[:i])), len(" ".join(words[i:]))) for i in range(1, len(words))
        ]
        assert longer == min(splits), "the break makes the longer line shortest"


class _Clicks(QObject):
    """Counts the presses of a mouse button anywhere in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and watched.isWidgetType():
            self.count += 1
        return False


def test_a_check_in_takes_three_clicks_once_its_tab_is_open(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, live_journal: Journal
) -> None:
    """A tap on the mood, one on the energy, and Save: nothing else is asked."""
    window.entry_view.tabs.setCurrentIndex(1)
    form = window.entry_view.check_in_form
    clicks = _Clicks()
    qapp.installEventFilter(clicks)
    try:
        click(qtbot, form.mood.step(2))
        click(qtbot, form.energy.step(-1))
        click(qtbot, by_name(form, "Save check-in", QPushButton))
    finally:
        qapp.removeEventFilter(clicks)
    (saved,) = live_journal.entries.entries()
    assert isinstance(saved, CheckIn) and (saved.mood, saved.energy) == (2, -1)
    assert clicks.count == 3
