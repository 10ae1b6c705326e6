"""Two y axes that read together: crying counts on the left and the emotions' 0-4 on the right
share one set of grid lines, and every label on the right sits on a line of the left."""

from __future__ import annotations

import math
from dataclasses import dataclass

EMOTION_TOP = 4  # the strongest an emotion is felt
HEADROOM = 1.08  # room above the top grid line, the same share on both axes


@dataclass(frozen=True)
class PairedScale:
    count_step: int  # crying episodes between two grid lines
    intervals: int  # grid lines above zero
    emotion_step: float  # emotion intensity between two grid lines

    @property
    def count_top(self) -> float:
        return self.count_step * self.intervals * HEADROOM

    @property
    def emotion_top(self) -> float:
        return self.emotion_step * self.intervals * HEADROOM

    def count_ticks(self) -> list[int]:
        return [self.count_step * i for i in range(self.intervals + 1)]

    def emotion_ticks(self) -> list[float]:
        steps = (self.emotion_step * i for i in range(self.intervals + 1))
        return [value for value in steps if value <= EMOTION_TOP]


def paired_scale(highest: float) -> PairedScale:
    """The smallest whole-number count axis that holds ``highest``, in four or five steps (two
    for the smallest counts), each step one emotion point (two, when there are two steps)."""
    if highest <= 2:
        return PairedScale(count_step=1, intervals=2, emotion_step=2.0)
    return min(
        (PairedScale(math.ceil(highest / steps), steps, 1.0) for steps in (4, 5)),
        key=lambda scale: (scale.count_step * scale.intervals, scale.intervals),
    )
