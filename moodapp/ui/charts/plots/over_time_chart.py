"""Chart 1: crying per day, week or month as bars, the emotions of the check-ins as lines
on a second axis that reads with the first, the person's usual range as a band, and mood in a
strip below."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale, QPointF
from PySide6.QtGui import QBrush, QColor

from moodapp.domain.charts import ChartKind, CryingOverTime
from moodapp.domain.series import Bin
from moodapp.ui.charts.chart_text import (
    BIN_WORDS,
    chart_title,
    chart_words,
    range_text,
    times,
    usual_range_note,
)
from moodapp.ui.charts.plots.common import (
    Drawn,
    add_empty_message,
    add_notes,
    add_plot,
    add_title,
    axis_label,
    epoch,
    grid_lines,
    legend_names,
    legend_row,
    style_plot,
)
from moodapp.ui.charts.plots.description import AxisScale
from moodapp.ui.charts.plots.look import ChartLook
from moodapp.ui.charts.plots.over_time_text import bin_text, shown_days
from moodapp.ui.charts.plots.paired_scale import PairedScale, paired_scale
from moodapp.ui.common import date_text
from moodapp.ui.common.words import translate
from moodapp.ui.look.palette import mood_colour

AXIS_WIDTH = 64  # the same for the chart and the mood strip, so their dates line up
STRIP_LINES = 7  # the mood strip's least height, in lines of its text (with its date axis)
PIXELS_PER_POINT = 96 / 72

Marks = dict[str, Callable[[int], QPointF | None]]  # series -> where its mark of a bin is

# NO_RANGE_LIMIT: lines with symbols pass dynamicRangeLimit=None. The limit clips points lying
# a million view heights away (never, on these fixed axes), and while it is on, pyqtgraph
# builds a line's symbols again at every change of the view's range: three times per chart.


def _values(values: list[float | None]) -> np.ndarray:
    return np.array([math.nan if v is None else v for v in values], dtype=float)


@dataclass(frozen=True)
class _Columns:
    """Where the bins lie on the time axis, in the seconds pyqtgraph's dates are counted in."""

    lefts: np.ndarray
    lengths: np.ndarray

    @classmethod
    def of(cls, data: CryingOverTime) -> _Columns:
        ends = [*data.starts[1:], data.span.end + timedelta(days=1)]
        lefts = np.array([epoch(start) for start in data.starts])
        rights = np.array([epoch(end) for end in ends])
        return cls(lefts, rights - lefts)

    @property
    def centres(self) -> np.ndarray:
        return self.lefts + self.lengths / 2

    @property
    def right(self) -> float:
        return float(self.lefts[-1] + self.lengths[-1])


def draw(layout: pg.GraphicsLayout, data: CryingOverTime, look: ChartLook) -> Drawn:
    per = chart_words(BIN_WORDS[data.bin])
    subtitle = f"{range_text(data.span)} \u00b7 " + translate(
        "OverTimeChart", "crying %1, almost crying %2"
    ).replace("%1", times(sum(data.cried))).replace("%2", times(sum(data.almost)))
    heading = add_title(layout, look, chart_title(ChartKind.CRYING_VS_EMOTIONS), subtitle)
    has_moods = any(m is not None for m in data.mood)
    if data.episodes == 0 and not has_moods:
        message = translate("OverTimeChart", "Nothing was written down in this period.")
        return add_empty_message(layout, look, message, heading)

    columns = _Columns.of(data)
    key = legend_row(layout, look)
    plot = add_plot(layout)
    style_plot(plot, look)
    _fixed_axes(plot)
    date_ticks(plot.getAxis("bottom"), data)
    plot.getAxis("left").setWidth(AXIS_WIDTH)
    counts_title = translate("OverTimeChart", "crying episodes %1").replace("%1", per)
    axis_label(plot, "left", counts_title, look)
    highest, marks = _crying_bars(plot, key, data, look, columns)
    scale = paired_scale(highest)
    plot.setYRange(0, scale.count_top, padding=0)
    plot.getAxis("left").setTicks([[(float(t), str(t)) for t in scale.count_ticks()], []])
    grid_lines(plot, [float(t) for t in scale.count_ticks()], look)
    plot.setXRange(columns.lefts[0], columns.right, padding=0.01)
    emotions_title = translate("OverTimeChart", "emotion in check-ins, 0-4")
    emotions_box = _emotion_axis(plot, look, scale, emotions_title)
    marks |= _emotion_lines(emotions_box, key, data, look, columns)

    axes, series, plots = [counts_title, emotions_title], [*legend_names(key)], [plot]
    if look.show_mood and has_moods:
        strip = _mood_strip(layout, plot, data, look, columns.centres)
        plots.append(strip)
        axes.append(translate("OverTimeChart", "mood"))
        series.append(translate("OverTimeChart", "mood"))
        marks[translate("OverTimeChart", "mood")] = _point_of(strip.vb, columns.centres, data.mood)
    notes = add_notes(layout, look, usual_range_note(data.usual))

    def describe(position: QPointF) -> str | None:
        over = next((p for p in plots if p.sceneBoundingRect().contains(position)), None)
        if over is None:
            return None
        x = over.vb.mapSceneToView(position).x()
        index = int(np.searchsorted(columns.lefts, x, side="right")) - 1
        return bin_text(data, index, look) if 0 <= index < len(data.starts) else None

    def locate(name: str, index: int) -> QPointF | None:
        mark = marks.get(name)
        return mark(index) if mark is not None and 0 <= index < len(data.starts) else None

    description = replace(
        heading,
        axes=tuple(axes),
        series=tuple(series),
        bins=tuple(shown_days(data)),
        scales=(
            _scale_of(plot, counts_title, [float(t) for t in scale.count_ticks()], grid=True),
            _scale_of(
                emotions_box,
                emotions_title,
                scale.emotion_ticks(),
                grid=plot.getAxis("right").grid is not False,
            ),
        ),
        notes=notes,
    )
    return Drawn(describe, _summary(data, per), description, locate)


