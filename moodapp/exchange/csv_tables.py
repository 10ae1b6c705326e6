"""The journal as tidy CSV tables, in a folder or a zip, described in docs/EXPORT-FORMATS.md:
which tables there are and what their columns hold.

One table per kind of thing, one row per thing, a header row, UTF-8 with a
byte-order mark (so spreadsheets pick the right encoding), ISO 8601 dates and
times, ``true``/``false``, ``.`` as the decimal point, and an empty cell for a
detail that was not recorded. ``csv_writer`` writes them, ``csv_reader`` reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

FORMAT_NAME = "moodapp-csv"
FORMAT_VERSION = 1
ENCODING = "utf-8-sig"

# How a column's cells become values: "text" keeps an empty cell as "", the others
# read an empty cell as "not recorded".
TEXT, OPTIONAL, INT, FLOAT, BOOL = "text", "optional", "int", "float", "bool"


@dataclass(frozen=True)
class Table:
    file: str
    columns: tuple[tuple[str, str], ...]  # (name, kind)

    @property
    def header(self) -> list[str]:
        return [name for name, _ in self.columns]


ABOUT = Table("export.csv", (("key", TEXT), ("value", TEXT)))
EPISODES = Table(
    "episodes.csv",
    (
        ("uid", TEXT), ("kind", TEXT), ("occurred_at", OPTIONAL), ("local_date", TEXT),
        ("intensity", INT), ("duration_minutes", INT), ("company", OPTIONAL),
        ("reaction", OPTIONAL), ("held_back", BOOL), ("ashamed", BOOL), ("resolved", OPTIONAL),
        ("mood_after", OPTIONAL), ("mood_after_score", INT), ("mood_later_score", INT),
        ("what_helped", TEXT), ("note", TEXT), ("created_at", OPTIONAL), ("updated_at", OPTIONAL),
    ),
)  # fmt: skip
CHECK_INS = Table(
    "check_ins.csv",
    (
        ("uid", TEXT), ("occurred_at", OPTIONAL), ("local_date", TEXT), ("mood", INT),
        ("energy", INT), ("urge_to_cry", INT), ("no_crying_today", BOOL), ("sleep_hours", FLOAT),
        ("daily_life_hard", INT), ("note", TEXT), ("created_at", OPTIONAL),
        ("updated_at", OPTIONAL),
    ),
)  # fmt: skip
ENTRY_EMOTIONS = Table(
    "entry_emotions.csv", (("entry_uid", TEXT), ("emotion", TEXT), ("intensity", INT))
)
ENTRY_TRIGGERS = Table("entry_triggers.csv", (("entry_uid", TEXT), ("trigger", TEXT)))
ENTRY_TAGS = Table("entry_tags.csv", (("entry_uid", TEXT), ("tag", TEXT)))
EMOTIONS = Table(
    "emotions.csv",
    (
        ("key", TEXT), ("label", TEXT), ("valence", OPTIONAL), ("colour", TEXT),
        ("builtin", BOOL), ("archived", BOOL), ("sort_order", INT),
    ),
)  # fmt: skip
TRIGGERS = Table(
    "triggers.csv",
    (
        ("key", TEXT), ("label", TEXT), ("valence", OPTIONAL), ("builtin", BOOL),
        ("archived", BOOL), ("sort_order", INT),
    ),
)  # fmt: skip
TAGS = Table("tags.csv", (("tag", TEXT),))
REFLECTIONS = Table(
    "reflections.csv",
    (("uid", TEXT), ("week_end", TEXT), ("text", TEXT), ("created_at", OPTIONAL),
     ("updated_at", OPTIONAL)),
)  # fmt: skip
SETTINGS = Table("settings.csv", (("key", TEXT), ("value", TEXT)))

TABLES = (
    ABOUT, EPISODES, CHECK_INS, ENTRY_EMOTIONS, ENTRY_TRIGGERS, ENTRY_TAGS,
    EMOTIONS, TRIGGERS, TAGS, REFLECTIONS, SETTINGS,
)  # fmt: skip
IDENTIFYING = (EPISODES, CHECK_INS)  # the tables that make a folder a moodapp export
# Every table but export.csv must be there: one left out would drop details silently. An
# export writes each table, with only its header row when it has nothing.
REQUIRED = tuple(t for t in TABLES if t is not ABOUT)
