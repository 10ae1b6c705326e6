"""Why a journal could not be opened, as words for the person, and the wording they share.

Each message is ``Words`` in the context OpenJournal: the window says it in the
person's language, the command line in English (``str(error)``). The journal's path
and SQLite's own words are values, never translated.
"""

from __future__ import annotations

from pathlib import Path

from moodapp.domain.text import QT_TRANSLATE_NOOP, Refusal, Words, words
from moodapp.write_failure import not_written

PROBLEM_LINES = 3  # problems quoted in a message about a damaged journal


class JournalOpenError(Refusal):
    """The journal cannot be opened; the message is meant for the person."""


class JournalUnreadable(JournalOpenError):
    pass


class JournalDamaged(JournalUnreadable):
    """The file is a moodapp journal, but SQLite's check finds it damaged."""

    how: Words | None = None  # set when found while the journal is open: the damage in words


class JournalTooNew(JournalOpenError):
    pass


class JournalWriteFailed(JournalOpenError):
    """Opening needed to write (SQLite's files beside the journal, a new journal, a backup
    before an update) and the system refused it: a full disk, say. Nothing was changed."""


class PassphraseNeeded(JournalOpenError):
    """The journal is encrypted and no passphrase was given."""


class PassphraseRefused(JournalOpenError):
    """The passphrase does not open the journal."""


def opening_words(template: str, **values: object) -> Words:
    """Words of the context OpenJournal (``template`` marked with QT_TRANSLATE_NOOP)."""
    return words("OpenJournal", template, **values)


LEFT_AS_IT_IS = QT_TRANSLATE_NOOP("OpenJournal", "{path} {problem} It was left as it is.")
COULD_NOT_BE_OPENED = QT_TRANSLATE_NOOP("OpenJournal", "{path} could not be opened")
COULD_NOT_BE_MADE = QT_TRANSLATE_NOOP("OpenJournal", "{path} could not be made")
IS_DAMAGED = QT_TRANSLATE_NOOP("OpenJournal", "is damaged: {problems}.")
CHECK_FOUND = QT_TRANSLATE_NOOP("OpenJournal", "is damaged: SQLite's check found {problems}.")
LACKS = QT_TRANSLATE_NOOP("OpenJournal", "is damaged: it lacks {problems}.")
SQLITE_SAYS = QT_TRANSLATE_NOOP(
    "OpenJournal", "is damaged and could not be read (SQLite says: {said})."
)


def left_as_it_is(path: Path, problem: Words) -> Words:
    return opening_words(LEFT_AS_IT_IS, path=str(path), problem=problem)


def write_failed(path: Path, doing: str, error: BaseException) -> JournalWriteFailed:
    """``doing``: COULD_NOT_BE_OPENED or COULD_NOT_BE_MADE."""
    what = opening_words(doing, path=str(path))
    return JournalWriteFailed(not_written(what, error, path.parent).words)


def unreadable(path: Path, error: BaseException) -> JournalDamaged:
    """The file is damaged, as SQLite's error shows."""
    return JournalDamaged(left_as_it_is(path, opening_words(SQLITE_SAYS, said=str(error))))


def damaged(path: Path, template: str, problems: list[str]) -> JournalDamaged:
    """``template``: IS_DAMAGED, CHECK_FOUND or LACKS, with SQLite's ``problems`` quoted."""
    lines = [line for p in problems for line in p.splitlines() if not line.startswith("***")]
    quoted = "; ".join(lines[:PROBLEM_LINES]) + ("; ..." if len(lines) > PROBLEM_LINES else "")
    return JournalDamaged(left_as_it_is(path, opening_words(template, problems=quoted)))


# What the store says, each completed with the journal's path as ``{path}``.
COULD_NOT_BECAUSE = QT_TRANSLATE_NOOP("OpenJournal", "{path} could not be opened: {said}")
MADE_BECAUSE = QT_TRANSLATE_NOOP("OpenJournal", "{path} could not be made: {said}")
CANNOT_HOLD = QT_TRANSLATE_NOOP("OpenJournal", "{path} cannot hold a journal: {said}.")
EMPTY = QT_TRANSLATE_NOOP(
    "OpenJournal", "is empty: it holds no journal (only a missing one is made anew)."
)
ENCRYPTED = QT_TRANSLATE_NOOP(
    "OpenJournal",
    "is encrypted (or is not a journal at all): its passphrase is needed to open it.",
)
NEEDS_UPDATE = QT_TRANSLATE_NOOP(
    "OpenJournal",
    "needs an update by this version of moodapp, but {why}. Allow writing to it, then open "
    "it again.",
)
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "OpenJournal",
    "That passphrase does not open the journal. Please try again. (A file that is not a "
    "moodapp journal at all cannot be told apart from a wrong passphrase.)",
)
FOUND_DAMAGED = QT_TRANSLATE_NOOP(
    "OpenJournal", "was found damaged when it was last read, and has not changed."
)
NOT_A_JOURNAL = QT_TRANSLATE_NOOP(
    "OpenJournal", "is an SQLite database, but not a moodapp journal."
)
TOO_NEW = QT_TRANSLATE_NOOP(
    "OpenJournal",
    "{path} was written by a newer version of moodapp (it has changes this version does not "
    "know: {changes}). Please update moodapp; the journal was left as it is.",
)
NAMES_UNREADABLE = QT_TRANSLATE_NOOP(
    "OpenJournal", "is damaged: the names of its tables cannot be read."
)
# How damage showed while the journal was open (DAMAGED_WHILE_OPEN's {how}).
CHECK_FOUND_DAMAGE = QT_TRANSLATE_NOOP("OpenJournal", "SQLite's check of the file found damage")
SQLITE_SAID = QT_TRANSLATE_NOOP("OpenJournal", "SQLite says: {said}")
NOT_TEXT = QT_TRANSLATE_NOOP("OpenJournal", "some of its text is not valid text")
DAMAGED_WHILE_OPEN = QT_TRANSLATE_NOOP(
    "OpenJournal",
    "{path} is damaged: reading it failed ({how}). Nothing more was written to it, and it "
    "was left as it is.",
)
CANNOT_BE_MADE = QT_TRANSLATE_NOOP(
    "OpenJournal", "{path} does not exist, and cannot be made: {why}."
)
