"""What a search of the journal finds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from moodapp.domain.entries import EntryKind


@dataclass(frozen=True, kw_only=True)
class SearchHit:
    uid: str
    kind: EntryKind
    occurred_at: datetime
    snippet: str  # the part of the entry's words around what was found

    @property
    def local_date(self) -> date:
        return self.occurred_at.date()
