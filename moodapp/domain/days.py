"""One day of the journal at a glance, as calendars show it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class EpisodeFilter:
    """Which crying episodes count: all of them, or those with an emotion or a trigger."""

    emotion: str | None = None
    trigger: str | None = None


ALL_EPISODES = EpisodeFilter()


@dataclass(frozen=True, kw_only=True)
class DaySummary:
    day: date
    check_ins: int = 0
    mood: float | None = None  # mean of the day's check-ins, -3..+3
    energy: float | None = None
    said_no_crying: bool = False  # a check-in of the day said "no crying today"
    cried: int = 0  # episodes that passed the filter, by kind
    almost_cried: int = 0
    strongest_intensity: int | None = None  # of those episodes
    top_emotions: tuple[str, ...] = ()  # emotion keys, strongest first (at most three)

    @property
    def episodes(self) -> int:
        return self.cried + self.almost_cried

    @property
    def no_crying(self) -> bool:
        """Checked in, said there was no crying, and no tears were logged that day."""
        return self.said_no_crying and self.cried == 0

    @property
    def has_entries(self) -> bool:
        return self.check_ins > 0 or self.episodes > 0
