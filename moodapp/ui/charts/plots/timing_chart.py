"""Chart 4: when crying happened, by hour of the day and by weekday."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF

from moodapp.domain.charts import ChartKind, Timing
from moodapp.ui.charts.chart_text import chart_title, range_text, times
from moodapp.ui.charts.plots.common import (
    Drawn,
    add_empty_message,
    add_plot,
    add_title,
    axis_label,
    count_ticks,
    style_plot,
)
from moodapp.ui.charts.plots.look import ChartLook
from moodapp.ui.common.words import translate


def draw(layout: pg.GraphicsLayout, data: Timing, look: ChartLook) -> Drawn:
    subtitle = f"{range_text(data.span)} \u00b7 " + translate("TimingChart", "cried %1").replace(
        "%1", times(data.episodes)
    )
    heading = add_title(layout, look, chart_title(ChartKind.TIMING), subtitle)
    if data.episodes == 0:
        return add_empty_message(
            layout, look, translate("TimingChart", "No crying episodes in this period."), heading
        )

    hours = add_plot(layout)
    style_plot(hours, look)
    hours.addItem(
        pg.BarGraphItem(x=np.arange(24), height=data.by_hour, width=0.8, brush=look.cried, pen=None)
    )
    hours.getAxis("bottom").setTicks([[(h, f"{h:02d}:00") for h in range(0, 24, 3)]])
    hour_title, count_title, weekday_title = (
        translate("TimingChart", "hour of the day"),
        translate("TimingChart", "crying episodes"),
        translate("TimingChart", "day of the week"),
    )
    axis_label(hours, "bottom", hour_title, look)
    axis_label(hours, "left", count_title, look)
    hours.setXRange(-0.6, 23.6, padding=0)
    hours.setYRange(0, max(data.by_hour) * 1.15, padding=0)
    count_ticks(hours.getAxis("left"), max(data.by_hour))

    layout.nextRow()
    order = [(look.first_weekday + i) % 7 for i in range(7)]  # 0 is Monday
    counts = [data.by_weekday[d] for d in order]
    names = [QLocale().dayName(d + 1, QLocale.FormatType.ShortFormat) for d in order]
    weekdays = add_plot(layout)
    style_plot(weekdays, look)
    weekdays.addItem(
        pg.BarGraphItem(x=np.arange(7), height=counts, width=0.7, brush=look.cried, pen=None)
    )
    weekdays.getAxis("bottom").setTicks([list(enumerate(names))])
    axis_label(weekdays, "bottom", weekday_title, look)
    axis_label(weekdays, "left", count_title, look)
    weekdays.setXRange(-0.6, 6.6, padding=0)
    weekdays.setYRange(0, max(counts) * 1.15, padding=0)
    count_ticks(weekdays.getAxis("left"), max(counts))

    def describe(position: QPointF) -> str | None:
        for plot, labels, values in (
            (hours, [f"{h:02d}:00\u2013{h:02d}:59" for h in range(24)], data.by_hour),
            (weekdays, names, counts),
        ):
            if plot.sceneBoundingRect().contains(position):
                index = round(plot.vb.mapSceneToView(position).x())
                if 0 <= index < len(values):
                    return f"{labels[index]}: {times(values[index])}"
        return None

    peak = int(np.argmax(data.by_hour))
    summary = translate("TimingChart", "Crying happened most often between %1:00 and %2:00.")
    return Drawn(
        describe,
        summary.replace("%1", f"{peak:02d}").replace("%2", f"{(peak + 1) % 24:02d}"),
        replace(
            heading,
            axes=(hour_title, count_title, weekday_title, count_title),
            categories=tuple(names),
        ),
    )
