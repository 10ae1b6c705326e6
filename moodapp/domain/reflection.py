"""A weekly reflection: what the person noticed, kept as a note on the week."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from moodapp.domain.entries import new_uid


@dataclass(frozen=True, kw_only=True)
class Reflection:
    week_end: date  # the last day of the week it looks back on
    text: str
    uid: str = field(default_factory=new_uid)
    created_at: datetime | None = None
    updated_at: datetime | None = None
