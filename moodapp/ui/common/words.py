"""Words made below the UI, said in the person's language through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from moodapp.domain.text import Refusal, Words


def said(words: Words) -> str:
    return words.said(QCoreApplication.translate)


def message_of(error: BaseException) -> str:
    """What went wrong, in the person's language where the error's words allow."""
    return said(error.words) if isinstance(error, Refusal) else str(error)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the person's language. Called with literals, as
    ``translate("Context", "...")``, so that lupdate finds the text where it is used."""
    return QCoreApplication.translate(context, text, disambiguation, n)
