"""Words made below the UI, said in the person's language through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from moodapp.domain.text import Refusal, Words


def said(words: Words) -> str:
    return words.said(QCoreApplication.translate)


def message_of(error: BaseException) -> str:
    """What went wrong, in the person's language where the error's words allow."""
    return said(error.words) if isinstance(error, Refusal) else str(error)
