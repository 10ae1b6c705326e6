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
from moodapp.domain.text import QT_TRANSLATE_NOOP, Refusal, Words, words

# Called now and then with what is being done, how much of it is done, and the total;
# it may raise Cancelled to stop the work.
Progress = Callable[[str, int, int], None]


def no_progress(step: str, done: int, total: int) -> None:
    """A Progress that shows nothing."""


# The context of the problems found in a file being imported, for Qt's translation.
IMPORT_FILE = "ImportFile"
# Where in the file, and what is wrong there: the place stays as the file names it.
AT_PLACE = QT_TRANSLATE_NOOP("ImportFile", "{where}: {problem}")
CELL_TOO_LARGE = QT_TRANSLATE_NOOP(
    "ImportFile",
    "has a cell of more than {limit:,} characters, far more than a note can hold; "
    "the file may be damaged",
)
NOT_CSV = QT_TRANSLATE_NOOP("ImportFile", "cannot be read as CSV ({error})")
ROW_WIDTH = QT_TRANSLATE_NOOP("ImportFile", "has {cells} cells, but the header has {header}")
NEWER_VERSION = QT_TRANSLATE_NOOP(
    "ImportFile",
    "was written in format version {version} by a newer moodapp; "
    "this version reads up to {readable}. Please update moodapp.",
)


def problem(template: str, **values: object) -> Words:
    """A problem of a file being imported: ``template`` is marked in the context
    "ImportFile" (``QT_TRANSLATE_NOOP("ImportFile", ...)``), ``values`` fill it."""
    return words(IMPORT_FILE, template, **values)


def _showable(said: Words) -> Words:
    """The words with each text they quote from the file made showable."""
    return Words(
        said.context,
        showable(said.template),
        tuple(
            (
                name,
                _showable(v) if isinstance(v, Words) else showable(v) if isinstance(v, str) else v,
            )
            for name, v in said.values
        ),
    )


class FormatError(Refusal, ValueError):
    """A file that cannot be imported; the message names the file, line or record, and field.

    ``problem`` is words: a template marked in the context "ImportFile" filled by
    ``values`` (or words made elsewhere, such as a rule of the domain). ``str()`` says it
    in English; the window in the person's language.

    What it quotes from the file (or the file's name) may hold characters that are not text,
    which no terminal or window could show: they are shown as U+FFFD instead."""

    def __init__(self, where: str, problem: Words | str, /, **values: object) -> None:
        said = problem if isinstance(problem, Words) else words(IMPORT_FILE, problem, **values)
        self.where = showable(where)
        self.problem = _showable(said)
        super().__init__(words(IMPORT_FILE, AT_PLACE, where=self.where, problem=self.problem))


def csv_problem(error: Exception) -> Words:
    """What a csv.Error means for the person reading the message."""
    if "field larger than field limit" in str(error):
        return problem(CELL_TOO_LARGE, limit=csv.field_size_limit())
    return problem(NOT_CSV, error=str(error))


def csv_row(header: list[str], cells: list[str], where: str) -> dict[str, str]:
    """A table's row by column name; raises FormatError when it has more or fewer cells
    than the header."""
    if len(cells) != len(header):
        raise FormatError(where, ROW_WIDTH, cells=len(cells), header=len(header))
    return dict(zip(header, cells, strict=True))


def newer_version(version: object, readable: int) -> Words:
    """The problem of an export in a format version newer than ``readable``."""
    return problem(NEWER_VERSION, version=version, readable=readable)


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
    notes: list[Words] = field(default_factory=list)  # what the reader did, in words

    def where(self, uid: str) -> str:
        return self.locations.get(uid, self.source)

    def where_reflection(self, uid: str) -> str:
        return self.reflection_locations.get(uid, self.source)

    def where_setting(self, key: str) -> str:
        return self.setting_locations.get(key, f"{self.source}, settings")
