"""What a drawn chart shows, in the person's terms: titles, axes, series, bars and rows.

Read-only and free of plotting items, so that the rest of the UI, screen readers and
tests can learn what a chart drew without reaching into pyqtgraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from moodapp.domain.series import DateRange


@dataclass(frozen=True)
class AxisScale:
    """A value axis: the values at the bottom and the top of its plot, and its labels."""

    title: str
    low: float
    high: float
    ticks: tuple[float, ...]  # the values that carry a label
    grid: bool  # whether lines run across the plot from its ticks

    def height_of(self, value: float) -> float:
        """Where ``value`` sits, as a share of the plot's height from the bottom."""
        return (value - self.low) / (self.high - self.low)


@dataclass(frozen=True)
class ChartDescription:
    title: str
    subtitle: str
    axes: tuple[str, ...] = ()  # every axis title, the top plot's first
    series: tuple[str, ...] = ()  # what is drawn, as the legend names it ("mood" for the strip)
    bins: tuple[DateRange, ...] = ()  # the days each bar stands for, over time
    categories: tuple[str, ...] = ()  # along the axis of names: emotions, groups, weekdays
    scales: tuple[AxisScale, ...] = ()  # the value axes of the top plot, left first
    notes: tuple[str, ...] = ()
