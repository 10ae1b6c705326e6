"""A combo box whose items stand for Python values, handed back exactly as they went in.

The values stay on the Python side. PySide6 gives a ``StrEnum`` member stored as item
data back as a plain ``str`` (and turns other objects into what Qt knows), so a choice
that went through ``currentData()`` could come back as something else: once, no
episode with details could be saved. Items here carry no data; the index finds the value.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from moodapp.ui.common.wheel_guard import wheel_needs_focus

T = TypeVar("T")


class ValueCombo(QComboBox, Generic[T]):
    def __init__(
        self, name: str, choices: Iterable[tuple[str, T]] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        wheel_needs_focus(self)
        self._values: list[T] = []
        self.set_choices(choices)

    def set_choices(self, choices: Iterable[tuple[str, T]]) -> None:
        """Offer ``choices`` (text, value) instead of the current ones, keeping the chosen
        value when it is still offered (the first choice otherwise), without a signal."""
        kept = self._values[self.currentIndex()] if self.currentIndex() >= 0 else None
        blocked = self.blockSignals(True)
        super().clear()
        self._values = []
        for text, value in choices:
            super().addItem(text)
            self._values.append(value)
        self.setCurrentIndex(self._index_of(kept) if kept is not None else 0)
        self.blockSignals(blocked)

    def add_choice(self, text: str, value: T) -> None:
        super().addItem(text)
        self._values.append(value)

    def choices(self) -> list[T]:
        return list(self._values)

    def value(self) -> T:
        return self._values[self.currentIndex()]

    def set_value(self, value: T) -> None:
        """Choose ``value``; a value not offered chooses the first item."""
        self.setCurrentIndex(self._index_of(value))

    def _index_of(self, value: object) -> int:
        return next((i for i, v in enumerate(self._values) if v == value), 0)


class ChoiceCombo(ValueCombo[T | None]):
    """A choice that may be left unanswered: the first item means "not recorded" (None)."""

    def __init__(
        self, name: str, choices: Iterable[tuple[str, T]], parent: QWidget | None = None
    ) -> None:
        not_recorded = QCoreApplication.translate("ChoiceCombo", "Not recorded")
        super().__init__(name, [(not_recorded, None), *choices], parent)
