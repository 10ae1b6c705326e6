"""Rules every entry must meet before anything is written.

Each broken rule becomes a ``FieldError`` naming the entry's field, so the
window can show the message next to that field and the command line can name
the option. All errors are collected, not only the first. A message is an English
template with its values apart: the window says it in the person's language (the
templates are marked for translation in the context "Validation"), the command line
as it is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from moodapp.domain.entries import INTENSITY_WORDS, CheckIn, CryingEpisode, Entry
from moodapp.domain.reflection import Reflection
from moodapp.domain.text import QT_TRANSLATE_NOOP, Words

NOTE_MAX_CHARS = 20_000
SHORT_TEXT_MAX_CHARS = 2_000
TAG_MAX_CHARS = 40
TAGS_MAX = 50
DURATION_MAX_MINUTES = 24 * 60
SLEEP_MAX_HOURS = 24.0
# Every time and date stored must be in these years, as lived and in UTC, so that it can
# be converted to any UTC offset and still be written and read with a four-digit year.
EARLIEST_YEAR = 1900
LATEST_YEAR = 9998
_EARLIEST = datetime(EARLIEST_YEAR, 1, 1)
_LATEST = datetime(LATEST_YEAR, 12, 31, 23, 59, 59, 999_999)
# Clocks drift a little between devices; a time this close to now is not "the future".
FUTURE_TOLERANCE = timedelta(minutes=2)

# An id as moodapp writes it: lower-case hexadecimal in 8-4-4-4-12 groups.
_UID = re.compile(
    r"(?:urn:uuid:)?(?P<brace>\{)?"
    r"(?P<hex>[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12})(?(brace)\})",
    re.IGNORECASE | re.ASCII,
)
# The same, as canonical_uid writes it: told at once, since every entry's id is written so.
_CANONICAL_UID = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII
)
_NOT_TEXT = re.compile("[\ud800-\udfff]")  # lone surrogates: no UTF-8 spelling, cannot be stored


# Messages for people, one place per module.
TIME_NEEDS_OFFSET = QT_TRANSLATE_NOOP("Validation", "The time needs a UTC offset.")
TIME_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The time is in the future.")
# The years are EARLIEST_YEAR and LATEST_YEAR (a test checks that they are).
TIME_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Validation", "Times must be from the year 1900 to the year 9998."
)
DATE_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Validation", "Dates must be from the year 1900 to the year 9998."
)
OFFSET_NOT_WHOLE_MINUTES = QT_TRANSLATE_NOOP(
    "Validation", "The UTC offset must be whole minutes, like +05:30, not {offset}."
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "Validation",
    "{label} holds a character that is not text (U+{code:04X}); "
    "it may come from a damaged file or a wrong encoding.",
)
BAD_UID = QT_TRANSLATE_NOOP(
    "Validation",
    "\u201c{value}\u201d is not a valid id, like 3f2b8a6e-1c4d-4e5f-9a0b-7c6d5e4f3a2b.",
)
NOTE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "The note is {length:,} characters long; the limit is {limit:,}."
)
WHAT_HELPED_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "\u201cWhat helped\u201d is {length:,} characters long; the limit is {limit:,}."
)
REFLECTION_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "The weekly note is {length:,} characters long; the limit is {limit:,}."
)
UNKNOWN_EMOTION = QT_TRANSLATE_NOOP("Validation", "Unknown emotion \u201c{key}\u201d.")
UNKNOWN_TRIGGER = QT_TRANSLATE_NOOP("Validation", "Unknown trigger \u201c{key}\u201d.")
EMOTION_INTENSITY = QT_TRANSLATE_NOOP(
    "Validation", "The intensity of \u201c{key}\u201d must be from 0 to 4."
)
TAG_EMPTY = QT_TRANSLATE_NOOP("Validation", "A tag cannot be empty or start or end with a space.")
TAG_SHAPE = QT_TRANSLATE_NOOP(
    "Validation",
    "The tag \u201c{tag}\u201d must be one line of at most {limit} characters without commas.",
)
TOO_MANY_TAGS = QT_TRANSLATE_NOOP("Validation", "At most {limit} tags fit on one entry.")
TAG_TWICE = QT_TRANSLATE_NOOP(
    "Validation", "The same tag is there twice (tags ignore upper and lower case)."
)
INTENSITY_RANGE = QT_TRANSLATE_NOOP(
    "Validation", "Intensity must be from 1 ({lowest}) to 5 ({highest})."
)
DURATION_RANGE = QT_TRANSLATE_NOOP(
    "Validation", "Duration must be from 0 to 1,440 minutes (24 hours)."
)
MOOD_AFTER_RANGE = QT_TRANSLATE_NOOP("Validation", "Mood right after must be from 0 to 10.")
MOOD_LATER_RANGE = QT_TRANSLATE_NOOP("Validation", "Mood later must be from 0 to 10.")
MOOD_RANGE = QT_TRANSLATE_NOOP("Validation", "Mood must be from -3 to +3.")
ENERGY_RANGE = QT_TRANSLATE_NOOP("Validation", "Energy must be from -3 to +3.")
URGE_RANGE = QT_TRANSLATE_NOOP("Validation", "Urge to cry must be from 0 to 4.")
DAILY_LIFE_RANGE = QT_TRANSLATE_NOOP(
    "Validation", "\u201cFeelings made daily life hard\u201d must be from 0 to 3."
)
SLEEP_RANGE = QT_TRANSLATE_NOOP("Validation", "Sleep must be from 0 to 24 hours.")


@dataclass(frozen=True)
class FieldError:
    """A broken rule of one field: ``template`` is English with ``{name}`` places for
    ``values`` (a template without values is said as it is)."""

    field: str
    template: str
    values: tuple[tuple[str, object], ...] = ()

    @property
    def words(self) -> Words:
        return Words("Validation", self.template, self.values)

    @property
    def message(self) -> str:
        """The message in English, as the command line says it."""
        return self.words.said()

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def field_error(name: str, template: str, **values: object) -> FieldError:
    return FieldError(name, template, tuple(values.items()))


class InvalidInput(ValueError):
    """Raised instead of writing anything that breaks a rule."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(str(e) for e in self.errors))


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _int_range(
    name: str, value: object, low: int, high: int, message: str, **values: object
) -> list[FieldError]:
    if _is_int(value) and low <= value <= high:  # type: ignore[operator]
        return []
    return [field_error(name, message, **values)]


