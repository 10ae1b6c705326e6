"""Settings (Ctrl+,): the look, the week, the country for help lines, the daily reminder,
starting at login, privacy, and where the journal lives.

The look, the week and the reminder belong to this computer (``preferences``); starting
at login too, but it is the autostart file itself (``autostart.py``), read before the dialog
opens and written by the window after OK;
auto-lock and the country for help lines belong to the journal. Each row's words and
its control's limits come from the setting's declaration (``domain/settings.py``).
Everything here applies with OK, and Cancel leaves it all as it was. Emotions and
triggers are not edited here: their changes are saved at once, so they have a window of
their own (a button here opens it).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from moodapp.autostart import State
from moodapp.domain.settings import (
    AUTO_LOCK_MINUTES,
    FIRST_WEEKDAY,
    HELP_LINES_COUNTRY,
    KEEP_IN_TRAY,
    REMINDER_AT,
    REMINDER_ON,
    THEME,
    Setting,
)
from moodapp.ui.common.form_parts import named
from moodapp.ui.common.value_combo import ValueCombo
from moodapp.ui.help.help_lines_text import country_name, country_to_show
from moodapp.ui.look.theme import Theme
from moodapp.ui.settings.preferences import Preferences


class SettingsDialog(QDialog):
    delete_all_requested = Signal()
    catalogue_requested = Signal()  # the emotions and triggers window, over this dialog

    def __init__(
        self,
        preferences: Preferences,
        *,
        data_dir: Path,
        tray_available: bool,
        encrypted: bool,
        auto_lock_minutes: int,
        help_country: str | None = None,
        start_at_login: State = State.UNAVAILABLE,
        autostart_file: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._preferences = preferences
        self.tabs = named(QTabWidget(self), self.tr("Settings sections"))
        self.tabs.addTab(self._general_tab(preferences, data_dir, help_country), self.tr("General"))
        self._start_at_login = start_at_login
        reminder = self._reminder_tab(preferences, tray_available, start_at_login, autostart_file)
        self.tabs.addTab(reminder, self.tr("Reminder"))
        self.tabs.addTab(self._privacy_tab(encrypted, auto_lock_minutes), self.tr("Privacy"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        named(buttons.button(QDialogButtonBox.StandardButton.Ok), self.tr("OK"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _words(self, setting: Setting[Any]) -> str:
        """The setting's words in Settings, translated (they are marked in its declaration)."""
        return self.tr(setting.label)

    # -- tabs ---------------------------------------------------------------------

    def _general_tab(
        self, preferences: Preferences, data_dir: Path, help_country: str | None
    ) -> QWidget:
        tr = self.tr
        tab = QWidget(self)
        form = QFormLayout(tab)
        themes = {Theme.SYSTEM: tr("Follow the system"), Theme.LIGHT: tr("Light"),
                  Theme.DARK: tr("Dark")}  # fmt: skip
        self.theme = ValueCombo(
            tr("Theme"), [(themes[Theme(value)], Theme(value)) for value in THEME.allowed()], tab
        )
        self.theme.set_value(preferences.theme)
        form.addRow(self._words(THEME), self.theme)
        locale = QLocale()
        locale_day = locale.dayName(locale.firstDayOfWeek().value)
        first, last = FIRST_WEEKDAY.bounds()
        self.first_weekday: ValueCombo[int | None] = ValueCombo(
            tr("First day of the week"),
            [(tr("As the language sets it (%1)").replace("%1", locale_day), None),
             *((locale.dayName(day + 1), day) for day in range(first, last + 1))],
            tab,
        )  # fmt: skip
        self.first_weekday.set_value(preferences.first_weekday)
        form.addRow(self._words(FIRST_WEEKDAY), self.first_weekday)
        territory = country_to_show(None)  # the system's
        held = HELP_LINES_COUNTRY.allowed()
        system = (
            country_name(territory)
            if territory is not None and territory in held
            else territory or tr("not known")
        )
        countries = sorted(((country_name(code), code) for code in held),
                           key=lambda choice: choice[0].casefold())  # fmt: skip
        self.help_country: ValueCombo[str | None] = ValueCombo(
            tr("Country for help lines"),
            [(tr("As the system sets it (%1)").replace("%1", system), None), *countries],
            tab,
        )
        self.help_country.setAccessibleDescription(
            tr('"Need help now?" shows the crisis lines of this country first.')
        )
        self.help_country.set_value(help_country)
        form.addRow(self._words(HELP_LINES_COUNTRY), self.help_country)
        catalogue = named(
            QPushButton(tr("Edit..."), tab),
            tr("Edit emotions and triggers"),
            tr("Opens their own window; changes there are saved at once."),
        )
        catalogue.clicked.connect(self.catalogue_requested)
        form.addRow(tr("Emotions and triggers:"), catalogue)
        folder = named(QLabel(str(data_dir), tab), tr("Journal folder"))
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = named(QPushButton(tr("Open in file manager"), tab),
                            tr("Open in file manager"))  # fmt: skip
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        form.addRow(tr("Your journal is kept in:"), folder)
        form.addRow("", open_folder)
        return tab

    def _reminder_tab(
        self,
        preferences: Preferences,
        tray_available: bool,
        start_at_login: State,
        autostart_file: Path | None,
    ) -> QWidget:
        tr = self.tr
        tab = QWidget(self)
        column = QVBoxLayout(tab)
        self.reminder_on = named(QCheckBox(self._words(REMINDER_ON), tab), tr("Daily reminder"))
        self.reminder_on.setChecked(preferences.reminder_on)
        at = preferences.reminder_at
        self.reminder_at = named(QTimeEdit(QTime(at.hour, at.minute), tab), tr("Reminder time"))
        self.reminder_at.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.reminder_at.setEnabled(preferences.reminder_on)
        self.reminder_on.toggled.connect(self.reminder_at.setEnabled)
        form = QFormLayout()
        form.addRow(self.reminder_on)
        form.addRow(self._words(REMINDER_AT), self.reminder_at)
        column.addLayout(form)
        self.keep_in_tray = named(QCheckBox(self._words(KEEP_IN_TRAY), tab), tr("Keep in tray"))
        self.keep_in_tray.setChecked(preferences.keep_in_tray and tray_available)
        self.keep_in_tray.setEnabled(tray_available)
        self._tray_available = tray_available
        column.addWidget(self.keep_in_tray)
        where = (
            tr("The reminder comes as a notification from the tray icon; clicking it opens a "
               "check-in.")
            if tray_available
            else tr("No system tray was found on this desktop, so the reminder shows only while "
                    "moodapp is open.")
        )  # fmt: skip
        self.tray_note = named(QLabel(where, tab), tr("About the tray"))
        self.tray_note.setWordWrap(True)
        column.addWidget(self.tray_note)
        self.login = named(QCheckBox(tr("Start moodapp when I log in"), tab),
                           tr("Start moodapp when I log in"))  # fmt: skip
        self.login.setChecked(start_at_login is State.ON)
        self.login.setEnabled(start_at_login in (State.ON, State.OFF))
        column.addWidget(self.login, 0, Qt.AlignmentFlag.AlignLeft)  # no wider than its words
        if start_at_login is State.NOT_OURS:
            about_login = tr(
                "%1 is there already and moodapp did not write it, so moodapp leaves it as it is."
            ).replace("%1", str(autostart_file))
        elif start_at_login is State.UNAVAILABLE:
            about_login = tr("moodapp cannot start itself when you log in on this system.")
        else:
            about_login = tr(
                "moodapp then starts in the tray when you log in, so the reminder comes with "
                "the window closed (this needs a system tray)."
            )
        self.login_note = named(QLabel(about_login, tab), tr("About starting at login"))
        self.login_note.setWordWrap(True)
        self.login_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.login_note)
        private = QLabel(tr("Reminders come from this computer; nothing is sent anywhere."), tab)
        private.setWordWrap(True)
        column.addWidget(private)
        column.addStretch(1)
        return tab

    def _privacy_tab(self, encrypted: bool, auto_lock_minutes: int) -> QWidget:
        tr = self.tr
        tab = QWidget(self)
        column = QVBoxLayout(tab)
        self.auto_lock = named(QSpinBox(tab), tr("Auto-lock minutes"))
        self.auto_lock.setRange(*AUTO_LOCK_MINUTES.bounds())
        self.auto_lock.setValue(auto_lock_minutes)
        self.auto_lock.setSpecialValueText(tr("never"))
        self.auto_lock.setSuffix(tr(" min"))
        self.auto_lock.setEnabled(encrypted)
        form = QFormLayout()
        form.addRow(self._words(AUTO_LOCK_MINUTES), self.auto_lock)
        column.addLayout(form)
        note = QLabel(
            tr("Locking needs a passphrase: encrypt the journal from the Journal menu first.")
            if not encrypted
            else tr("Ctrl+L locks the window at once."),
            tab,
        )
        note.setWordWrap(True)
        column.addWidget(note)
        column.addStretch(1)
        delete_all = named(QPushButton(tr("Delete all my data..."), tab),
                           tr("Delete all my data"))  # fmt: skip
        delete_all.clicked.connect(self._on_delete_all_clicked)
        column.addWidget(delete_all)
        return tab

    def _on_delete_all_clicked(self) -> None:
        self.reject()
        self.delete_all_requested.emit()

    # -- what was chosen ------------------------------------------------------------

    def preferences(self) -> Preferences:
        at = self.reminder_at.time()
        return replace(
            self._preferences,
            theme=self.theme.value(),
            first_weekday=self.first_weekday.value(),
            reminder_on=self.reminder_on.isChecked(),
            reminder_at=time(at.hour(), at.minute()),
            # Without a tray the box cannot be changed: the choice made with one is kept.
            keep_in_tray=(
                self.keep_in_tray.isChecked()
                if self._tray_available
                else self._preferences.keep_in_tray
            ),
        )

    def chosen_start_at_login(self) -> bool | None:
        """Whether moodapp is to start at login; None where the box cannot be changed (a file
        that is not moodapp's is there, or this system has no autostart)."""
        if self._start_at_login not in (State.ON, State.OFF):
            return None
        return self.login.isChecked()

    def chosen_help_country(self) -> str | None:
        """The country for help lines; None: the system's."""
        return self.help_country.value()

    def auto_lock_minutes(self) -> int:
        return self.auto_lock.value()
