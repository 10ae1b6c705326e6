"""A small scale (mood -3..+3, an urge 0..4, an intensity 1..5) as one button per step.

One tap chooses a step. Every step shows its number and its words, so neither a
colour nor a position is the only cue; the chosen one is filled with the accent and
set in bold. The steps behave as a radio group: Tab stops once, at the chosen step,
and the arrow keys move the choice. Where the width runs out, they wrap onto rows
of even length.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import cast

from PySide6.QtCore import QEvent, QMargins, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QWidget

from moodapp.ui.common.entry_text import signed
from moodapp.ui.common.flow_layout import FlowLayout
from moodapp.ui.common.words import translate
from moodapp.ui.look import tokens
from moodapp.ui.look.outlined_style import indicator_outline
from moodapp.ui.look.palette import is_dark

STRIP = 6  # the height of a step's colour strip, in pixels
SIDE = tokens.SPACE_SMALL  # room beside the words, small: seven moods in a row at 1366 pixels
StepColour = Callable[[int, bool], QColor]  # a step's colour in the light or dark theme


def two_lines(words: str) -> str:
    """``words`` broken at the space that makes the longer of two lines shortest."""
    gaps = [i for i, character in enumerate(words) if character == " "]
    if not gaps:
        return words
    best = min(gaps, key=lambda i: max(i, len(words) - i - 1))
    return f"{words[:best]}\n{words[best + 1 :]}"


class Step(QAbstractButton):
    """One step: a colour strip where the scale has colours, then the number and the words.
    On its own, a toggle drawn the same way ("No crying today")."""

    def __init__(
        self, text: str, parent: QWidget, *, value: int = 0, colour: StepColour | None = None
    ) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setCheckable(True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # repainted as the pointer comes and goes
        self._value = value
        self._colour = colour

    def _bold(self) -> QFont:
        font = self.font()
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:
        """Room for the words in bold, so that choosing a step never changes its size."""
        text = QFontMetrics(self._bold()).size(0, self.text())
        strip = STRIP + tokens.SPACE_SMALL if self._colour else 0
        return text.grownBy(QMargins(SIDE, tokens.SPACE_SMALL + strip, SIDE, tokens.SPACE_SMALL))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        role = QPalette.ColorRole
        chosen = self.isChecked()
        fill = palette.color(role.Highlight if chosen else role.Button)
        if self.underMouse() and not chosen:
            fill = fill.lighter(120) if is_dark(palette) else fill.darker(106)
        ink = palette.color(role.HighlightedText if chosen else role.ButtonText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        outline = palette.color(role.Highlight) if chosen else indicator_outline(palette)
        painter.setPen(QPen(outline, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(edge, tokens.RADIUS, tokens.RADIUS)
        if self.hasFocus():  # a ring inside the edge, in a colour that stands out from the fill
            painter.setPen(QPen(ink if chosen else palette.color(role.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ring = edge.adjusted(2, 2, -2, -2)
            painter.drawRoundedRect(ring, tokens.RADIUS - 2, tokens.RADIUS - 2)
        inside = edge.adjusted(SIDE, tokens.SPACE_SMALL, -SIDE, -tokens.SPACE_SMALL)
        if self._colour is not None:
            strip = QRectF(inside.left(), inside.top(), inside.width(), STRIP)
            painter.setPen(QPen(ink, 1))  # the edge keeps a pale colour visible on any fill
            painter.setBrush(self._colour(self._value, is_dark(palette)))
            painter.drawRoundedRect(strip, STRIP / 2, STRIP / 2)
            inside.setTop(strip.bottom() + tokens.SPACE_SMALL)
        painter.setPen(ink)
        painter.setFont(self._bold() if chosen else self.font())
        painter.drawText(inside, Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()


class ScaleSteps(QWidget):
    value_changed = Signal(int)

    def __init__(
        self,
        name: str,
        words: Mapping[int, str],
        colour: StepColour | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._values = sorted(words)
        self._group = QButtonGroup(self)
        self._group.idToggled.connect(self._on_toggled)
        layout = FlowLayout(self, even_rows=True)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(tokens.SPACE_SMALL)
        signs = min(words) < 0
        for position, value in enumerate(self._values):
            number = signed(value) if signs else str(value)
            button = Step(f"{number}\n{two_lines(words[value])}", self, value=value, colour=colour)
            button.setAccessibleName(f"{name}: {number} · {words[value]}")
            button.installEventFilter(self)
            self._group.addButton(button, position)  # an id of -1 would mean "any id"
            layout.addWidget(button)
        self._even_sizes()
        self._let_tab_reach_one_step()
        self._describe()

    def sizeHint(self) -> QSize:
        """The size of two rows, so that a narrow window keeps room beside the form."""
        step = self.step(self._values[0]).size()
        across = (len(self._values) + 1) // 2
        return QSize(
            across * step.width() + (across - 1) * tokens.SPACE_SMALL,
            2 * step.height() + tokens.SPACE_SMALL,
        )

    # -- values ------------------------------------------------------------------

    def value(self) -> int | None:
        """The chosen step, None while none is chosen."""
        position = self._group.checkedId()
        return self._values[position] if position >= 0 else None

    def set_value(self, value: int | None) -> None:
        """Choose a step, or none (a value not recorded)."""
        if value is not None:
            self.step(value).setChecked(True)
            return
        chosen = self._group.checkedButton()
        if chosen is not None:
            self._group.setExclusive(False)  # an exclusive group keeps one step chosen
            chosen.setChecked(False)
            self._group.setExclusive(True)
        self._describe()

    def step(self, value: int) -> Step:
        if value not in self._values:
            raise ValueError(f"{value} is not a step of {self.accessibleName()}")
        return cast(Step, self._group.button(self._values.index(value)))

    def _on_toggled(self, position: int, checked: bool) -> None:
        self._let_tab_reach_one_step()
        self._describe()
        if checked:
            self.value_changed.emit(self._values[position])

    def _describe(self) -> None:
        """The scale's value as a screen reader says it: the chosen step, or that none is."""
        chosen = self._group.checkedButton()
        self.setAccessibleDescription(
            chosen.accessibleName() if chosen else translate("FormParts", "not recorded")
        )

    def _even_sizes(self) -> None:
        """Every step as large as the largest, so that the scale reads as one piece."""
        largest = QSize()
        for button in self._group.buttons():
            largest = largest.expandedTo(button.sizeHint())
        for button in self._group.buttons():
            button.setFixedSize(largest)

    # -- keys --------------------------------------------------------------------

    def _let_tab_reach_one_step(self) -> None:
        """Tab stops once on the scale: at the chosen step, or the first while none is."""
        buttons = self._group.buttons()
        reached = self._group.checkedButton() or buttons[0]
        for button in buttons:
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if button is reached else Qt.FocusPolicy.ClickFocus
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The arrow keys, Home and End on a step choose another step."""
        if event.type() != QEvent.Type.KeyPress or watched not in self._group.buttons():
            return False
        assert isinstance(event, QKeyEvent)
        here = self._group.id(cast(Step, watched))
        last = len(self._values) - 1
        moves = {
            Qt.Key.Key_Left: here - 1,
            Qt.Key.Key_Up: here - 1,
            Qt.Key.Key_Right: here + 1,
            Qt.Key.Key_Down: here + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: last,
        }
        if event.key() not in moves or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        target = self._group.button(max(0, min(last, moves[Qt.Key(event.key())])))
        target.setChecked(True)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
