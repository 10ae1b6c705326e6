"""The command line's `export` and `import`: the whole journal out to files and back in.

Like the rest of the command line, nothing here imports Qt, and the readers and
writers are loaded only when a command needs them (so that opening the window
does not pay for them). A long job shows a
progress line on a terminal; Ctrl+C stops it and leaves no partial file and no
partial import.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from moodapp.cli_add import whole_number
from moodapp.exchange.kinds import ExportFormat, ImportFormat
from moodapp.services.journal import Journal

EXIT_CANCELLED = 130  # the shell's status for a job stopped by Ctrl+C
SHOW_PROGRESS_FROM = 1000  # items; smaller jobs finish before a line would help


class BadExchangeInput(Exception):
    """An option of `export` or `import` that cannot be used; the message names it."""


class ProgressLine:
    """A one-line, self-overwriting progress report on a terminal; silent elsewhere."""

    def __init__(self, doing: str, stream: TextIO = sys.stderr) -> None:
        self._doing = doing
        self._stream = stream
        self._shown = ""
        self._active = stream.isatty()

    def __call__(self, step: str, done: int, total: int) -> None:
        if not self._active or total < SHOW_PROGRESS_FROM:
            return
        line = f"{self._doing}: {step} {min(100, done * 100 // total)}%"
        if line != self._shown:
            self._stream.write(f"\r{line:<60}")
            self._stream.flush()
            self._shown = line

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Clear the line, so that whatever is printed next starts on a clean line."""
        if self._shown:
            self._stream.write("\r" + " " * 60 + "\r")
            self._stream.flush()
            self._shown = ""


def add_exchange_parsers(commands: Any, date_type: Any) -> None:
    export = commands.add_parser(
        "export",
        help="save the whole journal (or a period of it) as JSON or CSV",
        description="JSON: one file with everything. CSV: tidy tables for spreadsheets, "
        "in a new folder or, when --output ends in .zip, a zip file. "
        "The formats are described in docs/EXPORT-FORMATS.md.",
    )
    export.add_argument("--format", choices=[f.value for f in ExportFormat],
                        help="json or csv (default: from the --output name)")  # fmt: skip
    export.add_argument("--output", required=True, type=Path, help="FILE.json, FILE.zip or FOLDER")
    export.add_argument("--from", dest="start", metavar="DATE", type=date_type,
                        help="first day of entries to export, e.g. 2026-01-01")  # fmt: skip
    export.add_argument("--to", dest="end", metavar="DATE", type=date_type,
                        help="last day, included")  # fmt: skip

    imports = commands.add_parser(
        "import",
        help="add a moodapp export or a Daylio CSV export to the journal",
        description="Entries already in the journal are kept unless the file has a newer "
        "copy; nothing is written unless the whole file can be imported.",
    )
    imports.add_argument("path", type=Path, metavar="PATH", help="a file, zip or folder")
    imports.add_argument("--format", choices=[f.value for f in ImportFormat], default="auto",
                         help="what PATH is (default: auto, guessed from the file)")  # fmt: skip
    imports.add_argument("--dry-run", action="store_true",
                         help="only say what would be imported; write nothing")  # fmt: skip
    imports.add_argument("--mood-map", action="append", default=[], metavar="NAME=VALUE",
                         help="Daylio: a mood name and its place on the mood scale, "
                         "-3 (unpleasant) to +3 (pleasant); repeat for more")  # fmt: skip
    imports.add_argument("--crying-activity", action="append", default=[], metavar="NAME",
                         help="Daylio: an activity that means you cried, besides cry, cried, "
                         "crying and tears; repeat for more")  # fmt: skip


def _export_format(args: argparse.Namespace) -> ExportFormat:
    if args.format:
        return ExportFormat(args.format)
    suffix = args.output.suffix.lower()
    if suffix == ".json":
        return ExportFormat.JSON
    if suffix == ".zip" or not suffix:
        return ExportFormat.CSV
    raise BadExchangeInput(
        f"--output: cannot tell the format from \u201c{args.output.name}\u201d; "
        "add --format json or --format csv."
    )


def _check_output(output: Path, chosen: ExportFormat, journal_file: Path) -> None:
    if not output.parent.is_dir():
        raise BadExchangeInput(f"--output: the folder {output.parent} does not exist.")
    if output.resolve() == journal_file.resolve():
        raise BadExchangeInput("--output: that is the journal itself; choose another name.")
    if chosen is ExportFormat.JSON or output.suffix.lower() == ".zip":
        if output.is_dir():
            raise BadExchangeInput(f"--output: {output} is a folder; give a file name.")
    elif output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise BadExchangeInput(
            f"--output: {output} exists; CSV tables go into a new or empty folder "
            "(or give a name ending in .zip)."
        )


def run_export(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    chosen = _export_format(args)
    _check_output(args.output, chosen, journal.path)
    if args.start and args.end and args.start > args.end:
        raise BadExchangeInput("--from: the first day is after the last day (--to).")

    service = journal.exchange
    try:
        with ProgressLine("Exporting") as progress:
            count = service.export(args.output, chosen, args.start, args.end, progress)
    except KeyboardInterrupt:
        print("Export cancelled; no file was written.", file=sys.stderr)
        return EXIT_CANCELLED
    print(f"Exported {count:,} {'entry' if count == 1 else 'entries'} to {args.output}", file=out)
    return 0


def _mood_map(pairs: list[str]) -> dict[str, int]:
    mapping = {}
    for pair in pairs:
        name, sep, value = pair.rpartition("=")
        number = whole_number(value)
        if not sep or not name.strip() or number is None or not -3 <= number <= 3:
            raise BadExchangeInput(
                f"--mood-map: expected NAME=VALUE with VALUE from -3 to 3, like "
                f"tired=-1, not \u201c{pair[:60]}\u201d."
            )
        mapping[name.strip()] = number
    return mapping


def run_import(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
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
    except KeyboardInterrupt:
        if service.imported is None:
            print("Import cancelled; nothing was imported.", file=sys.stderr)
            return EXIT_CANCELLED
        summary = service.imported  # Ctrl+C came while it was being committed: too late
        print("Ctrl+C came as the import was being saved; it was imported whole.", file=sys.stderr)
    for line in summary.lines():
        print(line, file=out)
    return 0
