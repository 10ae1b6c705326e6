"""The mouse wheel scrolls the page, not the value of a field the person did not choose.

A combo box, spin box or slider under the pointer takes the wheel by default, so a
person scrolling a long form changed "How they reacted" without noticing. A guarded
field takes the wheel only while it has the keyboard focus (a click or Tab gives it);
otherwise the wheel scrolls the scroll area around it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.Wheel
            or not isinstance(watched, QWidget)
            or not isinstance(event, QWheelEvent)
            or watched.hasFocus()
        ):
            return False
        area = _scroll_area_around(watched)
        if area is not None:
            # Sent on to the area itself: Qt passes a synthesised wheel event to no parent.
            viewport = area.viewport()
            QApplication.sendEvent(
                viewport,
                QWheelEvent(
                    watched.mapTo(viewport, event.position()),
                    event.globalPosition(),
                    event.pixelDelta(),
                    event.angleDelta(),
                    event.buttons(),
                    event.modifiers(),
                    event.phase(),
                    event.inverted(),
                    event.source(),
                ),
            )
        event.accept()
        return True


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


_guard: _WheelGuard | None = None


def wheel_needs_focus(widget: QWidget) -> QWidget:
    """Let ``widget`` take the wheel only while it has the focus; the wheel never gives it."""
    global _guard  # noqa: PLW0603 - one filter object serves every guarded widget
    if _guard is None:
        _guard = _WheelGuard()
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_guard)
    return widget
