"""How times are written to the database and read back."""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime, timedelta, timezone

_UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_AS_WRITTEN = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", re.ASCII)  # by utc_text


def local_parts(moment: datetime) -> tuple[str, int, str]:
    """(local date-time text, UTC offset in minutes, local date text) of an aware time."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("an entry's time needs a UTC offset")
    local = moment.replace(tzinfo=None)
    return (
        local.isoformat(timespec="seconds"),
        int(offset.total_seconds() // 60),
        local.date().isoformat(),
    )


@functools.cache
def _zone(offset_minutes: int) -> timezone:
    # One object for each offset (a few in any journal), instead of two for every entry read.
    return timezone(timedelta(minutes=offset_minutes))


def from_local_parts(text: str, offset_minutes: int) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=_zone(offset_minutes))


def utc_text(moment: datetime) -> str:
    # isoformat, unlike strftime's %Y, always writes the year with four digits.
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def from_utc_text(text: str) -> datetime:
    # The text utc_text writes is read by fromisoformat, many times faster than strptime
    # and giving the same time in UTC; anything else (such as "+900-..." or a day " 5",
    # which strptime takes and fromisoformat refuses) is read the way it always was.
    if _AS_WRITTEN.fullmatch(text):
        return datetime.fromisoformat(text)
    # Journals written before this check may hold years before 1000 with fewer digits.
    year, rest = text.split("-", 1)
    return datetime.strptime(f"{int(year):04d}-{rest}", _UTC_FORMAT).replace(tzinfo=UTC)
