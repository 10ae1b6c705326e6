"""Encryption at rest, on and off, a new passphrase, and deleting everything (the minutes
before the window locks itself are a journal setting: ``services/settings.py``).

Each change of encryption backs up the journal first, rewrites the journal and
then every backup (so that no copy stays in the old form), and opens the journal
again; whoever holds the Store goes on using it. The passphrase cannot be
recovered: the window says so before encryption is switched on.
"""

from __future__ import annotations

import hmac
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from moodapp.domain.text import QT_TRANSLATE_NOOP, Refusal, Words
from moodapp.paths import AppPaths
from moodapp.services.changes import NEW_ENCRYPTION, Changes
from moodapp.services.writes import refuse_when_read_only
from moodapp.store import backups
from moodapp.store.crypto import looks_encrypted, passphrase_problem
from moodapp.store.database import Store
from moodapp.store.encryption import conversion_unfinished, convert_with_backups
from moodapp.store.leftovers import clear_plain_copies, notes_folder
from moodapp.store.open_errors import JournalOpenError
from moodapp.unfinished import sweep

__all__ = [
    "Converted",
    "PassphraseRejected",
    "PrivacyService",
    "delete_everything",
    "journal_is_encrypted",
    "passphrase_problem",
]


def journal_is_encrypted(paths: AppPaths) -> bool:
    """Whether the journal file looks encrypted (or is not plain SQLite at all)."""
    return looks_encrypted(paths.journal_file)


ENCRYPTED_ALREADY = QT_TRANSLATE_NOOP("Passphrase", "The journal is encrypted already.")
NOT_ENCRYPTED = QT_TRANSLATE_NOOP("Passphrase", "The journal is not encrypted.")
NOT_THE_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Passphrase", "That is not the journal's current passphrase."
)


class PassphraseRejected(Refusal, ValueError):
    """A new passphrase that cannot be used, or a current one that is wrong."""


@dataclass(frozen=True)
class Converted:
    backups: int  # backups rewritten along with the journal
    left_as_they_were: list[Path]  # backups that could not be rewritten (damaged, other key)
    # Files still holding a plain copy of the journal after an encryption: they could not
    # be read to be encrypted, and were left as they are.
    still_plain: list[Path] = field(default_factory=list)
    changes: Changes = NEW_ENCRYPTION


class PrivacyService:
    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def encrypted(self) -> bool:
        return self._store.encrypted

    def opens_with(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is the journal's (to unlock the window)."""
        stored = self._store.passphrase
        return stored is not None and hmac.compare_digest(passphrase.encode(), stored.encode())

    @property
    def read_only(self) -> str:
        """Why the journal may only be read ("" when it may be written)."""
        return self._store.read_only

    def encrypt(self, passphrase: str) -> Converted:
        if self._store.encrypted:
            raise PassphraseRejected(Words("Passphrase", ENCRYPTED_ALREADY))
        self._check_new(passphrase)
        return self._convert(passphrase, "before-encryption")

    def change_passphrase(self, current: str, new: str) -> Converted:
        self._check_current(current)
        self._check_new(new)
        return self._convert(new, "before-new-passphrase")

    def decrypt(self, current: str) -> Converted:
        self._check_current(current)
        return self._convert(None, "before-decryption")

    def _check_current(self, current: str) -> None:
        if not self._store.encrypted:
            raise PassphraseRejected(Words("Passphrase", NOT_ENCRYPTED))
        if not self.opens_with(current):
            raise PassphraseRejected(Words("Passphrase", NOT_THE_PASSPHRASE))

    @staticmethod
    def _check_new(passphrase: str) -> None:
        problem = passphrase_problem(passphrase)
        if problem:
            raise PassphraseRejected(problem)

    def _convert(self, new: str | None, reason: str) -> Converted:
        """Waits until no other moodapp has the journal open, and keeps them waiting until
        the journal and its backups are converted (JournalInUse if they keep it open)."""
        refuse_when_read_only(self._store)
        with self._store.alone():
            return self._convert_alone(new, reason)

    def _convert_alone(self, new: str | None, reason: str) -> Converted:
        """The journal and every backup together, all while the journal is closed (see
        store/encryption.py); then the journal is opened with ``new``. On failure it is
        opened as it is. Once encrypted, no plain copy is left but those named in
        ``still_plain``. A conversion that fails with nothing changed also removes the
        backup it took first, so that the backups are as they were too."""
        store = self._store
        old = store.passphrase
        before = backups.take(store, reason)
        store.close_database()
        everything = [b.path for b in backups.backups_in(store.backup_dir)]
        try:
            left = convert_with_backups(store.path, everything, old, new)
        except BaseException:
            if not conversion_unfinished(store.path):
                before.path.unlink(missing_ok=True)
            _reopen_as_it_is(store, old, new)
            raise
        try:
            still_plain = [] if new is None else clear_plain_copies(store.path, store.backup_dir)
        finally:
            store.reopen(new)
        return Converted(len(everything) - len(left), left, still_plain)


def _reopen_as_it_is(store: Store, old: str | None, new: str | None) -> None:
    """After a conversion that failed part-way: the journal, with whichever key it has."""
    try:
        store.reopen(old)
    except JournalOpenError:
        store.reopen(new)


def delete_everything(paths: AppPaths) -> list[Path]:
    """Remove the journal (and any copy of it set aside), its backups, what killed runs
    left part-written, the window settings, logs and cache; the journal must be closed.
    Returns what was removed."""
    journal = paths.journal_file
    notes = notes_folder(journal)
    removed = sweep(notes)
    # The journal, its log, and any journal set aside as unreadable or half converted.
    for path in sorted(paths.data_dir.glob(f"{journal.stem}*")):
        if path.is_file():
            path.unlink()
            removed.append(path)
    for folder in (paths.backup_dir, notes, paths.config_dir, paths.log_dir, paths.cache_dir):
        if folder.exists():
            shutil.rmtree(folder)
            removed.append(folder)
    return removed
