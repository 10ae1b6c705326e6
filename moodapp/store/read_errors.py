"""Damage found while the journal is open: said in words, and the journal refused from then on.

SQLite's checks at opening cannot see every kind of damage: a page whose bytes
changed in a way that leaves it well formed shows only when it is read. Such an
error ("database disk image is malformed", text that is not UTF-8) becomes
JournalDamaged, the same refusal as at opening, and the journal writes nothing
more and is refused at its next open unless its file changes.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Iterator
from pathlib import Path

from moodapp.domain.text import Words
from moodapp.store.bound_database import bound
from moodapp.store.database import Store
from moodapp.store.open_errors import (
    DAMAGED_WHILE_OPEN,
    NOT_TEXT,
    SQLITE_SAID,
    JournalDamaged,
    opening_words,
)

SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
NOT_UTF8 = "could not decode to utf-8"  # Python's sqlite3, for text that is not UTF-8


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error, the driver's error it wraps (peewee keeps it as ``orig``), and those it
    was raised from or during."""
    seen: set[int] = set()
    waiting = [error]
    while waiting:
        current = waiting.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        wrapped = (getattr(current, "orig", None), current.__cause__, current.__context__)
        waiting += [e for e in wrapped if isinstance(e, BaseException)]


def damage_in(error: BaseException) -> Words | None:
    """How the error shows the journal is damaged, in words (None for another error)."""
    for cause in _causes(error):
        if isinstance(cause, JournalDamaged) and cause.how is not None:  # the check left for later
            return cause.how
        code = getattr(cause, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return opening_words(SQLITE_SAID, said=str(cause))
        if NOT_UTF8 in str(cause).lower() or _undecodable_from_journal(cause):
            return opening_words(NOT_TEXT)  # never quote the text itself
    return None


def _undecodable_from_journal(error: BaseException) -> bool:
    """Bytes from the journal that are not text: SQLite handing back a damaged name or
    message, raised where peewee or the store reads the journal (not an imported file)."""
    if not isinstance(error, UnicodeDecodeError):
        return False
    frames = traceback.extract_tb(error.__traceback__)
    innermost = Path(frames[-1].filename) if frames else None
    return innermost is not None and (
        innermost.stem == "peewee" or innermost.parent == Path(__file__).parent
    )


def damaged_while_open(path: Path, how: Words) -> Words:
    return opening_words(DAMAGED_WHILE_OPEN, path=str(path), how=how)


def note_damage(error: BaseException) -> Words | None:
    """When ``error`` shows the open journal is damaged, nothing more is written to it and it
    is refused at its next open; returns how it shows, in words (None for another error)."""
    how = damage_in(error)
    db = bound()
    if how is not None and db is not None:
        db.note_damage()
    return how


@contextlib.contextmanager
def damage_refused(store: Store) -> Iterator[None]:
    """Inside, an error that shows the journal is damaged becomes JournalDamaged."""
    try:
        yield
    except Exception as error:
        how = damage_in(error)
        if how is None:
            raise
        store.note_damage()
        raise JournalDamaged(damaged_while_open(store.path, how)) from error
