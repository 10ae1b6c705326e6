"""A chart with a domain API: show chart data, export it as PNG or SVG, copy it.

The rest of the UI never touches pyqtgraph items: it hands over chart data and a
look, and gets pictures back. A chart always carries its title, its date range
and its axis labels, so that an exported image explains itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QHelpEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QToolTip, QVBoxLayout, QWidget

from moodapp.domain.charts import (
    ChartData,
    CryingOverTime,
    EmotionsBehindTears,
    ReliefSplit,
    Timing,
)
from moodapp.files import atomic_file
from moodapp.ui.charts.plots import emotions_chart, over_time_chart, relief_chart, timing_chart
from moodapp.ui.charts.plots.common import Drawn
from moodapp.ui.charts.plots.description import ChartDescription
from moodapp.ui.charts.plots.look import ChartLook
from moodapp.ui.charts.plots.svg_export import svg_bytes

T = TypeVar("T")
# A chart drawn off screen at up to this size keeps its text size; a larger one (an export
# of 1600 x 900) scales its text with it, so that it reads as it does in the window.
TEXT_KEPT_UP_TO = (1100, 620)


def text_scale(width: int, height: int) -> float:
    return max(1.0, min(width / TEXT_KEPT_UP_TO[0], height / TEXT_KEPT_UP_TO[1]))


DRAWERS: dict[type, Callable[[pg.GraphicsLayout, ChartData, ChartLook], Drawn]] = {
    CryingOverTime: over_time_chart.draw,  # type: ignore[dict-item]
    EmotionsBehindTears: emotions_chart.draw,  # type: ignore[dict-item]
    ReliefSplit: relief_chart.draw,  # type: ignore[dict-item]
    Timing: timing_chart.draw,  # type: ignore[dict-item]
}


class ChartWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Chart"))
        self.canvas = pg.GraphicsLayoutWidget(self)
        self.canvas.setAccessibleName(self.tr("Chart"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self._data: ChartData | None = None
        self._look = ChartLook()
        self._drawn: Drawn | None = None
        self.canvas.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        # The scene answers a resting mouse by hiding every tooltip but its items' own.
        self.canvas.viewport().installEventFilter(self)

    @property
    def data(self) -> ChartData | None:
        return self._data

    def show_chart(self, data: ChartData, look: ChartLook) -> None:
        """Draw ``data``: a title, the date range, the chart, and notes in words."""
        self._data, self._look = data, look
        self.clear()
        self.canvas.setBackground(look.background)
        self._drawn = DRAWERS[type(data)](self.canvas.ci, data, look)
        self.setAccessibleDescription(self._drawn.summary)

    def clear(self) -> None:
        """Remove everything drawn, including items added beside the layout (a second y axis's
        view), so that nothing of an old chart outlives it."""
        self.canvas.clear()
        scene = self.canvas.scene()
        for item in scene.items():
            if item.parentItem() is None and item is not self.canvas.ci:
                scene.removeItem(item)
        self._drawn = None

    @property
    def summary(self) -> str:
        """The chart in one sentence, for screen readers and tests."""
        return self._drawn.summary if self._drawn is not None else ""

    @property
    def description(self) -> ChartDescription | None:
        """What the chart shows: titles, axes, series, bars (None before the first chart)."""
        return self._drawn.description if self._drawn is not None else None

    def describe(self, position: QPointF) -> str | None:
        """The exact values under a scene position, as the hover tooltip shows them."""
        return self._drawn.describe(position) if self._drawn is not None else None

    def spot(self, series: str, index: int) -> QPoint | None:
        """Where on this widget the mark of ``series`` (as the legend names it) for bar
        ``index`` is drawn; None where it has none."""
        scene_position = self._drawn.locate(series, index) if self._drawn is not None else None
        if scene_position is None:
            return None
        return self._on_widget(scene_position)

    def shown_series(self) -> tuple[str, ...]:
        """The series in the legend that are drawn now (clicking an entry hides its series)."""
        return tuple(
            label.text
            for legend in self._legends()
            for sample, label in legend.items
            if sample.item.isVisible()
        )

    def legend_spot(self, series: str) -> QPoint | None:
        """Where on this widget the legend's entry for ``series`` is, to click it."""
        for legend in self._legends():
            for sample, label in legend.items:
                if label.text == series:
                    return self._on_widget(sample.sceneBoundingRect().center())
        return None

    def _on_widget(self, scene_position: QPointF) -> QPoint:
        spot: QPoint = self.canvas.viewport().mapTo(self, self.canvas.mapFromScene(scene_position))
        return spot

    def _legends(self) -> list[pg.LegendItem]:
        return [item for item in self.canvas.ci.items if isinstance(item, pg.LegendItem)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.canvas.viewport()
            and isinstance(event, QHelpEvent)
            and event.type() == QEvent.Type.ToolTip
        ):
            self._tell(self.canvas.mapToScene(event.pos()), event.globalPos())
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def _on_scene_mouse_moved(self, position: QPointF) -> None:
        viewport = self.canvas.viewport()
        self._tell(position, viewport.mapToGlobal(self.canvas.mapFromScene(position)))

    def _tell(self, position: QPointF, on_screen: QPoint) -> None:
        text = self.describe(position)
        if text:
            QToolTip.showText(on_screen, text, self.canvas.viewport())
        else:
            QToolTip.hideText()

    # -- pictures ------------------------------------------------------------

    def image(self, width: int, height: int) -> QImage:
        """The chart drawn afresh at exactly ``width`` x ``height`` pixels."""
        return _render_offscreen(self._require_data(), self._look, width, height, _to_image)

    def export(self, path: Path, width: int, height: int) -> None:
        """Write a PNG or SVG (by the file's suffix) of exactly ``width`` x ``height``.

        The file appears whole or not at all: it is written beside the target and
        renamed into place.
        """
        export_chart(self._require_data(), self._look, path, width, height)

    def copy_to_clipboard(self, width: int, height: int) -> None:
        QApplication.clipboard().setImage(self.image(width, height))

    def _require_data(self) -> ChartData:
        if self._data is None:
            raise RuntimeError("show a chart before exporting it")
        return self._data


