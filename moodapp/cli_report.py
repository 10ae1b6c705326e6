"""The command line's `report`: its options, checked without loading Qt.

Drawing the report needs Qt; `moodapp.ui.report_command` does that once the
request is known to be sound, so bad options fail fast and write nothing.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from moodapp.domain.report import DEFAULT_DAYS
from moodapp.domain.series import DateRange
from moodapp.services.journal import Journal

PAGE_SIZES = ("a4", "letter")


class BadReportInput(Exception):
    """An option of `report` that cannot be used; the message names it."""


@dataclass(frozen=True)
class ReportRequest:
    span: DateRange
    output: Path
    include_notes: bool
    page: str | None  # "a4", "letter", or None for the locale's paper


def add_report_parser(commands: Any, date_type: Any) -> None:
    report = commands.add_parser(
        "report",
        help="save a PDF report of a period, to print or share (e.g. with a therapist)",
        description="The report holds the period's counts, the four charts and how you "
        "felt after crying by situation. Your weekly notes are included only with --notes.",
    )
    report.add_argument("--from", dest="start", metavar="DATE", type=date_type,
                        help=f"first day (default: {DEFAULT_DAYS} days before --to)")  # fmt: skip
    report.add_argument("--to", dest="end", metavar="DATE", type=date_type,
                        help="last day, included (default: today)")  # fmt: skip
    report.add_argument("--output", required=True, type=Path, help="FILE.pdf")
    report.add_argument("--notes", action="store_true", help="include your weekly notes")
    report.add_argument("--page", choices=PAGE_SIZES,
                        help="paper size (default: the one your locale uses)")  # fmt: skip


def report_request(args: argparse.Namespace, journal: Journal) -> ReportRequest:
    """Check a `report` command's options; raises BadReportInput naming the option."""
    end = args.end or journal.now().date()
    start = args.start or end - timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise BadReportInput("--from: the first day is after the last day (--to).")
    output: Path = args.output
    if output.suffix.lower() != ".pdf":
        raise BadReportInput(f"--output: a report is a .pdf file, not \u201c{output.name}\u201d.")
    if not output.parent.is_dir():
        raise BadReportInput(f"--output: the folder {output.parent} does not exist.")
    if output.is_dir():
        raise BadReportInput(f"--output: {output} is a folder.")
    return ReportRequest(DateRange(start, end), output, args.notes, args.page)
