"""Daylio's CSV export as check-ins, with crying episodes where crying was an activity.

Daylio writes ``full_date,date,weekday,time,mood,activities,note_title,note``
(older versions have no ``note_title``, newer ones add ``scales``), times as
"20:15" or "8:30 pm", activities joined by " | ", and local times without a UTC
offset: each gets this computer's offset on that date (see ``local_times`` for the
nights the clocks change). The five standard moods map onto the mood scale; other
mood names need a value from the person.

Every row gets an id derived from its date, time and place among rows at the
same minute, and the times it was written are taken as its own time, so
importing the same file again finds every row already there.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TypeVar

from moodapp.domain.entries import CheckIn, CryingEpisode, Entry
from moodapp.domain.storable import date_problem
from moodapp.domain.tag_rules import TAG_MAX_CHARS
from moodapp.domain.text import QT_TRANSLATE_NOOP, Words, words
from moodapp.exchange.batch import (
    IMPORT_FILE,
    FormatError,
    ImportBatch,
    Progress,
    csv_problem,
    csv_row,
    no_progress,
    problem,
)
from moodapp.exchange.limits import SizeLimit, check_rows
from moodapp.exchange.local_times import local_time

_T = TypeVar("_T")

STANDARD_MOODS: Mapping[str, int] = {"rad": 3, "good": 2, "meh": 0, "bad": -2, "awful": -3}
CRYING_WORDS = frozenset({"cry", "cried", "crying", "tears"})
REQUIRED_COLUMNS = ("full_date", "time", "mood", "activities", "note")
ACTIVITY_SEPARATOR = " | "
PROGRESS_EVERY = 1000
# Fixed, so that the same Daylio row always gets the same id.
_ROW_NAMESPACE = uuid.UUID("5b0f8a0e-6f0c-4b8e-9d55-6d61796c696f")

# Messages for people, one place per module.
UNKNOWN_MOODS = QT_TRANSLATE_NOOP(
    "ImportFile",
    "uses moods that need a value from -3 to +3: {quoted}. Give each one, e.g. --mood-map {name}=1",
)
NOT_A_TIME = QT_TRANSLATE_NOOP(
    "ImportFile", "column time: \u201c{text}\u201d is not a time like 20:15 or 8:15 pm"
)
NO_SUCH_HOUR = QT_TRANSLATE_NOOP("ImportFile", "column time: \u201c{text}\u201d has no such hour")
NO_SUCH_TIME = QT_TRANSLATE_NOOP("ImportFile", "column time: \u201c{text}\u201d has no such time")
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "ImportFile", "column full_date: \u201c{text}\u201d is not a date like 2026-11-25"
)
DATE_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "ImportFile", "column full_date: \u201c{text}\u201d. {problem}"
)
COLUMNS_MISSING = QT_TRANSLATE_NOOP(
    "ImportFile", "is missing the Daylio column(s) {names}; is this a Daylio CSV export?"
)
NOT_UTF8 = QT_TRANSLATE_NOOP("ImportFile", "is not a text file in UTF-8, so not a Daylio export")
EMPTY = QT_TRANSLATE_NOOP("ImportFile", "is empty")
NO_MOOD = QT_TRANSLATE_NOOP("ImportFile", "column mood is empty")
ROWS_READ = QT_TRANSLATE_NOOP(
    "ImportFile",
    "Daylio rows read: {rows:,}. Each became a check-in; {crying:,} with a crying "
    "activity also became a crying episode, with its details left empty.",
)

_TIME = re.compile(
    r"^(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?:(?P<half>[ap])\.?\s*m\.?)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DaylioOptions:
    mood_map: Mapping[str, int] = field(default_factory=dict)  # mood name -> -3..+3
    crying_activities: frozenset[str] = frozenset()  # activity names that mean crying
    # Whether names with the words of CRYING_WORDS mean crying too, besides those chosen.
    crying_words: bool = True


DEFAULT_OPTIONS = DaylioOptions()


class UnknownMoods(FormatError):
    """The file uses mood names without a value on the mood scale yet."""

    def __init__(self, source: str, names: list[str]) -> None:
        quoted = ", ".join(f"\u201c{n}\u201d" for n in names)
        super().__init__(source, UNKNOWN_MOODS, quoted=quoted, name=names[0])
        self.names = names


def looks_like_daylio(header: list[str]) -> bool:
    return {"full_date", "mood", "activities"} <= {h.strip().casefold() for h in header}


def _mood_values(options: DaylioOptions) -> dict[str, int]:
    values = dict(STANDARD_MOODS)
    values.update({name.strip().casefold(): value for name, value in options.mood_map.items()})
    return values


@functools.lru_cache(maxsize=4096)  # a day has 1,440 minutes, written in a few ways
def _time_or_problem(text: str) -> time | Words:
    """The time of day ``text`` says, or what is wrong with it."""
    match = _TIME.match(text.strip())
    if match is None:
        return problem(NOT_A_TIME, text=text)
    hour, minute = int(match["hour"]), int(match["minute"])
    if match["half"]:
        if not 1 <= hour <= 12:
            return problem(NO_SUCH_HOUR, text=text)
        hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
    try:
        return time(hour, minute, int(match["second"] or 0))
    except ValueError:
        return problem(NO_SUCH_TIME, text=text)


@functools.lru_cache(maxsize=65536)  # rows come a few a day: each day is read once
def _day_or_problem(text: str) -> date | Words:
    """The date ``text`` says, or what is wrong with it."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        return problem(NOT_A_DATE, text=text)
    out_of_range = date_problem(day)  # a rule of the domain: in the context "Validation"
    if out_of_range is None:
        return day
    return problem(DATE_OUT_OF_RANGE, text=text, problem=Words("Validation", out_of_range))


