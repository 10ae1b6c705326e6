"""The command line's `export` and `import`: the whole journal out to files and back in.

The readers and writers are loaded only when a command needs them (so that opening the
window does not pay for them). A long job shows a progress line on a terminal; Ctrl+C
stops it and leaves no partial file and no partial import.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from moodapp.cli.entry_options import whole_number
from moodapp.cli.errors import (
    EXIT_BAD_INPUT,
    EXIT_CANCELLED,
    EXIT_OK,
    BadInput,
    check_output,
    check_output_place,
)
from moodapp.cli.progress import ProgressLine
from moodapp.exchange.kinds import ExportFormat, ImportFormat
from moodapp.services.journal import Journal

if TYPE_CHECKING:
    from moodapp.services.exchange import ImportSummary


def _export_format(args: argparse.Namespace) -> ExportFormat:
    if args.format:
        return ExportFormat(args.format)
    suffix = args.output.suffix.lower()
    if suffix == ".json":
        return ExportFormat.JSON
    if suffix == ".zip" or not suffix:
        return ExportFormat.CSV
    raise BadInput(
        "--output",
        f"cannot tell the format from \u201c{args.output.name}\u201d; "
        "add --format json or --format csv.",
    )


def _check_output(output: Path, chosen: ExportFormat, journal_file: Path) -> None:
    if chosen is ExportFormat.JSON or output.suffix.lower() == ".zip":
        check_output(output, journal_file, folder_hint="; give a file name")
        return
    check_output_place(output, journal_file)
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise BadInput(
            "--output",
            f"{output} exists; CSV tables go into a new or empty folder "
            "(or give a name ending in .zip).",
        )


def run_export(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    chosen = _export_format(args)
    _check_output(args.output, chosen, journal.path)
    if args.start and args.end and args.start > args.end:
        raise BadInput("--from", "the first day is after the last day (--to).")

    service = journal.exchange
    try:
        with ProgressLine("Exporting") as progress:
            count = service.export(args.output, chosen, args.start, args.end, progress)
    except KeyboardInterrupt:
        print("Export cancelled; no file was written.", file=sys.stderr)
        return EXIT_CANCELLED
    print(f"Exported {count:,} {'entry' if count == 1 else 'entries'} to {args.output}", file=out)
    return EXIT_OK


def _count(number: int, one: str, many: str) -> str:
    return f"{number:,} {one if number == 1 else many}"


def entries_line(summary: ImportSummary) -> str:
    """What the import did with the file's entries, in English."""
    if summary.dry_run:
        add, update, skip = "Would add", "update", "and skip"
    else:
        add, update, skip = "Added", "updated", "skipped"
    return (
        f"{add} {_count(summary.added, 'new entry', 'new entries')}, {update} "
        f"{summary.updated:,} with a newer copy from the file, {skip} {summary.skipped:,} "
        "the journal already has."
    )


def summary_lines(summary: ImportSummary) -> list[str]:
    """The import's summary in English, one line per fact: its notes, then the counts."""
    add, update = ("Would add", "update") if summary.dry_run else ("Added", "updated")
    lines = [str(note) for note in summary.notes]
    lines.append(entries_line(summary))
    if summary.catalogue_added:
        items = _count(summary.catalogue_added, "emotion or trigger", "emotions and triggers")
        lines.append(f"{add} {items} new to this journal.")
    if summary.reflections_added or summary.reflections_updated:
        reflections = _count(summary.reflections_added, "weekly reflection", "weekly reflections")
        lines.append(f"{add} {reflections}, {update} {summary.reflections_updated:,}.")
    if summary.dry_run:
        lines.append("This was a dry run: nothing was written.")
    return lines


def _mood_map(pairs: list[str]) -> dict[str, int]:
    mapping = {}
    for pair in pairs:
        name, sep, value = pair.rpartition("=")
        number = whole_number(value)
        if not sep or not name.strip() or number is None or not -3 <= number <= 3:
            raise BadInput(
                "--mood-map",
                f"expected NAME=VALUE with VALUE from -3 to 3, like "
                f"tired=-1, not \u201c{pair[:60]}\u201d.",
            )
        mapping[name.strip()] = number
    return mapping


def run_import(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    from moodapp.exchange.batch import FormatError
    from moodapp.exchange.daylio import DaylioOptions  # the readers load only now

    options = DaylioOptions(
        mood_map=_mood_map(args.mood_map), crying_activities=frozenset(args.crying_activity)
    )
    service = journal.exchange
    try:
        with ProgressLine("Importing") as progress:
            summary = service.import_file(
                args.path, ImportFormat(args.format), options, args.dry_run, progress
            )
    except FormatError as error:
        print(f"moodapp: {error}", file=sys.stderr)
        print("Nothing was imported.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        if service.imported is None:
            print("Import cancelled; nothing was imported.", file=sys.stderr)
            return EXIT_CANCELLED
        summary = service.imported  # Ctrl+C came while it was being committed: too late
        print("Ctrl+C came as the import was being saved; it was imported whole.", file=sys.stderr)
    for line in summary_lines(summary):
        print(line, file=out)
    return EXIT_OK
