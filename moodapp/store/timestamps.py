"""How times are written to the database and read back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

_UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


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


def from_local_parts(text: str, offset_minutes: int) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone(timedelta(minutes=offset_minutes)))


def utc_text(moment: datetime) -> str:
    # isoformat, unlike strftime's %Y, always writes the year with four digits.
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def from_utc_text(text: str) -> datetime:
    # Journals written before this check may hold years before 1000 with fewer digits.
    year, rest = text.split("-", 1)
    return datetime.strptime(f"{int(year):04d}-{rest}", _UTC_FORMAT).replace(tzinfo=UTC)