def _fixed_axes(plot: pg.PlotItem) -> None:
    """No SI prefix on the axes: their ticks are set here and their ranges never come near
    one (a count axis reaches 2 at least, the emotions' 4), and leaving it on sets each axis
    label's text again at every change of range while the chart is laid out."""
    for name in ("left", "bottom", "right", "top"):
        plot.getAxis(name).enableAutoSIPrefix(False)


def _summary(data: CryingOverTime, per: str) -> str:
    return (
        translate("OverTimeChart", "%1 crying episodes, %2 almost, %3 %4.")
        .replace("%1", str(sum(data.cried)))
        .replace("%2", str(sum(data.almost)))
        .replace("%3", per)
        .replace("%4", range_text(data.span))
    )


def _crying_bars(
    plot: pg.PlotItem,
    key: pg.LegendItem,
    data: CryingOverTime,
    look: ChartLook,
    columns: _Columns,
) -> tuple[float, Marks]:
    """Crying and almost crying stacked, over the usual range; the highest value to show."""
    highest = float(max([c + a for c, a in zip(data.cried, data.almost, strict=True)] + [1]))
    if data.usual is not None and data.bin is not Bin.DAY:
        low, high = data.usual.per_days(sum(data.days) / len(data.days))
        # A bar across the whole range: it shows in the legend and toggles like the others.
        band = pg.BarGraphItem(
            x0=[columns.lefts[0]],
            width=[columns.right - columns.lefts[0]],
            y0=[low],
            height=[high - low],
            brush=look.band(),
            pen=None,
        )
        band.setZValue(-10)
        plot.addItem(band)
        key.addItem(band, translate("OverTimeChart", "your usual range"))
        highest = max(highest, high)
    centres, widths = columns.centres, columns.lengths * 0.8
    cried = pg.BarGraphItem(x=centres, height=data.cried, width=widths, brush=look.cried, pen=None)
    almost = pg.BarGraphItem(
        x=centres, y0=data.cried, height=data.almost, width=widths, brush=look.almost, pen=None
    )
    plot.addItem(cried)
    plot.addItem(almost)
    key.addItem(cried, translate("OverTimeChart", "cried"))
    key.addItem(almost, translate("OverTimeChart", "almost cried"))

    def middle(index: int, below: float, height: float) -> QPointF | None:
        centre = QPointF(centres[index], below + height / 2)
        return plot.vb.mapViewToScene(centre) if height else None

    return highest, {
        translate("OverTimeChart", "cried"): lambda i: middle(i, 0, data.cried[i]),
        translate("OverTimeChart", "almost cried"): lambda i: middle(
            i, data.cried[i], data.almost[i]
        ),
    }


