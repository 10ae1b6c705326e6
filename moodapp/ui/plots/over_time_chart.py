"""Chart 1: crying per day, week or month as bars, the emotions of the check-ins as lines
on a second axis, the person's usual range as a band, and mood in a strip below."""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF

from moodapp.domain.charts import ChartKind, CryingOverTime
from moodapp.domain.series import Bin
from moodapp.ui import date_text
from moodapp.ui.chart_text import (
    BIN_WORDS,
    chart_title,
    chart_words,
    range_text,
    short_date,
    times,
    usual_range_note,
)
from moodapp.ui.day_text import mean_text
from moodapp.ui.palette import mood_colour
from moodapp.ui.plots.common import (
    Drawn,
    add_empty_message,
    add_notes,
    add_title,
    axis_label,
    count_ticks,
    epoch,
    legend_row,
    style_plot,
)
from moodapp.ui.plots.look import ChartLook

AXIS_WIDTH = 64  # the same for the chart and the mood strip, so their dates line up


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverTimeChart", text)


def _values(values: list[float | None]) -> np.ndarray:
    return np.array([math.nan if v is None else v for v in values], dtype=float)


def draw(layout: pg.GraphicsLayout, data: CryingOverTime, look: ChartLook) -> Drawn:
    per = chart_words(BIN_WORDS[data.bin])
    subtitle = f"{range_text(data.span)} \u00b7 " + _tr("crying %1, almost crying %2").replace(
        "%1", times(sum(data.cried))
    ).replace("%2", times(sum(data.almost)))
    add_title(layout, look, chart_title(ChartKind.CRYING_VS_EMOTIONS), subtitle)
    has_moods = any(m is not None for m in data.mood)
    if data.episodes == 0 and not has_moods:
        return add_empty_message(layout, look, _tr("Nothing was written down in this period."))

    ends = [*data.starts[1:], data.span.end + timedelta(days=1)]
    lefts = np.array([epoch(start) for start in data.starts])
    lengths = np.array(
        [epoch(end) - epoch(start) for start, end in zip(data.starts, ends, strict=True)]
    )
    centres = lefts + lengths / 2
    widths = lengths * 0.8

    key = legend_row(layout, look)
    plot = layout.addPlot()
    style_plot(plot, look)
    date_ticks(plot.getAxis("bottom"), data)
    plot.getAxis("left").setWidth(AXIS_WIDTH)
    axis_label(plot, "left", _tr("crying episodes %1").replace("%1", per), look)
    top = float(max([c + a for c, a in zip(data.cried, data.almost, strict=True)] + [1]))
    if data.usual is not None and data.bin is not Bin.DAY:
        low, high = data.usual.per_days(sum(data.days) / len(data.days))
        # A bar across the whole range: it shows in the legend and toggles like the others.
        band = pg.BarGraphItem(
            x0=[lefts[0]],
            width=[lefts[-1] + lengths[-1] - lefts[0]],
            y0=[low],
            height=[high - low],
            brush=look.band(),
            pen=None,
        )
        band.setZValue(-10)
        plot.addItem(band)
        key.addItem(band, _tr("your usual range"))
        top = max(top, high)
    cried = pg.BarGraphItem(x=centres, height=data.cried, width=widths, brush=look.cried, pen=None)
    almost = pg.BarGraphItem(
        x=centres, y0=data.cried, height=data.almost, width=widths, brush=look.almost, pen=None
    )
    plot.addItem(cried)
    plot.addItem(almost)
    key.addItem(cried, _tr("cried"))
    key.addItem(almost, _tr("almost cried"))
    plot.setYRange(0, top * 1.15, padding=0)
    count_ticks(plot.getAxis("left"), top)
    plot.setXRange(lefts[0], lefts[-1] + lengths[-1], padding=0.01)

    emotions_box = _emotion_axis(plot, look)
    for emotion, values in data.emotions.items():
        colour = look.emotion_colour(emotion)
        line = pg.PlotDataItem(
            centres,
            _values(values),
            pen=pg.mkPen(colour, width=2.5),
            symbol="o",
            symbolSize=7,
            symbolBrush=colour,
            symbolPen=pg.mkPen(look.background, width=1),
            connect="finite",
        )
        emotions_box.addItem(line)
        key.addItem(line, look.emotion_label(emotion))

    if look.show_mood and has_moods:
        _mood_strip(layout, plot, data, look, centres)
    add_notes(layout, look, usual_range_note(data.usual))

    def describe(position: QPointF) -> str | None:
        if not plot.sceneBoundingRect().contains(position):
            return None
        x = plot.vb.mapSceneToView(position).x()
        index = int(np.searchsorted(lefts, x, side="right")) - 1
        if not 0 <= index < len(data.starts):
            return None
        return _bin_text(data, index, look)

    summary = _tr("%1 crying episodes, %2 almost, %3 %4.").replace("%1", str(sum(data.cried)))
    summary = (
        summary.replace("%2", str(sum(data.almost)))
        .replace("%3", per)
        .replace("%4", range_text(data.span))
    )
    return Drawn(describe, summary)


