"""SQLite's look at an existing journal file, read-only: whole pages, then its own check.

The quick check (``PRAGMA quick_check``) misses a file cut short by its last bytes
and an index that no longer matches its table; the full check (``integrity_check``,
and SQLCipher's check of every page's authentication code for an encrypted
journal) finds those, and runs when the file may have changed behind moodapp's
back (see check_record.py).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from moodapp.store.crypto import log_may_hold_pages


def _pragma_number(conn: Any, name: str) -> int:
    return int(conn.execute(f"PRAGMA {name}").fetchone()[0])


def size_problem(conn: Any, path: Path) -> str:
    """Whether the file holds whole pages, as many as its header says ("" when it does)."""
    page_size = _pragma_number(conn, "page_size")
    size = os.stat(path).st_size
    if size % page_size:
        return "its size is not a whole number of its pages, so part of it is missing"
    if not log_may_hold_pages(path) and _pragma_number(conn, "page_count") * page_size > size:
        return "it is shorter than its own header says, so part of it is missing"
    return ""


def sqlite_problems(conn: Any, *, full: bool, encrypted: bool) -> list[str]:
    """What SQLite's check finds wrong with the file, in its words ([] when nothing)."""
    check = "integrity_check" if full else "quick_check"
    found = [str(row[0]) for row in conn.execute(f"PRAGMA {check}")]
    if found != ["ok"]:
        return found
    if full and encrypted:
        return [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    return []
