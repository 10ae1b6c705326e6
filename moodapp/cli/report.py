"""`moodapp report`: the options checked without Qt, then the PDF laid out off screen.

Drawing the report needs Qt; `moodapp.ui.insights.report_command` does that, loaded in run_report
once the request is known to be sound, so bad options fail fast and write nothing.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TextIO

from moodapp.cli.errors import (
    EXIT_CANCELLED,
    EXIT_CANNOT_WRITE,
    EXIT_OK,
    BadInput,
    check_output,
    not_saved,
)
from moodapp.cli.progress import ProgressLine
from moodapp.domain.report import DEFAULT_DAYS
from moodapp.domain.series import DateRange
from moodapp.services.journal import Journal


@dataclass(frozen=True)
class ReportRequest:
    span: DateRange
    output: Path
    include_notes: bool
    page: str | None  # "a4", "letter", or None for the locale's paper


def report_request(args: argparse.Namespace, journal: Journal) -> ReportRequest:
    """Check a `report` command's options; raises BadInput naming the option."""
    end = args.end or journal.now().date()
    start = args.start or end - timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise BadInput("--from", "the first day is after the last day (--to).")
    output: Path = args.output
    if output.suffix.lower() != ".pdf":
        raise BadInput("--output", f"a report is a .pdf file, not \u201c{output.name}\u201d.")
    check_output(output, journal.path)
    return ReportRequest(DateRange(start, end), output, args.notes, args.page)


def run_report(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    request = report_request(args, journal)  # BadInput: said by the dispatcher, exit status 2
    from moodapp.ui.insights.report_command import save_report  # Qt, only now

    try:
        with ProgressLine("Writing the report") as progress:
            save_report(
                journal,
                request.span,
                request.output,
                include_notes=request.include_notes,
                page=request.page,
                progress=progress,
            )
    except KeyboardInterrupt:
        print("Report cancelled; no file was written.", file=sys.stderr)
        return EXIT_CANCELLED
    except OSError as error:
        print(not_saved("report", error, request.output), file=sys.stderr)
        return EXIT_CANNOT_WRITE
    print(request.output, file=out)
    return EXIT_OK
