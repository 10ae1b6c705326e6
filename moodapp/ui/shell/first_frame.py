"""Work that can wait until a widget's first frame is on the screen.

A widget that opens with the window (the Entry view) leaves what the person does
not need to see at once (the summary of the last four weeks, say) until just after
its first paint, so the window appears sooner; the work runs in the next turn of the
event loop, before any key or click can reach the widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstFrame(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._work = work
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # once this frame is drawn
        return False

    def _run(self) -> None:
        self.deleteLater()
        self._work()


def after_first_frame(widget: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` once, just after ``widget`` is first painted (never, if it never is)."""
    _FirstFrame(widget, work)
