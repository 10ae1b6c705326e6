"""Rules every entry must meet before anything is written.

Each broken rule becomes a ``FieldError`` naming the entry's field, so the
window can show the message next to that field and the command line can name
the option. All errors are collected, not only the first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from moodapp.domain.entries import INTENSITY_WORDS, CheckIn, CryingEpisode, Entry
from moodapp.domain.reflection import Reflection

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
TIME_NEEDS_OFFSET = "The time needs a UTC offset."
TIME_IN_FUTURE = "The time is in the future."
TIME_OUT_OF_RANGE = f"Times must be from the year {EARLIEST_YEAR} to the year {LATEST_YEAR}."
DATE_OUT_OF_RANGE = f"Dates must be from the year {EARLIEST_YEAR} to the year {LATEST_YEAR}."
OFFSET_NOT_WHOLE_MINUTES = "The UTC offset must be whole minutes, like +05:30, not {offset}."
NOT_TEXT = (
    "{label} holds a character that is not text (U+{code:04X}); "
    "it may come from a damaged file or a wrong encoding."
)
BAD_UID = "\u201c{value}\u201d is not a valid id, like 3f2b8a6e-1c4d-4e5f-9a0b-7c6d5e4f3a2b."
REFLECTION_TOO_LONG = "The weekly note is {length:,} characters long; the limit is {limit:,}."


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class InvalidInput(ValueError):
    """Raised instead of writing anything that breaks a rule."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    def for_field(self, name: str) -> list[str]:
        return [e.message for e in self.errors if e.field == name]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _int_range(name: str, value: object, low: int, high: int, message: str) -> list[FieldError]:
    if _is_int(value) and low <= value <= high:  # type: ignore[operator]
        return []
    return [FieldError(name, message)]


def _optional_int_range(
    name: str, value: object, low: int, high: int, message: str
) -> list[FieldError]:
    return [] if value is None else _int_range(name, value, low, high, message)


def _offset_text(offset: timedelta) -> str:
    """Like +05:30:15."""
    seconds = int(offset.total_seconds())
    hours, rest = divmod(abs(seconds), 3600)
    return f"{'-' if seconds < 0 else '+'}{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def time_problem(moment: datetime) -> str | None:
    """Why an aware time cannot be stored, or None: it needs a UTC offset of whole minutes,
    and its years as lived and in UTC from EARLIEST_YEAR to LATEST_YEAR."""
    offset = moment.utcoffset()
    if offset is None:
        return TIME_NEEDS_OFFSET
    if offset % timedelta(minutes=1):
        return OFFSET_NOT_WHOLE_MINUTES.format(offset=_offset_text(offset))
    local = moment.replace(tzinfo=None)
    # Checked in this order, the subtraction cannot leave the years datetime can hold.
    if not (_EARLIEST <= local <= _LATEST and _EARLIEST <= local - offset <= _LATEST):
        return TIME_OUT_OF_RANGE
    return None


def date_problem(day: date) -> str | None:
    return None if EARLIEST_YEAR <= day.year <= LATEST_YEAR else DATE_OUT_OF_RANGE


def non_text_character(value: str) -> str | None:
    """The first character of ``value`` that no file or database can hold (a lone surrogate)."""
    found = _NOT_TEXT.search(value)
    return None if found is None else found[0]


def showable(text: str) -> str:
    """``text`` with each character that is not text written as U+FFFD, for messages."""
    return _NOT_TEXT.sub("\ufffd", text)


def text_problem(value: str, label: str) -> str | None:
    """Why a text cannot be stored, or None."""
    found = non_text_character(value)
    return None if found is None else NOT_TEXT.format(label=label, code=ord(found))


def canonical_uid(value: str) -> str | None:
    """The id in the form moodapp writes it (lower case, with dashes), or None if it is none.

    Upper case, braces, a "urn:uuid:" prefix or missing dashes spell the same id."""
    match = _UID.fullmatch(value)
    if match is None:
        return None
    h = match["hex"].replace("-", "").lower()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _time(value: datetime, now: datetime) -> list[FieldError]:
    problem = time_problem(value)
    if problem is None and value > now + FUTURE_TOLERANCE:
        problem = TIME_IN_FUTURE
    return [] if problem is None else [FieldError("occurred_at", problem)]


def _stamps(created_at: datetime | None, updated_at: datetime | None) -> list[FieldError]:
    """When an entry or a note was first saved and last changed: only the range is checked,
    since another device's clock may be ahead of this one."""
    created = None if created_at is None else time_problem(created_at)
    # Imports often give both stamps as one and the same time: checked once.
    if updated_at is created_at:
        updated = created
    else:
        updated = None if updated_at is None else time_problem(updated_at)
    return [
        FieldError(name, problem)
        for name, problem in (("created_at", created), ("updated_at", updated))
        if problem is not None
    ]


