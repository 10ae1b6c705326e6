"""Seeded synthetic data for the benchmark: a ten-year journal and a large Daylio export."""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

from moodapp.paths import AppPaths
from moodapp.services.demo import fill_demo_journal
from moodapp.services.journal import opened_journal

SEED = 2026
ACTIVITIES = [
    "work", "family", "friends", "date", "sport", "walk", "reading", "gaming", "music",
    "cooking", "cleaning", "shopping", "movies", "meditation", "good sleep", "bad sleep",
    "early night", "coffee", "alcohol", "therapy", "doctor", "travel", "nature", "crying",
    "tears",
]  # fmt: skip
MOODS = ["rad", "good", "good", "meh", "meh", "meh", "bad", "awful"]
NOTES = [
    "", "", "", "Quiet day.", "Long day at work, \"really\" long.",
    "Talked with Sam, felt lighter afterwards.", "Tired, but the walk helped.\nEarly night.",
]  # fmt: skip
ROWS_PER_DAY = 3


def ten_year_journal(folder: Path) -> AppPaths:
    """About 3,650 check-ins and the episodes and emotions that go with them."""
    paths = AppPaths.under(folder)
    with opened_journal(paths) as journal:
        fill_demo_journal(journal, seed=SEED, years=10)
    return paths


def daylio_export(path: Path, rows: int, today: date) -> None:
    """A Daylio CSV export of ``rows`` rows, newest first, as Daylio writes it."""
    rng = random.Random(SEED)
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["full_date", "date", "weekday", "time", "mood", "activities",
                         "note_title", "note"])  # fmt: skip
        for row in range(rows):
            day = today - timedelta(days=1 + row // ROWS_PER_DAY)
            hour = rng.randint(1, 12)
            minute = rng.randint(0, 59)
            # Crying is one activity among many: a few rows in a hundred have it.
            pool = ACTIVITIES if rng.random() < 0.16 else ACTIVITIES[:-2]
            activities = rng.sample(pool, rng.randint(0, 4))
            writer.writerow([
                day.isoformat(), day.strftime("%B %d"), day.strftime("%A"),
                f"{hour}:{minute:02d} {rng.choice(['am', 'pm'])}", rng.choice(MOODS),
                " | ".join(activities), "", rng.choice(NOTES),
            ])  # fmt: skip
