"""Chart 2: how often each emotion was part of crying, beside how often it was felt
on days without crying."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF

from moodapp.domain.charts import ChartKind, EmotionsBehindTears, EmotionShare
from moodapp.ui.charts.chart_text import chart_title, range_text
from moodapp.ui.charts.plots.common import (
    Drawn,
    add_empty_message,
    add_notes,
    add_plot,
    add_title,
    axis_label,
    legend_names,
    legend_row,
    percent_ticks,
    style_plot,
)
from moodapp.ui.charts.plots.look import ChartLook
from moodapp.ui.common.words import translate

BAR = 0.38


def _percent(part: int, whole: int) -> float:
    return 100 * part / whole if whole else 0.0


def draw(layout: pg.GraphicsLayout, data: EmotionsBehindTears, look: ChartLook) -> Drawn:
    subtitle = translate(
        "EmotionsChart", "%1 \u00b7 %2 crying episodes, %3 days with a check-in and no crying"
    )
    subtitle = subtitle.replace("%1", range_text(data.span)).replace("%2", str(data.episodes))
    heading = add_title(
        layout, look, chart_title(ChartKind.EMOTIONS), subtitle.replace("%3", str(data.other_days))
    )
    if data.episodes == 0:
        return add_empty_message(
            layout, look, translate("EmotionsChart", "No crying episodes in this period."), heading
        )
    shares = sorted(
        data.shares,
        key=lambda s: (-_percent(s.in_episodes, data.episodes), -s.on_other_days, s.key),
    )
    rows = np.arange(len(shares), dtype=float)
    in_tears = np.array([_percent(s.in_episodes, data.episodes) for s in shares])
    other = np.array([_percent(s.on_other_days, data.other_days) for s in shares])

    key = legend_row(layout, look)
    plot = add_plot(layout)
    style_plot(plot, look)
    plot.showGrid(x=True, y=False, alpha=0.15)
    plot.invertY(True)
    percent_ticks(plot.getAxis("bottom"))
    with_tears = pg.BarGraphItem(
        x0=0, y=rows - BAR / 2, height=BAR, width=in_tears, brush=look.cried, pen=None
    )
    without = pg.BarGraphItem(
        x0=0, y=rows + BAR / 2, height=BAR, width=other, brush=look.other_days, pen=None
    )
    plot.addItem(with_tears)
    plot.addItem(without)
    key.addItem(with_tears, translate("EmotionsChart", "share of crying episodes"))
    key.addItem(without, translate("EmotionsChart", "share of days without crying"))
    for row, value in zip(rows, in_tears, strict=True):
        _value_label(plot, look, value, row - BAR / 2)
    for row, value in zip(rows, other, strict=True):
        _value_label(plot, look, value, row + BAR / 2)
    names = [look.emotion_label(s.key) for s in shares]
    plot.getAxis("left").setTicks([list(zip(rows, names, strict=True))])
    shares_title = translate("EmotionsChart", "% of crying episodes, or of days without crying")
    axis_label(plot, "bottom", shares_title, look)
    plot.setXRange(0, 108, padding=0)
    plot.setYRange(-0.7, len(shares) - 0.3, padding=0)
    notes = add_notes(
        layout,
        look,
        translate(
            "EmotionsChart",
            "An episode or a day can hold several emotions, so shares add up to more than 100%.",
        ),
    )

    def describe(position: QPointF) -> str | None:
        if not plot.sceneBoundingRect().contains(position):
            return None
        row = round(plot.vb.mapSceneToView(position).y())
        return _share_text(shares[row], data, look) if 0 <= row < len(shares) else None

    top = shares[0] if shares else None
    summary = (
        translate("EmotionsChart", "%1 was part of %2% of crying episodes.")
        .replace("%1", look.emotion_label(top.key))
        .replace("%2", f"{in_tears[0]:.0f}")
        if top
        else ""
    )
    description = replace(
        heading,
        axes=(shares_title,),
        series=legend_names(key),
        categories=tuple(names),
        notes=notes,
    )
    return Drawn(describe, summary, description)


def _value_label(plot: pg.PlotItem, look: ChartLook, value: float, row: float) -> None:
    label = pg.TextItem(f"{value:.0f}%", color=look.ink, anchor=(0, 0.5))
    label.setPos(value + 1, row)
    plot.addItem(label)


def _share_text(share: EmotionShare, data: EmotionsBehindTears, look: ChartLook) -> str:
    return (
        translate(
            "EmotionsChart",
            "%1\nIn %2 of %3 crying episodes (%4%)\nOn %5 of %6 days without crying (%7%)",
        )
        .replace("%1", look.emotion_label(share.key))
        .replace("%2", str(share.in_episodes))
        .replace("%3", str(data.episodes))
        .replace("%4", f"{_percent(share.in_episodes, data.episodes):.0f}")
        .replace("%5", str(share.on_other_days))
        .replace("%6", str(data.other_days))
        .replace("%7", f"{_percent(share.on_other_days, data.other_days):.0f}")
    )