def _optional_int_range(
    name: str, value: object, low: int, high: int, message: str, **values: object
) -> list[FieldError]:
    return [] if value is None else _int_range(name, value, low, high, message, **values)


def _offset_text(offset: timedelta) -> str:
    """Like +05:30:15."""
    seconds = int(offset.total_seconds())
    hours, rest = divmod(abs(seconds), 3600)
    return f"{'-' if seconds < 0 else '+'}{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def _time_rule(name: str, moment: datetime) -> FieldError | None:
    """The rule an aware time breaks, or None: it needs a UTC offset of whole minutes,
    and its years as lived and in UTC from EARLIEST_YEAR to LATEST_YEAR."""
    offset = moment.utcoffset()
    if offset is None:
        return field_error(name, TIME_NEEDS_OFFSET)
    if offset % timedelta(minutes=1):
        return field_error(name, OFFSET_NOT_WHOLE_MINUTES, offset=_offset_text(offset))
    local = moment.replace(tzinfo=None)
    # Checked in this order, the subtraction cannot leave the years datetime can hold.
    if not (_EARLIEST <= local <= _LATEST and _EARLIEST <= local - offset <= _LATEST):
        return field_error(name, TIME_OUT_OF_RANGE)
    return None


def time_problem(moment: datetime) -> str | None:
    """Why an aware time cannot be stored, in English, or None."""
    broken = _time_rule("", moment)
    return None if broken is None else broken.message


def date_problem(day: date) -> str | None:
    return None if EARLIEST_YEAR <= day.year <= LATEST_YEAR else DATE_OUT_OF_RANGE


def non_text_character(value: str) -> str | None:
    """The first character of ``value`` that no file or database can hold (a lone surrogate)."""
    found = _NOT_TEXT.search(value)
    return None if found is None else found[0]


