"""Entries, catalogue items and reflections as JSON-ready dicts, and back.

Keys use the domain's names; times are ISO 8601 with their UTC offset; emotions
are a map of emotion key to intensity; triggers and tags are sorted lists.
Optional details that were not recorded are ``null``. Reading checks the shape
(types and required keys) and names the record and field; an entry's value rules
(ranges, known emotions, times not in the future) are checked by the journal
before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from moodapp.collector import collector_paused
from moodapp.domain.catalogue import LABEL_MAX_CHARS, Emotion, Trigger, Valence, is_valid_colour
from moodapp.domain.entries import (
    CheckIn,
    Company,
    CryingEpisode,
    Entry,
    EntryKind,
    MoodChange,
    Reaction,
    Resolution,
)
from moodapp.domain.reflection import Reflection
from moodapp.domain.storable import canonical_uid, date_problem, non_text_character, time_error
from moodapp.domain.tag_rules import tag_errors
from moodapp.domain.text import QT_TRANSLATE_NOOP, Words, words
from moodapp.domain.validation import NOTE_MAX_CHARS
from moodapp.exchange.batch import IMPORT_FILE, FormatError, problem
from moodapp.exchange.json_text import indented

KEY_MAX_CHARS = 100
SORT_ORDER_LIMIT = 1_000_000_000  # far beyond the app's own steps of ten, well inside SQLite's

# Messages for people, one place per module.
NOT_AN_ID = QT_TRANSLATE_NOOP(
    "ImportFile", "is not an id like 3f2b8a6e-1c4d-4e5f-9a0b-7c6d5e4f3a2b: \u201c{value}\u201d"
)
OUT_OF_RANGE = QT_TRANSLATE_NOOP("ImportFile", "is \u201c{value}\u201d. {problem}")
SORT_ORDER_RANGE = QT_TRANSLATE_NOOP(
    "ImportFile", "must be a whole number from {low:,} to {high:,}"
)
TAG_NOT_TEXT = QT_TRANSLATE_NOOP("ImportFile", "must be a text")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "ImportFile", "holds a character that is not text (U+{code:04X}); the file may be damaged"
)
NOT_A_RECORD = QT_TRANSLATE_NOOP("ImportFile", "a record must be an object")
FIELD_PROBLEM = QT_TRANSLATE_NOOP("ImportFile", "field \u201c{name}\u201d {problem}")
MISSING = QT_TRANSLATE_NOOP("ImportFile", "is missing")
MUST_BE_NOT_BOOL = QT_TRANSLATE_NOOP("ImportFile", "must be {kinds}, not true or false")
MUST_BE = QT_TRANSLATE_NOOP("ImportFile", "must be {kinds}")
EITHER = QT_TRANSLATE_NOOP("ImportFile", "{first} or {second}")
BAD_NAME = QT_TRANSLATE_NOOP(
    "ImportFile", "must be a name of 1 to {limit} characters without spaces at either end"
)
NOT_A_DATE = QT_TRANSLATE_NOOP("ImportFile", "is not a date like 2026-11-25: \u201c{value}\u201d")
NOT_A_TIME = QT_TRANSLATE_NOOP(
    "ImportFile", "is not a time like 2026-11-25T21:30:00+01:00: \u201c{value}\u201d"
)
NEEDS_OFFSET = QT_TRANSLATE_NOOP("ImportFile", "needs a UTC offset, like +01:00")
NOT_ONE_OF = QT_TRANSLATE_NOOP("ImportFile", "must be one of {allowed}, not \u201c{value}\u201d")
NOT_TEXTS = QT_TRANSLATE_NOOP("ImportFile", "must be a list of texts")
NOT_EMOTION_MAP = QT_TRANSLATE_NOOP("ImportFile", "must map emotion names to whole numbers")
UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "ImportFile", "must be cried, almost-cried or check-in, not \u201c{kind}\u201d"
)
NOT_A_COLOUR = QT_TRANSLATE_NOOP("ImportFile", "must look like #3b6fb6, not \u201c{colour}\u201d")
TOO_LONG = QT_TRANSLATE_NOOP("ImportFile", "is longer than {limit:,} characters")
KIND_NAMES = {
    str: Words(IMPORT_FILE, QT_TRANSLATE_NOOP("ImportFile", "a text")),
    int: Words(IMPORT_FILE, QT_TRANSLATE_NOOP("ImportFile", "a whole number")),
    float: Words(IMPORT_FILE, QT_TRANSLATE_NOOP("ImportFile", "a number")),
    bool: Words(IMPORT_FILE, QT_TRANSLATE_NOOP("ImportFile", "true or false")),
    list: Words(IMPORT_FILE, QT_TRANSLATE_NOOP("ImportFile", "a list")),
    dict: Words(IMPORT_FILE, QT_TRANSLATE_NOOP("ImportFile", "an object")),
}


def _enum(member: Any) -> str | None:
    return None if member is None else str(member.value)


def _iso(moment: Any) -> str | None:
    return None if moment is None else moment.isoformat()


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    # One dict literal per kind, in the order of the keys in the file: an export makes
    # one for every entry of the journal.
    occurred_at = entry.occurred_at.isoformat()
    created_at = _iso(entry.created_at)
    # The store gives an entry that was never changed one time object for both.
    same = entry.updated_at is entry.created_at
    updated_at = created_at if same else _iso(entry.updated_at)
    if isinstance(entry, CryingEpisode):
        return {
            "uid": entry.uid,
            "kind": entry.kind.value,
            "occurred_at": occurred_at,
            "local_date": occurred_at[:10],  # the local date, as date.isoformat() writes it
            "emotions": dict(entry.emotions),
            "tags": sorted(entry.tags),
            "note": entry.note,
            "intensity": entry.intensity,
            "duration_minutes": entry.duration_minutes,
            "triggers": sorted(entry.triggers),
            "company": _enum(entry.company),
            "reaction": _enum(entry.reaction),
            "held_back": entry.held_back,
            "ashamed": entry.ashamed,
            "resolved": _enum(entry.resolved),
            "mood_after": _enum(entry.mood_after),
            "mood_after_score": entry.mood_after_score,
            "mood_later_score": entry.mood_later_score,
            "what_helped": entry.what_helped,
            "created_at": created_at,
            "updated_at": updated_at,
        }
    assert isinstance(entry, CheckIn)
    return {
        "uid": entry.uid,
        "kind": EntryKind.CHECK_IN.value,
        "occurred_at": occurred_at,
        "local_date": occurred_at[:10],
        "emotions": dict(entry.emotions),
        "tags": sorted(entry.tags),
        "note": entry.note,
        "mood": entry.mood,
        "energy": entry.energy,
        "urge_to_cry": entry.urge_to_cry,
        "no_crying_today": entry.no_crying_today,
        "sleep_hours": entry.sleep_hours,
        "daily_life_hard": entry.daily_life_hard,
        "created_at": created_at,
        "updated_at": updated_at,
    }


def entries_as_json(entries: Iterable[Entry], indent: int = 2) -> str:
    """The entries as a JSON array, as ``json.dumps([entry_to_dict(e) for e in entries],
    ensure_ascii=False, indent=indent)`` writes it, in a fraction of the time."""
    with collector_paused():
        return indented([entry_to_dict(e) for e in entries], indent)


class _Reader:
    """Takes values out of one record, naming the record and field when one is wrong."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise FormatError(where, NOT_A_RECORD)
        self.data: dict[str, Any] = data
        self.where = where

    def fail(self, name: str, template: str | Words, **values: object) -> FormatError:
        """The field's problem: a template marked in the context "ImportFile" and its
        values, or words made elsewhere."""
        said = template if isinstance(template, Words) else problem(template, **values)
        return FormatError(self.where, FIELD_PROBLEM, name=name, problem=said)

    def get(self, name: str, kinds: tuple[type, ...], optional: bool = False) -> Any:
        if name not in self.data:
            if optional:
                return None
            raise self.fail(name, MISSING)
        value = self.data[name]
        if value is None and optional:
            return None
        if isinstance(value, bool) and bool not in kinds:
            raise self.fail(name, MUST_BE_NOT_BOOL, kinds=_kind_names(kinds))
        if not isinstance(value, kinds):
            raise self.fail(name, MUST_BE, kinds=_kind_names(kinds))
        return value

    def text(self, name: str, default: str = "") -> str:
        value = self.get(name, (str,), optional=True)
        return default if value is None else str(value)

    def integer(self, name: str, optional: bool = False) -> Any:
        return self.get(name, (int,), optional)

    def flag(self, name: str) -> bool:
        return bool(self.get(name, (bool,), optional=True))

    def name(self, name: str, limit: int) -> str:
        """A catalogue item's key or label: one to ``limit`` characters, no outer spaces."""
        value = str(self.get(name, (str,)))
        if not value or value != value.strip() or len(value) > limit:
            raise self.fail(name, BAD_NAME, limit=limit)
        return self._checked_text(name, value)

    def _checked_text(self, name: str, value: str) -> str:
        found = non_text_character(value)
        if found is not None:
            raise self.fail(name, NOT_TEXT, code=ord(found))
        return value

    def uid(self) -> str:
        """The record's id in the form moodapp writes it, whatever way the file spells it."""
        value = self.get("uid", (str,))
        canonical = canonical_uid(value)
        if canonical is None:
            raise self.fail("uid", NOT_AN_ID, value=value[:KEY_MAX_CHARS])
        return canonical

    def sort_order(self) -> int:
        value = self.integer("sort_order", optional=True) or 0
        if not -SORT_ORDER_LIMIT <= value <= SORT_ORDER_LIMIT:
            raise self.fail(
                "sort_order", SORT_ORDER_RANGE, low=-SORT_ORDER_LIMIT, high=SORT_ORDER_LIMIT
            )
        return int(value)

    def day(self, name: str) -> date:
        value = self.get(name, (str,))
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise self.fail(name, NOT_A_DATE, value=value) from None
        out_of_range = date_problem(day)  # a rule of the domain: in the context "Validation"
        if out_of_range is not None:
            why = Words("Validation", out_of_range)
            raise self.fail(name, OUT_OF_RANGE, value=value, problem=why)
        return day

    def time(self, name: str, optional: bool = False) -> datetime | None:
        value = self.get(name, (str,), optional)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(name, NOT_A_TIME, value=value) from None
        if moment.tzinfo is None:
            raise self.fail(name, NEEDS_OFFSET)
        broken = time_error("", moment)
        if broken is not None:
            raise self.fail(name, OUT_OF_RANGE, value=value, problem=broken.words)
        return moment

    def choice(self, name: str, enum: Any) -> Any:
        value = self.get(name, (str,), optional=True)
        if value is None:
            return None
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            raise self.fail(name, NOT_ONE_OF, allowed=allowed, value=value) from None

    def words(self, name: str) -> frozenset[str]:
        values = self.get(name, (list,), optional=True) or []
        if not all(isinstance(v, str) for v in values):
            raise self.fail(name, NOT_TEXTS)
        return frozenset(values)

    def emotions(self) -> dict[str, int]:
        values = self.get("emotions", (dict,), optional=True) or {}
        if not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
            for k, v in values.items()
        ):
            raise self.fail("emotions", NOT_EMOTION_MAP)
        return dict(values)


