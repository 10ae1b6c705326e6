"""Ctrl+C held back for a moment: around a commit and the note that it happened, so that
what moodapp says afterwards ("imported" or "nothing was imported") is what happened."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType


@contextlib.contextmanager
def ctrl_c_held() -> Iterator[None]:
    """Inside the block, Ctrl+C (SIGINT) is only noted; once the block has ended it takes
    effect as it would have (KeyboardInterrupt, as a rule). Where Python runs no signal
    handlers (outside the main thread) this changes nothing."""
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or previous is None:
        yield
        return
    noted: list[FrameType | None] = []
    signal.signal(signal.SIGINT, lambda _signum, frame: noted.append(frame))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if noted:
            if callable(previous):
                previous(signal.SIGINT, noted[0])
            elif previous == signal.SIG_DFL:
                signal.raise_signal(signal.SIGINT)
