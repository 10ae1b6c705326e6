"""Pieces every chart uses: the title block, notes, the empty message, axis styling."""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QSizePolicy

from moodapp.ui.charts.plots.description import ChartDescription
from moodapp.ui.charts.plots.look import ChartLook
from moodapp.ui.look import tokens

GRID_ALPHA = 38  # of 255: grid lines, light enough to stay behind the data
ENTRY_GAP = 2 * tokens.SPACE  # pixels between one legend entry and the next

Describer = Callable[[QPointF], str | None]
Locator = Callable[[str, int], QPointF | None]  # (series, bin) -> where it is drawn in the scene


def nowhere(series: str, index: int) -> QPointF | None:
    return None


@dataclass(frozen=True)
class Drawn:
    """What a drawn chart offers: hover text by scene position, a one-line summary, what it
    shows, and where each series' mark of a bin is drawn."""

    describe: Describer
    summary: str
    description: ChartDescription
    locate: Locator = nowhere


def nothing_to_describe(_: QPointF) -> str | None:
    return None


def epoch(day: date) -> float:
    """Seconds since the epoch at local midnight: what pyqtgraph's date axis expects."""
    return datetime.combine(day, time()).timestamp()


def add_title(
    layout: pg.GraphicsLayout, look: ChartLook, title: str, subtitle: str
) -> ChartDescription:
    """The title block; the description it starts, for the chart to fill in."""
    layout.addLabel(html.escape(title), color=look.ink, size=look.points(15 / 9), bold=True)
    layout.nextRow()
    layout.addLabel(html.escape(subtitle), color=look.faint, size=look.points(10 / 9))
    layout.nextRow()
    return ChartDescription(title=title, subtitle=subtitle)


def add_notes(layout: pg.GraphicsLayout, look: ChartLook, *lines: str) -> tuple[str, ...]:
    """Explanations under the chart, one per line; the lines shown."""
    shown = tuple(line for line in lines if line)
    layout.nextRow()
    text = "<br>".join(html.escape(line) for line in shown)
    layout.addLabel(text, color=look.faint, size=look.points(), justify="left")
    return shown


def add_empty_message(
    layout: pg.GraphicsLayout, look: ChartLook, text: str, heading: ChartDescription
) -> Drawn:
    """Words in place of empty axes."""
    layout.addLabel(text, color=look.ink, size=look.points(13 / 9))
    layout.layout.setRowStretchFactor(layout.currentRow, 1)
    return Drawn(nothing_to_describe, text, replace(heading, notes=(text,)))


def add_plot(layout: pg.GraphicsLayout) -> pg.PlotItem:
    """A plot in the next cell of ``layout``, without the context menu of its view (a chart
    offers none, and building one costs a few milliseconds at every redraw)."""
    plot: pg.PlotItem = layout.addPlot(enableMenu=False)
    return plot


def style_plot(plot: pg.PlotItem, look: ChartLook) -> None:
    """Axes in the theme's colours, a light grid, no mouse zoom (the range picks the time)."""
    font = QFont()
    font.setPointSizeF(look.text_points)
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(look.faint))
        axis.setTextPen(pg.mkPen(look.ink))
        axis.setTickFont(font)
    plot.showGrid(x=False, y=True, alpha=GRID_ALPHA / 255)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMenuEnabled(False)


def grid_lines(plot: pg.PlotItem, values: list[float], look: ChartLook) -> None:
    """Lines across the plot at ``values``, as light as the axes' grid. (An axis that draws a
    grid clips its own label at the bottom edge: "0" would go missing.)"""
    plot.showGrid(y=False)
    colour = QColor(look.faint)
    colour.setAlpha(GRID_ALPHA)
    for value in values:
        line = pg.InfiniteLine(pos=value, angle=0, pen=pg.mkPen(colour, width=1))
        line.setZValue(-20)  # under the bars and the usual range
        plot.addItem(line)


def axis_label(plot: pg.PlotItem, side: str, text: str, look: ChartLook) -> None:
    plot.setLabel(side, text, color=look.ink.name(), **{"font-size": look.points(10 / 9)})


class _Legend(pg.LegendItem):  # type: ignore[misc]  # pyqtgraph has no type hints
    """Its entries a clear gap apart, so that each name stays with its own mark."""

    def addItem(self, item: pg.GraphicsObject, name: str) -> None:
        super().addItem(item, name)
        for label_column in range(1, self.layout.columnCount() - 1, 2):
            self.layout.setColumnSpacing(label_column, ENTRY_GAP)


def legend_row(layout: pg.GraphicsLayout, look: ChartLook) -> pg.LegendItem:
    """A legend on its own row above the chart, so it never covers data; clicking an
    entry switches its series off and on. Add entries with ``addItem(item, name)``."""
    item = _Legend(labelTextColor=look.ink, labelTextSize=look.points(), colCount=8)
    # As wide as its entries and in the middle, instead of spread over the whole row.
    item.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    layout.addItem(item)
    layout.layout.setAlignment(item, Qt.AlignmentFlag.AlignHCenter)
    layout.nextRow()
    return item


def legend_names(legend: pg.LegendItem) -> tuple[str, ...]:
    return tuple(label.text for _, label in legend.items)


def count_ticks(axis: pg.AxisItem, top: float) -> None:
    """Whole numbers only on an axis of counts, about six of them."""
    step = max(1, math.ceil(top / 6))
    axis.setTickSpacing(step, step)


def percent_ticks(axis: pg.AxisItem) -> None:
    axis.setTicks([[(p, f"{p}%") for p in (0, 25, 50, 75, 100)]])
