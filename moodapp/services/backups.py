"""Backups of the journal, checking it, and putting a backup back.

Backups are taken once a day (when the app starts), before a migration, an
import, an encryption change and a restore, and by hand; rotation thins them.
A restore first backs up the journal as it is, so it can be undone the same way.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from moodapp.domain.text import QT_TRANSLATE_NOOP, Refusal, Words, words
from moodapp.paths import PRIVATE_FILE_MODE
from moodapp.services.changes import WHOLE_JOURNAL, Changes
from moodapp.services.writes import refuse_when_read_only
from moodapp.shred import shred_with_side_files
from moodapp.store import backups
from moodapp.store.backups import Backup, BackupDetails
from moodapp.store.crypto import connect, database_errors, looks_encrypted
from moodapp.store.database import Store
from moodapp.store.journal_use import JournalInUse, JournalUse
from moodapp.store.leftovers import RESTORING
from moodapp.write_failure import not_written

COPY_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Backups", "A copy of {name} in the journal's place could not be written"
)

__all__ = [
    "Backup",
    "BackupDetails",
    "BackupService",
    "JournalInUse",
    "RestoreRefused",
    "newest_readable",
    "put_in_place_of_unreadable",
    "replace_journal_with",
    "set_aside",
    "set_aside_alone",
]

DAILY = "daily"
BY_HAND = "by-hand"


class RestoreRefused(Refusal):
    """The backup cannot replace the journal; the message says why."""


ENCRYPTED_UNLIKE = QT_TRANSLATE_NOOP(
    "Backups", "This backup is encrypted, unlike the journal; it cannot replace it."
)
PLAIN_UNLIKE = QT_TRANSLATE_NOOP(
    "Backups", "This backup is not encrypted, unlike the journal; it cannot replace it."
)
CANNOT_RESTORE = QT_TRANSLATE_NOOP("Backups", "This backup {problem}.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Backups", "This backup is damaged: SQLite's check finds problems in it."
)


@dataclass(frozen=True)
class Restored:
    safety: Backup  # the journal as it was before the restore
    changes: Changes = WHOLE_JOURNAL


class BackupService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def take(self, reason: str = BY_HAND) -> Backup:
        """A backup now, then rotation."""
        backup = backups.take(self._store, reason)
        backups.rotate(self._store.backup_dir, passphrase=self._store.passphrase)
        return backup

    def take_daily_if_due(self, now: datetime | None = None) -> Backup | None:
        """The day's backup, unless one was taken today (any reason counts)."""
        moment = now or datetime.now(UTC)
        newest = backups.backups_in(self._store.backup_dir)
        today = moment.astimezone().date()
        if newest and newest[0].taken_at.astimezone().date() == today:
            return None
        backup = backups.take(self._store, DAILY, moment)
        backups.rotate(self._store.backup_dir, moment, self._store.passphrase)
        return backup

    def available(self) -> list[BackupDetails]:
        """Every backup, newest first, with how many entries it holds."""
        return [
            backups.details(b, self._store.passphrase)
            for b in backups.backups_in(self._store.backup_dir)
        ]

    def check(self) -> list[str]:
        """SQLite's full integrity check of the open journal: ["ok"] when all is well."""
        cursor = self._store.db.execute_sql("PRAGMA integrity_check")
        return [str(row[0]) for row in cursor.fetchall()]

    def restore(self, backup: Backup) -> Restored:
        """Put the backup in the journal's place, keeping a backup of the journal as it was.

        The backup must open with the journal's passphrase (or be plain like the journal).
        Waits until no other moodapp has the journal open (JournalInUse if they keep it).
        """
        store = self._store
        refuse_when_read_only(store)
        if looks_encrypted(backup.path) != store.encrypted:
            unlike = PLAIN_UNLIKE if store.encrypted else ENCRYPTED_UNLIKE
            raise RestoreRefused(Words("Backups", unlike))
        details = backups.details(backup, store.passphrase)
        if details.entries is None:
            raise RestoreRefused(words("Backups", CANNOT_RESTORE, problem=details.problem))
        if not _passes_quick_check(backup.path, store.passphrase):
            raise RestoreRefused(Words("Backups", DAMAGED))
        # Alone from the copy of the journal as it is until the backup is in its place, so
        # that every save of another moodapp is in that copy or in the restored journal.
        with store.alone():
            safety = backups.take(store, "before-restore")
            passphrase = store.passphrase
            store.close_database()
            try:
                replace_journal_with(store.path, backup.path)
            except BaseException:
                safety.path.unlink(missing_ok=True)  # the journal is as it was: not needed
                raise
            finally:
                store.reopen(passphrase)
        return Restored(safety)