def _found(found: _T | Words, where: str) -> _T:
    """What a cell's reader found; raises FormatError with the problem it found instead."""
    if isinstance(found, Words):
        raise FormatError(where, found)
    return found


@functools.lru_cache(maxsize=4096)  # a journal has a few dozen activities, in many rows
def _tag(activity: str) -> str:
    """An activity name as a tag: one line without commas, at most TAG_MAX_CHARS long."""
    cleaned = " ".join(re.sub(r"[,\t\r\n]", " ", activity).split())
    return cleaned if len(cleaned) <= TAG_MAX_CHARS else cleaned[: TAG_MAX_CHARS - 1] + "\u2026"


@functools.lru_cache(maxsize=4096)  # a journal repeats the same few combinations
def _activities(text: str) -> tuple[str, ...]:
    """Activity names once each (ignoring case), in the file's order."""
    seen: dict[str, str] = {}
    for name in text.split(ACTIVITY_SEPARATOR.strip()):
        tag = _tag(name)
        if tag:
            seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())


def means_crying(activity: str, options: DaylioOptions = DEFAULT_OPTIONS) -> bool:
    folded = activity.casefold()
    if folded in {a.strip().casefold() for a in options.crying_activities}:
        return True
    return options.crying_words and bool(CRYING_WORDS & set(re.findall(r"\w+", folded)))


def _note(row: dict[str, str]) -> str:
    note = row["note"].strip()
    title, scales = row.get("note_title", ""), row.get("scales", "")
    if not title and not scales:  # most rows: no need to assemble anything
        return note
    parts = [title.strip(), note]
    if scales.strip():
        parts.append(f"Daylio scales: {scales.strip()}")
    return "\n\n".join(p for p in parts if p)


def _records(text: str, source: str, progress: Progress) -> Iterator[tuple[str, dict[str, str]]]:
    """(where, row by lower-case column name) of each data row."""
    reader = csv.reader(io.StringIO(text, newline=""))
    total = text.count("\n")
    try:
        header = [h.strip().casefold() for h in next(reader, [])]
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            raise FormatError(f"{source} line 1", COLUMNS_MISSING, names=", ".join(missing))
        line = reader.line_num + 1
        for count, cells in enumerate(reader):
            if count % PROGRESS_EVERY == 0:
                progress("rows", line, total)
                check_rows(count, source)  # blank rows count too: they cost time
            where, line = f"{source} line {line}", reader.line_num + 1
            if not "".join(cells).strip():  # no cell holds more than spaces
                continue
            yield where, csv_row(header, cells, where)
    except csv.Error as error:
        raise FormatError(f"{source} line {reader.line_num}", csv_problem(error)) from None