def _kind_names(kinds: tuple[type, ...]) -> Words:
    """The kinds of value a field may hold (one, or two such as a whole number or a
    number), in words."""
    names = [KIND_NAMES.get(k, Words("", k.__name__)) for k in kinds]
    said = names[-1]
    for name in reversed(names[:-1]):
        said = words(IMPORT_FILE, EITHER, first=name, second=said)
    return said


def entry_from_dict(data: object, where: str) -> Entry:
    """The entry a JSON object describes; raises FormatError naming ``where`` and the field."""
    read = _Reader(data, where)
    kind = read.get("kind", (str,))
    common: dict[str, Any] = {
        "uid": read.uid(),
        "occurred_at": read.time("occurred_at"),
        "emotions": read.emotions(),
        "tags": read.words("tags"),
        "note": read.text("note"),
        "created_at": read.time("created_at", optional=True),
        "updated_at": read.time("updated_at", optional=True),
    }
    if kind in (EntryKind.CRIED.value, EntryKind.ALMOST_CRIED.value):
        return CryingEpisode(
            **common,
            almost=kind == EntryKind.ALMOST_CRIED.value,
            intensity=read.integer("intensity", optional=True),
            duration_minutes=read.integer("duration_minutes", optional=True),
            triggers=read.words("triggers"),
            company=read.choice("company", Company),
            reaction=read.choice("reaction", Reaction),
            held_back=read.get("held_back", (bool,), optional=True),
            ashamed=read.get("ashamed", (bool,), optional=True),
            resolved=read.choice("resolved", Resolution),
            mood_after=read.choice("mood_after", MoodChange),
            mood_after_score=read.integer("mood_after_score", optional=True),
            mood_later_score=read.integer("mood_later_score", optional=True),
            what_helped=read.text("what_helped"),
        )
    if kind == EntryKind.CHECK_IN.value:
        sleep = read.get("sleep_hours", (int, float), optional=True)
        return CheckIn(
            **common,
            mood=read.integer("mood"),
            energy=read.integer("energy", optional=True),
            urge_to_cry=read.integer("urge_to_cry", optional=True),
            no_crying_today=bool(read.get("no_crying_today", (bool,), optional=True)),
            sleep_hours=None if sleep is None else float(sleep),
            daily_life_hard=read.integer("daily_life_hard", optional=True),
        )
    raise read.fail("kind", UNKNOWN_KIND, kind=kind)