def _emotions(values: Mapping[str, int], known: Collection[str] | None) -> list[FieldError]:
    errors = []
    for key, intensity in values.items():
        if known is not None and key not in known:
            errors.append(FieldError("emotions", f"Unknown emotion \u201c{key}\u201d."))
        elif not (_is_int(intensity) and 0 <= intensity <= 4):
            errors.append(
                FieldError("emotions", f"The intensity of \u201c{key}\u201d must be from 0 to 4.")
            )
    return errors


def _known(
    name: str, what: str, values: Iterable[str], known: Collection[str] | None
) -> list[FieldError]:
    if known is None:
        return []
    return [
        FieldError(name, f"Unknown {what} \u201c{v}\u201d.")
        for v in sorted(values)
        if v not in known
    ]


def _text(name: str, value: str, limit: int, label: str) -> list[FieldError]:
    if len(value) > limit:
        return [
            FieldError(name, f"{label} is {len(value):,} characters long; the limit is {limit:,}.")
        ]
    problem = text_problem(value, label)
    return [] if problem is None else [FieldError(name, problem)]


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
        return [FieldError("tags", "A tag cannot be empty or start or end with a space.")]
    if len(tag) > TAG_MAX_CHARS or any(c in tag for c in "\r\n\t,"):
        return [
            FieldError(
                "tags",
                f"The tag \u201c{tag[:TAG_MAX_CHARS]}\u201d must be one line of at most "
                f"{TAG_MAX_CHARS} characters without commas.",
            )
        ]
    problem = text_problem(tag, "A tag")
    return [] if problem is None else [FieldError("tags", problem)]


def _tags(values: Collection[str]) -> list[FieldError]:
    errors = []
    if len(values) > TAGS_MAX:
        errors.append(FieldError("tags", f"At most {TAGS_MAX} tags fit on one entry."))
    if len({t.casefold() for t in values}) < len(values):
        errors.append(
            FieldError("tags", "The same tag is there twice (tags ignore upper and lower case).")
        )
    for tag in sorted(values):
        errors += tag_errors(tag)
    return errors


def _uid(value: str) -> list[FieldError]:
    if isinstance(value, str) and (
        _CANONICAL_UID.fullmatch(value) is not None or canonical_uid(value) == value
    ):
        return []
    return [FieldError("uid", BAD_UID.format(value=value))]


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
            f"Intensity must be from 1 ({lowest}) to 5 ({highest}).",
        ),
        *_emotions(episode.emotions, emotions),
        *_optional_int_range(
            "duration_minutes",
            episode.duration_minutes,
            0,
            DURATION_MAX_MINUTES,
            "Duration must be from 0 to 1,440 minutes (24 hours).",
        ),
        *_known("triggers", "trigger", episode.triggers, triggers),
        *_optional_int_range(
            "mood_after_score",
            episode.mood_after_score,
            0,
            10,
            "Mood right after must be from 0 to 10.",
        ),
        *_optional_int_range(
            "mood_later_score", episode.mood_later_score, 0, 10, "Mood later must be from 0 to 10."
        ),
        *_text("what_helped", episode.what_helped, SHORT_TEXT_MAX_CHARS, "\u201cWhat helped\u201d"),
        *_tags(episode.tags),
        *_text("note", episode.note, NOTE_MAX_CHARS, "The note"),
        *_stamps(episode.created_at, episode.updated_at),
    ]


def validate_check_in(
    check_in: CheckIn, *, now: datetime, emotions: Collection[str] | None = None
) -> list[FieldError]:
    """Every broken rule of a check-in; ``emotions`` are the known emotion keys."""
    errors = [
        *_uid(check_in.uid),
        *_time(check_in.occurred_at, now),
        *_int_range("mood", check_in.mood, -3, 3, "Mood must be from -3 to +3."),
        *_optional_int_range("energy", check_in.energy, -3, 3, "Energy must be from -3 to +3."),
        *_optional_int_range(
            "urge_to_cry", check_in.urge_to_cry, 0, 4, "Urge to cry must be from 0 to 4."
        ),
        *_emotions(check_in.emotions, emotions),
        *_optional_int_range(
            "daily_life_hard",
            check_in.daily_life_hard,
            0,
            3,
            "\u201cFeelings made daily life hard\u201d must be from 0 to 3.",
        ),
        *_tags(check_in.tags),
        *_text("note", check_in.note, NOTE_MAX_CHARS, "The note"),
        *_stamps(check_in.created_at, check_in.updated_at),
    ]
    sleep = check_in.sleep_hours
    if sleep is not None and not (
        isinstance(sleep, int | float)
        and not isinstance(sleep, bool)
        and 0 <= sleep <= SLEEP_MAX_HOURS
    ):
        errors.append(FieldError("sleep_hours", "Sleep must be from 0 to 24 hours."))
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
    text = reflection.text
    if len(text) > NOTE_MAX_CHARS:
        errors.append(
            FieldError("text", REFLECTION_TOO_LONG.format(length=len(text), limit=NOTE_MAX_CHARS))
        )
    else:
        errors += _text("text", text, NOTE_MAX_CHARS, "The weekly note")
    return [*errors, *_stamps(reflection.created_at, reflection.updated_at)]
