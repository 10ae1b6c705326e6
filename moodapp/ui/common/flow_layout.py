"""Widgets side by side that wrap to a new row where the width runs out.

Choices whose words are long (in some language, at a large font) move down a row
instead of being cut off or widening the window past the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, even_rows: bool = False) -> None:
        """``even_rows``: items of one size take as few rows as before, with their
        lengths at most one apart (a scale of seven wraps as 4 and 3, not 6 and 1)."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._even_rows = even_rows

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything in one row."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._gap() * max(0, len(shown) - 1) + margins.left() + margins.right()
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest item on a row of its own."""
        margins = self.contentsMargins()
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize()).expandedTo(item.sizeHint())
        return size.grownBy(margins)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]  # hidden widgets are empty

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else QApplication.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items row by row (only measure unless ``move``); the height they take."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._gap()
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._shown():
            size = item.sizeHint()
            if rows[-1] and x + size.width() > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append((item, size))
            x += size.width() + gap
        if self._even_rows and len(rows) > 1:
            placed = [placed for row in rows for placed in row]
            shorter, longer = divmod(len(placed), len(rows))
            lengths = [shorter + 1] * longer + [shorter] * (len(rows) - longer)
            starts = [sum(lengths[:i]) for i in range(len(rows))]
            rows = [placed[start : start + n] for start, n in zip(starts, lengths, strict=True)]
        y = area.y()
        for row in rows:
            height = max((size.height() for _, size in row), default=0)
            x = area.x()
            for item, size in row:
                if move:  # each item in the middle of its row's height
                    item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
                x += size.width() + gap
            y += height + gap
        return max(y - gap, area.y()) - rect.y() + margins.bottom()


def kept_together(parent: QWidget, *widgets: QWidget, spacing: int | None = None) -> QWidget:
    """``widgets`` side by side as one piece of a flow, never split across rows
    (``spacing`` apart, the style's spacing by default)."""
    group = QWidget(parent)
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    if spacing is not None:
        row.setSpacing(spacing)
    for widget in widgets:
        row.addWidget(widget)
    return group
