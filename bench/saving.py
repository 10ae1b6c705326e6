"""A durable save of one crying episode through the service layer."""

from __future__ import annotations

import statistics
import time
from datetime import timedelta

from bench.results import Result
from moodapp.domain.entries import CryingEpisode
from moodapp.paths import AppPaths
from moodapp.services.journal import opened_journal

SAVES = 200
SAVE_TARGET_MS = 5.0


def measure_save(paths: AppPaths, years: int) -> list[Result]:
    """``paths``: a copy of the journal, which gains SAVES episodes."""
    times = []
    with opened_journal(paths) as journal:
        for n in range(SAVES):
            episode = CryingEpisode(
                occurred_at=journal.now() - timedelta(minutes=n + 1),
                intensity=2,
                emotions={"sadness": 2},
                note="a durable save",
            )
            start = time.perf_counter()
            journal.entries.record(episode)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return [
        Result.at_most(
            "durable save of an episode, median",
            years,
            statistics.median(times),
            "ms",
            SAVE_TARGET_MS,
        ),
        Result.at_most(
            "durable save of an episode, p95", years, times[int(0.95 * len(times))], "ms"
        ),
    ]
