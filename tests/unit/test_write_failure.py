"""What stopped a write, in words: a full disk is said as such whoever noticed it."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest
from peewee import OperationalError

from moodapp.domain.text import Words
from moodapp.write_failure import (
    DISK_FULL,
    NO_FILE_WRITTEN,
    is_write_failure,
    not_written,
    why_not_written,
)


def sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code  # as SQLite's own errors carry it
    return error


def wrapped_by_peewee(error: Exception) -> OperationalError:
    try:
        try:
            raise error
        except sqlite3.Error as cause:
            raise OperationalError(str(cause)) from cause
    except OperationalError as outer:
        return outer


def test_the_system_saying_no_space_is_a_full_disk(tmp_path: Path) -> None:
    error = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert is_write_failure(error)
    assert why_not_written(error, tmp_path) == DISK_FULL


def test_sqlite_saying_full_under_peewee_is_a_full_disk(tmp_path: Path) -> None:
    error = wrapped_by_peewee(sqlite_error("database or disk is full", 13))
    assert is_write_failure(error)
    assert why_not_written(error, tmp_path) == DISK_FULL


def test_another_refusal_is_said_in_the_systems_words(tmp_path: Path) -> None:
    error = OSError(errno.EFBIG, os.strerror(errno.EFBIG))
    assert str(why_not_written(error, tmp_path)) == f"the system says: {os.strerror(errno.EFBIG)}"


def test_sqlites_io_error_is_said_in_its_words(tmp_path: Path) -> None:
    error = wrapped_by_peewee(sqlite_error("disk I/O error", 10 | 3 << 8))  # IOERR_WRITE
    assert is_write_failure(error)
    assert str(why_not_written(error, tmp_path)) == "SQLite says: disk I/O error"


@pytest.mark.parametrize("extended", [1, 2], ids=["read", "short read"])
def test_a_file_that_reads_wrong_is_no_refused_write(extended: int) -> None:
    assert not is_write_failure(sqlite_error("disk I/O error", 10 | extended << 8))


def test_a_damaged_file_is_no_refused_write() -> None:
    assert not is_write_failure(sqlite_error("database disk image is malformed", 11))
    assert not is_write_failure(ValueError("not a journal"))


def test_a_disk_with_almost_no_room_left_explains_a_write_that_failed_unsaid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    monkeypatch.setattr(shutil, "disk_usage", lambda _: shutil._ntuple_diskusage(10, 10, 0))
    error = OSError("QPdfWriter failed")
    assert why_not_written(error, tmp_path / "not" / "made" / "yet") == DISK_FULL


def test_the_message_says_what_why_what_to_do_and_what_was_kept(tmp_path: Path) -> None:
    error = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    message = str(not_written(Words("", "The backup could not be written"), error, tmp_path))
    assert message == (
        "The backup could not be written: the disk is full. Free some space, then try "
        "again. Nothing was changed."
    )
    other = not_written(Words("", "The export could not be written"),
                        OSError(errno.EACCES, "Denied"), tmp_path, NO_FILE_WRITTEN)  # fmt: skip
    assert str(other) == (
        "The export could not be written: the system says: Denied. No file was written."
    )


def test_the_message_is_words_the_window_can_translate(tmp_path: Path) -> None:
    error = not_written(Words("Backups", "The backup could not be written"),
                        OSError(errno.ENOSPC, "No space"), tmp_path)  # fmt: skip
    german = {
        "The backup could not be written": "Die Sicherung konnte nicht geschrieben werden",
        "the disk is full": "die Festplatte ist voll",
        "{what}: {why}. Free some space, then try again. {kept}":
            "{what}: {why}. Schaffe Platz und versuche es noch einmal. {kept}",
        "Nothing was changed.": "Nichts wurde geändert.",
    }  # fmt: skip
    assert error.words.said(lambda _context, text: german.get(text, text)) == (
        "Die Sicherung konnte nicht geschrieben werden: die Festplatte ist voll. Schaffe "
        "Platz und versuche es noch einmal. Nichts wurde geändert."
    )
