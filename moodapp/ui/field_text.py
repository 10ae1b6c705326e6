"""A rule a field breaks, in the person's language (the templates' context: "Validation")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from moodapp.domain.validation import FieldError


def _translate(template: str) -> str:
    return QCoreApplication.translate("Validation", template)


def in_words(error: FieldError) -> str:
    return error.in_words(_translate)
