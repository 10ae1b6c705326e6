"""Chart 3: whether crying was followed by feeling better, the same or worse, split by a
context (who was there, how they reacted, ...); groups under five episodes are named, not drawn."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF

from moodapp.domain.charts import MIN_SPLIT_EPISODES, ChartKind, ReliefGroup, ReliefSplit
from moodapp.ui.charts.chart_text import (
    NOT_CAUSES,
    chart_title,
    chart_words,
    context_name,
    group_name,
    range_text,
)
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
from moodapp.ui.look.palette import readable_on

BAR = 0.62
MIN_ROWS = 4  # a lone group gets a bar of ordinary thickness, not the whole height


def draw(layout: pg.GraphicsLayout, data: ReliefSplit, look: ChartLook) -> Drawn:
    subtitle = f"{range_text(data.span)} \u00b7 " + translate("ReliefChart", "by %1").replace(
        "%1", context_name(data.context).lower()
    )
    heading = add_title(layout, look, chart_title(ChartKind.RELIEF), subtitle)
    if not data.shown:
        message = translate(
            "ReliefChart",
            "Not enough episodes with the mood afterwards written down: a group needs %1.",
        ).replace("%1", str(MIN_SPLIT_EPISODES))
        drawn = add_empty_message(layout, look, message, heading)
        notes = drawn.description.notes + _notes(layout, data, look)
        return replace(drawn, description=replace(drawn.description, notes=notes))
    names = [group_name(data.context, g.group, look.trigger_labels) for g in data.shown]
    rows = np.arange(len(data.shown), dtype=float)
    totals = np.array([g.episodes for g in data.shown], dtype=float)
    shares = {
        "better": np.array([g.better for g in data.shown]) / totals * 100,
        "same": np.array([g.same for g in data.shown]) / totals * 100,
        "worse": np.array([g.worse for g in data.shown]) / totals * 100,
    }
    key = legend_row(layout, look)
    plot = add_plot(layout)
    style_plot(plot, look)
    plot.showGrid(x=True, y=False, alpha=0.15)
    plot.invertY(True)
    percent_ticks(plot.getAxis("bottom"))
    left = np.zeros(len(rows))
    words = {
        "better": translate("ReliefChart", "felt better"),
        "same": translate("ReliefChart", "felt the same"),
        "worse": translate("ReliefChart", "felt worse"),
    }
    for (outcome, share), colour in zip(shares.items(), look.relief_colours(), strict=True):
        bars = pg.BarGraphItem(x0=left, y=rows, height=BAR, width=share, brush=colour, pen=None)
        plot.addItem(bars)
        key.addItem(bars, words[outcome])
        for row, start, width in zip(rows, left, share, strict=True):
            if width >= 9:
                label = pg.TextItem(f"{width:.0f}%", color=readable_on(colour), anchor=(0.5, 0.5))
                label.setPos(start + width / 2, row)
                plot.addItem(label)
        left = left + share
    for row, total in zip(rows, totals, strict=True):
        count = pg.TextItem(
            translate("ReliefChart", "n = %1").replace("%1", str(int(total))),
            color=look.ink,
            anchor=(0, 0.5),
        )
        count.setPos(101, row)
        plot.addItem(count)
    plot.getAxis("left").setTicks([list(zip(rows, names, strict=True))])
    shares_title = translate("ReliefChart", "% of the episodes in each group")
    axis_label(plot, "bottom", shares_title, look)
    plot.setXRange(0, 114, padding=0)
    plot.setYRange(-0.6, max(len(rows), MIN_ROWS) - 0.4, padding=0)
    notes = _notes(layout, data, look)

    def describe(position: QPointF) -> str | None:
        if not plot.sceneBoundingRect().contains(position):
            return None
        row = round(plot.vb.mapSceneToView(position).y())
        if not 0 <= row < len(data.shown):
            return None
        return _group_text(names[row], data.shown[row])

    best = max(range(len(rows)), key=lambda i: shares["better"][i])
    summary = translate("ReliefChart", "Feeling better afterwards went most often with: %1 (%2%).")
    description = replace(
        heading,
        axes=(shares_title,),
        series=legend_names(key),
        categories=tuple(names),
        notes=notes,
    )
    return Drawn(
        describe,
        summary.replace("%1", names[best]).replace("%2", f"{shares['better'][best]:.0f}"),
        description,
    )


def _notes(layout: pg.GraphicsLayout, data: ReliefSplit, look: ChartLook) -> tuple[str, ...]:
    hidden = ", ".join(
        f"{group_name(data.context, g.group, look.trigger_labels)} ({g.episodes})"
        for g in data.hidden
    )
    return add_notes(
        layout,
        look,
        translate("ReliefChart", "Not shown, fewer than %1 episodes: %2")
        .replace("%1", str(MIN_SPLIT_EPISODES))
        .replace("%2", hidden)
        if hidden
        else "",
        translate("ReliefChart", "%1 episodes without the mood afterwards are left out.").replace(
            "%1", str(data.without_mood_after)
        )
        if data.without_mood_after
        else "",
        chart_words(NOT_CAUSES),
    )


def _group_text(name: str, group: ReliefGroup) -> str:
    return (
        translate("ReliefChart", "%1 (%2 episodes)\nbetter %3, the same %4, worse %5")
        .replace("%1", name)
        .replace("%2", str(group.episodes))
        .replace("%3", str(group.better))
        .replace("%4", str(group.same))
        .replace("%5", str(group.worse))
    )
