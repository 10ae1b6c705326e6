"""Pieces every chart uses: the title block, notes, the empty message, axis styling."""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont

from moodapp.ui.plots.look import ChartLook

Describer = Callable[[QPointF], str | None]


@dataclass(frozen=True)
class Drawn:
    """What a drawn chart offers: hover text by scene position, and a one-line summary."""

    describe: Describer
    summary: str


def nothing_to_describe(_: QPointF) -> str | None:
    return None


def epoch(day: date) -> float:
    """Seconds since the epoch at local midnight: what pyqtgraph's date axis expects."""
    return datetime.combine(day, time()).timestamp()


def add_title(layout: pg.GraphicsLayout, look: ChartLook, title: str, subtitle: str) -> None:
    layout.addLabel(html.escape(title), color=look.ink, size=look.points(15 / 9), bold=True)
    layout.nextRow()
    layout.addLabel(html.escape(subtitle), color=look.faint, size=look.points(10 / 9))
    layout.nextRow()


def add_notes(layout: pg.GraphicsLayout, look: ChartLook, *lines: str) -> None:
    """Explanations under the chart, one per line."""
    layout.nextRow()
    text = "<br>".join(html.escape(line) for line in lines if line)
    layout.addLabel(text, color=look.faint, size=look.points(), justify="left")


def add_empty_message(layout: pg.GraphicsLayout, look: ChartLook, text: str) -> Drawn:
    """Words in place of empty axes."""
    layout.addLabel(text, color=look.ink, size=look.points(13 / 9))
    layout.layout.setRowStretchFactor(layout.currentRow, 1)
    return Drawn(nothing_to_describe, text)


def style_plot(plot: pg.PlotItem, look: ChartLook) -> None:
    """Axes in the theme's colours, a light grid, no mouse zoom (the range picks the time)."""
    font = QFont()
    font.setPointSizeF(look.text_points)
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(look.faint))
        axis.setTextPen(pg.mkPen(look.ink))
        axis.setTickFont(font)
    plot.showGrid(x=False, y=True, alpha=0.15)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMenuEnabled(False)


def axis_label(plot: pg.PlotItem, side: str, text: str, look: ChartLook) -> None:
    plot.setLabel(side, text, color=look.ink.name(), **{"font-size": look.points(10 / 9)})


def legend_row(layout: pg.GraphicsLayout, look: ChartLook) -> pg.LegendItem:
    """A legend on its own row above the chart, so it never covers data; clicking an
    entry switches its series off and on. Add entries with ``addItem(item, name)``."""
    item = pg.LegendItem(labelTextColor=look.ink, labelTextSize=look.points(), colCount=8)
    layout.addItem(item)
    layout.nextRow()
    return item


def count_ticks(axis: pg.AxisItem, top: float) -> None:
    """Whole numbers only on an axis of counts, about six of them."""
    step = max(1, math.ceil(top / 6))
    axis.setTickSpacing(step, step)


def percent_ticks(axis: pg.AxisItem) -> None:
    axis.setTicks([[(p, f"{p}%") for p in (0, 25, 50, 75, 100)]])