def showable(text: str) -> str:
    """``text`` with each character that is not text written as U+FFFD, for messages."""
    return _NOT_TEXT.sub("\ufffd", text)


def _text_rule(name: str, value: str, label: str) -> FieldError | None:
    found = non_text_character(value)
    return None if found is None else field_error(name, NOT_TEXT, label=label, code=ord(found))


def text_problem(value: str, label: str) -> str | None:
    """Why a text cannot be stored, in English, or None."""
    broken = _text_rule("", value, label)
    return None if broken is None else broken.message


def canonical_uid(value: str) -> str | None:
    """The id in the form moodapp writes it (lower case, with dashes), or None if it is none.

    Upper case, braces, a "urn:uuid:" prefix or missing dashes spell the same id."""
    match = _UID.fullmatch(value)
    if match is None:
        return None
    h = match["hex"].replace("-", "").lower()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _time(value: datetime, now: datetime) -> list[FieldError]:
    broken = _time_rule("occurred_at", value)
    if broken is None and value > now + FUTURE_TOLERANCE:
        broken = field_error("occurred_at", TIME_IN_FUTURE)
    return [] if broken is None else [broken]


def _stamps(created_at: datetime | None, updated_at: datetime | None) -> list[FieldError]:
    """When an entry or a note was first saved and last changed: only the range is checked,
    since another device's clock may be ahead of this one."""
    created = None if created_at is None else _time_rule("created_at", created_at)
    # Imports often give both stamps as one and the same time: checked once.
    if updated_at is created_at:
        updated = None if created is None else replace(created, field="updated_at")
    else:
        updated = None if updated_at is None else _time_rule("updated_at", updated_at)
    return [broken for broken in (created, updated) if broken is not None]


def _emotions(values: Mapping[str, int], known: Collection[str] | None) -> list[FieldError]:
    errors = []
    for key, intensity in values.items():
        if known is not None and key not in known:
            errors.append(field_error("emotions", UNKNOWN_EMOTION, key=key))
        elif not (_is_int(intensity) and 0 <= intensity <= 4):
            errors.append(field_error("emotions", EMOTION_INTENSITY, key=key))
    return errors


def _known_triggers(values: Iterable[str], known: Collection[str] | None) -> list[FieldError]:
    if known is None:
        return []
    return [
        field_error("triggers", UNKNOWN_TRIGGER, key=v) for v in sorted(values) if v not in known
    ]


def _text(name: str, value: str, limit: int, too_long: str, label: str) -> list[FieldError]:
    """``too_long``: the message for a text over ``limit``; ``label`` names the text in the
    message about a character that is not text."""
    if len(value) > limit:
        return [field_error(name, too_long, length=len(value), limit=limit)]
    broken = _text_rule(name, value, label)
    return [] if broken is None else [broken]


def tag_errors(tag: str) -> list[FieldError]:
    """What is wrong with one tag's name: empty, outer spaces, too long, commas or lines."""
    if len(tag) <= TAG_MAX_CHARS:  # only names that fit are kept for the next time
        return list(_known_tag_errors(tag))
    return _tag_errors(tag)


@functools.lru_cache(maxsize=4096)  # entries repeat the same few tags, imports by the thousand
def _known_tag_errors(tag: str) -> tuple[FieldError, ...]:
    return tuple(_tag_errors(tag))


def _tag_errors(tag: str) -> list[FieldError]:
    if not tag.strip() or tag != tag.strip():
        return [field_error("tags", TAG_EMPTY)]
    if len(tag) > TAG_MAX_CHARS or any(c in tag for c in "\r\n\t,"):
        return [field_error("tags", TAG_SHAPE, tag=tag[:TAG_MAX_CHARS], limit=TAG_MAX_CHARS)]
    broken = _text_rule("tags", tag, "A tag")
    return [] if broken is None else [broken]


def _tags(values: Collection[str]) -> list[FieldError]:
    errors = []
    if len(values) > TAGS_MAX:
        errors.append(field_error("tags", TOO_MANY_TAGS, limit=TAGS_MAX))
    if len({t.casefold() for t in values}) < len(values):
        errors.append(field_error("tags", TAG_TWICE))
    for tag in sorted(values):
        errors += tag_errors(tag)
    return errors


