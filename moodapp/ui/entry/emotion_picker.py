"""Pick emotions and how strongly each was felt (0-4), in one compact, keyboard-friendly list.

The emotions felt most in the last months come first; once a few have been felt, the
others wait behind "All emotions", one click away. Each row is an emotion with four
dots. Click a dot to set the intensity (click the same dot again to clear it), click
the name to switch the emotion on or off. With the keyboard: Up/Down choose a row, 0-4
set the intensity, Left/Right lower or raise it, Space switches it on or off.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from moodapp.domain.catalogue import Emotion
from moodapp.domain.entries import EMOTION_INTENSITY_WORDS
from moodapp.ui.common.catalogue_text import catalogue_label

NAME_COLUMN, DOTS_COLUMN, WORD_COLUMN = 0, 1, 2
DOTS = 4
DOT_STEP = 20  # pixels from one dot's centre to the next
DEFAULT_WHEN_SWITCHED_ON = 2
KEY_ROLE = Qt.ItemDataRole.UserRole
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 2
FEW = 8  # at most this many lately felt emotions are shown before "All emotions"
ENOUGH_FELT = 3  # with fewer lately felt emotions than this, every emotion is shown


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, 12, 12)
    painter.end()
    return QIcon(pixmap)


class _DotsDelegate(QStyledItemDelegate):
    """Paints the intensity as four dots, filled up to the value, in the emotion's colour."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style is not None:
            option.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        value = int(index.data(VALUE_ROLE) or 0)
        colour = QColor(index.data(COLOUR_ROLE) or option.palette.highlight().color())
        outline = option.palette.text().color()
        filled_edge = colour.darker(130)
        width = 1.0
        if option.state & QStyle.StateFlag.State_Selected:
            # On the selection colour an emotion's own colour may vanish (a blue on blue):
            # the dots take the selection's text colour, filled or outlined more boldly.
            colour = filled_edge = outline = option.palette.highlightedText().color()
            width = 2.0
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = 6
        top = option.rect.center().y() - radius
        for dot in range(1, DOTS + 1):
            centre_x = option.rect.left() + 4 + radius + (dot - 1) * DOT_STEP
            painter.setPen(QPen(outline if dot > value else filled_edge, width))
            painter.setBrush(colour if dot <= value else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRect(centre_x - radius, top, 2 * radius, 2 * radius))
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(8 + DOTS * DOT_STEP, 24)


