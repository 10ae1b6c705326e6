"""Copies of the journal in ``backups/``: taking them, naming them, reading them, thinning them.

A backup is a consistent snapshot of the open journal (``snapshot``), in the same
encryption as the journal, named ``journal-<UTC time>-<reason>.sqlite3``.
Rotation keeps every copy of the last day, the newest of each of the last seven
days that have one, and the newest of each of the last four weeks; and always the
newest good copy that holds entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from moodapp.domain.text import QT_TRANSLATE_NOOP, Words, words
from moodapp.store.crypto import WrongPassphrase, connect, database_errors
from moodapp.store.database import Store
from moodapp.store.snapshot import snapshot, timestamp

KEEP_ALL_FOR = timedelta(days=1)
KEEP_DAILY = 7
KEEP_WEEKLY = 4
# journal-20261126T103328Z-daily.sqlite3; a second one in the same second ends in "~2".
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<time>\d{8}T\d{6}Z)-(?P<reason>[a-z0-9_-]+)(?:~\d+)?\.sqlite3$"
)


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    reason: str  # "daily", "before-import", "before-0004_unknown_energy_and_intensity", ...


OTHER_PASSPHRASE = QT_TRANSLATE_NOOP("Backups", "cannot be opened with the journal's passphrase")
UNREADABLE = QT_TRANSLATE_NOOP("Backups", "cannot be read ({error})")


@dataclass(frozen=True)
class BackupDetails:
    backup: Backup
    entries: int | None  # None when it cannot be read (another passphrase, or damaged)
    problem: Words | None = None  # why it cannot be read


def parse(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = datetime.strptime(match["time"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return Backup(path, taken, match["reason"])


def backups_in(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [b for p in folder.glob("*.sqlite3") if (b := parse(p)) is not None]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def take(store: Store, reason: str, now: datetime | None = None) -> Backup:
    """Snapshot the open journal into its backup folder."""
    moment = now or datetime.now(UTC)
    name = f"{store.path.stem}-{timestamp(moment)}-{reason}.sqlite3"
    path = store.backup_dir / name
    n = 2
    while path.exists():  # two in the same second: keep both
        path = store.backup_dir / f"{store.path.stem}-{timestamp(moment)}-{reason}~{n}.sqlite3"
        n += 1
    snapshot(store.db, path)
    return Backup(path, moment.astimezone(UTC).replace(microsecond=0), reason)


def to_remove(backups: Iterable[Backup], now: datetime) -> list[Backup]:
    """The backups rotation removes: all but those of the last day, the newest of each of
    the last KEEP_DAILY days and the newest of each of the last KEEP_WEEKLY weeks."""
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = {b.path for b in newest_first if now - b.taken_at < KEEP_ALL_FOR}
    days: dict[object, Backup] = {}
    weeks: dict[object, Backup] = {}
    for backup in newest_first:
        day = backup.taken_at.date()
        days.setdefault(day, backup)
        weeks.setdefault(day.isocalendar()[:2], backup)
    keep |= {b.path for b in list(days.values())[:KEEP_DAILY]}
    keep |= {b.path for b in list(weeks.values())[:KEEP_WEEKLY]}
    return [b for b in newest_first if b.path not in keep]


def holds_entries(backup: Backup, passphrase: str | None) -> bool:
    """Whether the backup opens, passes SQLite's quick check and holds at least one entry."""
    try:
        conn = connect(backup.path, passphrase, read_only=True)
    except WrongPassphrase:
        return False
    try:
        if [r[0] for r in conn.execute("PRAGMA quick_check")] != ["ok"]:
            return False
        return any(
            conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None
            for table in ("crying_episode", "check_in")
        )
    except database_errors(passphrase is not None):
        return False
    finally:
        conn.close()


def rotate(
    folder: Path, now: datetime | None = None, passphrase: str | None = None
) -> list[Backup]:
    """Remove the backups rotation does not keep; returns them. The newest good backup that
    holds entries is always kept, so that copies of an emptied or damaged journal never
    thin the good ones away."""
    everything = backups_in(folder)
    removed = to_remove(everything, now or datetime.now(UTC))
    kept = (b for b in everything if b not in removed)
    if not any(holds_entries(b, passphrase) for b in kept):
        last_good = next((b for b in removed if holds_entries(b, passphrase)), None)
        if last_good is not None:
            removed.remove(last_good)
    for backup in removed:
        backup.path.unlink(missing_ok=True)
    return removed


def details(backup: Backup, passphrase: str | None) -> BackupDetails:
    """How many entries the backup holds, read without changing it."""
    try:
        conn = connect(backup.path, passphrase, read_only=True)
    except WrongPassphrase:
        return BackupDetails(backup, None, Words("Backups", OTHER_PASSPHRASE))
    try:
        count = sum(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("crying_episode", "check_in")
        )
        return BackupDetails(backup, count)
    except database_errors(passphrase is not None) as error:
        return BackupDetails(backup, None, words("Backups", UNREADABLE, error=str(error)))
    finally:
        conn.close()
