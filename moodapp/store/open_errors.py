"""Why a journal could not be opened, in words meant for the person, and the wording they share."""

from __future__ import annotations

from pathlib import Path

from moodapp.domain.text import Words
from moodapp.write_failure import not_written

PROBLEM_LINES = 3  # problems quoted in a message about a damaged journal


class JournalOpenError(Exception):
    """The journal cannot be opened; the message is meant for the person."""


class JournalUnreadable(JournalOpenError):
    pass


class JournalDamaged(JournalUnreadable):
    """The file is a moodapp journal, but SQLite's check finds it damaged."""

    how = ""  # set when found while the journal is open: the damage in a few words


class JournalTooNew(JournalOpenError):
    pass


class JournalWriteFailed(JournalOpenError):
    """Opening needed to write (SQLite's files beside the journal, a new journal, a backup
    before an update) and the system refused it: a full disk, say. Nothing was changed."""


class PassphraseNeeded(JournalOpenError):
    """The journal is encrypted and no passphrase was given."""


class PassphraseRefused(JournalOpenError):
    """The passphrase does not open the journal."""


def left_as_it_is(path: Path, problem: str) -> str:
    return f"{path} {problem} It was left as it is."


def write_failed(path: Path, doing: str, error: BaseException) -> JournalWriteFailed:
    """``doing``: "could not be opened", "could not be made"."""
    return JournalWriteFailed(str(not_written(Words("", f"{path} {doing}"), error, path.parent)))


def damaged(path: Path, lead: str, problems: list[str]) -> JournalDamaged:
    lines = [line for p in problems for line in p.splitlines() if not line.startswith("***")]
    quoted = "; ".join(lines[:PROBLEM_LINES]) + ("; ..." if len(lines) > PROBLEM_LINES else "")
    return JournalDamaged(left_as_it_is(path, f"is damaged: {lead}{quoted}."))
