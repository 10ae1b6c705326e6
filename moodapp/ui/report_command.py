"""`moodapp report`: lay out the report off screen and save it as a PDF, without a window."""

from __future__ import annotations

from moodapp.cli_report import ReportRequest
from moodapp.exchange.batch import Progress
from moodapp.services.journal import Journal
from moodapp.ui.app import headless_application
from moodapp.ui.locale_info import first_weekday
from moodapp.ui.paper import PageSize
from moodapp.ui.report_pdf import write_report


def page_size(chosen: str | None) -> PageSize:
    return PageSize(chosen) if chosen is not None else PageSize.of_locale()


def save_report(request: ReportRequest, journal: Journal, progress: Progress) -> None:
    """Save the requested report; the file is whole or not there at all."""
    headless_application()
    content = journal.report.content(
        request.span, include_notes=request.include_notes, first_weekday=first_weekday()
    )
    write_report(content, request.output, page_size(request.page), progress)
