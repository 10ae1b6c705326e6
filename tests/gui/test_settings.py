"""This computer's preferences: theme, first day of the week, the daily reminder, the last view."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from moodapp.paths import AppPaths
from moodapp.services.journal import JournalService
from moodapp.ui import preferences as stored
from moodapp.ui.dialogs.settings_dialog import SettingsDialog
from moodapp.ui.journal_controller import JournalController
from moodapp.ui.locale_info import choose_first_weekday, first_weekday
from moodapp.ui.main_window import CHARTS, MainWindow
from moodapp.ui.palette import is_dark
from moodapp.ui.preferences import Preferences
from moodapp.ui.reminder import ms_until
from moodapp.ui.theme import Theme
from tests.gui.conftest import ModalAnswers


@pytest.fixture(autouse=True)
def _app_looks_as_before(qapp: QApplication) -> Iterator[None]:
    """Themes change the whole application; each test leaves it as it found it."""
    style, palette = qapp.style().name(), qapp.palette()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setQuitOnLastWindowClosed(True)
    choose_first_weekday(None)


@pytest.mark.parametrize(
    ("now", "at", "minutes"),
    [
        (datetime(2026, 11, 26, 19, 0), time(20, 0), 60),
        (datetime(2026, 11, 26, 20, 0), time(20, 0), 24 * 60),  # just now: tomorrow's
        (datetime(2026, 11, 26, 21, 30), time(20, 0), 22 * 60 + 30),
        (datetime(2026, 11, 26, 23, 59), time(0, 0), 1),
    ],
)
def test_the_reminder_waits_for_the_next_time_the_clock_shows_it(
    now: datetime, at: time, minutes: int
) -> None:
    assert ms_until(now, at) == minutes * 60_000


def test_preferences_are_kept_and_bad_values_fall_back(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    assert stored.load(settings) == Preferences()
    chosen = Preferences(Theme.DARK, first_weekday=6, reminder_on=True, reminder_at=time(8, 15),
                         keep_in_tray=True)  # fmt: skip
    stored.save(settings, chosen)
    again = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    assert stored.load(again) == chosen
    again.setValue("preferences/theme", "purple")
    again.setValue("preferences/first_weekday", "9")
    again.setValue("preferences/reminder_at", "25:99")
    assert stored.load(again) == Preferences(reminder_on=True, keep_in_tray=True)


def test_the_settings_dialog_gives_back_what_was_chosen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(Preferences(), data_dir=tmp_path, tray_available=False,
                            encrypted=False, auto_lock_minutes=0)  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.first_weekday.setCurrentIndex(dialog.first_weekday.findData(6))
    dialog.reminder_on.setChecked(True)
    assert dialog.preferences() == Preferences(Theme.DARK, first_weekday=6, reminder_on=True)
    assert not dialog.keep_in_tray.isEnabled() and "No system tray" in dialog.tray_note.text()
    assert not dialog.auto_lock.isEnabled()  # locking needs encryption


def test_a_dark_theme_applies_at_once_and_is_kept(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.show_view(window.charts_view)
    redraws: list[bool] = []
    window.charts_view.redraw = lambda: redraws.append(True)  # type: ignore[method-assign]
    window.desktop.change(Preferences(Theme.DARK))
    QApplication.processEvents()
    assert is_dark(QApplication.palette()) and is_dark(window.calendar_view.palette())
    assert redraws  # the chart is drawn again in the new colours
    kept = QSettings(str(tmp_path / "data" / "config" / "window.ini"), QSettings.Format.IniFormat)
    assert stored.load(kept).theme is Theme.DARK
    window.desktop.change(Preferences(Theme.LIGHT))
    assert not is_dark(QApplication.palette())


def test_the_first_day_of_the_week_changes_the_calendar(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_view(window.calendar_view)
    window.desktop.change(Preferences(first_weekday=6))
    assert first_weekday() == 6
    header = window.calendar_view.month_grid.model().headerData(0, Qt.Orientation.Horizontal)
    assert header.startswith(QLocale().dayName(7, QLocale.FormatType.ShortFormat)[:2])


def test_without_a_tray_the_reminder_asks_in_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.desktop.change(Preferences(reminder_on=True))
    assert window.desktop.reminder.active
    answers = ModalAnswers(
        (QMessageBox, lambda box: next(b for b in box.buttons() if "now" in b.text()).click())
    )
    window.desktop.reminder.due.emit()
    assert answers.done()
    assert window.entry_view.tabs.currentIndex() == 1  # the check-in


def test_the_last_view_is_shown_again(qtbot, live_journal: JournalService, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = AppPaths.under(tmp_path / "data")
    first = MainWindow(JournalController(live_journal), paths)
    qtbot.addWidget(first)
    first.show_row(CHARTS)
    first.close()
    second = MainWindow(JournalController(live_journal), paths)
    qtbot.addWidget(second)
    assert second.nav.currentRow() == CHARTS
