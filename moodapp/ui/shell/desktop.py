"""This computer's preferences at work: the theme, the week's first day, the daily reminder
and the tray icon, applied to the whole app and kept between runs."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from moodapp.ui.common.locale_info import choose_first_weekday
from moodapp.ui.look.theme import ThemeKeeper
from moodapp.ui.settings import preferences as stored
from moodapp.ui.settings.preferences import Preferences
from moodapp.ui.shell.reminder import Reminder, Tray, remind_in_window, tray_available


class Desktop(ThemeKeeper):
    """Owned by the main window; tells it when the person wants a check-in or the window."""

    check_in_requested = Signal()
    need_help_requested = Signal()
    open_requested = Signal()
    quit_requested = Signal()
    week_changed = Signal()

    def __init__(self, window: QWidget, settings: QSettings, icon: QIcon) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        super().__init__(app, window)  # goes with its window
        self._window = window
        self._settings = settings
        self._icon = icon
        self._tray: Tray | None = None  # made when the reminder or the tray is first wanted
        self._started_in_tray = False  # this run: closing the window leaves it in the tray
        self.reminder = Reminder(self)
        self.reminder.due.connect(self._on_reminder_due)
        self.preferences = stored.load(settings)
        self._use(self.preferences)

    def change(self, chosen: Preferences) -> None:
        """Keep and apply what the person chose in the settings."""
        week = chosen.first_weekday != self.preferences.first_weekday
        stored.save(self._settings, chosen)
        self.preferences = chosen
        self._use(chosen)
        if week:
            self.week_changed.emit()

    def _use(self, chosen: Preferences) -> None:
        self.apply(chosen.theme)
        choose_first_weekday(chosen.first_weekday)
        self.reminder.set(chosen.reminder_on, chosen.reminder_at)
        wants_tray = chosen.reminder_on or chosen.keep_in_tray or self._started_in_tray
        if wants_tray and tray_available():
            self._ensure_tray().icon.show()
        elif self._tray is not None:
            self._tray.icon.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(not self.lives_in_tray)

    def start_in_tray(self) -> bool:
        """moodapp starts in the tray, its window hidden (``--in-tray``, as at login): for this
        run the tray icon stays and closing the window leaves moodapp in the tray, as with
        Keep in tray, so the reminder comes. False, and nothing changed, without a tray."""
        if not tray_available():
            return False
        self._started_in_tray = True
        self._use(self.preferences)
        return True

    def _ensure_tray(self) -> Tray:
        if self._tray is None:
            self._tray = Tray(self._icon, self)
            self._tray.open_requested.connect(self.open_requested)
            self._tray.check_in_requested.connect(self.check_in_requested)
            self._tray.need_help_requested.connect(self.need_help_requested)
            self._tray.quit_requested.connect(self.quit_requested)
        return self._tray

    @property
    def lives_in_tray(self) -> bool:
        """Whether closing the window leaves moodapp running in the tray."""
        keep = self.preferences.keep_in_tray or self._started_in_tray
        return keep and self._tray is not None and self._tray.icon.isVisible()

    def _on_reminder_due(self) -> None:
        if self._tray is not None and self._tray.icon.isVisible():
            self._tray.notify()
        elif self._window.isVisible() and remind_in_window(self._window):
            self.check_in_requested.emit()
