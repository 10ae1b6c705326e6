"""The journal's pieces as files carry them, and the errors and progress of moving them.

``JournalContent`` is what an export writes and what an import reads, before
anything touches the database. An ``ImportBatch`` adds where each entry came
from, so that a message can name the file and line.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from moodapp.domain.catalogue import Emotion, Trigger
from moodapp.domain.entries import Entry
from moodapp.domain.reflection import Reflection
from moodapp.domain.storable import showable

# Called now and then with what is being done, how much of it is done, and the total;
# it may raise Cancelled to stop the work.
Progress = Callable[[str, int, int], None]


def no_progress(step: str, done: int, total: int) -> None:
    """A Progress that shows nothing."""


class FormatError(ValueError):
    """A file that cannot be imported; the message names the file, line or record, and field.

    What it quotes from the file (or the file's name) may hold characters that are not text,
    which no terminal or window could show: they are shown as U+FFFD instead."""

    def __init__(self, where: str, problem: str) -> None:
        where, problem = showable(where), showable(problem)
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


def csv_problem(error: Exception) -> str:
    """What a csv.Error means for the person reading the message."""
    if "field larger than field limit" in str(error):
        return (
            f"has a cell of more than {csv.field_size_limit():,} characters, far more than "
            "a note can hold; the file may be damaged"
        )
    return f"cannot be read as CSV ({error})"


def csv_row(header: list[str], cells: list[str], where: str) -> dict[str, str]:
    """A table's row by column name; raises FormatError when it has more or fewer cells
    than the header."""
    if len(cells) != len(header):
        raise FormatError(where, f"has {len(cells)} cells, but the header has {len(header)}")
    return dict(zip(header, cells, strict=True))


def newer_version(version: object, readable: int) -> str:
    """The problem of an export in a format version newer than ``readable``."""
    return (
        f"was written in format version {version} by a newer moodapp; "
        f"this version reads up to {readable}. Please update moodapp."
    )


class Cancelled(Exception):
    """The person cancelled a long piece of work; nothing of it was kept."""


@dataclass
class JournalContent:
    entries: list[Entry] = field(default_factory=list)
    emotions: list[Emotion] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    settings: dict[str, str] = field(default_factory=dict)
    reflections: list[Reflection] = field(default_factory=list)


@dataclass(frozen=True)
class ExportInfo:
    """What an export says about itself."""

    exported_at: datetime
    app_version: str
    start: date | None  # the first day of the exported entries, or None for all
    end: date | None


@dataclass
class ImportBatch:
    source: str  # the file's name, for messages
    content: JournalContent = field(default_factory=JournalContent)
    locations: dict[str, str] = field(default_factory=dict)  # uid -> "episodes.csv line 12"
    reflection_locations: dict[str, str] = field(default_factory=dict)  # uid -> where
    setting_locations: dict[str, str] = field(default_factory=dict)  # key -> where
    notes: list[str] = field(default_factory=list)  # what the reader did, in words

    def where(self, uid: str) -> str:
        return self.locations.get(uid, self.source)

    def where_reflection(self, uid: str) -> str:
        return self.reflection_locations.get(uid, self.source)

    def where_setting(self, key: str) -> str:
        return self.setting_locations.get(key, f"{self.source}, settings")
