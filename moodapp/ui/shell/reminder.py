"""The daily reminder to check in, and the tray icon that carries it.

With a system tray, a tray icon shows while the reminder is on (or the person
keeps moodapp in the tray), and at the chosen time a notification asks "How are
you today?"; clicking it opens a new check-in. Without a tray the reminder shows
in the window while moodapp is open. The notification is the desktop's own,
through the tray; nothing is sent anywhere. The time is the wall clock's, on the days the
clocks change too (domain/reminder_times.py), and a time that passed while the computer
slept comes on waking, if it is still that day.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QMessageBox, QSystemTrayIcon, QWidget

from moodapp.domain.reminder_times import next_due, still_that_day
from moodapp.services.clock import Clock, local_now
from moodapp.ui.common.words import translate

NOTIFICATION_MS = 15_000
MS_PER_SECOND = 1000
# The longest wait between two looks at the clock. Timers stand still while the computer
# sleeps; looking every minute notices a wake, and the clock being changed, within a minute.
LOOK_EVERY_MS = 60_000


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Reminder(QObject):
    """Fires ``due`` every day when the clock shows the chosen time, while it is on. A time
    that passed while the computer slept fires on waking, if it is still that day."""

    due = Signal()

    def __init__(self, parent: QObject | None = None, clock: Clock = local_now) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._at: time | None = None
        self.next_due: datetime | None = None

    def set(self, on: bool, at: time) -> None:
        self._at = at if on else None
        self.next_due = next_due(self._clock(), at) if on else None
        self._arm()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _arm(self) -> None:
        if self.next_due is None:
            self._timer.stop()
            return
        wait = (self.next_due - self._clock()).total_seconds() * MS_PER_SECOND
        self._timer.start(int(min(max(wait, 1), LOOK_EVERY_MS)))

    def _on_timer_timeout(self) -> None:
        now = self._clock()
        due = self.next_due
        if due is not None and self._at is not None and now >= due:
            self.next_due = next_due(now, self._at)
            if still_that_day(now, due):
                self.due.emit()
        self._arm()


class Tray(QObject):
    """The tray icon with its menu; ``open_requested`` and ``check_in_requested`` lead to
    the window."""

    open_requested = Signal()
    check_in_requested = Signal()
    need_help_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("moodapp")
        self.menu = QMenu()
        self.menu.addAction(self.tr("Open moodapp"), self.open_requested.emit)
        self.menu.addAction(self.tr("New check-in"), self.check_in_requested.emit)
        self.need_help_action = self.menu.addAction(
            self.tr("Need help now?"), self.need_help_requested.emit
        )
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Quit moodapp"), self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        self.icon.messageClicked.connect(self.check_in_requested)

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()

    def notify(self) -> None:
        self.icon.showMessage(
            "moodapp",
            self.tr("How are you today? A short check-in takes a minute."),
            QSystemTrayIcon.MessageIcon.Information,
            NOTIFICATION_MS,
        )


def remind_in_window(parent: QWidget) -> bool:
    """The reminder without a tray: a question in the window; True to check in now."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "moodapp",
        translate("Reminder", "How are you today?"),
        parent=parent,
    )
    box.setInformativeText(translate("Reminder", "A short check-in takes a minute."))
    check_in = box.addButton(
        translate("Reminder", "Check in now"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("Reminder", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is check_in
