"""`moodapp chart`: draw a chart off screen and save it, without a window."""

from __future__ import annotations

from dataclasses import replace

from moodapp.cli import ChartRequest
from moodapp.services.journal import Journal
from moodapp.ui.app import headless_application
from moodapp.ui.locale_info import first_weekday
from moodapp.ui.plots.chart_widget import export_chart
from moodapp.ui.plots.look import ChartLook


def write_chart(request: ChartRequest, journal: Journal) -> None:
    """Save the requested chart; the file is whole or not there at all."""
    headless_application()
    options = replace(request.options, first_weekday=first_weekday())
    data = journal.charts.chart(request.kind, request.span, options)
    look = ChartLook.of(
        journal.entries.emotions(include_archived=True),
        journal.entries.triggers(include_archived=True),
        first_weekday=options.first_weekday,
    )
    export_chart(data, look, request.output, request.width, request.height)
