"""What a search of the journal finds."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from moodapp.domain.entries import EntryKind

# How the index joins an entry's parts (note, what helped, emotions, triggers, tags), and
# the names within a part (store/search.py).
PART_SEPARATOR, NAME_SEPARATOR = " · ", ", "


def query_words(text: str) -> list[str]:
    """The words of what the person typed, as the search looks for them."""
    return re.findall(r"\w+", text)


@dataclass(frozen=True, kw_only=True)
class SearchHit:
    uid: str
    kind: EntryKind
    occurred_at: datetime
    snippet: str  # the part of the entry's words around what was found
    found: tuple[tuple[int, int], ...] = ()  # (start, end) in the snippet of each word found

    @property
    def local_date(self) -> date:
        return self.occurred_at.date()

    def pieces(self) -> Iterator[tuple[str, bool]]:
        """The snippet in order, each piece with whether it is one of the words found."""
        at = 0
        for start, end in self.found:
            if start > at:
                yield self.snippet[at:start], False
            yield self.snippet[start:end], True
            at = end
        if at < len(self.snippet):
            yield self.snippet[at:], False
