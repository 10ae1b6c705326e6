"""What the fault runs check after each fault: the journal opens as the app opens it and
passes SQLite's integrity check, every confirmed save is in it, and no plain copy of an
encrypted journal's content lies anywhere in its data folder.

Every note the runs write holds MARKER, so a file that holds MARKER (or the name of a
journal table, which every plain copy of a journal holds) is a plain copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from moodapp.paths import AppPaths
from moodapp.services.backups import BackupService
from moodapp.services.journal import opened_journal
from moodapp.store.backups import backups_in
from moodapp.store.crypto import WrongPassphrase, connect, looks_encrypted

MARKER = "faultmarker"
PLAIN_SIGNS = (MARKER.encode(), b"crying_episode")
ENTRY_UIDS = "SELECT uid FROM crying_episode UNION ALL SELECT uid FROM check_in"


@dataclass
class Opened:
    """The journal as the app opened it after a fault."""

    passphrase: str | None  # the one that opened it
    uids: set[str]
    integrity: list[str]


class JournalDidNotOpen(Exception):
    pass


def open_as_the_app(paths: AppPaths, candidates: Sequence[str | None]) -> Opened:
    """Open the journal as moodapp does (finishing what a fault interrupted), with the first
    of ``candidates`` that opens it; raises JournalDidNotOpen with moodapp's message."""
    encrypted = looks_encrypted(paths.journal_file)
    tried = [c for c in candidates if (c is not None) == encrypted] or [None]
    problem = ""
    for passphrase in tried:
        try:
            with opened_journal(paths, passphrase=passphrase) as journal:
                store = journal.store
                db: Any = store.db
                uids = {r[0] for r in db.execute_sql(ENTRY_UIDS)}
                return Opened(store.passphrase, uids, BackupService(store).check())
        except Exception as error:  # any failure to open is a finding
            problem = f"{type(error).__name__}: {error}"
    raise JournalDidNotOpen(problem)


def plaintext_files(data_dir: Path) -> list[Path]:
    """Files in the data folder that hold an entry's words or a journal's tables in plain."""
    found = []
    for path in sorted(data_dir.rglob("*")):
        if path.is_file() and not path.is_symlink():
            content = path.read_bytes()
            if any(sign in content for sign in PLAIN_SIGNS):
                found.append(path)
    return found


def uids_in_backups(paths: AppPaths, passphrase: str | None) -> set[str]:
    """Every entry in every backup that opens with ``passphrase``."""
    found: set[str] = set()
    for backup in backups_in(paths.backup_dir):
        try:
            conn = connect(backup.path, passphrase, read_only=True)
        except WrongPassphrase:
            continue
        try:
            found |= {r[0] for r in conn.execute(ENTRY_UIDS)}
        finally:
            conn.close()
    return found