def _uid(value: str) -> list[FieldError]:
    if isinstance(value, str) and (
        _CANONICAL_UID.fullmatch(value) is not None or canonical_uid(value) == value
    ):
        return []
    return [field_error("uid", BAD_UID, value=value)]


def validate_episode(
    episode: CryingEpisode,
    *,
    now: datetime,
    emotions: Collection[str] | None = None,
    triggers: Collection[str] | None = None,
) -> list[FieldError]:
    """Every broken rule of a crying episode; ``emotions``/``triggers`` are the known keys."""
    lowest, highest = INTENSITY_WORDS[1], INTENSITY_WORDS[5]
    return [
        *_uid(episode.uid),
        *_time(episode.occurred_at, now),
        *_optional_int_range(
            "intensity",
            episode.intensity,
            1,
            5,
            INTENSITY_RANGE,
            lowest=lowest,
            highest=highest,
        ),
        *_emotions(episode.emotions, emotions),
        *_optional_int_range(
            "duration_minutes",
            episode.duration_minutes,
            0,
            DURATION_MAX_MINUTES,
            DURATION_RANGE,
        ),
        *_known_triggers(episode.triggers, triggers),
        *_optional_int_range(
            "mood_after_score",
            episode.mood_after_score,
            0,
            10,
            MOOD_AFTER_RANGE,
        ),
        *_optional_int_range("mood_later_score", episode.mood_later_score, 0, 10, MOOD_LATER_RANGE),
        *_text(
            "what_helped",
            episode.what_helped,
            SHORT_TEXT_MAX_CHARS,
            WHAT_HELPED_TOO_LONG,
            "\u201cWhat helped\u201d",
        ),
        *_tags(episode.tags),
        *_text("note", episode.note, NOTE_MAX_CHARS, NOTE_TOO_LONG, "The note"),
        *_stamps(episode.created_at, episode.updated_at),
    ]


def validate_check_in(
    check_in: CheckIn, *, now: datetime, emotions: Collection[str] | None = None
) -> list[FieldError]:
    """Every broken rule of a check-in; ``emotions`` are the known emotion keys."""
    errors = [
        *_uid(check_in.uid),
        *_time(check_in.occurred_at, now),
        *_int_range("mood", check_in.mood, -3, 3, MOOD_RANGE),
        *_optional_int_range("energy", check_in.energy, -3, 3, ENERGY_RANGE),
        *_optional_int_range("urge_to_cry", check_in.urge_to_cry, 0, 4, URGE_RANGE),
        *_emotions(check_in.emotions, emotions),
        *_optional_int_range(
            "daily_life_hard",
            check_in.daily_life_hard,
            0,
            3,
            DAILY_LIFE_RANGE,
        ),
        *_tags(check_in.tags),
        *_text("note", check_in.note, NOTE_MAX_CHARS, NOTE_TOO_LONG, "The note"),
        *_stamps(check_in.created_at, check_in.updated_at),
    ]
    sleep = check_in.sleep_hours
    if sleep is not None and not (
        isinstance(sleep, int | float)
        and not isinstance(sleep, bool)
        and 0 <= sleep <= SLEEP_MAX_HOURS
    ):
        errors.append(FieldError("sleep_hours", SLEEP_RANGE))
    return errors


def validate_entry(
    entry: Entry,
    *,
    now: datetime,
    emotions: Collection[str] | None = None,
    triggers: Collection[str] | None = None,
) -> list[FieldError]:
    if isinstance(entry, CryingEpisode):
        return validate_episode(entry, now=now, emotions=emotions, triggers=triggers)
    return validate_check_in(entry, now=now, emotions=emotions)


def validate_reflection(reflection: Reflection) -> list[FieldError]:
    """Every broken rule of a weekly note."""
    errors = [*_uid(reflection.uid)]
    problem = date_problem(reflection.week_end)
    if problem is not None:
        errors.append(FieldError("week_end", problem))
    errors += _text("text", reflection.text, NOTE_MAX_CHARS, REFLECTION_TOO_LONG, "The weekly note")
    return [*errors, *_stamps(reflection.created_at, reflection.updated_at)]