def _to_image(widget: ChartWidget, width: int, height: int, scale: int = 1) -> QImage:
    """The chart at ``width`` x ``height``, with ``scale`` times as many pixels each way."""
    image = QImage(width * scale, height * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(widget._look.background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    widget.canvas.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def chart_image(data: ChartData, look: ChartLook, width: int, height: int, scale: int) -> QImage:
    """The chart laid out at ``width`` x ``height`` and drawn with ``scale`` times the pixels,
    sharp enough to print. (More than 2 thins the lines, which keep their width in pixels.)"""
    return _render_offscreen(
        data, look, width, height, lambda widget, w, h: _to_image(widget, w, h, scale)
    )


def _render_offscreen(
    data: ChartData,
    look: ChartLook,
    width: int,
    height: int,
    render: Callable[[ChartWidget, int, int], T],
) -> T:
    """Draw the chart on a widget of exactly the given size that is never on screen.

    A plot that was never shown lays itself out at 640 x 480 whatever its size, so
    the widget is shown (off screen) and laid out before it is drawn.
    """
    widget = ChartWidget()
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(width, height)
    widget.show_chart(data, replace(look, text_points=look.text_points * text_scale(width, height)))
    widget.show()
    QApplication.processEvents()
    try:
        return render(widget, width, height)
    finally:
        # Tear the widget down now, not at interpreter exit, where pyqtgraph's items and
        # Qt's scene can be destroyed in an order that crashes.
        widget.clear()
        widget.close()
        widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def export_chart(data: ChartData, look: ChartLook, path: Path, width: int, height: int) -> None:
    """PNG or SVG by the suffix of ``path``; written to a temporary file, then renamed."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(f"{path.name}: charts are saved as .png or .svg")
    with atomic_file(path) as partial:
        if suffix == ".png":
            image = _render_offscreen(data, look, width, height, _to_image)
            if not image.save(str(partial)):  # the format follows the ".png" suffix
                raise OSError(f"{path}: the image could not be written")
        else:
            partial.write_bytes(_render_offscreen(data, look, width, height, _svg_of))


def _svg_of(widget: ChartWidget, width: int, height: int) -> bytes:
    # A paint first: plots update their data-to-pixel transforms lazily, when painted,
    # and the SVG exporter reads those transforms.
    _to_image(widget, width, height)
    return svg_bytes(widget.canvas.scene(), width, height)
