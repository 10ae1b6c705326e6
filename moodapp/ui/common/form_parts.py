"""Small building blocks shared by the entry forms.

Each is a standard Qt widget with an accessible name, so keyboards, screen
readers and the GUI tests can reach it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moodapp.ui.common.wheel_guard import wheel_needs_focus
from moodapp.ui.common.words import translate
from moodapp.ui.look import tokens
from moodapp.ui.look.palette import is_dark

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str = "") -> W:
    """Give a widget the accessible name (and description) that assistive tech and tests use."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def heading(text: str, parent: QWidget | None, size: float = tokens.HEADING) -> QLabel:
    """A bold label at ``size`` times the person's font (a step of the type scale)."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    return label


class ErrorLabel(QLabel):
    """A message shown under a field when its input was rejected; hidden otherwise.

    It paints itself in the theme's colours for a refused field at each paint, so it
    follows a change of theme even while hidden (a style sheet would keep the colours
    it was given)."""

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Problem with %s") % field_name)
        self.setContentsMargins(tokens.SPACE, tokens.SPACE_TIGHT, tokens.SPACE, tokens.SPACE_TIGHT)
        self.hide()

    def show_messages(self, messages: Sequence[str]) -> None:
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = tokens.colours(is_dark(QApplication.palette()))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.problem))
        radius = tokens.RADIUS / 2
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        painter.setPen(QColor(colours.on_problem))
        flags = int(self.alignment()) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(self.contentsRect(), flags, self.text())
        painter.end()


class _DateTimeEdit(QDateTimeEdit):
    """A date-time edit where Tab goes to the next field, as in the rest of the form;
    Left and Right still move between day, month, year, hour and minute."""

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)


class WhenEdit(QWidget):
    """A date and time, defaulting to now, with a "Now" button."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = named(_DateTimeEdit(self), name)
        wheel_needs_focus(self.edit)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.now_button = named(QPushButton(self.tr("Now"), self), self.tr("Set %s to now") % name)
        self.now_button.clicked.connect(self.set_now)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.now_button)
        self.set_now()

    def set_now(self) -> None:
        self.edit.setDateTime(QDateTime.currentDateTime())

    def set_value(self, moment: datetime) -> None:
        self.edit.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day),
                QTime(moment.hour, moment.minute, moment.second),
            )
        )

    def value(self) -> datetime:
        """The chosen wall-clock time, with this machine's UTC offset for that date."""
        naive = self.edit.dateTime().toPython()
        assert isinstance(naive, datetime)
        return naive.replace(second=0, microsecond=0).astimezone()


def optional_spin(name: str, maximum: int, suffix: str, parent: QWidget | None = None) -> QSpinBox:
    """A whole number that may be left empty: the lowest value reads "not recorded".

    The maximum is deliberately higher than the valid range, so a wrong number
    gets a clear message from validation instead of being silently clipped.
    """
    spin = named(QSpinBox(parent), name)
    wheel_needs_focus(spin)
    spin.setRange(-1, maximum)
    spin.setSpecialValueText(translate("FormParts", "not recorded"))
    spin.setSuffix(suffix)
    spin.setValue(-1)
    spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    return spin


def spin_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == spin.minimum() else int(spin.value())


def set_spin_value(spin: QSpinBox, value: int | None) -> None:
    spin.setValue(spin.minimum() if value is None else value)


def optional_hours(name: str, parent: QWidget | None = None) -> QDoubleSpinBox:
    spin = named(QDoubleSpinBox(parent), name)
    wheel_needs_focus(spin)
    spin.setDecimals(1)
    spin.setSingleStep(0.5)
    spin.setRange(-0.5, 99.0)
    spin.setSpecialValueText(translate("FormParts", "not recorded"))
    spin.setSuffix(translate("FormParts", " h"))
    spin.setValue(-0.5)
    return spin


def hours_value(spin: QDoubleSpinBox) -> float | None:
    return None if spin.value() == spin.minimum() else float(spin.value())


def set_hours_value(spin: QDoubleSpinBox, value: float | None) -> None:
    spin.setValue(spin.minimum() if value is None else value)


class Collapsible(QWidget):
    """A titled section that opens and closes, closed at first."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = named(QToolButton(self), title)
        self.toggle.setText(title)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.body = QWidget(self)
        self.body.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self.set_open)

    def set_open(self, open_: bool) -> None:
        self.toggle.setChecked(open_)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.body.setVisible(open_)


def typed_text(edit: QPlainTextEdit) -> str:
    """The text exactly as typed: ``toPlainText()`` turns no-break spaces into plain ones
    (French puts them before « ! ? : »), so the document's raw text is read instead."""
    raw = edit.document().toRawText()
    return raw.replace("\u2029", "\n").replace("\u2028", "\n")  # paragraph and line breaks