def _read_text(path: Path) -> str:
    try:
        text = SizeLimit(path.name).read_file(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FormatError(path.name, NOT_UTF8) from None
    if not text.strip():
        raise FormatError(path.name, EMPTY)
    return text


@dataclass(frozen=True)
class DaylioSurvey:
    """What to ask the person before importing a Daylio file."""

    unknown_moods: list[str]  # mood names without a value, as first written
    activities: list[str]  # every activity name, most used first


Rows = list[tuple[str, dict[str, str]]]  # (where, row) of each data row


def _unknown_moods(rows: Rows, options: DaylioOptions) -> list[str]:
    known = _mood_values(options)
    unknown: dict[str, str] = {}  # folded name -> the name as first written
    for where, row in rows:
        mood = row["mood"].strip()
        if not mood:
            raise FormatError(where, NO_MOOD)
        if mood.casefold() not in known:
            unknown.setdefault(mood.casefold(), mood)
    return list(unknown.values())


def survey(path: Path, options: DaylioOptions = DEFAULT_OPTIONS) -> DaylioSurvey:
    rows = list(_records(_read_text(path), path.name, no_progress))
    activities = Counter(name for _, row in rows for name in _activities(row["activities"]))
    return DaylioSurvey(
        _unknown_moods(rows, options), [name for name, _ in activities.most_common()]
    )


def _row_uid(moment: datetime, repeat: int, what: str) -> str:
    """``uuid.uuid5`` of the row's minute, place and kind, spelled out by hand because the
    UUID class costs more than the hashing on an import of a hundred thousand rows."""
    name = f"{moment.isoformat()}#{repeat}#{what}".encode()
    digest = bytearray(hashlib.sha1(_ROW_NAMESPACE.bytes + name).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _entries_of_row(
    row: dict[str, str],
    where: str,
    repeat: int,
    activities_of: Callable[[str], tuple[tuple[str, ...], bool]],
    moods: dict[str, int],
) -> list[Entry]:
    moment = datetime.combine(
        _found(_day_or_problem(row["full_date"]), where),
        _found(_time_or_problem(row["time"]), where),
    )
    occurred_at = local_time(moment)  # this computer's offset on that date
    written = occurred_at.astimezone(UTC)
    activities, crying = activities_of(row["activities"])
    check_in = CheckIn(
        uid=_row_uid(moment, repeat, "check-in"),
        occurred_at=occurred_at,
        mood=moods[row["mood"].strip().casefold()],
        energy=None,
        tags=frozenset(activities),
        note=_note(row),
        created_at=written,
        updated_at=written,
    )
    if not crying:
        return [check_in]
    episode = CryingEpisode(
        uid=_row_uid(moment, repeat, "crying"),
        occurred_at=occurred_at,
        intensity=None,
        created_at=written,
        updated_at=written,
    )
    return [check_in, episode]


def read_daylio(
    path: Path, options: DaylioOptions = DEFAULT_OPTIONS, progress: Progress = no_progress
) -> ImportBatch:
    """Check-ins (and crying episodes) from a Daylio CSV export; raises FormatError.

    Raises UnknownMoods, listing every mood name without a value, before reading rows.
    """
    rows = list(_records(_read_text(path), path.name, progress))
    names = _unknown_moods(rows, options)
    if names:
        raise UnknownMoods(path.name, names)
    moods = _mood_values(options)
    crying_names = functools.cache(lambda activity: means_crying(activity, options))
    # Per text of the activities column, as rows repeat the same combinations: its
    # activities, and whether one of them means crying.
    combinations: dict[str, tuple[tuple[str, ...], bool]] = {}

    def activities_of(text: str) -> tuple[tuple[str, ...], bool]:
        found = combinations.get(text)
        if found is None:
            activities = _activities(text)
            found = combinations[text] = (activities, any(map(crying_names, activities)))
        return found

    batch = ImportBatch(source=path.name)
    repeats: Counter[tuple[str, str]] = Counter()
    crying = 0
    for where, row in rows:
        minute = (row["full_date"].strip(), row["time"].strip())
        entries = _entries_of_row(row, where, repeats[minute], activities_of, moods)
        repeats[minute] += 1
        crying += len(entries) - 1
        for entry in entries:
            batch.content.entries.append(entry)
            batch.locations[entry.uid] = where
    batch.notes.append(words(IMPORT_FILE, ROWS_READ, rows=len(rows), crying=crying))
    return batch
