"""`moodapp chart`: the options checked without Qt, then the chart drawn off screen and saved.

Qt and pyqtgraph are loaded only in run_chart, once the options are known to be sound,
so bad options fail fast and write nothing.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from moodapp.cli.add import catalogue_key
from moodapp.cli.errors import EXIT_CANNOT_WRITE, EXIT_OK, BadInput, check_output, not_saved
from moodapp.domain.charts import MAX_SIZE, MIN_SIZE, ChartKind, ChartOptions, ReliefContext
from moodapp.domain.series import Bin, DateRange, RangeError
from moodapp.services.journal import Journal


@dataclass(frozen=True)
class ChartRequest:
    kind: ChartKind
    span: DateRange
    options: ChartOptions
    output: Path
    width: int
    height: int


def chart_request(args: argparse.Namespace, journal: Journal) -> ChartRequest:
    """Check a `chart` command's arguments; raises BadInput naming the option."""
    try:
        span = journal.charts.range_from_text(args.span)
    except RangeError as error:
        raise BadInput("--range", str(error)) from None
    for name, value in (("--width", args.width), ("--height", args.height)):
        if not MIN_SIZE <= value <= MAX_SIZE:
            raise BadInput(name, f"must be from {MIN_SIZE} to {MAX_SIZE} pixels, not {value}.")
    output: Path = args.output
    if output.suffix.lower() not in (".png", ".svg"):
        raise BadInput(
            "--output", f"charts are saved as .png or .svg, not \u201c{output.name}\u201d."
        )
    check_output(output, journal.path)
    emotions = journal.entries.emotions(include_archived=True)
    chosen = (
        tuple(catalogue_key(name, emotions, "emotion", "--emotion") for name in args.emotion)
        if args.emotion
        else None
    )
    options = ChartOptions(
        emotions=chosen,
        context=ReliefContext(args.context),
        size=None if args.bin == "auto" else Bin(args.bin),
    )
    return ChartRequest(ChartKind(args.kind), span, options, output, args.width, args.height)


def run_chart(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    request = chart_request(args, journal)  # BadInput: said by the dispatcher, exit status 2
    from moodapp.ui.charts.chart_command import write_chart  # Qt and pyqtgraph, only now

    try:
        write_chart(
            journal,
            request.kind,
            request.span,
            request.options,
            output=request.output,
            width=request.width,
            height=request.height,
        )
    except OSError as error:
        print(not_saved("chart", error, request.output), file=sys.stderr)
        return EXIT_CANNOT_WRITE
    print(request.output, file=out)
    return EXIT_OK
