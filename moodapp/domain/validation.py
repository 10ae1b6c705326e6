"""Rules every entry must meet before anything is written.

Each broken rule becomes a ``FieldError`` naming the entry's field, so the
window can show the message next to that field and the command line can name
the option. All errors are collected, not only the first.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from moodapp.domain.entries import INTENSITY_WORDS, CheckIn, CryingEpisode, Entry

NOTE_MAX_CHARS = 20_000
SHORT_TEXT_MAX_CHARS = 2_000
TAG_MAX_CHARS = 40
TAGS_MAX = 50
DURATION_MAX_MINUTES = 24 * 60
SLEEP_MAX_HOURS = 24.0
EARLIEST_YEAR = 1900
# Clocks drift a little between devices; a time this close to now is not "the future".
FUTURE_TOLERANCE = timedelta(minutes=2)


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


def _time(value: datetime, now: datetime) -> list[FieldError]:
    if value.tzinfo is None or value.utcoffset() is None:
        return [FieldError("occurred_at", "The time needs a UTC offset.")]
    if value > now + FUTURE_TOLERANCE:
        return [FieldError("occurred_at", "The time is in the future.")]
    if value.year < EARLIEST_YEAR:
        return [FieldError("occurred_at", "The time is before 1900.")]
    return []


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
    if len(value) <= limit:
        return []
    return [FieldError(name, f"{label} is {len(value):,} characters long; the limit is {limit:,}.")]


def _tags(values: Collection[str]) -> list[FieldError]:
    errors = []
    if len(values) > TAGS_MAX:
        errors.append(FieldError("tags", f"At most {TAGS_MAX} tags fit on one entry."))
    if len({t.casefold() for t in values}) < len(values):
        errors.append(
            FieldError("tags", "The same tag is there twice (tags ignore upper and lower case).")
        )
    for tag in sorted(values):
        if not tag.strip() or tag != tag.strip():
            errors.append(FieldError("tags", "A tag cannot be empty or start or end with a space."))
        elif len(tag) > TAG_MAX_CHARS or any(c in tag for c in "\r\n\t,"):
            errors.append(
                FieldError(
                    "tags",
                    f"The tag \u201c{tag[:TAG_MAX_CHARS]}\u201d must be one line of at most "
                    f"{TAG_MAX_CHARS} characters without commas.",
                )
            )
    return errors


def _uid(value: str) -> list[FieldError]:
    try:
        uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return [FieldError("uid", f"\u201c{value}\u201d is not a valid entry id.")]
    return []


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
