"""Settings made from the declared settings: every one Settings shows is a row in its
section's tab with its declared words, and a value chosen through its control is kept
where the setting lives (this computer's QSettings or the journal). Limits are enforced
below the window too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFormLayout,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moodapp.domain.field_errors import InvalidInput
from moodapp.domain.settings import (
    DECLARED,
    FIRST_WEEKDAY,
    SHOWN,
    THEME,
    Editor,
    Scope,
    Section,
    Setting,
)
from moodapp.paths import AppPaths
from moodapp.services.journal import Journal
from moodapp.services.privacy import PrivacyService
from moodapp.ui.common.locale_info import choose_first_weekday
from moodapp.ui.common.value_combo import ValueCombo
from moodapp.ui.settings import preferences as stored
from moodapp.ui.settings.preferences import Preferences
from moodapp.ui.settings.setting_rows import LOOKS
from moodapp.ui.settings.settings_dialog import SettingsDialog
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import ModalAnswers, by_name, choose, combo_texts

TAB_TITLES = {Section.GENERAL: "General", Section.REMINDER: "Reminder", Section.PRIVACY: "Privacy"}


@pytest.fixture(autouse=True)
def _app_looks_as_before(qapp: QApplication) -> Iterator[None]:
    """A theme changes the whole application; each test leaves it as it found it."""
    style, palette = qapp.style().name(), qapp.palette()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setQuitOnLastWindowClosed(True)
    choose_first_weekday(None)


def control_of(dialog: QDialog, setting: Setting[Any]) -> QWidget:
    return by_name(dialog, LOOKS[setting.key].name)


def tab_of(dialog: QDialog, control: QWidget) -> str:
    tabs = by_name(dialog, "Settings sections", QTabWidget)
    pages = [tabs.widget(i) or QWidget() for i in range(tabs.count())]
    (title,) = (tabs.tabText(i) for i, page in enumerate(pages) if page.isAncestorOf(control))
    return title


def show_tab(qtbot: QtBot, dialog: QDialog, title: str) -> None:
    tabs = by_name(dialog, "Settings sections", QTabWidget)
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def words_beside(control: QWidget) -> str:
    """The words a person reads for ``control``: a box's own, else its form label's."""
    if isinstance(control, QCheckBox):
        return control.text()
    parent = control.parentWidget()
    assert parent is not None
    (form,) = (f for f in parent.findChildren(QFormLayout) if f.labelForField(control))
    label = form.labelForField(control)
    return str(label.text())  # type: ignore[attr-defined]


def test_the_shown_settings_are_those_declared_with_an_editor() -> None:
    assert set(SHOWN) == {s for s in DECLARED if s.editor is not None}
    assert len(SHOWN) == len(set(SHOWN))
    for setting in SHOWN:
        assert setting.label and setting.section is not None, setting.key
        assert setting.key in LOOKS, setting.key  # its control's name, its choices' words
        if setting.editor is Editor.NUMBER:
            setting.bounds()  # a number has its limits


def test_every_shown_setting_is_a_row_with_its_words_in_its_tab(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = SettingsDialog(
        Preferences(), data_dir=tmp_path, tray_available=True, encrypted=True, auto_lock_minutes=5
    )
    qtbot.addWidget(dialog)
    for setting in SHOWN:
        control = control_of(dialog, setting)
        assert words_beside(control) == setting.label, setting.key
        assert setting.section is not None
        assert tab_of(dialog, control) == TAB_TITLES[setting.section], setting.key
        assert control.isEnabled() == (setting.key != "preferences/reminder_at"), setting.key


def set_time(qtbot: QtBot, edit: QTimeEdit, at: time) -> None:
    """Click the field, then step the hour and the minute with the arrow keys."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    for section, wanted, part in (
        (QTimeEdit.Section.HourSection, at.hour, QTime.hour),
        (QTimeEdit.Section.MinuteSection, at.minute, QTime.minute),
    ):
        for _ in range(10):
            if edit.currentSection() == section:
                break
            qtbot.keyClick(edit, Qt.Key.Key_Right)
        for _ in range(60):
            if part(edit.time()) == wanted:
                break
            qtbot.keyClick(edit, Qt.Key.Key_Up if part(edit.time()) < wanted else Qt.Key.Key_Down)
    assert edit.time() == QTime(at.hour, at.minute)


def change(qtbot: QtBot, control: QWidget, setting: Setting[Any]) -> Any:
    """Change ``setting`` through its control as a person does; the value chosen."""
    assert control.isVisible() and control.isEnabled(), setting.key
    if setting.editor is Editor.CHOICE:
        assert isinstance(control, ValueCombo)
        choose(qtbot, control, combo_texts(control)[-1])  # the last of the list
        return control.choices()[-1]
    if setting.editor is Editor.NUMBER:
        assert isinstance(control, QSpinBox)
        number = (control.minimum() + control.maximum()) // 2
        qtbot.mouseClick(control, Qt.MouseButton.LeftButton)
        qtbot.keyClick(control, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(control, str(number))
        return number
    if setting.editor is Editor.TIME:
        assert isinstance(control, QTimeEdit)
        set_time(qtbot, control, time(7, 5))
        return time(7, 5)
    assert setting.editor is Editor.YES_NO and isinstance(control, QCheckBox)
    before = control.isChecked()
    qtbot.mouseClick(control, Qt.MouseButton.LeftButton, pos=control.rect().center())
    assert control.isChecked() != before
    return control.isChecked()


@pytest.fixture
def encrypted_window(qtbot: QtBot, live_journal: Journal, tmp_path: Path) -> MainWindow:
    PrivacyService(live_journal.store).encrypt("correct horse battery")
    main = MainWindow(JournalController(live_journal), AppPaths.under(tmp_path / "data"))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_each_shown_setting_changed_through_its_control_is_kept(
    qtbot: QtBot,
    encrypted_window: MainWindow,
    live_journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("moodapp.ui.shell.reminder.tray_available", lambda: True)
    window = encrypted_window
    chosen: dict[Setting[Any], Any] = {}

    def change_all(dialog: QDialog) -> None:
        try:
            for setting in SHOWN:
                assert setting.section is not None
                show_tab(qtbot, dialog, TAB_TITLES[setting.section])
                chosen[setting] = change(qtbot, control_of(dialog, setting), setting)
            qtbot.mouseClick(by_name(dialog, "OK", QPushButton), Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()

    modal = ModalAnswers((SettingsDialog, change_all))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert modal.done()
    assert set(chosen) == set(SHOWN)
    ini = QSettings(str(tmp_path / "data" / "config" / "window.ini"), QSettings.Format.IniFormat)
    for setting, value in chosen.items():
        assert value != setting.default, setting.key  # a change, not the value it had
        if setting.scope is Scope.COMPUTER:
            assert stored.read(ini, setting) == value, setting.key
        else:
            assert live_journal.settings.value(setting) == value, setting.key


@pytest.mark.parametrize(("setting", "value"), [(FIRST_WEEKDAY, 7), (THEME, "purple")])
def test_this_computers_settings_refuse_a_value_outside_their_limits(
    tmp_path: Path, setting: Setting[Any], value: object
) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    with pytest.raises(InvalidInput) as refused:
        stored.write(settings, setting, value)
    (error,) = refused.value.errors
    assert error.field == setting.key
    assert settings.value(setting.key) is None  # nothing was written
    assert stored.read(settings, setting) == setting.default
