"""Turning a closed journal file and its backups into encrypted, re-keyed or plain ones.

Each new file is written beside the old one (``<name>.converting``) with SQLCipher's
``sqlcipher_export``, checked to hold exactly the same rows, and only then swapped in;
the old content is overwritten with zeros before it is removed (shred.py).

The journal and its backups change together, in two steps, so that a crash anywhere
leaves something the next opening can put right without any passphrase:

1. Copies: the journal's, then every backup's. Then the list of the backups copied is
   written (``journal.sqlite3.converting-backups``).
2. Swaps: the journal's copy takes its place (from that moment the conversion has
   happened), then each backup's.

At the next opening (``finish_conversion``), a copy of the journal that is still there
means it was not swapped: every copy is removed and everything stays as it was. Without
one, the list names the backups still to swap, and they are swapped. Either way every
backup ends up in the journal's encryption.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from moodapp.domain.text import QT_TRANSLATE_NOOP, words
from moodapp.files import fsync_folder
from moodapp.paths import PRIVATE_FILE_MODE
from moodapp.shred import shred, shred_with_side_files
from moodapp.store.crypto import QUIET, is_plain_sqlite, key_statement
from moodapp.write_failure import is_write_failure, not_written

NEW_COPY_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Encryption", "The new copy of {name} could not be written"
)

__all__ = [
    "CONVERTING",
    "PLAN",
    "REPLACED",
    "ConversionFailed",
    "clear_leftovers",
    "content_digest",
    "conversion_unfinished",
    "convert",
    "convert_with_backups",
    "finish_conversion",
    "secure_backups",
    "shred",
]

CONVERTING = ".converting"
REPLACED = ".replaced"
PLAN = ".converting-backups"  # beside the journal: the backups to swap after it


class ConversionFailed(Exception):
    """The converted copy did not match; the original was left as it was."""


def _sqlcipher(path: Path, passphrase: str | None) -> Any:
    """A SQLCipher connection (it reads plain files too, and can write encrypted ones)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute(QUIET)
    if passphrase is not None:
        conn.execute(key_statement(passphrase))
    return conn


def content_digest(conn: Any) -> str:
    """A digest of every row of every table, independent of how the file stores them."""
    digest = hashlib.sha256()
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    )]  # fmt: skip
    for table in tables:
        digest.update(table.encode())
        rows = sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{table}"'))
        for row in rows:
            digest.update(row.encode())
    return digest.hexdigest()


def _copy(path: Path) -> Path:
    return path.with_name(path.name + CONVERTING)


def _replaced(path: Path) -> Path:
    return path.with_name(path.name + REPLACED)


def _plan(journal: Path) -> Path:
    return journal.with_name(journal.name + PLAN)


def _clear_replaced(path: Path) -> None:
    """A ``.replaced`` file that is not the file itself is an old copy waiting to be
    shredded; one that is the file (a hard link made just before the swap) is only a
    second name to drop."""
    replaced = _replaced(path)
    try:
        second_name = path.exists() and os.path.samefile(path, replaced)
    except FileNotFoundError:  # gone already
        return
    if second_name:
        replaced.unlink(missing_ok=True)
    else:
        shred(replaced)


def clear_leftovers(path: Path) -> None:
    """Finish an interrupted swap of ``path`` and shred a copy that was never swapped in."""
    _clear_replaced(path)
    shred_with_side_files(_copy(path))


def _write_copy(path: Path, old: str | None, new: str | None) -> None:
    """Write ``path``'s content in the new encryption to its ``.converting`` copy and check
    it; on any failure the copy is removed and ``path`` is as it was. A copy the system
    refuses to write (a full disk) raises NotWritten, saying why."""
    try:
        _write_checked_copy(path, old, new)
    except Exception as error:
        if is_write_failure(error):
            what = words("Encryption", NEW_COPY_NOT_WRITTEN, name=path.name)
            raise not_written(what, error, path.parent) from error
        raise


def _write_checked_copy(path: Path, old: str | None, new: str | None) -> None:
    partial = _copy(path)
    source = _sqlcipher(path, old)
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the log's pages into the file
        source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(partial), new or ""))
        source.execute("SELECT sqlcipher_export('converted')")
        source.execute("DETACH DATABASE converted")
        expected = content_digest(source)
    except BaseException:
        source.close()
        shred_with_side_files(partial)
        raise
    source.close()
    copy = _sqlcipher(partial, new)
    try:
        if content_digest(copy) != expected:
            raise ConversionFailed(f"{path.name}: the converted copy does not match")
        copy.execute("PRAGMA journal_mode = wal")  # as the journal was
    except BaseException:
        copy.close()
        shred_with_side_files(partial)
        raise
    copy.close()
    if os.name == "posix":
        partial.chmod(PRIVATE_FILE_MODE)
    with partial.open("rb") as written:
        os.fsync(written.fileno())


