"""The Calendar view, driven by keyboard, mouse and accessible names."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QListWidget,
    QPushButton,
    QTableView,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moodapp.domain.calendar_grid import add_months
from moodapp.domain.catalogue import Valence
from moodapp.domain.days import DaySummary
from moodapp.domain.entries import CheckIn, CryingEpisode
from moodapp.paths import AppPaths
from moodapp.services.journal import Journal
from moodapp.ui.calendar.calendar_bar import YEAR
from moodapp.ui.calendar.calendar_view import CalendarView
from moodapp.ui.calendar.day_table import SUMMARY_ROLE
from moodapp.ui.common.top_level import top_level_widgets
from moodapp.ui.common.translations import install_translators
from moodapp.ui.entry.check_in_form import CheckInForm
from moodapp.ui.entry.entry_dialog import EntryDialog
from moodapp.ui.entry.episode_form import EpisodeForm
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import by_name, choose, combo_texts


def evening(day: date, hour: int = 21) -> datetime:
    return datetime.combine(day, time(hour, 0)).astimezone()


@pytest.fixture
def calendar(window: MainWindow) -> CalendarView:
    window.show_view(window.calendar_view)
    return window.calendar_view


@pytest.fixture
def past_day(live_journal: Journal) -> date:
    """A day of this month or the last one, with a check-in and two episodes."""
    day = live_journal.now().date() - timedelta(days=3)
    live_journal.entries.save_many(
        [
            CheckIn(occurred_at=evening(day, 20), mood=-2, energy=1, no_crying_today=False),
            CryingEpisode(occurred_at=evening(day, 21), intensity=3, emotions={"frustration": 3}),
            CryingEpisode(occurred_at=evening(day, 22), intensity=2, emotions={"sadness": 2}),
        ]
    )
    return day


def cell_summary(calendar: CalendarView, day: date) -> DaySummary | None:
    index = calendar.month_grid.month_model.index_of(day)
    assert index.isValid()
    summary: DaySummary | None = index.data(SUMMARY_ROLE)
    return summary


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(widget, key)


def test_keyboard_moves_by_day_week_and_month(qtbot: QtBot, calendar: CalendarView) -> None:
    grid = by_name(calendar, "Month", QTableView)
    grid.setFocus()
    start = calendar.day
    press(qtbot, grid, Qt.Key.Key_Right)
    assert calendar.day == start + timedelta(days=1)
    press(qtbot, grid, Qt.Key.Key_Up)
    assert calendar.day == start - timedelta(days=6)
    press(qtbot, grid, Qt.Key.Key_PageDown)
    assert calendar.day == add_months(start - timedelta(days=6), 1)
    press(qtbot, grid, Qt.Key.Key_PageUp, times=3)
    assert calendar.day == add_months(start - timedelta(days=6), -2)
    assert calendar.bar.title.text().split()[-1] == str(calendar.day.year)
    press(qtbot, grid, Qt.Key.Key_Home)
    assert calendar.day == start
    assert grid.currentIndex() == calendar.month_grid.month_model.index_of(start)


def test_arrows_past_the_edge_of_the_month_move_to_the_next(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    grid = calendar.month_grid
    calendar.go_to(date(2026, 1, 31))
    grid.setFocus()
    press(qtbot, grid, Qt.Key.Key_Down)
    assert calendar.day == date(2026, 2, 7)
    assert calendar.bar.title.text().startswith("February")


def test_buttons_go_back_forward_and_to_today(qtbot: QtBot, calendar: CalendarView) -> None:
    start = calendar.day
    qtbot.mouseClick(by_name(calendar, "Previous month"), Qt.MouseButton.LeftButton)
    assert calendar.day == add_months(start, -1)
    qtbot.mouseClick(by_name(calendar, "Next month"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(by_name(calendar, "Next month"), Qt.MouseButton.LeftButton)
    assert calendar.day == add_months(start, 1)
    qtbot.mouseClick(by_name(calendar, "Today", QPushButton), Qt.MouseButton.LeftButton)
    assert calendar.day == start


def test_clicking_a_day_shows_its_entries(
    qtbot: QtBot, calendar: CalendarView, past_day: date
) -> None:
    calendar.refresh()
    grid = calendar.month_grid
    calendar.go_to(past_day)
    rect = grid.visualRect(grid.month_model.index_of(past_day))
    calendar.go_to(past_day - timedelta(days=1))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert calendar.day == past_day
    entries = by_name(calendar, "Entries of the day", QListWidget)
    texts = [entries.item(i).text() for i in range(entries.count())]
    assert len(texts) == 3
    assert texts[0].startswith("20:00  Check-in · mood -2, energy +1")
    summary = cell_summary(calendar, past_day)
    assert summary is not None and (summary.cried, summary.mood) == (2, -2)
    assert "Cried twice" in grid.month_model.index_of(past_day).data(Qt.ItemDataRole.ToolTipRole)


def test_enter_opens_the_day(qtbot: QtBot, calendar: CalendarView, past_day: date) -> None:
    calendar.go_to(past_day)
    calendar.month_grid.setFocus()
    press(qtbot, calendar.month_grid, Qt.Key.Key_Return)
    entries = by_name(calendar, "Entries of the day", QListWidget)
    assert entries.hasFocus() and entries.currentRow() == 0


def fill_and_save_dialog(qtbot: QtBot, emotion: str) -> list[str]:
    """Answer the next entry dialog: rate ``emotion`` 2 and save. Returns its window title."""
    seen: list[str] = []

    def answer() -> None:
        dialog = next(
            w for w in top_level_widgets() if isinstance(w, EntryDialog) and w.isVisible()
        )
        seen.append(dialog.windowTitle())
        assert isinstance(dialog.form, CheckInForm | EpisodeForm)
        dialog.form.emotions.set_value(emotion, 2)
        qtbot.mouseClick(
            next(
                b for b in dialog.findChildren(QPushButton) if b.accessibleName().startswith("Save")
            ),
            Qt.MouseButton.LeftButton,
        )

    QTimer.singleShot(0, answer)
    return seen


def test_adding_an_episode_from_the_day_panel_updates_the_cell(
    qtbot: QtBot, calendar: CalendarView, live_journal: Journal
) -> None:
    day = live_journal.now().date() - timedelta(days=1)
    calendar.go_to(day)
    assert cell_summary(calendar, day) is None
    seen = fill_and_save_dialog(qtbot, "loneliness")
    qtbot.mouseClick(by_name(calendar, "Log crying on this day"), Qt.MouseButton.LeftButton)
    assert seen == ["Log a crying episode"]
    (episode,) = live_journal.entries.entries(day, day)
    assert isinstance(episode, CryingEpisode)
    assert episode.occurred_at.hour == 20  # a past day's evening
    assert episode.emotions == {"loneliness": 2}
    summary = cell_summary(calendar, day)
    assert summary is not None and summary.cried == 1
    assert by_name(calendar, "Entries of the day", QListWidget).count() == 1


def test_days_that_have_not_come_cannot_get_entries(calendar: CalendarView) -> None:
    calendar.go_to(calendar.day + timedelta(days=2))
    assert not by_name(calendar, "Log crying on this day").isEnabled()
    assert not by_name(calendar, "Check in for this day").isEnabled()


def test_editing_from_the_day_panel(
    qtbot: QtBot, calendar: CalendarView, past_day: date, live_journal: Journal
) -> None:
    calendar.go_to(past_day)
    entries = by_name(calendar, "Entries of the day", QListWidget)
    entries.setCurrentRow(1)  # the first episode
    seen = fill_and_save_dialog(qtbot, "anger")
    qtbot.mouseClick(by_name(calendar, "Edit entry", QPushButton), Qt.MouseButton.LeftButton)
    assert seen[0].startswith("Editing the episode of")
    first_episode = next(
        e for e in live_journal.entries.entries(past_day, past_day) if isinstance(e, CryingEpisode)
    )
    assert first_episode.emotions == {"frustration": 3, "anger": 2}


def test_filtering_marks_only_tears_with_that_emotion(
    qtbot: QtBot, calendar: CalendarView, past_day: date
) -> None:
    calendar.go_to(past_day)
    combo = by_name(calendar, "Which tears to mark", QComboBox)
    choose(qtbot, combo, "With Frustration")
    summary = cell_summary(calendar, past_day)
    assert summary is not None and summary.cried == 1
    choose(qtbot, combo, "With Joy")
    summary = cell_summary(calendar, past_day)
    assert summary is not None and summary.cried == 0
    summary = cell_summary(calendar, past_day)
    assert summary is not None and summary.mood == -2  # the mood stays
    choose(qtbot, combo, "All crying")
    summary = cell_summary(calendar, past_day)
    assert summary is not None and summary.cried == 2


def test_the_filter_stays_in_step_when_the_emotions_change(
    qtbot: QtBot, window: MainWindow, calendar: CalendarView, past_day: date
) -> None:
    calendar.go_to(past_day)
    combo = by_name(calendar, "Which tears to mark", QComboBox)
    choose(qtbot, combo, "With Frustration")
    catalogue = window._controller.journal.catalogue
    window._controller.run(
        lambda: catalogue.add_emotion("Homesickness", Valence.NEGATIVE, "#557799")
    )  # as the emotions window does

    assert combo.currentText() == "With Frustration"
    assert "With Homesickness" in combo_texts(combo)
    summary = cell_summary(calendar, past_day)
    assert summary is not None and summary.cried == 1  # still only the tears with frustration


def test_the_year_view_opens_a_day_in_the_month(
    qtbot: QtBot, calendar: CalendarView, past_day: date
) -> None:
    qtbot.mouseClick(by_name(calendar, "Year view"), Qt.MouseButton.LeftButton)
    assert calendar.mode == YEAR
    year = by_name(calendar, "Year", QTableView)
    index = calendar.year_grid.year_model.index_of(past_day)
    assert "Cried twice" in index.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.mouseClick(
        year.viewport(), Qt.MouseButton.LeftButton, pos=year.visualRect(index).center()
    )
    assert calendar.mode != YEAR
    assert calendar.day == past_day
    assert calendar.month_grid.current_date() == past_day


def test_the_view_follows_changes_made_elsewhere(
    qtbot: QtBot, window: MainWindow, calendar: CalendarView, past_day: date
) -> None:
    calendar.go_to(past_day)
    uid = calendar.day_panel.entries.list.item(0).data(Qt.ItemDataRole.UserRole)
    window.calendar_view.day_panel.entries.delete_requested.emit(uid)
    summary = cell_summary(calendar, past_day)
    assert summary is not None and summary.check_ins == 0
    window.menus.undo_action.trigger()
    summary = cell_summary(calendar, past_day)
    assert summary is not None and summary.check_ins == 1


def test_find_shows_the_entry_on_its_day(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    day = live_journal.now().date() - timedelta(days=40)
    saved = live_journal.entries.record(
        CheckIn(occurred_at=evening(day), mood=1, energy=0, note="Picnic by the lake")
    ).saved
    window.calendar_view.refresh()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window._find_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(by_name(dialog, "Words to find"), "lake")
    results = by_name(dialog, "Entries found", QTreeWidget)
    assert results.topLevelItemCount() == 1
    qtbot.keyClick(by_name(dialog, "Words to find"), Qt.Key.Key_Return)
    assert window.views.currentWidget() is window.calendar_view
    assert window.calendar_view.day == day
    assert window.calendar_view.day_panel.entries.selected_uid() == saved.uid
    dialog.close()


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_view_fits_a_window_800_pixels_wide_in_english_and_german(
    qapp: QApplication, qtbot: QtBot, live_journal: Journal, tmp_path: Path, language: str
) -> None:
    """Longer German words wrap the calendar's controls, legend and buttons to a new row
    instead of widening the window past a small screen."""
    install_translators(qapp, QLocale(language))
    window = MainWindow(JournalController(live_journal), AppPaths.under(tmp_path / "data"))
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    for row in range(window.nav.count()):
        window.show_row(row)
        qapp.processEvents()
        assert window.minimumSizeHint().width() <= 800, window.views.currentWidget()
        assert window.width() == 800


def test_the_year_s_months_and_day_numbers_fit_beside_small_days(
    qapp: QApplication, qtbot: QtBot, window: MainWindow
) -> None:
    """At 800 pixels a day of the year is about 13 pixels: the labels must not be cut."""
    window.resize(800, 600)
    window.show_view(window.calendar_view)
    window.calendar_view.set_mode(YEAR)
    qapp.processEvents()
    grid = window.calendar_view.year_grid
    months, days = grid.verticalHeader(), grid.horizontalHeader()
    for month in range(12):
        name = grid.model().headerData(month, Qt.Orientation.Vertical)
        assert months.sectionSize(month) >= months.fontMetrics().height(), name
        assert months.width() >= months.fontMetrics().horizontalAdvance(name), name
    assert days.sectionSize(9) >= days.fontMetrics().horizontalAdvance("10")
