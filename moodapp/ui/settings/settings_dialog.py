"""Settings (Ctrl+,): the look, the week, the country for help lines, the daily reminder,
starting at login, privacy, and where the journal lives.

The look, the week and the reminder belong to this computer (``preferences``); starting
at login too, but it is the autostart file itself (``autostart.py``), read before the dialog
opens and written by the window after OK;
auto-lock and the country for help lines belong to the journal. The rows of the
declared settings (``SHOWN`` in ``domain/settings.py``) are made from their declarations
(``setting_rows``): each its section's tab, its words, its kind of control and limits;
the dialog shows each one's value when it opens and gives them all back alike.
Everything here applies with OK, and Cancel leaves it all as it was. Emotions and
triggers are not edited here: their changes are saved at once, so they have a window of
their own (a button here opens it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moodapp.autostart import State
from moodapp.domain.settings import (
    AUTO_LOCK_MINUTES,
    HELP_LINES_COUNTRY,
    KEEP_IN_TRAY,
    SHOWN,
    Scope,
    Section,
    Setting,
)
from moodapp.ui.common.form_parts import named
from moodapp.ui.settings import preferences as held
from moodapp.ui.settings.preferences import Preferences
from moodapp.ui.settings.setting_rows import LOOKS, Row, make_row

T = TypeVar("T")


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
        journal = {AUTO_LOCK_MINUTES: auto_lock_minutes, HELP_LINES_COUNTRY: help_country}
        self._shown: dict[Setting[Any], Any] = {
            setting: held.value_of(preferences, setting)
            if setting.scope is Scope.COMPUTER
            else journal[setting]
            for setting in SHOWN
        }
        # A row that cannot be used here shows the default, and its value is kept as it was.
        self._unavailable: set[Setting[Any]] = set() if tray_available else {KEEP_IN_TRAY}
        if not encrypted:
            self._unavailable.add(AUTO_LOCK_MINUTES)
        self.rows: dict[Setting[Any], Row] = {}
        self.tabs = named(QTabWidget(self), self.tr("Settings sections"))
        self.tabs.addTab(self._general_tab(data_dir), self.tr("General"))
        self._start_at_login = start_at_login
        reminder = self._reminder_tab(tray_available, start_at_login, autostart_file)
        self.tabs.addTab(reminder, self.tr("Reminder"))
        self.tabs.addTab(self._privacy_tab(encrypted), self.tr("Privacy"))
        self._show_values()
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

    def _declared_rows(self, section: Section, tab: QWidget) -> QFormLayout:
        """A form with a row for each declared setting of ``section``."""
        form = QFormLayout()
        for setting in SHOWN:
            if setting.section is section:
                self.rows[setting] = row = make_row(setting, tab)
                row.add_to(form)
        return form

    def _show_values(self) -> None:
        """Show each setting's value (the default where its row cannot be used), and let a
        row that needs a box ticked follow that box."""
        for setting, row in self.rows.items():
            row.show(setting.default if setting in self._unavailable else self._shown[setting])
            row.control.setEnabled(setting not in self._unavailable)
            needs = LOOKS[setting.key].needs
            if needs is not None:
                box = self.rows[needs].control
                assert isinstance(box, QCheckBox), f"{needs.key} is no yes or no"
                row.control.setEnabled(box.isChecked())
                box.toggled.connect(row.control.setEnabled)

    def chosen(self, setting: Setting[T]) -> T:
        """The value chosen for ``setting``; as it was where its row cannot be used."""
        unavailable = setting in self._unavailable
        value: T = self._shown[setting] if unavailable else self.rows[setting].value()
        return value

    # -- tabs ---------------------------------------------------------------------

    def _general_tab(self, data_dir: Path) -> QWidget:
        tab = QWidget(self)
        form = self._declared_rows(Section.GENERAL, tab)
        tab.setLayout(form)
        catalogue = named(
            QPushButton(self.tr("Edit..."), tab),
            self.tr("Edit emotions and triggers"),
            self.tr("Opens their own window; changes there are saved at once."),
        )
        catalogue.clicked.connect(self.catalogue_requested)
        form.addRow(self.tr("Emotions and triggers:"), catalogue)
        folder = named(QLabel(str(data_dir), tab), self.tr("Journal folder"))
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = named(
            QPushButton(self.tr("Open in file manager"), tab), self.tr("Open in file manager")
        )
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        form.addRow(self.tr("Your journal is kept in:"), folder)
        form.addRow("", open_folder)
        return tab

    def _reminder_tab(
        self, tray_available: bool, start_at_login: State, autostart_file: Path | None
    ) -> QWidget:
        tab = QWidget(self)
        column = QVBoxLayout(tab)
        column.addLayout(self._declared_rows(Section.REMINDER, tab))
        where = (
            self.tr(
                "The reminder comes as a notification from the tray icon; clicking it opens a "
                "check-in."
            )
            if tray_available
            else self.tr(
                "No system tray was found on this desktop, so the reminder shows only while "
                "moodapp is open."
            )
        )
        self.tray_note = named(QLabel(where, tab), self.tr("About the tray"))
        self.tray_note.setWordWrap(True)
        column.addWidget(self.tray_note)
        self.login = named(
            QCheckBox(self.tr("Start moodapp when I log in"), tab),
            self.tr("Start moodapp when I log in"),
        )
        self.login.setChecked(start_at_login is State.ON)
        self.login.setEnabled(start_at_login in (State.ON, State.OFF))
        column.addWidget(self.login, 0, Qt.AlignmentFlag.AlignLeft)  # no wider than its words
        if start_at_login is State.NOT_OURS:
            about_login = self.tr(
                "%1 is there already and moodapp did not write it, so moodapp leaves it as it is."
            ).replace("%1", str(autostart_file))
        elif start_at_login is State.UNAVAILABLE:
            about_login = self.tr("moodapp cannot start itself when you log in on this system.")
        else:
            about_login = self.tr(
                "moodapp then starts in the tray when you log in, so the reminder comes with "
                "the window closed (this needs a system tray)."
            )
        self.login_note = named(QLabel(about_login, tab), self.tr("About starting at login"))
        self.login_note.setWordWrap(True)
        self.login_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.login_note)
        private = QLabel(
            self.tr("Reminders come from this computer; nothing is sent anywhere."), tab
        )
        private.setWordWrap(True)
        column.addWidget(private)
        column.addStretch(1)
        return tab

    def _privacy_tab(self, encrypted: bool) -> QWidget:
        tab = QWidget(self)
        column = QVBoxLayout(tab)
        column.addLayout(self._declared_rows(Section.PRIVACY, tab))
        note = QLabel(
            self.tr("Locking needs a passphrase: encrypt the journal from the Journal menu first.")
            if not encrypted
            else self.tr("Ctrl+L locks the window at once."),
            tab,
        )
        note.setWordWrap(True)
        column.addWidget(note)
        column.addStretch(1)
        delete_all = named(
            QPushButton(self.tr("Delete all my data..."), tab), self.tr("Delete all my data")
        )
        delete_all.clicked.connect(self._on_delete_all_clicked)
        column.addWidget(delete_all)
        return tab

    def _on_delete_all_clicked(self) -> None:
        self.reject()
        self.delete_all_requested.emit()

    # -- what was chosen ------------------------------------------------------------

    def preferences(self) -> Preferences:
        """The preferences with this computer's settings as chosen."""
        chosen = {s: self.chosen(s) for s in SHOWN if s.scope is Scope.COMPUTER}
        return held.with_values(self._preferences, chosen)

    def chosen_start_at_login(self) -> bool | None:
        """Whether moodapp is to start at login; None where the box cannot be changed (a file
        that is not moodapp's is there, or this system has no autostart)."""
        if self._start_at_login not in (State.ON, State.OFF):
            return None
        return self.login.isChecked()

    def chosen_help_country(self) -> str | None:
        """The country for help lines; None: the system's."""
        return self.chosen(HELP_LINES_COUNTRY)

    def auto_lock_minutes(self) -> int:
        return self.chosen(AUTO_LOCK_MINUTES)