def _emotion_axis(plot: pg.PlotItem, look: ChartLook) -> pg.ViewBox:
    """A second y axis on the right, 0 to 4, for the emotions' mean intensity."""
    box = pg.ViewBox(enableMouse=False)
    box.setZValue(10)  # over the plot (a sibling in the scene), so lines are drawn over the bars
    plot.showAxis("right")
    plot.getAxis("right").setWidth(AXIS_WIDTH)
    plot.scene().addItem(box)
    plot.getAxis("right").linkToView(box)
    box.setXLink(plot)
    box.setYRange(0, 4.4, padding=0)
    axis_label(plot, "right", _tr("emotion in check-ins, 0-4"), look)

    def follow() -> None:
        box.setGeometry(plot.vb.sceneBoundingRect())
        box.linkedViewChanged(plot.vb, box.XAxis)

    plot.vb.sigResized.connect(follow)
    follow()
    return box


def _mood_strip(
    layout: pg.GraphicsLayout,
    over: pg.PlotItem,
    data: CryingOverTime,
    look: ChartLook,
    centres: np.ndarray,
) -> None:
    layout.nextRow()
    strip = layout.addPlot()
    style_plot(strip, look)
    date_ticks(strip.getAxis("bottom"), data)
    strip.setXLink(over)
    strip.setYRange(-3.6, 3.6, padding=0)
    strip.getAxis("left").setTicks([[(-3, "-3"), (0, "0"), (3, "+3")]])
    axis_label(strip, "left", _tr("mood"), look)
    strip.getAxis("left").setWidth(AXIS_WIDTH)
    strip.showAxis("right")
    strip.getAxis("right").setStyle(showValues=False)
    strip.getAxis("right").setWidth(AXIS_WIDTH)
    strip.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(look.faint, width=1)))
    moods = _values(data.mood)
    brushes = [mood_colour(0 if math.isnan(m) else m, look.dark) for m in moods]
    strip.addItem(
        pg.PlotDataItem(
            centres,
            moods,
            pen=pg.mkPen(look.faint, width=1.5),
            symbol="o",
            symbolSize=8,
            symbolBrush=brushes,
            symbolPen=pg.mkPen(look.ink, width=0.8),
            connect="finite",
        )
    )
    layout.layout.setRowStretchFactor(layout.currentRow - 1, 3)
    layout.layout.setRowStretchFactor(layout.currentRow, 1)


MAX_DATE_LABELS = 9


def date_ticks(axis: pg.AxisItem, data: CryingOverTime) -> None:
    """Dates under the bars: at most about nine labels, at the starts of bins."""
    stride = max(1, math.ceil(len(data.starts) / MAX_DATE_LABELS))
    if data.bin is Bin.MONTH:
        stride = next(
            s for s in (1, 2, 3, 6, 12, 24, 60) if len(data.starts) / s <= MAX_DATE_LABELS
        )
    labels = []
    for index in range(0, len(data.starts), stride):
        start = data.starts[index]
        shown = max(start, data.span.start)
        text = month_label(start) if data.bin is Bin.MONTH else day_label(shown)
        labels.append((epoch(shown), text))
    axis.setTicks([labels, []])


def day_label(day: date) -> str:
    return date_text.written(day, date_text.DAY_MONTH_SHORT)


def month_label(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, 1), "MMM yyyy")


def _bin_text(data: CryingOverTime, index: int, look: ChartLook) -> str:
    start = data.starts[index]
    heading = {
        Bin.DAY: _tr("%1"),
        Bin.WEEK: _tr("Week of %1"),
        Bin.MONTH: _tr("Month of %1"),
    }[data.bin].replace("%1", short_date(start))
    lines = [
        heading,
        _tr("Cried: %1, almost cried: %2")
        .replace("%1", str(data.cried[index]))
        .replace("%2", str(data.almost[index])),
    ]
    felt = [
        f"{look.emotion_label(key)} {QLocale().toString(value, 'f', 1)}"
        for key, values in data.emotions.items()
        if (value := values[index]) is not None
    ]
    if felt:
        lines.append(", ".join(felt))
    mood = data.mood[index]
    lines.append(
        _tr("Mood %1").replace("%1", mean_text(mood)) if mood is not None else _tr("No check-in")
    )
    return "\n".join(lines)
