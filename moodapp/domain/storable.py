"""What any value must be to be stored and read back: times and dates in the years
every offset can reach, text that UTF-8 can spell, and ids in the form moodapp writes.

The imports, the validators of entries and the command line's ``--at`` all ask here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from moodapp.domain.field_errors import FieldError, field_error
from moodapp.domain.text import QT_TRANSLATE_NOOP

# Every time and date stored must be in these years, as lived and in UTC, so that it can
# be converted to any UTC offset and still be written and read with a four-digit year.
EARLIEST_YEAR = 1900
LATEST_YEAR = 9998
_EARLIEST = datetime(EARLIEST_YEAR, 1, 1)
_LATEST = datetime(LATEST_YEAR, 12, 31, 23, 59, 59, 999_999)

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


def _offset_text(offset: timedelta) -> str:
    """Like +05:30:15."""
    seconds = int(offset.total_seconds())
    hours, rest = divmod(abs(seconds), 3600)
    return f"{'-' if seconds < 0 else '+'}{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def time_error(name: str, moment: datetime) -> FieldError | None:
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
    broken = time_error("", moment)
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


def text_error(name: str, value: str, label: str) -> FieldError | None:
    """The rule a text breaks if it holds a character that is not text; ``label`` names
    the text in the message."""
    found = non_text_character(value)
    return None if found is None else field_error(name, NOT_TEXT, label=label, code=ord(found))


def text_problem(value: str, label: str) -> str | None:
    """Why a text cannot be stored, in English, or None."""
    broken = text_error("", value, label)
    return None if broken is None else broken.message


def canonical_uid(value: str) -> str | None:
    """The id in the form moodapp writes it (lower case, with dashes), or None if it is none.

    Upper case, braces, a "urn:uuid:" prefix or missing dashes spell the same id."""
    match = _UID.fullmatch(value)
    if match is None:
        return None
    h = match["hex"].replace("-", "").lower()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def uid_errors(value: str) -> list[FieldError]:
    """What is wrong with an entry's or a note's id: it must be in the form moodapp writes."""
    if isinstance(value, str) and (
        _CANONICAL_UID.fullmatch(value) is not None or canonical_uid(value) == value
    ):
        return []
    return [field_error("uid", BAD_UID, value=value)]
