"""Changing the emotion and trigger catalogue: add, rename, recolour, reorder, archive.

Nothing is ever deleted from the catalogue, because entries point at it;
archiving hides an item from the pickers and keeps old entries intact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from moodapp.domain.catalogue import (
    LABEL_MAX_CHARS,
    Emotion,
    Trigger,
    Valence,
    is_valid_colour,
    key_from_label,
)
from moodapp.domain.field_errors import FieldError, InvalidInput, field_error
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.services.changes import Changes
from moodapp.services.writes import write_transaction
from moodapp.store import catalogue as catalogue_store
from moodapp.store import search as search_index
from moodapp.store.database import Store

Item = TypeVar("Item", Emotion, Trigger)


NAME_SHAPE = QT_TRANSLATE_NOOP(
    "Validation", "A name needs a letter or digit and no spaces at either end."
)
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "A name can be at most {limit} characters long.")
NAME_TAKEN = QT_TRANSLATE_NOOP("Validation", "\u201c{label}\u201d is already in the list.")
COLOUR_SHAPE = QT_TRANSLATE_NOOP("Validation", "A colour looks like #3b6fb6.")
NOTHING_TO_CHANGE = QT_TRANSLATE_NOOP(
    "Validation", "There is nothing called \u201c{key}\u201d to change."
)


def _label_errors(
    label: str, others: list[Emotion] | list[Trigger], own_key: str = ""
) -> list[FieldError]:
    if not key_from_label(label) or label != label.strip():
        return [field_error("label", NAME_SHAPE)]
    if len(label) > LABEL_MAX_CHARS:
        return [field_error("label", NAME_TOO_LONG, limit=LABEL_MAX_CHARS)]
    if any(o.label.casefold() == label.casefold() and o.key != own_key for o in others):
        return [field_error("label", NAME_TAKEN, label=label)]
    return []


def _colour_errors(colour: str) -> list[FieldError]:
    return [] if is_valid_colour(colour) else [field_error("colour", COLOUR_SHAPE)]


def _free_key(label: str, items: list[Emotion] | list[Trigger]) -> str:
    taken = {i.key for i in items}
    base = key_from_label(label)
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


class CatalogueService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def emotions(self, include_archived: bool = False) -> list[Emotion]:
        return catalogue_store.read_emotions(include_archived)

    def triggers(self, include_archived: bool = False) -> list[Trigger]:
        return catalogue_store.read_triggers(include_archived)

    def add_emotion(self, label: str, valence: Valence, colour: str) -> Changes:
        existing = self.emotions(include_archived=True)
        errors = _label_errors(label, existing) + _colour_errors(colour)
        if errors:
            raise InvalidInput(errors)
        emotion = Emotion(
            key=_free_key(label, existing),
            label=label,
            valence=valence,
            colour=colour,
            sort_order=max((e.sort_order for e in existing), default=0) + 10,
        )
        return self._write(emotion)

    def add_trigger(self, label: str, valence: Valence) -> Changes:
        existing = self.triggers(include_archived=True)
        errors = _label_errors(label, existing)
        if errors:
            raise InvalidInput(errors)
        trigger = Trigger(
            key=_free_key(label, existing),
            label=label,
            valence=valence,
            sort_order=max((t.sort_order for t in existing), default=0) + 10,
        )
        return self._write(trigger)

    def change_emotion(self, changed: Emotion) -> Changes:
        """Store a renamed, recoloured, reordered or (un)archived emotion; the key stays."""
        existing = self.emotions(include_archived=True)
        stored = self._find(changed.key, existing)
        errors = _label_errors(changed.label, existing, changed.key) + _colour_errors(
            changed.colour
        )
        if errors:
            raise InvalidInput(errors)
        return self._write(
            replace(changed, builtin=stored.builtin), renamed=stored.label != changed.label
        )

    def change_trigger(self, changed: Trigger) -> Changes:
        """Store a renamed, reordered or (un)archived trigger; the key stays."""
        existing = self.triggers(include_archived=True)
        stored = self._find(changed.key, existing)
        errors = _label_errors(changed.label, existing, changed.key)
        if errors:
            raise InvalidInput(errors)
        return self._write(
            replace(changed, builtin=stored.builtin), renamed=stored.label != changed.label
        )

    @staticmethod
    def _find(key: str, items: list[Item]) -> Item:
        for item in items:
            if item.key == key:
                return item
        raise InvalidInput([field_error("key", NOTHING_TO_CHANGE, key=key)])

    def reorder(self, items: Sequence[Emotion | Trigger]) -> Changes:
        """Give the items places 10, 20, 30... in the order given, in one transaction."""
        placed = [replace(item, sort_order=position * 10) for position, item in enumerate(items, 1)]
        with write_transaction(self._store):
            for before, after in zip(items, placed, strict=True):
                if before.sort_order != after.sort_order:
                    catalogue_store.write_item(after)
        return Changes(catalogue=tuple(placed))

    def _write(self, item: Item, renamed: bool = False) -> Changes:
        with write_transaction(self._store):
            catalogue_store.write_item(item)
            if renamed:  # entries are found by the labels they show
                search_index.rebuild()
        return Changes(catalogue=(item,))
