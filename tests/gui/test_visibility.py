"""Controls and marks that can be seen in both themes: nothing a person must read or tick
fades into the surface behind it (at least 3:1, WCAG 2.2 for controls and marks)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moodapp.domain.catalogue import BUILTIN_EMOTIONS
from moodapp.ui.entry.emotion_picker import DOT_STEP, DOTS_COLUMN, EmotionPicker
from moodapp.ui.look.palette import contrast
from moodapp.ui.look.theme import Theme, ThemeKeeper
from tests.gui.contrast import strongest_contrast

CONTROLS = 3.0


@pytest.fixture(params=[Theme.LIGHT, Theme.DARK])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Theme]:
    style, palette = qapp.style().name(), qapp.palette()
    ThemeKeeper(qapp).apply(request.param)
    yield request.param
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_unticked_check_boxes_and_radio_buttons_stand_out(qtbot: QtBot, theme: Theme) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    boxes: list[QCheckBox | QRadioButton] = [
        QCheckBox("Loneliness", host),
        QRadioButton("Almost cried", host),
    ]
    for box in boxes:
        column.addWidget(box)
    host.show()
    qtbot.waitExposed(host)
    surface = host.palette().color(QPalette.ColorRole.Window)
    for box in boxes:
        option = QStyleOptionButton()
        box.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if isinstance(box, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        indicator = box.style().subElementRect(element, option, box)
        drawn = box.grab().toImage()
        assert strongest_contrast(drawn, indicator, surface) >= CONTROLS, box.text()


def test_a_selected_emotion_still_shows_how_strongly_it_was_felt(
    qtbot: QtBot, theme: Theme
) -> None:
    picker = EmotionPicker("Emotions in this episode")
    qtbot.addWidget(picker)
    picker.set_emotions(BUILTIN_EMOTIONS)
    picker.set_value("sadness", 3)  # a blue emotion on the (blue) selection
    row = [e.key for e in BUILTIN_EMOTIONS].index("sadness")
    picker.setCurrentCell(row, 0)
    picker.show()
    qtbot.waitExposed(picker)
    cell = picker.visualRect(picker.model().index(row, DOTS_COLUMN))
    drawn = picker.viewport().grab().toImage()
    background = drawn.pixelColor(cell.right() - 2, cell.center().y())
    centres = [(cell.left() + 10 + dot * DOT_STEP, cell.center().y()) for dot in range(4)]
    filled = [drawn.pixelColor(x, y) for x, y in centres[:3]]
    empty_inside = drawn.pixelColor(*centres[3])
    ring = QRect(centres[3][0] - 7, cell.center().y(), 3, 1)
    assert picker.selectionModel().isRowSelected(row)
    for dot in filled:
        assert contrast(dot, background) >= CONTROLS
        assert contrast(dot, empty_inside) >= CONTROLS  # filled and empty tell apart
    assert strongest_contrast(drawn, ring, background) >= CONTROLS
    strength = picker.item(row, 2)
    assert strength is not None and strength.text() == "strongly"
