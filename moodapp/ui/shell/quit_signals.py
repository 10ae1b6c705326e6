"""Ctrl+C in the terminal (SIGINT) and SIGTERM (a logout, `kill`) close the window as its
Quit does: the layout is kept, the journal closed (SQLite folds its log back into the
file) and the lock released, instead of the process dying with them left behind.

Python runs a signal's handler only between two of its own instructions, and while Qt's
event loop waits there are none. So the signal also wakes the loop: Python writes its
number to a socket (``signal.set_wakeup_fd``) that a QSocketNotifier watches; reading it
is Python code, and the handler runs then.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import sys
from collections.abc import Callable, Iterator

from PySide6.QtCore import QSocketNotifier

QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def quitting_on_signals(quit_app: Callable[[], None]) -> Iterator[None]:
    """Inside, SIGINT and SIGTERM call ``quit_app`` (once the event loop runs); on leaving,
    the handlers as they were come back."""
    if sys.platform == "win32":  # no wakeup socket for Qt's loop there; Ctrl+C ends it
        yield
        return
    waker, woken = socket.socketpair()
    for end in (waker, woken):
        end.setblocking(False)
    previous_fd = signal.set_wakeup_fd(waker.fileno(), warn_on_full_buffer=False)
    previous = {number: signal.getsignal(number) for number in QUIT_SIGNALS}
    notifier = QSocketNotifier(woken.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: _drain(woken))
    for number in QUIT_SIGNALS:
        signal.signal(number, lambda _number, _frame: quit_app())
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        waker.close()
        woken.close()


def _drain(woken: socket.socket) -> None:
    with contextlib.suppress(OSError):  # BlockingIOError once it is empty
        while woken.recv(64):
            pass
