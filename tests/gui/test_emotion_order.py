"""The emotions a person felt lately come first in the forms; the rest are one click away."""

from __future__ import annotations

from datetime import timedelta
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidgetItem
from pytestqt.qtbot import QtBot

from moodapp.domain.entries import CheckIn
from moodapp.services.journal import Journal
from moodapp.ui.entry.emotion_picker import NAME_COLUMN, EmotionPicker
from moodapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import by_name
from tests.gui.form_driver import click


def shown_names(picker: EmotionPicker) -> list[str]:
    return [
        cast(QTableWidgetItem, picker.item(row, NAME_COLUMN)).text()
        for row in range(picker.rowCount())
        if not picker.isRowHidden(row)
    ]


def felt_lately(journal: Journal, *feelings: dict[str, int]) -> None:
    for days, emotions in enumerate(feelings):
        journal.entries.record(
            CheckIn(
                occurred_at=journal.now() - timedelta(days=days, hours=1),
                mood=0,
                energy=0,
                emotions=emotions,
            )
        )


def test_a_new_journal_shows_every_emotion(window: MainWindow) -> None:
    picker = window.entry_view.check_in_form.emotions
    assert len(shown_names(picker)) == 14
    assert not picker.show_all.isVisible()


def test_the_most_felt_come_first_and_all_emotions_are_one_click_away(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    felt_lately(live_journal, {"calm": 2, "relief": 1}, {"calm": 1, "shame": 2}, {"calm": 3})
    window.entry_view.refresh_catalogue()
    form = window.entry_view.check_in_form
    window.entry_view.start_check_in()
    picker = form.emotions
    assert shown_names(picker) == ["Calm", "Shame", "Relief"], "by use, then in catalogue order"
    assert picker.show_all.isVisible() and picker.show_all.text() == "All emotions (11 more)"
    click(qtbot, picker.show_all)
    assert len(shown_names(picker)) == 14 and shown_names(picker)[:3] == ["Calm", "Shame", "Relief"]
    assert picker.show_all.text() == "Fewer emotions"
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(picker, Qt.Key.Key_3)  # the last of all: Overwhelm
    click(qtbot, picker.show_all)
    assert shown_names(picker) == ["Calm", "Shame", "Relief", "Overwhelm"], "a felt one stays"
    qtbot.mouseClick(by_name(form, "Save check-in", QPushButton), Qt.MouseButton.LeftButton)
    newest = max(live_journal.entries.entries(), key=lambda entry: entry.occurred_at)
    assert newest.emotions == {"overwhelm": 3}
    assert shown_names(picker) == ["Calm", "Shame", "Relief"], "a new check-in starts short"


def test_editing_an_entry_shows_its_emotions_even_when_rarely_felt(
    window: MainWindow, live_journal: Journal
) -> None:
    felt_lately(live_journal, {"calm": 2}, {"relief": 1}, {"shame": 2})
    old = live_journal.entries.record(
        CheckIn(
            occurred_at=live_journal.now() - timedelta(days=200),
            mood=-1,
            energy=0,
            emotions={"anger": 2},
        )
    ).saved
    window.entry_view.refresh_catalogue()
    window.entry_view.edit(old.uid)
    picker = window.entry_view.check_in_form.emotions
    assert "Anger" in shown_names(picker) and picker.values() == {"anger": 2}
