"""What time it is for the journal: the services ask a clock, so tests can fix "now"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]


def local_now() -> datetime:
    """Now, in this machine's local offset."""
    return datetime.now().astimezone()
