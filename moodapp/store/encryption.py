"""Turning a closed journal file (or a backup) into an encrypted, re-keyed or plain one.

The new file is written beside the old one with SQLCipher's ``sqlcipher_export``,
checked to hold exactly the same rows, and only then swapped in. The old file is
then overwritten with zeros before it is removed, so no plain copy is left behind
as a file. (On solid-state drives and journalling file systems the old blocks may
survive below the file system; whole-disk encryption is the answer to that.)
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path
from typing import Any

from moodapp.paths import PRIVATE_FILE_MODE
from moodapp.store.crypto import QUIET, is_plain_sqlite, key_statement

CONVERTING = ".converting"
REPLACED = ".replaced"
ZEROS = bytes(1 << 16)


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


def shred(path: Path) -> None:
    """Overwrite the file with zeros, flush it to disk, then remove it."""
    if not path.exists():
        return
    size = path.stat().st_size
    with path.open("r+b") as file:
        for _ in range(0, size, len(ZEROS)):
            file.write(ZEROS)
        file.flush()
        os.fsync(file.fileno())
    path.unlink()


def clear_leftovers(path: Path) -> None:
    """Finish an interrupted swap: a ``.replaced`` file that is not the journal itself is
    an old copy waiting to be shredded; one that is the journal (a hard link made just
    before the swap) is only a second name to drop. A half-written copy is removed."""
    replaced = path.with_name(path.name + REPLACED)
    if replaced.exists():
        if path.exists() and os.path.samefile(path, replaced):
            replaced.unlink()
        else:
            shred(replaced)
    path.with_name(path.name + CONVERTING).unlink(missing_ok=True)


def convert(path: Path, old: str | None, new: str | None) -> None:
    """Rewrite the closed database at ``path`` from passphrase ``old`` to ``new`` (None: plain).

    Raises ConversionFailed, or the database's own error, leaving ``path`` as it was.
    """
    clear_leftovers(path)
    partial = path.with_name(path.name + CONVERTING)
    source = _sqlcipher(path, old)
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the log's pages into the file
        source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(partial), new or ""))
        source.execute("SELECT sqlcipher_export('converted')")
        source.execute("DETACH DATABASE converted")
        expected = content_digest(source)
    except BaseException:
        source.close()
        partial.unlink(missing_ok=True)
        raise
    source.close()
    copy = _sqlcipher(partial, new)
    try:
        if content_digest(copy) != expected:
            raise ConversionFailed(f"{path.name}: the converted copy does not match")
        copy.execute("PRAGMA journal_mode = wal")  # as the journal was
    except BaseException:
        copy.close()
        partial.unlink(missing_ok=True)
        raise
    copy.close()
    _swap(path, partial)


def _swap(path: Path, partial: Path) -> None:
    if os.name == "posix":
        partial.chmod(PRIVATE_FILE_MODE)
    with partial.open("rb") as written:
        os.fsync(written.fileno())
    # The old file's log was checkpointed and removed when it closed; anything left of it
    # would belong to the old content.
    for stale in (path.name + "-wal", path.name + "-shm"):
        with contextlib.suppress(FileNotFoundError):
            shred(path.with_name(stale))
    replaced = path.with_name(path.name + REPLACED)
    os.link(path, replaced)  # the old content keeps a name until it is shredded
    os.replace(partial, path)
    shred(replaced)


def secure_backups(backup_dir: Path, passphrase: str) -> list[Path]:
    """Finish what an interrupted encryption left in the backup folder: half-done swaps,
    and backups still in plain SQLite, which are encrypted now. Returns those encrypted."""
    if not backup_dir.is_dir():
        return []
    for leftover in (*backup_dir.glob("*" + REPLACED), *backup_dir.glob("*" + CONVERTING)):
        original = leftover.with_name(leftover.name.rsplit(".", 1)[0])
        clear_leftovers(original)
    encrypted = []
    for backup in sorted(backup_dir.glob("*.sqlite3")):
        if backup.stat().st_size > 0 and is_plain_sqlite(backup):
            try:
                convert(backup, None, passphrase)
            except Exception:  # damaged: the backup list says it cannot be opened
                continue
            encrypted.append(backup)
    return encrypted
