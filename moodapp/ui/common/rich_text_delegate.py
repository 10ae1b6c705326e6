"""A cell that draws a little rich text (words in bold), kept beside its plain text.

The item's own text stays plain, for screen readers, tooltips and the cell's size;
the delegate draws the HTML held in ``RICH_TEXT_ROLE`` in its place.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

RICH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 10
ELLIPSIS = "…"

Index = QModelIndex | QPersistentModelIndex


class RichTextDelegate(QStyledItemDelegate):
    def document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        """The text as drawn in the cell."""
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(RICH_TEXT_ROLE) or ""))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(RICH_TEXT_ROLE) is None:
            super().paint(painter, option, index)
            return
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        document = self.document(cell, index)
        cell.text = ""
        widget = cell.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, widget)
        selected = bool(cell.state & QStyle.StateFlag.State_Selected)
        ink = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, cell.palette.color(ink))
        painter.save()
        if document.idealWidth() > area.width():  # cut short with an ellipsis, as plain cells are
            ellipsis = cell.fontMetrics.horizontalAdvance(ELLIPSIS)
            painter.setPen(cell.palette.color(ink))
            painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             ELLIPSIS)  # fmt: skip
            area.setRight(area.right() - ellipsis)
        painter.setClipRect(area)
        top = area.top() + (area.height() - document.size().height()) / 2
        painter.translate(QPointF(area.left(), top))
        document.documentLayout().draw(painter, context)
        painter.restore()
