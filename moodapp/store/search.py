"""The full-text index of entries (SQLite FTS5), kept in step with every write.

The index holds, per entry, the words a person may look for: the note, what
helped, tags, and the labels of its emotions and triggers. ``store.entries``
calls ``reindex`` and ``remove`` inside the same transaction as each write, and
a renamed emotion or trigger rebuilds it, so search never shows stale entries.

Each entry's row in the index has a rowid its own row determines: twice the id of
an episode, twice the id of a check-in plus one (migration 0005). FTS5 finds a row
only by its rowid; a condition on any other column (``uid``) reads the whole index,
which made every save cost as much as the journal is long.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from moodapp.domain.entries import EntryKind
from moodapp.domain.search import SearchHit, query_words
from moodapp.store import bound_database
from moodapp.store.timestamps import from_local_parts

_EPISODE_BODIES = """
SELECT 2 * e.id, e.uid,
       e.note || ' · ' || e.what_helped
       || ' · ' || COALESCE((SELECT group_concat(m.label, ', ') FROM episode_emotion x
                           JOIN emotion m ON m.id = x.emotion_id
                           WHERE x.episode_id = e.id AND x.intensity > 0), '')
       || ' · ' || COALESCE((SELECT group_concat(t.label, ', ') FROM episode_trigger x
                           JOIN "trigger" t ON t.id = x.trigger_id
                           WHERE x.episode_id = e.id), '')
       || ' · ' || COALESCE((SELECT group_concat(g.name, ', ') FROM entry_tag x
                           JOIN tag g ON g.id = x.tag_id
                           WHERE x.episode_id = e.id), '')
FROM crying_episode e
"""

_CHECK_IN_BODIES = """
SELECT 2 * c.id + 1, c.uid,
       c.note
       || ' · ' || COALESCE((SELECT group_concat(m.label, ', ') FROM check_in_emotion x
                           JOIN emotion m ON m.id = x.emotion_id
                           WHERE x.check_in_id = c.id AND x.intensity > 0), '')
       || ' · ' || COALESCE((SELECT group_concat(g.name, ', ') FROM entry_tag x
                           JOIN tag g ON g.id = x.tag_id
                           WHERE x.check_in_id = c.id), '')
FROM check_in c
"""

_SEARCH = """
SELECT s.uid,
       COALESCE(e.occurred_at, c.occurred_at),
       COALESCE(e.utc_offset_minutes, c.utc_offset_minutes),
       COALESCE(e.kind, 'check-in'),
       snippet(entry_search, 1, char(2), char(3), '…', 12)
