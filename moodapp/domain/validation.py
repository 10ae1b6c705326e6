"""The rules every entry and weekly note must meet before anything is written.

Each broken rule becomes a ``FieldError`` naming the entry's field, so the
window can show the message next to that field and the command line can name
the option. All errors are collected, not only the first. The rules any stored
value meets are in ``storable``, a tag's in ``tag_rules``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta

from moodapp.domain.entries import INTENSITY_WORDS, CheckIn, CryingEpisode, Entry
from moodapp.domain.field_errors import FieldError, field_error
from moodapp.domain.reflection import Reflection
from moodapp.domain.storable import date_problem, text_error, time_error, uid_errors
from moodapp.domain.tag_rules import entry_tags_errors
from moodapp.domain.text import QT_TRANSLATE_NOOP

NOTE_MAX_CHARS = 20_000
SHORT_TEXT_MAX_CHARS = 2_000
DURATION_MAX_MINUTES = 24 * 60
SLEEP_MAX_HOURS = 24.0
# Clocks drift a little between devices; a time this close to now is not "the future".
FUTURE_TOLERANCE = timedelta(minutes=2)


# Messages for people, one place per module.
TIME_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The time is in the future.")
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


def _time(value: datetime, now: datetime) -> list[FieldError]:
    broken = time_error("occurred_at", value)
    if broken is None and value > now + FUTURE_TOLERANCE:
        broken = field_error("occurred_at", TIME_IN_FUTURE)
    return [] if broken is None else [broken]


def _stamps(created_at: datetime | None, updated_at: datetime | None) -> list[FieldError]:
    """When an entry or a note was first saved and last changed: only the range is checked,
    since another device's clock may be ahead of this one."""
    created = None if created_at is None else time_error("created_at", created_at)
    # Imports often give both stamps as one and the same time: checked once.
    if updated_at is created_at:
        updated = None if created is None else replace(created, field="updated_at")
    else:
        updated = None if updated_at is None else time_error("updated_at", updated_at)
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
    broken = text_error(name, value, label)
    return [] if broken is None else [broken]


def _note(value: str) -> list[FieldError]:
    return _text("note", value, NOTE_MAX_CHARS, NOTE_TOO_LONG, "The note")


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
        *uid_errors(episode.uid),
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
        *entry_tags_errors(episode.tags),
        *_note(episode.note),
        *_stamps(episode.created_at, episode.updated_at),
    ]


def validate_check_in(
    check_in: CheckIn, *, now: datetime, emotions: Collection[str] | None = None
) -> list[FieldError]:
    """Every broken rule of a check-in; ``emotions`` are the known emotion keys."""
    errors = [
        *uid_errors(check_in.uid),
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
        *entry_tags_errors(check_in.tags),
        *_note(check_in.note),
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
    errors = [*uid_errors(reflection.uid)]
    problem = date_problem(reflection.week_end)
    if problem is not None:
        errors.append(FieldError("week_end", problem))
    errors += _text("text", reflection.text, NOTE_MAX_CHARS, REFLECTION_TOO_LONG, "The weekly note")
    return [*errors, *_stamps(reflection.created_at, reflection.updated_at)]
