"""A form's field bound to its widget, declared once: which entry field it edits, how the
widget shows a value (an unknown one included) and reads it back, and what a new entry
starts with. A form resets, loads and reads back all its fields from these declarations.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from moodapp.ui.common.form_parts import (
    hours_value,
    set_hours_value,
    set_spin_value,
    spin_value,
    typed_text,
)
from moodapp.ui.common.scale_steps import ScaleSteps
from moodapp.ui.common.value_combo import ChoiceCombo
from moodapp.ui.entry.emotion_picker import EmotionPicker
from moodapp.ui.entry.entry_form import CheckGrid, parse_tags, tags_text


@dataclass(frozen=True)
class Bound:
    field: str  # the entry's field, also the name its errors are shown under
    widget: QWidget
    read: Callable[[], Any]
    show: Callable[[Any], None]  # shows a value; None for an optional field not known
    new: Any  # what a new entry starts with
    detail: bool = False  # a value other than ``new`` opens the form's optional part


def scale(field: str, steps: ScaleSteps, new: int) -> Bound:
    """One step of a scale; none chosen reads as None (not recorded)."""
    return Bound(field, steps, steps.value, steps.set_value, new)


def tick(field: str, box: QAbstractButton) -> Bound:
    return Bound(field, box, box.isChecked, box.setChecked, False)


def emotions(field: str, picker: EmotionPicker) -> Bound:
    def show(values: Mapping[str, int]) -> None:
        picker.set_values(dict(values))

    return Bound(field, picker, picker.values, show, {})


def spin(field: str, box: QSpinBox, *, detail: bool = True) -> Bound:
    """A number that may be left empty (None)."""
    return Bound(
        field, box, lambda: spin_value(box), lambda v: set_spin_value(box, v), None, detail
    )


def hours(field: str, box: QDoubleSpinBox, *, detail: bool = True) -> Bound:
    return Bound(
        field, box, lambda: hours_value(box), lambda v: set_hours_value(box, v), None, detail
    )


def choice(field: str, combo: ChoiceCombo[Any], *, detail: bool = True) -> Bound:
    """A choice that may be left open (None)."""
    return Bound(field, combo, combo.value, combo.set_value, None, detail)


def checks(field: str, grid: CheckGrid, *, detail: bool = True) -> Bound:
    return Bound(field, grid, grid.values, grid.set_values, frozenset(), detail)


def line(field: str, edit: QLineEdit, *, detail: bool = True) -> Bound:
    return Bound(field, edit, lambda: edit.text().strip(), edit.setText, "", detail)


def tags(field: str, edit: QLineEdit, *, detail: bool = True) -> Bound:
    return Bound(
        field,
        edit,
        lambda: parse_tags(edit.text()),
        lambda v: edit.setText(tags_text(v)),
        frozenset(),
        detail,
    )


def note(field: str, edit: QPlainTextEdit, *, detail: bool = False) -> Bound:
    return Bound(field, edit, lambda: typed_text(edit), edit.setPlainText, "", detail)
