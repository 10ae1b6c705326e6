"""Emotion and trigger names as the window shows them.

The built-ins are stored under their English names; shown, they are translated
(context "Emotion" or "Trigger"). A name the person chose has no translation and
stays exactly as they wrote it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from moodapp.domain.catalogue import Emotion, Trigger


def translated_name(context: str, name: str) -> str:
    return QCoreApplication.translate(context, name)


def catalogue_label(item: Emotion | Trigger) -> str:
    return translated_name("Emotion" if isinstance(item, Emotion) else "Trigger", item.label)