def _emotion_lines(
    box: pg.ViewBox,
    key: pg.LegendItem,
    data: CryingOverTime,
    look: ChartLook,
    columns: _Columns,
) -> Marks:
    marks: Marks = {}
    for emotion, values in data.emotions.items():
        colour = look.emotion_colour(emotion)
        line = pg.PlotDataItem(
            columns.centres,
            _values(values),
            pen=pg.mkPen(colour, width=2.5),
            symbol="o",
            symbolSize=7,
            symbolBrush=colour,
            symbolPen=pg.mkPen(look.background, width=1),
            connect="finite",
            dynamicRangeLimit=None,  # see NO_RANGE_LIMIT
        )
        box.addItem(line)
        key.addItem(line, look.emotion_label(emotion))
        marks[look.emotion_label(emotion)] = _point_of(box, columns.centres, values)
    return marks


def _point_of(
    box: pg.ViewBox, centres: np.ndarray, values: list[float | None]
) -> Callable[[int], QPointF | None]:
    def point(index: int) -> QPointF | None:
        value = values[index]
        return box.mapViewToScene(QPointF(centres[index], value)) if value is not None else None

    return point


def _scale_of(
    view: pg.PlotItem | pg.ViewBox, title: str, ticks: list[float], *, grid: bool
) -> AxisScale:
    low, high = view.viewRange()[1]
    return AxisScale(title=title, low=low, high=high, ticks=tuple(ticks), grid=grid)


def _emotion_axis(plot: pg.PlotItem, look: ChartLook, scale: PairedScale, title: str) -> pg.ViewBox:
    """A second y axis on the right for the emotions' mean intensity: its labels sit on the
    left axis' grid lines, and it draws no grid of its own."""
    box = pg.ViewBox(enableMouse=False, enableMenu=False)
    box.setZValue(10)  # over the plot (a sibling in the scene), so lines are drawn over the bars
    plot.showAxis("right")
    axis = plot.getAxis("right")
    axis.setWidth(AXIS_WIDTH)
    axis.setGrid(False)
    plot.scene().addItem(box)
    axis.linkToView(box)
    box.setXLink(plot)
    box.setYRange(0, scale.emotion_top, padding=0)
    axis.setTicks([[(t, f"{t:g}") for t in scale.emotion_ticks()], []])
    axis_label(plot, "right", title, look)

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
) -> pg.PlotItem:
    layout.nextRow()
    strip = add_plot(layout)
    style_plot(strip, look)
    _fixed_axes(strip)
    date_ticks(strip.getAxis("bottom"), data)
    strip.setXLink(over)
    strip.setYRange(-3.6, 3.6, padding=0)
    strip.getAxis("left").setTicks([[(-3, "-3"), (0, "0"), (3, "+3")]])
    axis_label(strip, "left", translate("OverTimeChart", "mood"), look)
    strip.getAxis("left").setWidth(AXIS_WIDTH)
    strip.showAxis("right")
    strip.getAxis("right").setStyle(showValues=False)
    strip.getAxis("right").setWidth(AXIS_WIDTH)
    strip.getAxis("right").setGrid(False)
    strip.getAxis("right").setTicks([[], []])
    strip.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(look.faint, width=1)))
    moods = _values(data.mood)
    brushes = _mood_brushes(moods, look.dark)
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
            dynamicRangeLimit=None,  # see NO_RANGE_LIMIT
        )
    )
    layout.layout.setRowStretchFactor(layout.currentRow - 1, 3)
    layout.layout.setRowStretchFactor(layout.currentRow, 1)
    # Room for "+3", "0" and "-3" one above the other, however large the text (an export).
    strip.setMinimumHeight(STRIP_LINES * look.text_points * PIXELS_PER_POINT)
    return strip


@functools.lru_cache(maxsize=4096)
def _mood_rgba(mood: float, dark: bool) -> int:
    return mood_colour(mood, dark).rgba()


def _mood_brushes(moods: np.ndarray, dark: bool) -> list[QBrush]:
    """A brush per point, one brush object for each colour as painted (8 bits a channel):
    pyqtgraph draws a symbol once per brush object (its atlas keys on them), not per point."""
    by_mood: dict[float, QBrush] = {}
    by_colour: dict[int, QBrush] = {}
    brushes = []
    for mood in moods.tolist():
        value = 0.0 if math.isnan(mood) else mood
        brush = by_mood.get(value)
        if brush is None:
            colour = _mood_rgba(value, dark)
            brush = by_colour.get(colour)
            if brush is None:
                brush = by_colour[colour] = QBrush(QColor.fromRgba(colour))
            by_mood[value] = brush
        brushes.append(brush)
    return brushes


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