FROM entry_search s
LEFT JOIN crying_episode e ON e.uid = s.uid
LEFT JOIN check_in c ON c.uid = s.uid
WHERE entry_search MATCH ?
ORDER BY COALESCE(e.occurred_at, c.occurred_at) DESC
LIMIT ?
"""


_INDEX = "INSERT INTO entry_search (rowid, uid, body) "

# The index rowids of the entry with this uid (one at most: a uid is an episode's or a
# check-in's), found through the unique indexes on uid.
_ROWIDS = """
SELECT 2 * id FROM crying_episode WHERE uid = ?
UNION ALL
SELECT 2 * id + 1 FROM check_in WHERE uid = ?
"""


def _rowids(uid: str) -> list[int]:
    return [rowid for (rowid,) in bound_database.execute(_ROWIDS, (uid, uid)).fetchall()]


def remove(uid: str) -> None:
    """Take the entry with this uid out of the index (before its row is deleted)."""
    for rowid in _rowids(uid):
        bound_database.execute("DELETE FROM entry_search WHERE rowid = ?", (rowid,))


def reindex(uid: str) -> None:
    """Index the entry with this uid afresh (after it was written)."""
    remove(uid)
    for bodies, alias in ((_EPISODE_BODIES, "e"), (_CHECK_IN_BODIES, "c")):
        bound_database.execute(f"{_INDEX}{bodies} WHERE {alias}.uid = ?", (uid,))


def index_rows_after(episode_id: int, check_in_id: int) -> None:
    """Index the episodes and check-ins whose row ids are above these (just inserted)."""
    for bodies, alias, last in (
        (_EPISODE_BODIES, "e", episode_id),
        (_CHECK_IN_BODIES, "c", check_in_id),
    ):
        bound_database.execute(f"{_INDEX}{bodies} WHERE {alias}.id > ?", (last,))


def reindex_rows(episode_ids: Sequence[int], check_in_ids: Sequence[int]) -> None:
    """Index these episodes and check-ins (by row id) afresh, after they were rewritten."""
    cursor = bound_database.cursor()
    cursor.executemany(
        "DELETE FROM entry_search WHERE rowid = ?",
        [(2 * i,) for i in episode_ids] + [(2 * i + 1,) for i in check_in_ids],
    )
    for bodies, alias, ids in (
        (_EPISODE_BODIES, "e", episode_ids),
        (_CHECK_IN_BODIES, "c", check_in_ids),
    ):
        cursor.executemany(f"{_INDEX}{bodies} WHERE {alias}.id = ?", [(i,) for i in ids])


def rebuild() -> None:
    """Index every entry afresh, e.g. after an emotion or trigger was renamed."""
    bound_database.execute("DELETE FROM entry_search")
    for bodies in (_EPISODE_BODIES, _CHECK_IN_BODIES):
        bound_database.execute(f"{_INDEX}{bodies}")


def match_expression(text: str, also: Mapping[str, Sequence[str]] | None = None) -> str | None:
    """The person's words as an FTS5 query: every word must appear, as a word or its start,
    or one of the texts ``also`` gives for it appear whole (a built-in emotion's stored
    English name, say, for a word of its translation)."""
    words = query_words(text)
    if not words:
        return None

    def term(word: str) -> str:
        others = [o for o in (also or {}).get(word, ()) if re.search(r"\w", o)]
        options = [f'"{word}"*', *('"{}"'.format(o.replace('"', '""')) for o in others)]
        return options[0] if len(options) == 1 else f"({' OR '.join(options)})"

    return " ".join(term(word) for word in words)


# What snippet() puts around each word found: control characters, which typed text
# does not hold (one that came in some other way only loses its mark).
FOUND_START, FOUND_END = "\x02", "\x03"
_FOUND = re.compile(f"{FOUND_START}([^{FOUND_START}{FOUND_END}]*){FOUND_END}")


def _tidy(snippet: str) -> str:
    """One line, without the separators left by empty parts ("a ·  · b" -> "a · b")."""
    parts = [part.strip() for part in " ".join(snippet.split()).split("·")]
    return " · ".join(part for part in parts if part)


def _unmarked(snippet: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The snippet without its marks, and where the marked words are in it."""
    text: list[str] = []
    found: list[tuple[int, int]] = []
    length = at = 0
    for match in _FOUND.finditer(snippet):
        before = snippet[at : match.start()].replace(FOUND_START, "").replace(FOUND_END, "")
        text += [before, match[1]]
        length += len(before)
        found.append((length, length + len(match[1])))
        length += len(match[1])
        at = match.end()
    text.append(snippet[at:].replace(FOUND_START, "").replace(FOUND_END, ""))
    return "".join(text), tuple(found)


def search(
    text: str, limit: int, also: Mapping[str, Sequence[str]] | None = None
) -> list[SearchHit]:
    """Entries containing every word of ``text`` (or a text ``also`` gives for it), newest
    first."""
    expression = match_expression(text, also)
    if expression is None:
        return []
    cursor = bound_database.execute(_SEARCH, (expression, limit))
    hits = []
    for uid, occurred_at, offset, kind, marked in cursor.fetchall():
        snippet, found = _unmarked(_tidy(marked))
        hits.append(
            SearchHit(
                uid=uid,
                kind=EntryKind(kind),
                occurred_at=from_local_parts(occurred_at, offset),
                snippet=snippet,
                found=found,
            )
        )
    return hits
