"""The daily reminder to check in, and the tray icon that carries it.

With a system tray, a tray icon shows while the reminder is on (or the person
keeps moodapp in the tray), and at the chosen time a notification asks "How are
you today?"; clicking it opens a new check-in. Without a tray the reminder shows
in the window while moodapp is open. The notification is the desktop's own,
through the tray; nothing is sent anywhere.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QMessageBox, QSystemTrayIcon, QWidget

NOTIFICATION_MS = 15_000
MS_PER_SECOND = 1000


def ms_until(now: datetime, at: time) -> int:
    """Milliseconds from ``now`` to the next time the clock shows ``at`` (today or tomorrow)."""
    target = now.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    if target <= now:
        target += timedelta(days=1)
    return max(1, int((target - now).total_seconds() * MS_PER_SECOND))


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Reminder(QObject):
    """Fires ``due`` every day at the chosen time while it is on."""

    due = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._at: time | None = None

    def set(self, on: bool, at: time) -> None:
        self._timer.stop()
        self._at = at if on else None
        self._arm()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _arm(self) -> None:
        if self._at is not None:
            self._timer.start(ms_until(datetime.now(), self._at))

    def _on_timer_timeout(self) -> None:
        self.due.emit()
        self._arm()  # the same time tomorrow


class Tray(QObject):
    """The tray icon with its menu; ``open_requested`` and ``check_in_requested`` lead to
    the window."""

    open_requested = Signal()
    check_in_requested = Signal()
    need_help_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("moodapp")
        self.menu = QMenu()
        self.menu.addAction(tr("Open moodapp"), self.open_requested.emit)
        self.menu.addAction(tr("New check-in"), self.check_in_requested.emit)
        self.need_help_action = self.menu.addAction(tr("Need help now?"),
                                                    self.need_help_requested.emit)  # fmt: skip
        self.menu.addSeparator()
        self.menu.addAction(tr("Quit moodapp"), self.quit_requested.emit)
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reminder", text)


def remind_in_window(parent: QWidget) -> bool:
    """The reminder without a tray: a question in the window; True to check in now."""
    box = QMessageBox(QMessageBox.Icon.Question, "moodapp", _tr("How are you today?"),
                      parent=parent)  # fmt: skip
    box.setInformativeText(_tr("A short check-in takes a minute."))
    check_in = box.addButton(_tr("Check in now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is check_in
