"""What the episode form and the check-in form share: layout rows with error messages,
the editing state, and the keys (Enter saves, Esc cancels)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.entries import Entry, new_uid
from moodapp.domain.field_errors import FieldError
from moodapp.ui.common.form_parts import ErrorLabel, WhenEdit, heading, named
from moodapp.ui.common.words import said, translate
from moodapp.ui.look import tokens

if TYPE_CHECKING:
    from moodapp.ui.entry.bound import Bound


class CheckGrid(QWidget):
    """Several independent yes/no choices (like triggers), in two columns."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._boxes: dict[str, QCheckBox] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        chosen = self.values()
        for box in self._boxes.values():
            box.deleteLater()
        self._boxes = {}
        for i, (key, label) in enumerate(items):
            box = named(QCheckBox(label, self), label)
            box.setChecked(key in chosen)
            self._grid.addWidget(box, i // 2, i % 2)
            self._boxes[key] = box

    def values(self) -> frozenset[str]:
        return frozenset(k for k, box in self._boxes.items() if box.isChecked())

    def set_values(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        for key, box in self._boxes.items():
            box.setChecked(key in wanted)


def parse_tags(text: str) -> frozenset[str]:
    """Comma-separated tags; a repeat in other letter case counts once."""
    tags: dict[str, str] = {}
    for tag in (t.strip() for t in text.split(",")):
        if tag:
            tags.setdefault(tag.casefold(), tag)
    return frozenset(tags.values())


def tags_text(tags: Iterable[str]) -> str:
    return ", ".join(sorted(tags, key=str.casefold))


class EntryForm(QWidget):
    """Base of the two entry forms. Subclasses build their fields and map them to an entry.

    The fields scroll; Cancel and Save stay in sight below them at every window size.
    """

    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing: Entry | None = None
        self._error_labels: dict[str, ErrorLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self._bound: list[Bound] = []
        self.title = heading("", self)
        self.title.setWordWrap(True)
        self.when = WhenEdit(self.tr("When"), self)
        fields = QWidget(self)
        self.outer = QVBoxLayout(fields)
        self.outer.addWidget(self.title)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(fields)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(self.scroll_area, 1)

    # -- layout helpers for subclasses ---------------------------------------

    def add_row(
        self,
        form: QFormLayout,
        label: str,
        widget: QWidget,
        field: str | None = None,
        *,
        above: bool = False,
    ) -> None:
        """A labelled row; with ``field``, rejected input for that field is explained under
        it. ``above``: the label on a row of its own, the field across the whole width."""
        caption = QLabel(label, self)
        caption.setBuddy(widget.focusProxy() or widget)
        shown = widget
        if field is not None:
            shown = QWidget(self)
            column = QVBoxLayout(shown)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(tokens.SPACE_TIGHT)
            column.addWidget(widget)
            error = ErrorLabel(label.rstrip(":"), shown)
            column.addWidget(error)
            self._error_labels[field] = error
            self._field_widgets[field] = widget
        if above:
            form.addRow(caption)
            form.addRow(shown)
        else:
            form.addRow(caption, shown)

    def bind(
        self, bound: Bound, form: QFormLayout | None = None, label: str = "", *, above: bool = False
    ) -> None:
        """Declare a field of the entry: with ``form``, in a labelled row of it, where
        rejected input for the field is explained."""
        if form is not None:
            self.add_row(form, label, bound.widget, bound.field, above=above)
        self._bound.append(bound)

    def reset_bound(self) -> None:
        for bound in self._bound:
            bound.show(bound.new)

    def load_bound(self, entry: Entry) -> bool:
        """Show the entry's value in every bound field; whether a detail holds one."""
        for bound in self._bound:
            bound.show(getattr(entry, bound.field))
        return any(b.detail and getattr(entry, b.field) != b.new for b in self._bound)

    def bound_values(self) -> dict[str, Any]:
        return {bound.field: bound.read() for bound in self._bound}

    def add_buttons(self) -> None:
        """Cancel and Save, below the scrolling fields; created last so that Tab reaches
        them last."""
        self.cancel_button = named(QPushButton(self.tr("Cancel"), self), self.tr("Cancel"))
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        row = QHBoxLayout()
        margins = self.outer.contentsMargins()  # in line with the fields above
        row.setContentsMargins(
            margins.left(), margins.top() // 2, margins.right(), margins.bottom()
        )
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        self.outer.addStretch(1)
        page = self.layout()
        assert isinstance(page, QVBoxLayout)
        page.addLayout(row)

    # -- editing state ---------------------------------------------------------

    @property
    def editing(self) -> Entry | None:
        return self._editing

    def uid(self) -> str:
        """The uid the form's entry will have: the edited entry's, or a new one."""
        return self._editing.uid if self._editing is not None else self._new_uid

    def start_new(self, at: datetime | None = None) -> None:
        """An empty form for a new entry, at the time ``at`` (default: now)."""
        self._editing = None
        self._new_uid = new_uid()
        self.clear_errors()
        self.reset_fields()
        if at is not None:
            self.when.set_value(at)
        self.refresh_texts()

    def stop_editing_keep_fields(self) -> None:
        """The edited entry is gone: what is in the form becomes a new entry (with its uid)."""
        if self._editing is not None:
            self._new_uid = self._editing.uid
            self._editing = None
            self.refresh_texts()

    def start_editing(self, entry: Entry) -> None:
        self._editing = entry
        self.clear_errors()
        self.load_fields(entry)
        self.refresh_texts()

    def chosen_time(self) -> datetime:
        """The time in the form; an edited entry whose time was left alone keeps its own
        seconds and UTC offset (the form shows minutes in this machine's offset)."""
        chosen = self.when.value()
        if self._editing is not None:
            original = self._editing.occurred_at
            if chosen.replace(tzinfo=None) == original.replace(tzinfo=None, second=0):
                return original
        return chosen

    def refresh_texts(self) -> None:
        raise NotImplementedError

    def reset_fields(self) -> None:
        raise NotImplementedError

    def load_fields(self, entry: Entry) -> None:
        raise NotImplementedError

    def entry(self) -> Entry:
        raise NotImplementedError

    # -- errors ----------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self._error_labels.values():
            label.show_messages([])

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        """Show each message under its field, and move the focus to the first such field."""
        by_field: dict[str, list[str]] = {}
        for error in errors:
            field = (
                error.field if error.field in self._error_labels else next(iter(self._error_labels))
            )
            by_field.setdefault(field, []).append(said(error.words))
        first = None
        for field, label in self._error_labels.items():
            label.show_messages(by_field.get(field, []))
            if field in by_field and first is None:
                first = self._field_widgets[field]
        if first is not None:
            self.reveal(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal(self, widget: QWidget) -> None:
        """Make sure ``widget`` is visible (subclasses open collapsed sections)."""

    # -- keys ------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focus = QApplication.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if enter and isinstance(focus, QPushButton | QToolButton):  # a scale's step saves
            focus.click()  # Enter on Cancel cancels, on "Details" opens them
        elif enter and (ctrl or not isinstance(focus, QPlainTextEdit)):
            self.save_requested.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel_requested.emit()
        else:
            super().keyPressEvent(event)


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """Labels beside fields, or above them when the window is narrow."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def note_edit(name: str, parent: QWidget) -> QPlainTextEdit:
    edit = named(QPlainTextEdit(parent), name, translate("EntryForm", "Ctrl+Enter saves."))
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(translate("EntryForm", "Anything you want to remember about it"))
    line = edit.fontMetrics().lineSpacing()  # in lines, so that it grows with the font
    edit.setMinimumHeight(4 * line)
    edit.setMaximumHeight(8 * line)
    return edit


def tags_edit(name: str, parent: QWidget) -> QLineEdit:
    edit = named(QLineEdit(parent), name, translate("EntryForm", "Separate tags with commas."))
    edit.setPlaceholderText(translate("EntryForm", "e.g. work, family"))
    return edit
