"""The main window's size and place: all of it, frame and status bar, on the screen.

A window is sized before it is shown, when the window manager has not yet said
how tall its title bar is: a guess stands in for the frame until then.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = QSize(1100, 760)
FRAME_GUESS = QMargins(4, 32, 4, 4)  # borders and a title bar, generously


def frame_margins(window: QWidget) -> QMargins:
    """The frame around the window, as far as it is known yet."""
    frame, inner = window.frameGeometry(), window.geometry()
    known = QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )
    return FRAME_GUESS if known.isNull() else known


def _within(start: int, length: int, low: int, room: int) -> int:
    return max(low, min(start, low + room - length))


def fitted(inner: QRect, margins: QMargins, available: QRect, centre: bool = False) -> QRect:
    """``inner`` (the window without its frame), made small enough and moved so that
    with its frame it lies within ``available``; centred there if ``centre``."""
    size = inner.size().boundedTo(available.size().shrunkBy(margins))
    frame = QRect(QPoint(0, 0), size.grownBy(margins))
    if centre:
        frame.moveCenter(available.center())
    else:
        frame.moveTopLeft(inner.topLeft() - QPoint(margins.left(), margins.top()))
        frame.moveTo(
            _within(frame.left(), frame.width(), available.left(), available.width()),
            _within(frame.top(), frame.height(), available.top(), available.height()),
        )
    return frame.marginsRemoved(margins)


def fit_on_screen(window: QWidget, default: QSize | None = None) -> None:
    """Give ``window`` the ``default`` size (centred), or keep its own (a restored one),
    in either case no larger than its screen's free area, and all of it on that area."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return  # the window manager fits those
    available = window.screen().availableGeometry()
    margins = frame_margins(window)
    if default is not None:
        window.resize(default)
    inner = window.geometry()
    if default is None and available.contains(inner.marginsAdded(margins)):
        return
    window.setGeometry(fitted(inner, margins, available, centre=default is not None))
