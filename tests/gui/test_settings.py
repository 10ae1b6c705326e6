"""Settings (Ctrl+, or Edit > Settings): every option set through its widget is kept and
applied; reopening shows what was kept; Cancel changes nothing. Also this computer's
preferences on disk, the reminder's timing and the last view."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTime, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moodapp import autostart
from moodapp.domain.reminder_times import next_due
from moodapp.domain.settings import AUTO_LOCK_MINUTES, DECLARED, Scope
from moodapp.paths import AppPaths
from moodapp.services.journal import Journal
from moodapp.services.privacy import PrivacyService
from moodapp.ui.catalogue.catalogue_dialog import CatalogueDialog
from moodapp.ui.common.locale_info import choose_first_weekday, first_weekday
from moodapp.ui.look.palette import is_dark
from moodapp.ui.look.theme import Theme
from moodapp.ui.settings import preferences as stored
from moodapp.ui.settings.preferences import Preferences
from moodapp.ui.settings.settings_dialog import SettingsDialog
from moodapp.ui.shell.app import starts_hidden
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.ui.shell.main_window import CALENDAR, CHARTS, MainWindow
from moodapp.ui.shell.reminder import Reminder, Tray
from tests.gui.conftest import ModalAnswers, by_name, choose

PASSPHRASE = "correct horse battery"
Answer = tuple[type[QWidget], Callable[[Any], None]]


@pytest.fixture(autouse=True)
def _app_looks_as_before(qapp: QApplication) -> Iterator[None]:
    """Themes change the whole application; each test leaves it as it found it."""
    style, palette = qapp.style().name(), qapp.palette()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setQuitOnLastWindowClosed(True)
    choose_first_weekday(None)


# -- touching the dialog as a person does ------------------------------------------------


def answering(*answers: Answer) -> ModalAnswers:
    """ModalAnswers whose every answer leaves its dialog closed, even when it fails."""

    def closing(answer: Callable[[Any], None]) -> Callable[[Any], None]:
        def run(dialog: QDialog) -> None:
            try:
                answer(dialog)
            finally:
                if dialog.isVisible():
                    dialog.reject()

        return run

    return ModalAnswers(*((kind, closing(answer)) for kind, answer in answers))


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible(), f"{widget.accessibleName()!r} is out of sight"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def press(qtbot: QtBot, root: QWidget, name: str) -> None:
    click(qtbot, by_name(root, name, QPushButton))


def show_tab(qtbot: QtBot, dialog: QDialog, title: str) -> None:
    """Click the tab called ``title``."""
    tabs = by_name(dialog, "Settings sections", QTabWidget)
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def tick(qtbot: QtBot, dialog: QDialog, name: str, on: bool) -> None:
    box = by_name(dialog, name, QCheckBox)
    if box.isChecked() != on:
        click(qtbot, box)
    assert box.isChecked() == on


def set_time(qtbot: QtBot, edit: QTimeEdit, at: time) -> None:
    """Click the field, then step the hour and the minute with the arrow keys (whatever
    the language's time format, 24-hour or with AM/PM)."""
    click(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    read: Callable[[], int]
    for section, wanted, read in (
        (QTimeEdit.Section.HourSection, at.hour, lambda: edit.time().hour()),
        (QTimeEdit.Section.MinuteSection, at.minute, lambda: edit.time().minute()),
    ):
        for _ in range(10):
            if edit.currentSection() == section:
                break
            qtbot.keyClick(edit, Qt.Key.Key_Right)
        for _ in range(60):
            if read() == wanted:
                break
            qtbot.keyClick(edit, Qt.Key.Key_Up if read() < wanted else Qt.Key.Key_Down)
    assert edit.time() == QTime(at.hour, at.minute)


def type_number(qtbot: QtBot, spin: QSpinBox, number: int) -> None:
    click(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(number))
    assert spin.value() == number


def open_settings(qtbot: QtBot, window: MainWindow, *answers: Answer) -> None:
    """Press Ctrl+, in the window and answer the dialogs it opens."""
    modal = answering(*answers)
    window.activateWindow()  # back from a dialog, the window takes the keys again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert modal.done()


@dataclass
class Shown:
    """What the settings dialog shows when it opens."""

    theme: str = ""
    week: str = ""
    reminder_on: bool = False
    reminder_at: QTime | None = None
    reminder_time_enabled: bool = False
    keep_in_tray: bool = False
    keep_in_tray_enabled: bool = False
    tray_note: str = ""
    start_at_login: bool = False
    start_at_login_enabled: bool = False
    login_note: str = ""
    auto_lock: str = ""
    auto_lock_enabled: bool = False
    folder: str = ""
    tabs: tuple[str, ...] = ()


def read(dialog: QDialog) -> Shown:
    tabs = by_name(dialog, "Settings sections", QTabWidget)
    return Shown(
        theme=by_name(dialog, "Theme", QComboBox).currentText(),
        week=by_name(dialog, "First day of the week", QComboBox).currentText(),
        reminder_on=by_name(dialog, "Daily reminder", QCheckBox).isChecked(),
        reminder_at=by_name(dialog, "Reminder time", QTimeEdit).time(),
        reminder_time_enabled=by_name(dialog, "Reminder time", QTimeEdit).isEnabled(),
        keep_in_tray=by_name(dialog, "Keep in tray", QCheckBox).isChecked(),
        keep_in_tray_enabled=by_name(dialog, "Keep in tray", QCheckBox).isEnabled(),
        tray_note=by_name(dialog, "About the tray", QLabel).text(),
        start_at_login=by_name(dialog, "Start moodapp when I log in", QCheckBox).isChecked(),
        start_at_login_enabled=by_name(
            dialog, "Start moodapp when I log in", QCheckBox
        ).isEnabled(),
        login_note=by_name(dialog, "About starting at login", QLabel).text(),
        auto_lock=by_name(dialog, "Auto-lock minutes", QSpinBox).text(),
        auto_lock_enabled=by_name(dialog, "Auto-lock minutes", QSpinBox).isEnabled(),
        folder=by_name(dialog, "Journal folder", QLabel).text(),
        tabs=tuple(tabs.tabText(i) for i in range(tabs.count())),
    )


def look(qtbot: QtBot, seen: list[Shown]) -> Answer:
    """An answer that notes what the dialog shows and closes it with Cancel."""

    def answer(dialog: QDialog) -> None:
        seen.append(read(dialog))
        press(qtbot, dialog, "Cancel")

    return (SettingsDialog, answer)


def kept(tmp_path: Path) -> Preferences:
    """The preferences as they are on disk now."""
    return stored.load(QSettings(str(window_ini(tmp_path)), QSettings.Format.IniFormat))


def window_ini(tmp_path: Path) -> Path:
    return tmp_path / "data" / "config" / "window.ini"


def first_column(window: MainWindow) -> str:
    return str(window.calendar_view.month_grid.model().headerData(0, Qt.Orientation.Horizontal))


def short_day(day: int) -> str:
    """The short name of ``day`` (1 Monday ... 7 Sunday), as the calendar's heading starts."""
    return QLocale().dayName(day, QLocale.FormatType.ShortFormat)[:2]


# -- without a window --------------------------------------------------------------------


class Clock:
    """A clock the test moves, as the computer sleeping and waking moves the real one."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_the_reminder_comes_at_its_time_and_after_a_sleep_through_it_that_day(qtbot: QtBot) -> None:
    clock = Clock(datetime(2026, 11, 26, 19, 59, 30).astimezone())
    reminder = Reminder(clock=clock)
    shown: list[datetime] = []
    reminder.due.connect(lambda: shown.append(clock.now))
    reminder.set(True, time(20, 0))
    timer = reminder.findChild(QTimer)
    assert timer is not None
    assert reminder.active and timer.remainingTime() < 31_000  # Qt may add a few ms
    clock.now = datetime(2026, 11, 26, 20, 0, 5).astimezone()
    timer.timeout.emit()
    assert shown == [clock.now]
    assert reminder.next_due == datetime(2026, 11, 27, 20, 0).astimezone()
    assert timer.remainingTime() < 61_000  # it looks at the clock every minute

    clock.now = datetime(2026, 11, 27, 22, 40).astimezone()  # asleep from 19:00 to 22:40
    timer.timeout.emit()
    assert shown[-1] == clock.now  # the evening's reminder, late
    clock.now = datetime(2026, 11, 29, 7, 0).astimezone()  # asleep through 28 November
    timer.timeout.emit()
    assert len(shown) == 2  # a day later the reminder is past
    assert reminder.next_due == datetime(2026, 11, 29, 20, 0).astimezone()
    reminder.set(False, time(20, 0))
    assert not reminder.active and reminder.next_due is None


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


# A value other than the default for each of this computer's settings, and the text it is
# kept as in window.ini (the window's states are Qt's own bytes).
COMPUTER_SAMPLES: dict[str, tuple[object, str]] = {
    "preferences/theme": ("dark", "dark"),
    "preferences/first_weekday": (6, "6"),
    "preferences/reminder_on": (True, "true"),
    "preferences/reminder_at": (time(7, 5), "07:05"),
    "preferences/keep_in_tray": (True, "true"),
    "window/geometry": (b"\x01\xd9\xd0\xcb geometry", "@ByteArray(\\x1\\xd9\\xd0\\xcb geometry)"),
    "entry/splitter": (b"\x00\xff", "@ByteArray(\\0\\xff)"),
    "window/view": (3, "3"),
    "welcome/done": (True, "true"),
}


def test_every_setting_of_this_computer_round_trips_through_qsettings(tmp_path: Path) -> None:
    ini = tmp_path / "window.ini"
    declared = {s.key: s for s in DECLARED if s.scope is Scope.COMPUTER}
    assert set(COMPUTER_SAMPLES) == set(declared)  # a new setting needs its sample here
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    for key, (value, _) in COMPUTER_SAMPLES.items():
        assert stored.read(settings, declared[key]) == declared[key].default  # unset
        stored.write(settings, declared[key], value)
    settings.sync()
    again = QSettings(str(ini), QSettings.Format.IniFormat)
    for key, (value, _) in COMPUTER_SAMPLES.items():
        assert stored.read(again, declared[key]) == value, key
    lines = ini.read_text().splitlines()
    for key, (_, text) in COMPUTER_SAMPLES.items():
        assert f"{key.split('/')[1]}={text}" in lines, key  # as the file has always held it


# -- opening the dialog ----------------------------------------------------------------


def test_ctrl_comma_and_the_edit_menu_open_the_settings(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    seen: list[Shown] = []
    open_settings(qtbot, window, look(qtbot, seen))

    answers = answering(look(qtbot, seen))
    bar = window.menuBar()
    edit = next(a for a in bar.actions() if a.text() == "&Edit")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(edit).center())
    menu = edit.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    settings = next(a for a in menu.actions() if a.text() == "&Settings...")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(settings).center())
    assert answers.done()
    assert len(seen) == 2 and seen[0] == seen[1]
    assert seen[0].theme == "Follow the system" and seen[0].week.startswith("As the language")
    assert seen[0].folder == str(tmp_path / "data")  # where the journal is kept


def test_every_control_has_a_name(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Preferences(), data_dir=tmp_path, tray_available=True,
                            encrypted=True, auto_lock_minutes=5)  # fmt: skip
    qtbot.addWidget(dialog)
    controls = [
        w
        for kind in (QPushButton, QCheckBox, QComboBox, QSpinBox, QTimeEdit, QTabWidget)
        for w in dialog.findChildren(kind)
        if not w.objectName().startswith("qt_")
    ]
    names = [c.accessibleName() for c in controls]
    assert all(names) and len(names) == len(set(names)), names


# -- each option: set through its widget, kept, applied, shown again -----------------------


def test_the_theme_is_applied_at_once_kept_and_shown_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.show_row(CHARTS)
    redraws: list[bool] = []
    chart = window.charts_view.chart
    assert chart is not None
    chart.show_chart = lambda *drawn: redraws.append(True)  # type: ignore[method-assign]

    def dark(dialog: QDialog) -> None:
        choose(qtbot, by_name(dialog, "Theme", QComboBox), "Dark")
        press(qtbot, dialog, "OK")

    open_settings(qtbot, window, (SettingsDialog, dark))
    QApplication.processEvents()
    assert is_dark(QApplication.palette()) and is_dark(window.calendar_view.palette())
    assert redraws  # the chart is drawn again in the new colours
    assert kept(tmp_path).theme is Theme.DARK
    seen: list[Shown] = []
    open_settings(qtbot, window, look(qtbot, seen))
    assert seen[0].theme == "Dark"

    def light(dialog: QDialog) -> None:
        choose(qtbot, by_name(dialog, "Theme", QComboBox), "Light")
        press(qtbot, dialog, "OK")

    open_settings(qtbot, window, (SettingsDialog, light))
    assert not is_dark(QApplication.palette())
    assert kept(tmp_path).theme is Theme.LIGHT


def test_the_first_day_of_the_week_is_the_calendars_first_column(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.show_row(CALENDAR)
    locale_first = QLocale().firstDayOfWeek().value
    other = 7 if locale_first != 7 else 1  # Sunday, or Monday where weeks start on Sunday

    def choose_day(dialog: QDialog) -> None:
        choose(qtbot, by_name(dialog, "First day of the week", QComboBox),
               QLocale().dayName(other))  # fmt: skip
        press(qtbot, dialog, "OK")

    open_settings(qtbot, window, (SettingsDialog, choose_day))
    assert first_weekday() == other - 1 and kept(tmp_path).first_weekday == other - 1
    assert first_column(window).startswith(short_day(other))
    seen: list[Shown] = []
    open_settings(qtbot, window, look(qtbot, seen))
    assert seen[0].week == QLocale().dayName(other)

    def back_to_the_language(dialog: QDialog) -> None:
        combo = by_name(dialog, "First day of the week", QComboBox)
        choose(qtbot, combo, combo.itemText(0))
        press(qtbot, dialog, "OK")

    open_settings(qtbot, window, (SettingsDialog, back_to_the_language))
    assert kept(tmp_path).first_weekday is None
    assert first_column(window).startswith(short_day(locale_first))


def test_the_reminder_and_its_time_are_kept_and_set(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    seen: list[Shown] = []

    def remind_at_half_past_seven(dialog: QDialog) -> None:
        show_tab(qtbot, dialog, "Reminder")
        seen.append(read(dialog))
        tick(qtbot, dialog, "Daily reminder", on=True)
        set_time(qtbot, by_name(dialog, "Reminder time", QTimeEdit), time(7, 30))
        press(qtbot, dialog, "OK")

    open_settings(qtbot, window, (SettingsDialog, remind_at_half_past_seven))
    assert not seen[0].reminder_on and not seen[0].reminder_time_enabled  # off at first
    assert (kept(tmp_path).reminder_on, kept(tmp_path).reminder_at) == (True, time(7, 30))
    reminder = window.desktop.reminder
    assert reminder.active
    assert reminder.next_due == next_due(datetime.now().astimezone(), time(7, 30))
    open_settings(qtbot, window, look(qtbot, seen))
    assert seen[1].reminder_on and seen[1].reminder_time_enabled
    assert seen[1].reminder_at == QTime(7, 30)

    def switch_off(dialog: QDialog) -> None:
        show_tab(qtbot, dialog, "Reminder")
        tick(qtbot, dialog, "Daily reminder", on=False)
        seen.append(read(dialog))
        press(qtbot, dialog, "OK")

    open_settings(qtbot, window, (SettingsDialog, switch_off))
    assert not seen[2].reminder_time_enabled
    assert not kept(tmp_path).reminder_on and not reminder.active
    assert kept(tmp_path).reminder_at == time(7, 30)  # ready for the next time it is on


def test_without_a_tray_keep_in_tray_cannot_be_ticked_and_says_why(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    seen: list[Shown] = []

    def try_to_tick(dialog: QDialog) -> None:
        show_tab(qtbot, dialog, "Reminder")
        click(qtbot, by_name(dialog, "Keep in tray", QCheckBox))  # disabled: nothing happens
        seen.append(read(dialog))
        press(qtbot, dialog, "OK")

    open_settings(qtbot, window, (SettingsDialog, try_to_tick))
    assert not seen[0].keep_in_tray and not seen[0].keep_in_tray_enabled
    assert "No system tray was found" in seen[0].tray_note
    assert not kept(tmp_path).keep_in_tray and not window.desktop.lives_in_tray


def test_keeping_in_the_tray_is_kept_where_a_tray_is_found(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("moodapp.ui.shell.reminder.tray_available", lambda: True)
    seen: list[Shown] = []

    def keep(dialog: QDialog) -> None:
        show_tab(qtbot, dialog, "Reminder")
        seen.append(read(dialog))
        tick(qtbot, dialog, "Keep in tray", on=True)
        press(qtbot, dialog, "OK")

    open_settings(qtbot, window, (SettingsDialog, keep))
    assert seen[0].keep_in_tray_enabled and "notification from the tray" in seen[0].tray_note
    assert kept(tmp_path).keep_in_tray
    open_settings(qtbot, window, look(qtbot, seen))
    assert seen[1].keep_in_tray


def test_ok_without_a_tray_keeps_the_choice_made_with_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.desktop.change(Preferences(keep_in_tray=True))  # chosen on a desktop with a tray
    open_settings(qtbot, window, (SettingsDialog, lambda d: press(qtbot, d, "OK")))
    assert kept(tmp_path).keep_in_tray


# -- starting at login: the autostart file, read and written as the person sees it ---------


@pytest.fixture
def login_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$XDG_CONFIG_HOME/autostart/moodapp.desktop in the test's folder, with moodapp run as
    an installed `moodapp` command."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    program = tmp_path / "bin" / "moodapp"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    monkeypatch.setattr(sys, "argv", [str(program)])
    return tmp_path / "config" / "autostart" / "moodapp.desktop"


def validate(path: Path) -> None:
    """desktop-file-validate finds nothing to say of ``path`` (where it is installed)."""
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True,
                                text=True, check=False)  # fmt: skip
        assert (result.returncode, result.stdout.strip()) == (0, ""), result.stdout


def test_starting_at_login_writes_the_autostart_file_and_unticking_removes_it(
    qtbot: QtBot, window: MainWindow, login_file: Path, tmp_path: Path
) -> None:
    seen: list[Shown] = []

    def switch(on: bool) -> Answer:
        def answer(dialog: QDialog) -> None:
            show_tab(qtbot, dialog, "Reminder")
            seen.append(read(dialog))
            tick(qtbot, dialog, "Start moodapp when I log in", on=on)
            press(qtbot, dialog, "OK")

        return (SettingsDialog, answer)

    open_settings(qtbot, window, switch(True))
    assert not seen[0].start_at_login and seen[0].start_at_login_enabled
    assert "starts in the tray when you log in" in seen[0].login_note
    assert "needs a system tray" in seen[0].login_note
    assert autostart.state(login_file) is autostart.State.ON
    text = login_file.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert shlex.split(exec_line.removeprefix("Exec=")) == [str(tmp_path / "bin" / "moodapp"),
                                                             "--in-tray"]  # fmt: skip
    validate(login_file)
    assert not kept(tmp_path).reminder_on  # nothing else changed

    open_settings(qtbot, window, switch(False))
    assert seen[1].start_at_login  # read from the file
    assert not login_file.exists()
    assert list(login_file.parent.iterdir()) == []  # nothing left beside it


def test_the_dialog_shows_whether_the_file_is_there(
    qtbot: QtBot, window: MainWindow, login_file: Path, tmp_path: Path
) -> None:
    seen: list[Shown] = []
    autostart.switch_on(login_file, tmp_path / "bin" / "moodapp")  # from another moodapp
    open_settings(qtbot, window, look(qtbot, seen))
    login_file.unlink()  # removed by hand
    open_settings(qtbot, window, look(qtbot, seen))
    assert [s.start_at_login for s in seen] == [True, False]
    assert all(s.start_at_login_enabled for s in seen)


def test_a_file_someone_else_put_there_is_kept_and_the_dialog_says_so(
    qtbot: QtBot, window: MainWindow, login_file: Path
) -> None:
    login_file.parent.mkdir(parents=True)
    theirs = "[Desktop Entry]\nType=Application\nName=moodapp\nExec=moodapp --demo\n"
    login_file.write_text(theirs, encoding="utf-8")
    seen: list[Shown] = []

    def try_to_untick(dialog: QDialog) -> None:
        show_tab(qtbot, dialog, "Reminder")
        click(qtbot, by_name(dialog, "Start moodapp when I log in", QCheckBox))  # disabled
        seen.append(read(dialog))
        press(qtbot, dialog, "OK")

    open_settings(qtbot, window, (SettingsDialog, try_to_untick))
    assert not seen[0].start_at_login and not seen[0].start_at_login_enabled
    assert str(login_file) in seen[0].login_note
    assert "moodapp did not write it" in seen[0].login_note
    assert login_file.read_text(encoding="utf-8") == theirs


def test_a_file_put_there_while_the_dialog_is_open_is_kept_and_said(
    qtbot: QtBot, window: MainWindow, login_file: Path
) -> None:
    theirs = "[Desktop Entry]\nType=Application\nName=Other\nExec=other\n"
    warned: list[str] = []

    def tick_then_another_writes(dialog: QDialog) -> None:
        show_tab(qtbot, dialog, "Reminder")
        tick(qtbot, dialog, "Start moodapp when I log in", on=True)
        login_file.parent.mkdir(parents=True)
        login_file.write_text(theirs, encoding="utf-8")
        press(qtbot, dialog, "OK")

    def note(box: QMessageBox) -> None:
        warned.append(box.windowTitle() + ": " + box.text())
        box.accept()

    open_settings(qtbot, window, (SettingsDialog, tick_then_another_writes), (QMessageBox, note))
    assert len(warned) == 1 and warned[0].startswith("Starting at login not changed")
    assert f"{login_file} is there already and moodapp did not write it" in warned[0]
    assert login_file.read_text(encoding="utf-8") == theirs


def test_an_autostart_file_that_cannot_be_written_is_said_and_nothing_is_left(
    qtbot: QtBot, window: MainWindow, login_file: Path
) -> None:
    login_file.parent.parent.mkdir(parents=True)
    login_file.parent.write_text("a file where the autostart folder would be")
    warned: list[str] = []

    def tick_on(dialog: QDialog) -> None:
        show_tab(qtbot, dialog, "Reminder")
        tick(qtbot, dialog, "Start moodapp when I log in", on=True)
        press(qtbot, dialog, "OK")

    def note(box: QMessageBox) -> None:
        warned.append(box.text())
        box.accept()

    open_settings(qtbot, window, (SettingsDialog, tick_on), (QMessageBox, note))
    assert len(warned) == 1 and "could not be written or removed" in warned[0]
    assert [p.name for p in login_file.parent.parent.iterdir()] == ["autostart"]


# A tray icon made offscreen, where there is no tray, says this of the platform.
@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_started_in_the_tray_the_reminder_comes_from_it_and_closing_keeps_moodapp_there(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert starts_hidden(in_tray=True, tray_available=True)
    assert not starts_hidden(in_tray=True, tray_available=False)  # the window shows instead
    assert not starts_hidden(in_tray=False, tray_available=True)
    assert not window.desktop.start_in_tray()  # offscreen: no tray, so nothing changes
    assert not window.desktop.lives_in_tray and QApplication.quitOnLastWindowClosed()
    monkeypatch.setattr("moodapp.ui.shell.desktop.tray_available", lambda: True)
    notified: list[bool] = []
    monkeypatch.setattr(Tray, "notify", lambda tray: notified.append(True))
    assert window.desktop.preferences == Preferences()  # neither the reminder nor the tray
    window.hide()
    assert window.desktop.start_in_tray()
    assert window.desktop.lives_in_tray and not QApplication.quitOnLastWindowClosed()
    window.desktop.change(Preferences(reminder_on=True))
    window.desktop.reminder.due.emit()
    assert notified == [True]  # from the tray, the window hidden
    window.bring_to_front()  # the tray's "Open moodapp"
    assert window.isVisible()
    window.close()
    assert not window.isVisible() and window.desktop.lives_in_tray  # back in the tray


def test_auto_lock_waits_for_an_encrypted_journal(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[Shown] = []

    def privacy(dialog: QDialog) -> None:
        show_tab(qtbot, dialog, "Privacy")
        seen.append(read(dialog))
        seen_words.extend(label.text() for label in dialog.findChildren(QLabel))
        press(qtbot, dialog, "OK")

    seen_words: list[str] = []
    open_settings(qtbot, window, (SettingsDialog, privacy))
    assert not seen[0].auto_lock_enabled and seen[0].auto_lock == "never"
    assert any("encrypt the journal from the Journal menu first" in w for w in seen_words)


@pytest.fixture
def encrypted_window(qtbot: QtBot, live_journal: Journal, tmp_path: Path) -> MainWindow:
    PrivacyService(live_journal.store).encrypt(PASSPHRASE)
    main = MainWindow(JournalController(live_journal), AppPaths.under(tmp_path / "data"))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_auto_lock_minutes_are_kept_in_the_journal_and_watched(
    qtbot: QtBot, encrypted_window: MainWindow, live_journal: Journal
) -> None:
    window = encrypted_window
    seen: list[Shown] = []

    def fifteen(dialog: QDialog) -> None:
        show_tab(qtbot, dialog, "Privacy")
        seen.append(read(dialog))
        type_number(qtbot, by_name(dialog, "Auto-lock minutes", QSpinBox), 15)
        press(qtbot, dialog, "OK")

    open_settings(qtbot, window, (SettingsDialog, fifteen))
    assert seen[0].auto_lock_enabled and seen[0].auto_lock == "never"
    assert live_journal.settings.value(AUTO_LOCK_MINUTES) == 15
    idle = window.journal_menu.idle
    assert idle is not None
    timer = idle.findChild(QTimer)
    assert timer is not None and timer.interval() == 15 * 60_000
    open_settings(qtbot, window, look(qtbot, seen))
    assert seen[1].auto_lock == "15 min"

    def never(dialog: QDialog) -> None:
        show_tab(qtbot, dialog, "Privacy")
        type_number(qtbot, by_name(dialog, "Auto-lock minutes", QSpinBox), 0)
        press(qtbot, dialog, "OK")

    open_settings(qtbot, window, (SettingsDialog, never))
    assert live_journal.settings.value(AUTO_LOCK_MINUTES) == 0
    timer = idle.findChild(QTimer)
    assert timer is not None and not timer.isActive()


def test_the_data_folder_is_shown_and_opens_in_the_file_manager(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)  # type: ignore[func-returns-value]  # notes the address, then answers True as openUrl does
    seen: list[str] = []

    def open_folder(dialog: QDialog) -> None:
        seen.append(by_name(dialog, "Journal folder", QLabel).text())
        press(qtbot, dialog, "Open in file manager")
        press(qtbot, dialog, "Cancel")

    open_settings(qtbot, window, (SettingsDialog, open_folder))
    assert seen == [str(tmp_path / "data")]
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "data"))]


# -- Cancel, and what Settings does not hold ------------------------------------------------


def test_cancel_and_escape_change_nothing(
    qtbot: QtBot, encrypted_window: MainWindow, live_journal: Journal, tmp_path: Path
) -> None:
    window = encrypted_window
    window.show_row(CALENDAR)
    before_disk = window_ini(tmp_path).read_bytes() if window_ini(tmp_path).exists() else b""
    before = (window.desktop.preferences, QApplication.palette().window().color(),
              first_column(window), first_weekday())  # fmt: skip
    seen: list[Shown] = []

    def change_everything(finish: Callable[[QDialog], None]) -> Callable[[QDialog], None]:
        def answer(dialog: QDialog) -> None:
            seen.append(read(dialog))
            choose(qtbot, by_name(dialog, "Theme", QComboBox), "Dark")
            choose(qtbot, by_name(dialog, "First day of the week", QComboBox),
                   QLocale().dayName(3))  # fmt: skip
            show_tab(qtbot, dialog, "Reminder")
            tick(qtbot, dialog, "Daily reminder", on=True)
            set_time(qtbot, by_name(dialog, "Reminder time", QTimeEdit), time(6, 5))
            show_tab(qtbot, dialog, "Privacy")
            type_number(qtbot, by_name(dialog, "Auto-lock minutes", QSpinBox), 9)
            finish(dialog)

        return answer

    def cancel(dialog: QDialog) -> None:
        press(qtbot, dialog, "Cancel")

    def escape(dialog: QDialog) -> None:
        qtbot.keyClick(by_name(dialog, "Auto-lock minutes", QSpinBox), Qt.Key.Key_Escape)

    open_settings(qtbot, window, (SettingsDialog, change_everything(cancel)))
    open_settings(qtbot, window, (SettingsDialog, change_everything(escape)))
    open_settings(qtbot, window, look(qtbot, seen))
    assert seen[0] == seen[1] == seen[2]  # each time it opens as it was
    after = (window.desktop.preferences, QApplication.palette().window().color(),
             first_column(window), first_weekday())  # fmt: skip
    assert after == before
    assert not window.desktop.reminder.active
    assert live_journal.settings.value(AUTO_LOCK_MINUTES) == 0
    now_disk = window_ini(tmp_path).read_bytes() if window_ini(tmp_path).exists() else b""
    assert now_disk == before_disk


def test_emotions_and_triggers_open_their_own_window_from_the_settings(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    seen: list[Any] = []

    def open_catalogue(dialog: QDialog) -> None:
        seen.append(read(dialog).tabs)
        press(qtbot, dialog, "Edit emotions and triggers")  # the window below is answered
        seen.append(dialog.isVisible())  # back in the settings afterwards
        press(qtbot, dialog, "Cancel")

    def archive_fear(catalogue: QDialog) -> None:
        seen.append(catalogue.parent())
        emotions = by_name(catalogue, "Emotions", QListWidget)
        item = emotions.findItems("Fear", Qt.MatchFlag.MatchExactly)[0]
        qtbot.mouseClick(emotions.viewport(), Qt.MouseButton.LeftButton,
                         pos=emotions.visualItemRect(item).center())  # fmt: skip
        press(qtbot, catalogue, "Archive the emotion")
        press(qtbot, catalogue, "Close")

    open_settings(qtbot, window, (SettingsDialog, open_catalogue), (CatalogueDialog, archive_fear))
    assert seen[0] == ("General", "Reminder", "Privacy")  # the lists are not edited here
    assert isinstance(seen[1], SettingsDialog)  # the window opens over the settings
    assert seen[2] is True
    # Saved at once, and said so: Cancel in the settings does not take it back.
    assert "fear" not in [e.key for e in live_journal.entries.emotions()]
    rows = window.entry_view.episode_form.emotions
    assert "Fear" not in [
        cast(QTableWidgetItem, rows.item(r, 0)).text() for r in range(rows.rowCount())
    ]


def test_delete_all_my_data_leaves_the_settings_and_asks_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    asked: list[str] = []

    def delete_all(dialog: QDialog) -> None:
        show_tab(qtbot, dialog, "Privacy")
        press(qtbot, dialog, "Delete all my data")

    def say_no(question: QInputDialog) -> None:
        asked.append(question.labelText())
        question.reject()

    open_settings(qtbot, window, (SettingsDialog, delete_all), (QInputDialog, say_no))
    assert asked and (tmp_path / "data" / "journal.sqlite3").exists()
    assert window.isVisible()


# -- the reminder and the last view ----------------------------------------------------------


def test_without_a_tray_the_reminder_asks_in_the_window(qtbot: QtBot, window: MainWindow) -> None:
    window.desktop.change(Preferences(reminder_on=True))
    assert window.desktop.reminder.active
    answers = ModalAnswers(
        (QMessageBox, lambda box: next(b for b in box.buttons() if "now" in b.text()).click())
    )
    window.desktop.reminder.due.emit()
    assert answers.done()
    assert window.entry_view.tabs.currentIndex() == 1  # the check-in


def test_the_last_view_is_shown_again(qtbot: QtBot, live_journal: Journal, tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "data")
    first = MainWindow(JournalController(live_journal), paths)
    qtbot.addWidget(first)
    first.show_row(CHARTS)
    first.close()
    second = MainWindow(JournalController(live_journal), paths)
    qtbot.addWidget(second)
    assert second.nav.currentRow() == CHARTS