def replace_journal_with(journal: Path, source: Path) -> None:
    """Copy ``source`` over the closed journal, whole or not at all: a copy that cannot be
    written (a full disk) is removed at once and raises NotWritten, the journal as it was."""
    _swap_in(_copy_beside(journal, source), journal)


def put_in_place_of_unreadable(journal: Path, source: Path) -> Path:
    """Put a copy of ``source`` in the place of a journal that cannot be read, which is set
    aside (see set_aside); returns its new name. Alone with the journal, as a restore is,
    so that no moodapp opening meanwhile makes a new journal that the copy replaces."""
    with _alone(journal):
        partial = _copy_beside(journal, source)
        try:
            aside = set_aside(journal)
        except BaseException:
            shred_with_side_files(partial)
            raise
        _swap_in(partial, journal)
    return aside


def _copy_beside(journal: Path, source: Path) -> Path:
    partial = journal.with_name(journal.name + RESTORING)
    try:
        shutil.copyfile(source, partial)
        if os.name == "posix":
            partial.chmod(PRIVATE_FILE_MODE)
        with partial.open("rb") as written:
            os.fsync(written.fileno())
    except OSError as error:
        shred_with_side_files(partial)
        what = words("Backups", COPY_NOT_WRITTEN, name=source.name)
        raise not_written(what, error, journal.parent) from error
    return partial


def _swap_in(partial: Path, journal: Path) -> None:
    try:
        for stale in (journal.name + "-wal", journal.name + "-shm"):
            journal.with_name(stale).unlink(missing_ok=True)
        os.replace(partial, journal)
    except BaseException:
        shred_with_side_files(partial)
        raise


def set_aside_alone(journal: Path) -> Path:
    """Set aside a journal that cannot be read (see set_aside), alone with it."""
    with _alone(journal):
        return set_aside(journal)


@contextlib.contextmanager
def _alone(journal: Path) -> Iterator[None]:
    """No other moodapp has the journal open inside, and none opens it (they wait); raises
    JournalInUse when others keep it open too long."""
    use = JournalUse.share(journal)
    try:
        use.share_from_now()  # its lock, made if a journal that could not be read had none
        with use.alone():
            yield
    finally:
        use.release()


def newest_readable(folder: Path, passphrase: str | None) -> BackupDetails | None:
    """The newest backup that opens and passes SQLite's quick check: for a damaged journal."""
    for backup in backups.backups_in(folder):
        details = backups.details(backup, passphrase)
        if details.entries is not None and _passes_quick_check(backup.path, passphrase):
            return details
    return None


def _passes_quick_check(path: Path, passphrase: str | None) -> bool:
    conn = connect(path, passphrase, read_only=True)
    try:
        return [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
    except database_errors(passphrase is not None):
        return False
    finally:
        conn.close()


def set_aside(journal: Path, now: datetime | None = None) -> Path:
    """Move a journal that cannot be read out of the way, under a name that says so; it is
    never deleted or overwritten."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = journal.with_name(f"{journal.stem}-unreadable-{stamp}{journal.suffix}")
    n = 2
    while aside.exists():  # never over an earlier one
        aside = journal.with_name(f"{journal.stem}-unreadable-{stamp}-{n}{journal.suffix}")
        n += 1
    os.replace(journal, aside)
    for suffix in ("-wal", "-shm"):
        extra = journal.with_name(journal.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    return aside
