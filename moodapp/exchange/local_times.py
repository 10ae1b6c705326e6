"""Wall-clock times without a UTC offset (Daylio's, or typed on the command line) as this
computer's local time, with the offset it had on that date.

Where the clocks moved forward (02:00 to 03:00 on a spring night in Berlin), 02:30 never
happened: ``local_time`` reads it as the clock would have shown it without the jump, 03:30
summer time, and ``skipped`` lets the command line say so instead. Where the clocks moved
back, 02:30 happened twice: it is the first of the two, still summer time.
"""

from __future__ import annotations

from datetime import datetime


def skipped(naive: datetime) -> bool:
    """Whether the clocks here jumped over ``naive``."""
    return naive.astimezone().replace(tzinfo=None) != naive


def local_time(naive: datetime) -> datetime:
    first = naive.astimezone()
    if first.replace(tzinfo=None) == naive:
        return first
    # In the gap the two folds give the times either side of the jump; which fold gives
    # which changed in Python 3.12 (it now follows PEP 495). The later one is what the
    # clock would have shown had it not jumped.
    return max(naive.replace(fold=0).astimezone(), naive.replace(fold=1).astimezone())