class EmotionPicker(QTableWidget):
    values_changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setAccessibleName(name)
        self.setAccessibleDescription(
            self.tr("Up and Down choose an emotion; 0 to 4 set how strongly it was felt.")
        )
        self.setHorizontalHeaderLabels([self.tr("Emotion"), self.tr("How strongly"), ""])
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setShowGrid(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setItemDelegateForColumn(DOTS_COLUMN, _DotsDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DOTS_COLUMN, QHeaderView.ResizeMode.Fixed)
        title = header.fontMetrics().horizontalAdvance(self.tr("How strongly")) + 16
        header.resizeSection(DOTS_COLUMN, max(12 + DOTS * DOT_STEP, title))  # the title fits
        header.setSectionResizeMode(WORD_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._few: set[str] = set()  # the keys shown before "All emotions"; empty: all
        # Beside the list, not in it: the form puts it under the list.
        self.show_all = QToolButton(parent)
        self.show_all.setCheckable(True)
        self.show_all.setAutoRaise(True)
        self.show_all.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.show_all.toggled.connect(self._show_rows)
        self.show_all.hide()

    # -- content ---------------------------------------------------------------

    def set_emotions(self, emotions: Sequence[Emotion], uses: Mapping[str, int] = {}) -> None:
        """Show these emotions, the most used first (``uses``: in how many entries of
        late each was felt), keeping any chosen intensities of those still shown."""
        kept = self.values()
        felt = sorted((e for e in emotions if uses.get(e.key)), key=lambda e: -uses[e.key])
        first = felt[:FEW] if len(felt) >= ENOUGH_FELT else list(emotions)
        self._few = {e.key for e in first} if len(first) < len(emotions) else set()
        self.setRowCount(0)
        for emotion in [*first, *(e for e in emotions if e not in first)]:
            row = self.rowCount()
            self.insertRow(row)
            name = QTableWidgetItem(_swatch(emotion.colour), catalogue_label(emotion))
            name.setData(KEY_ROLE, emotion.key)
            dots = QTableWidgetItem()
            dots.setData(COLOUR_ROLE, emotion.colour)
            self.setItem(row, NAME_COLUMN, name)
            self.setItem(row, DOTS_COLUMN, dots)
            self.setItem(row, WORD_COLUMN, QTableWidgetItem())
            self._show_value(row, kept.get(emotion.key, 0))
        self._show_rows()

    def _show_rows(self) -> None:
        """Hide the emotions not used lately, unless "All emotions" is on or one is felt."""
        hidden = 0
        for row in range(self.rowCount()):
            key = self._cell(row, NAME_COLUMN).data(KEY_ROLE)
            hide = bool(self._few) and not self.show_all.isChecked()
            hide = hide and key not in self._few and not self._row_value(row)
            self.setRowHidden(row, hide)
            hidden += hide
        self.show_all.setVisible(bool(self._few))
        self.show_all.setArrowType(
            Qt.ArrowType.DownArrow if self.show_all.isChecked() else Qt.ArrowType.RightArrow
        )
        self.show_all.setText(
            self.tr("Fewer emotions")
            if self.show_all.isChecked()
            else self.tr("All emotions (%1 more)").replace("%1", str(hidden))
        )
        self.show_all.setAccessibleName(self.show_all.text())
        self.setFixedHeight(self._full_height())

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None, "every cell has an item"
        return item

    def _full_height(self) -> int:
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        return rows + self.horizontalHeader().height() + 2 * self.frameWidth()

    def values(self) -> dict[str, int]:
        """Emotion key -> intensity, for the emotions that were felt (intensity above 0)."""
        result = {}
        for row in range(self.rowCount()):
            value = int(self._cell(row, DOTS_COLUMN).data(VALUE_ROLE) or 0)
            if value:
                result[self._cell(row, NAME_COLUMN).data(KEY_ROLE)] = value
        return result

    def set_values(self, values: dict[str, int]) -> None:
        """Show these intensities, with the list as short as they allow."""
        for row in range(self.rowCount()):
            self._show_value(row, values.get(self._cell(row, NAME_COLUMN).data(KEY_ROLE), 0))
        blocked = self.show_all.blockSignals(True)
        self.show_all.setChecked(False)
        self.show_all.blockSignals(blocked)
        self._show_rows()
        self.values_changed.emit()

    def set_value(self, key: str, value: int) -> None:
        for row in range(self.rowCount()):
            if self._cell(row, NAME_COLUMN).data(KEY_ROLE) == key:
                self._set_row_value(row, value)
                return
        raise KeyError(key)

    def _show_value(self, row: int, value: int) -> None:
        name = self._cell(row, NAME_COLUMN)
        word = EMOTION_INTENSITY_WORDS[value] if value else ""
        self._cell(row, DOTS_COLUMN).setData(VALUE_ROLE, value)
        word = QCoreApplication.translate("Scale", word) if word else ""
        self._cell(row, WORD_COLUMN).setText(word)
        font = name.font()
        font.setBold(bool(value))
        name.setFont(font)
        spoken = (
            self.tr("%1: %2 of %3, %4")
            .replace("%1", name.text())
            .replace("%2", str(value))
            .replace("%3", str(DOTS))
            .replace("%4", word)
            if value
            else self.tr("%1: not felt").replace("%1", name.text())
        )
        for column in range(self.columnCount()):
            self._cell(row, column).setData(Qt.ItemDataRole.AccessibleTextRole, spoken)

    def _set_row_value(self, row: int, value: int) -> None:
        self._show_value(row, max(0, min(DOTS, value)))
        self.values_changed.emit()

    def _row_value(self, row: int) -> int:
        return int(self._cell(row, DOTS_COLUMN).data(VALUE_ROLE) or 0)

    # -- input -----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        index = self.indexAt(event.position().toPoint())
        if not index.isValid() or event.button() != Qt.MouseButton.LeftButton:
            return
        row = index.row()
        if index.column() == DOTS_COLUMN:
            rect = self.visualRect(index)
            dot = (event.position().toPoint().x() - rect.left() - 4) // DOT_STEP + 1
            dot = max(1, min(DOTS, dot))
            self._set_row_value(row, 0 if dot == self._row_value(row) else dot)
        else:
            self._toggle(row)

    def _toggle(self, row: int) -> None:
        self._set_row_value(row, 0 if self._row_value(row) else DEFAULT_WHEN_SWITCHED_ON)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        key = event.key()
        if row < 0 or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_4:
            self._set_row_value(row, key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Plus):
            self._set_row_value(row, self._row_value(row) + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Minus):
            self._set_row_value(row, self._row_value(row) - 1)
        elif key == Qt.Key.Key_Space:
            self._toggle(row)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._set_row_value(row, 0)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.currentRow() < 0 and self.rowCount():
            self.setCurrentCell(0, NAME_COLUMN)
