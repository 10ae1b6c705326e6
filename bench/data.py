"""Files to import: a large seeded Daylio export, and a journal export in which every entry
changed."""

from __future__ import annotations

import csv
import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from bench.journals import SEED

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


def edit_every_entry(export: Path, edited_at: datetime) -> int:
    """Change the note of every entry in a moodapp JSON export, as edited at ``edited_at``
    (an import takes an entry's copy with the newer ``updated_at``); the number of entries."""
    document = json.loads(export.read_text(encoding="utf-8"))
    for entry in document["entries"]:
        entry["note"] = f"{entry['note']} (edited)".lstrip()
        entry["updated_at"] = edited_at.isoformat()
    export.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(document["entries"])


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