def _swap(path: Path) -> None:
    """The ``.converting`` copy takes the file's place; the old content is shredded.

    Each step may be repeated (after a crash), and two moodapps opening at the same moment
    may both be finishing the same swap: a name already made or already gone is fine.
    """
    # A closed file's log is checkpointed and removed; anything left of it would belong
    # to the old content.
    for stale in (path.name + "-wal", path.name + "-shm"):
        shred(path.with_name(stale))
    if path.exists():
        with contextlib.suppress(FileExistsError, FileNotFoundError):
            os.link(path, _replaced(path))  # the old content keeps a name until it is shredded
    os.replace(_copy(path), path)
    _clear_replaced(path)


def convert(path: Path, old: str | None, new: str | None) -> None:
    """Rewrite the closed database at ``path`` from passphrase ``old`` to ``new`` (None: plain).

    Raises ConversionFailed, or the database's own error, leaving ``path`` as it was.
    """
    clear_leftovers(path)
    _write_copy(path, old, new)
    _swap(path)


def _is_unreadable(error: Exception) -> bool:
    """Whether converting failed because the file cannot be read as it should (damaged,
    or in another encryption), rather than because its copy could not be written (which
    ``_write_copy`` raises as an OSError)."""
    return not isinstance(error, OSError)


def _write_plan(journal: Path, copied: list[Path]) -> None:
    plan = _plan(journal)
    draft = plan.with_name(plan.name + ".draft")
    with draft.open("w", encoding="utf-8") as file:
        json.dump([p.name for p in copied], file)
        file.flush()
        os.fsync(file.fileno())
    os.replace(draft, plan)
    fsync_folder(journal.parent)


def _planned(journal: Path, backup_dir: Path) -> list[Path]:
    """The backups the plan names (only names inside the backup folder are taken)."""
    try:
        names = json.loads(_plan(journal).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(names, list):
        return []
    return [backup_dir / n for n in names if isinstance(n, str) and n == Path(n).name]


def _undo(journal: Path, copied: list[Path]) -> None:
    """Before the journal's swap: drop the plan first (so that a crash now is never taken
    for a finished conversion), then every copy."""
    plan = _plan(journal)
    plan.unlink(missing_ok=True)
    plan.with_name(plan.name + ".draft").unlink(missing_ok=True)
    for path in (journal, *copied):
        shred_with_side_files(_copy(path))


def convert_with_backups(
    journal: Path, backups: list[Path], old: str | None, new: str | None
) -> list[Path]:
    """Convert the closed journal and its backups from ``old`` to ``new``; returns the
    backups that could not be converted (damaged, or in another encryption already),
    which were left as they were.

    Raises ConversionFailed or the database's error when the journal itself cannot be
    converted: then nothing has changed.
    """
    clear_leftovers(journal)
    _write_copy(journal, old, new)
    copied: list[Path] = []
    left: list[Path] = []
    try:
        for backup in backups:
            clear_leftovers(backup)
            try:
                _write_copy(backup, old, new)
            except Exception as error:
                if not _is_unreadable(error):
                    raise  # a full disk, say: stopped, and nothing changed
                left.append(backup)  # damaged, or in another key already: said, and kept
                continue
            copied.append(backup)
        _write_plan(journal, copied)
        _swap(journal)  # from here on, the conversion has happened
    except BaseException:
        if _copy(journal).exists():
            _undo(journal, copied)
        raise
    for backup in copied:
        _swap(backup)
    _plan(journal).unlink()
    return left


def conversion_unfinished(journal: Path) -> bool:
    """Whether the journal was converted and backups are still to be swapped (the next
    opening finishes them); after a failed conversion, False means nothing changed."""
    return _plan(journal).exists()


def finish_conversion(journal: Path, backup_dir: Path) -> None:
    """Put right what an interrupted conversion left: finish it if the journal was swapped,
    else undo it; shred every copy and old content left over, journal and backups.

    Two moodapps opening at the same moment come to the same decision: the journal's copy
    is removed only after the plan, and the plan only after every swap it names.
    """
    plan = _plan(journal)
    if plan.exists():
        planned = _planned(journal, backup_dir)
        if _copy(journal).exists():  # the journal was not swapped: as if nothing happened
            _undo(journal, planned)
        else:
            for backup in planned:
                if _copy(backup).exists():
                    with contextlib.suppress(FileNotFoundError):  # swapped by another moodapp
                        _swap(backup)
            plan.unlink(missing_ok=True)
    plan.with_name(plan.name + ".draft").unlink(missing_ok=True)
    clear_leftovers(journal)
    if backup_dir.is_dir():
        found = {*backup_dir.glob(f"*{REPLACED}"), *backup_dir.glob(f"*{CONVERTING}*")}
        for leftover in sorted(found):
            original = leftover.name.split(CONVERTING)[0].removesuffix(REPLACED)
            clear_leftovers(backup_dir / original)


def secure_backups(backup_dir: Path, passphrase: str) -> list[Path]:
    """Encrypt the backups still in plain SQLite beside an encrypted journal (an older
    version's interrupted encryption could leave some). Returns those encrypted."""
    if not backup_dir.is_dir():
        return []
    encrypted = []
    for backup in sorted(backup_dir.glob("*.sqlite3")):
        if backup.stat().st_size > 0 and is_plain_sqlite(backup):
            try:
                convert(backup, None, passphrase)
            except Exception:  # damaged: the backup list says it cannot be opened
                continue
            encrypted.append(backup)
    return encrypted