def _catalogue_dict(item: Emotion | Trigger) -> dict[str, Any]:
    """An emotion's or a trigger's fields, with an emotion's colour after its valence."""
    colour = {"colour": item.colour} if isinstance(item, Emotion) else {}
    return {
        "key": item.key,
        "label": item.label,
        "valence": item.valence.value,
        **colour,
        "builtin": item.builtin,
        "archived": item.archived,
        "sort_order": item.sort_order,
    }


def emotion_to_dict(emotion: Emotion) -> dict[str, Any]:
    return _catalogue_dict(emotion)


def trigger_to_dict(trigger: Trigger) -> dict[str, Any]:
    return _catalogue_dict(trigger)


def _catalogue_fields(read: _Reader) -> dict[str, Any]:
    valence = read.choice("valence", Valence)
    if valence is None:
        raise read.fail("valence", MISSING)
    return {
        "key": read.name("key", KEY_MAX_CHARS),
        "label": read.name("label", LABEL_MAX_CHARS),
        "valence": valence,
        "builtin": read.flag("builtin"),
        "archived": read.flag("archived"),
        "sort_order": read.sort_order(),
    }


def emotion_from_dict(data: object, where: str) -> Emotion:
    read = _Reader(data, where)
    colour = read.get("colour", (str,))
    if not is_valid_colour(colour):
        raise read.fail("colour", NOT_A_COLOUR, colour=colour)
    return Emotion(colour=colour, **_catalogue_fields(read))


def trigger_from_dict(data: object, where: str) -> Trigger:
    return Trigger(**_catalogue_fields(_Reader(data, where)))


def reflection_to_dict(reflection: Reflection) -> dict[str, Any]:
    return {
        "uid": reflection.uid,
        "week_end": reflection.week_end.isoformat(),
        "text": reflection.text,
        "created_at": _iso(reflection.created_at),
        "updated_at": _iso(reflection.updated_at),
    }


def reflection_from_dict(data: object, where: str) -> Reflection:
    read = _Reader(data, where)
    text = read.text("text")
    if len(text) > NOTE_MAX_CHARS:
        raise read.fail("text", TOO_LONG, limit=NOTE_MAX_CHARS)
    return Reflection(
        uid=read.uid(),
        week_end=read.day("week_end"),
        text=text,
        created_at=read.time("created_at", optional=True),
        updated_at=read.time("updated_at", optional=True),
    )


def tag_from_file(value: object, where: str) -> str:
    """One name of the journal's list of tags, checked like a tag on an entry."""
    if not isinstance(value, str):
        raise FormatError(where, TAG_NOT_TEXT)
    errors = tag_errors(value)
    if errors:
        raise FormatError(where, errors[0].words)
    return value
