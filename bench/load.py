"""How busy the rest of the machine was while a figure was measured.

The processor time the whole machine spent (from /proc/stat) minus what the
benchmark and the child processes it waited for spent (os.times) is the work of
other programs. A figure taken while they used more than BUSY_CORES of a core on
average is marked: it is likely slower than on a quiet machine.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

BUSY_CORES = 0.25
_TICKS = os.sysconf("SC_CLK_TCK")


def _machine_cpu_seconds() -> float | None:
    try:
        fields = Path("/proc/stat").read_text(encoding="ascii").split("\n", 1)[0].split()
    except OSError:
        return None  # not Linux: nothing is marked
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[1:9])
    return (user + nice + system + irq + softirq + steal) / _TICKS


def _own_cpu_seconds() -> float:
    mine = os.times()
    return mine.user + mine.system + mine.children_user + mine.children_system


class LoadMeter:
    """``with LoadMeter() as load: ...``, then ``load.others`` (cores used by others)."""

    others: float = 0.0

    def __enter__(self) -> LoadMeter:
        self._start = (time.monotonic(), _machine_cpu_seconds(), _own_cpu_seconds())
        return self

    def __exit__(self, *exc_info: object) -> None:
        began, machine, own = self._start
        machine_now = _machine_cpu_seconds()
        if machine is None or machine_now is None:
            return
        others = (machine_now - machine) - (_own_cpu_seconds() - own)
        self.others = max(0.0, others / max(time.monotonic() - began, 1e-9))

    @property
    def busy(self) -> bool:
        return self.others > BUSY_CORES
