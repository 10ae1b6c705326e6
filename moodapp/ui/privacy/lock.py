"""Locking the window: a screen that hides the journal until the passphrase is entered,
and a watcher that locks it after some idle minutes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from moodapp.ui.common.form_parts import named
from moodapp.ui.look import tokens

MS_PER_MINUTE = 60_000


class LockScreen(QWidget):
    """Shown instead of the journal while it is locked."""

    unlock_requested = Signal(str)  # the passphrase typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Your journal is locked"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * tokens.TITLE)
        title.setFont(font)
        hint = QLabel(self.tr("Enter your passphrase to see it again."), self)
        self.passphrase = named(QLineEdit(self), self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 24))
        self.problem = named(QLabel(self), self.tr("Problem"))
        self.unlock = named(QPushButton(self.tr("Unlock"), self), self.tr("Unlock"))
        self.unlock.setDefault(True)
        column = QVBoxLayout(self)
        column.addStretch(1)
        for widget in (title, hint, self.passphrase, self.problem, self.unlock):
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self.unlock.clicked.connect(self._on_unlock_clicked)
        self.passphrase.returnPressed.connect(self._on_unlock_clicked)

    def _on_unlock_clicked(self) -> None:
        self.unlock_requested.emit(self.passphrase.text())

    def reset(self, problem: str = "") -> None:
        self.passphrase.clear()
        self.problem.setText(problem)
        self.passphrase.setFocus()


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without a key press, click or mouse move in the app.

    It watches every event of the application only while it is on.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._activity: frozenset[QEvent.Type] = frozenset()
        self._watching = False

    def set_minutes(self, minutes: int) -> None:
        """0 switches the watch off."""
        self._timer.stop()
        app = QApplication.instance()
        assert app is not None
        if minutes <= 0:
            if self._watching:
                app.removeEventFilter(self)
                self._watching = False
            return
        if not self._activity:  # Qt's event types are looked up once, when first needed
            kind = QEvent.Type
            self._activity = frozenset(
                {kind.KeyPress, kind.MouseButtonPress, kind.MouseMove, kind.Wheel, kind.TouchBegin}
            )
        if not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self._timer.setInterval(minutes * MS_PER_MINUTE)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._timer.isActive() and event.type() in self._activity:
            self._timer.start()  # starts the wait again
        return False
