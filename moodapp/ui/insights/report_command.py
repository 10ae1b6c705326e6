"""`moodapp report`: lay out the report off screen and save it as a PDF, without a window.

The command line (cli/report.py) checks the options and calls this; nothing here
knows of the command line.
"""

from __future__ import annotations

from pathlib import Path

from moodapp.domain.series import DateRange
from moodapp.exchange.batch import Progress
from moodapp.services.journal import Journal
from moodapp.ui.common.locale_info import first_weekday
from moodapp.ui.insights.paper import PageSize
from moodapp.ui.insights.report_pdf import write_report
from moodapp.ui.shell.app import headless_application


def page_size(chosen: str | None) -> PageSize:
    return PageSize(chosen) if chosen is not None else PageSize.of_locale()


def save_report(
    journal: Journal,
    span: DateRange,
    output: Path,
    *,
    include_notes: bool,
    page: str | None,
    progress: Progress,
) -> None:
    """Save the report of ``span``; the file is whole or not there at all. ``page`` is
    "a4", "letter", or None for the locale's paper."""
    headless_application()
    content = journal.report.content(
        span, include_notes=include_notes, first_weekday=first_weekday()
    )
    write_report(content, output, page_size(page), progress)
