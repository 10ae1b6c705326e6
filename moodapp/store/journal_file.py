"""What is at the journal's path, looked at before anything opens it.

moodapp opens a journal only where it is: never through a link (whatever it wrote
would land somewhere else, or change another file's mode), and never a folder or
a device. It keeps what the owner chose: a journal whose file or folder allows no
writing is opened for reading only, and making the file private takes away only
what others may do with it.
"""

from __future__ import annotations

import os
import stat
from enum import StrEnum
from pathlib import Path

from moodapp.domain.text import QT_TRANSLATE_NOOP, Words
from moodapp.store.open_errors import opening_words

OTHERS = 0o077  # the group's and everyone else's permissions


NOT_LOOKED_AT = QT_TRANSLATE_NOOP("OpenJournal", "cannot be looked at ({said}).")
FOLDER = QT_TRANSLATE_NOOP("OpenJournal", "is a folder, not a journal file.")
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "OpenJournal",
    "is not an ordinary file (it is a device, a pipe or a socket), so it is no journal.",
)
NOT_READABLE = QT_TRANSLATE_NOOP("OpenJournal", "cannot be read: its permissions do not allow it.")
LINK = QT_TRANSLATE_NOOP(
    "OpenJournal",
    "is a link to {target}. moodapp opens a journal only where it is, never through a link, "
    "so that nothing it writes lands anywhere else. Put the journal file itself in its "
    "place, or give moodapp its folder with --data-dir.",
)
MISSING_TARGET = QT_TRANSLATE_NOOP("OpenJournal", "{target}, which does not exist")


def kind_problem(path: Path) -> Words | None:
    """Why what is at ``path`` cannot be opened as a journal (None for a file, or nothing)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        return opening_words(NOT_LOOKED_AT, said=error.strerror or str(error))
    if stat.S_ISLNK(info.st_mode):
        target: object = os.readlink(path)
        if not path.exists():
            target = opening_words(MISSING_TARGET, target=target)
        return opening_words(LINK, target=target)
    if stat.S_ISDIR(info.st_mode):
        return opening_words(FOLDER)
    if not stat.S_ISREG(info.st_mode):
        return opening_words(NOT_A_FILE)
    return None if os.access(path, os.R_OK) else opening_words(NOT_READABLE)


def _writable(path: Path) -> bool:
    """Whether the owner allows writing ``path`` and this process may: the owner's bit
    counts even for root, who could write anyway."""
    return bool(os.stat(path).st_mode & stat.S_IWUSR) and os.access(path, os.W_OK)


class ReadOnly(StrEnum):
    """Why a journal may only be read; NO (false, as it is "") when it may be written."""

    NO = ""
    FILE = "its file allows no writing"
    FOLDER = "its folder allows no writing"


def read_only_reason(path: Path) -> ReadOnly:
    if path.exists() and not _writable(path):
        return ReadOnly.FILE
    if not _writable(path.parent):
        return ReadOnly.FOLDER
    return ReadOnly.NO


def keep_private(path: Path) -> None:
    """Take away the group's and others' permissions on the journal file, never its owner's
    (a journal made read-only stays so). Done on the file itself, never through a link."""
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return  # a file that cannot be opened is refused by the checks that follow
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISREG(mode) and mode & OTHERS:
            os.fchmod(fd, stat.S_IMODE(mode) & ~OTHERS)
    finally:
        os.close(fd)
