"""Why the catalogue editor cannot take a name or a change, in translated words.

The journal checks names too, but only against the stored names, not against the
translated names of the built-in items a person sees; so the editor asks here first.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from moodapp.domain.catalogue import LABEL_MAX_CHARS, key_from_label
from moodapp.domain.field_errors import InvalidInput
from moodapp.ui.catalogue.item_look import Item
from moodapp.ui.common.catalogue_text import catalogue_label
from moodapp.ui.common.words import said


def name_problems(label: str, items: Sequence[Item], own_key: str) -> list[str]:
    """What stands against ``label`` as the name of the item ``own_key`` ("" for a new one)
    among ``items``."""
    if not key_from_label(label):
        return [
            QCoreApplication.translate(
                "CatalogueEditor", "A name needs at least one letter or digit."
            )
        ]
    if len(label) > LABEL_MAX_CHARS:
        return [
            QCoreApplication.translate(
                "CatalogueEditor", "A name can be at most %1 characters long."
            ).replace("%1", str(LABEL_MAX_CHARS))
        ]
    folded = label.casefold()
    same = [
        i
        for i in items
        if i.key != own_key and folded in (i.label.casefold(), catalogue_label(i).casefold())
    ]
    if not same:
        return []
    if same[0].archived:
        words = QCoreApplication.translate(
            "CatalogueEditor",
            "\u201c%1\u201d is already in the list, archived. Choose it and press "
            "Restore to use it again.",
        )
    else:
        words = QCoreApplication.translate(
            "CatalogueEditor", "\u201c%1\u201d is already in the list."
        )
    return [words.replace("%1", catalogue_label(same[0]))]


def refusal_words(
    refused: InvalidInput, label: str, items: Sequence[Item], own_key: str
) -> list[str]:
    """The journal's refusal of a change that names an item ``label``, in translated words;
    the journal's own words for anything unforeseen."""
    messages = []
    for error in refused.errors:
        if error.field == "label":
            messages += name_problems(label, items, own_key) or [said(error.words)]
        elif error.field == "colour":
            messages.append(
                QCoreApplication.translate(
                    "CatalogueEditor", "That colour could not be used. Please choose another."
                )
            )
        else:
            messages.append(said(error.words))
    return messages
