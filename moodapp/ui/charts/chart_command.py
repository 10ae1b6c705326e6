"""`moodapp chart`: draw a chart off screen and save it, without a window.

The command line (cli/chart.py) checks the options and calls this; nothing here
knows of the command line.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from moodapp.domain.charts import ChartKind, ChartOptions
from moodapp.domain.series import DateRange
from moodapp.services.journal import Journal
from moodapp.ui.charts.plots.chart_widget import export_chart
from moodapp.ui.charts.plots.look import ChartLook
from moodapp.ui.common.locale_info import first_weekday
from moodapp.ui.shell.app import headless_application


def write_chart(
    journal: Journal,
    kind: ChartKind,
    span: DateRange,
    options: ChartOptions,
    *,
    output: Path,
    width: int,
    height: int,
) -> None:
    """Save the chart; the file is whole or not there at all."""
    headless_application()
    options = replace(options, first_weekday=first_weekday())
    data = journal.charts.chart(kind, span, options)
    look = ChartLook.of(
        journal.entries.emotions(include_archived=True),
        journal.entries.triggers(include_archived=True),
        first_weekday=options.first_weekday,
    )
    export_chart(data, look, output, width, height)
