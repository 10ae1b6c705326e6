"""The command line: ``moodapp`` with no command opens the window; commands work headless.

Nothing here imports Qt, so commands start fast and run without a display.
Exit status: 0 done, 1 the journal could not be opened, 2 bad input (with a
message naming the option, or the file and line of an import), 3 the journal or
an exported file could not be written, 130 cancelled with Ctrl+C.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from moodapp import __version__
from moodapp.cli_add import (
    EPISODE_CHOICES,
    MOOD_AFTER,
    OPTION_OF_FIELD,
    BadInput,
    add_entry_parsers,
    catalogue_key,
    new_entry,
)
from moodapp.cli_desktop_entry import add_desktop_entry_parser
from moodapp.cli_exchange import BadExchangeInput, add_exchange_parsers, run_export, run_import
from moodapp.cli_help_lines import add_help_lines_parser
from moodapp.cli_privacy import (
    PRIVACY_COMMANDS,
    PassphraseUnavailable,
    add_privacy_parsers,
)
from moodapp.cli_report import add_report_parser
from moodapp.domain.charts import (
    DEFAULT_HEIGHT,
    DEFAULT_WIDTH,
    MAX_SIZE,
    MIN_SIZE,
    ChartKind,
    ChartOptions,
    ReliefContext,
)
from moodapp.domain.entries import (
    DAILY_LIFE_WORDS,
    INTENSITY_WORDS,
    URGE_WORDS,
    CheckIn,
    CryingEpisode,
    Entry,
)
from moodapp.domain.series import Bin, DateRange, RangeError
from moodapp.domain.validation import InvalidInput
from moodapp.exchange.batch import FormatError
from moodapp.exchange.records import entries_as_json
from moodapp.paths import AppPaths
from moodapp.services.backups import JournalInUse, RestoreRefused, newest_readable
from moodapp.services.journal import Journal, damage_in
from moodapp.services.privacy import PassphraseRejected
from moodapp.services.writes import SaveFailed

EXIT_OK, EXIT_CANNOT_OPEN, EXIT_BAD_INPUT, EXIT_CANNOT_WRITE = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="moodapp",
        description="A private, offline journal for moods and crying. "
        "Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"moodapp {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the journal and everything else moodapp stores in DIR "
        "(also: the MOODAPP_DATA_DIR environment variable)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use a temporary journal filled with a year of made-up entries; it is deleted on exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    add_entry_parsers(commands.add_parser("add", help="record an entry"))

    _add_chart_parser(commands)
    add_exchange_parsers(commands, _date)
    add_report_parser(commands, _date)
    add_privacy_parsers(commands)
    add_help_lines_parser(commands)
    add_desktop_entry_parser(commands)

    listing = commands.add_parser("list", help="print entries, oldest first")
    listing.add_argument(
        "--from", dest="start", metavar="DATE", type=_date, help="first day, e.g. 2026-11-01"
    )
    listing.add_argument("--to", dest="end", metavar="DATE", type=_date, help="last day, included")
    listing.add_argument(
        "--json", action="store_true", help="print a JSON array, one object per entry"
    )
    return parser


def _add_chart_parser(commands: Any) -> None:
    chart = commands.add_parser(
        "chart",
        help="save a chart as a PNG or SVG image, without opening the window",
        description="Kinds: crying-vs-emotions (crying against the emotions of your "
        "check-ins over time), emotions (emotions behind the tears), relief (how you "
        "felt right after crying, by context), timing (crying by hour and weekday).",
    )
    chart.add_argument(
        "kind", choices=[k.value for k in ChartKind], metavar="KIND", help="the chart"
    )
    chart.add_argument(
        "--range", dest="span", default="90d", help="30d, 90d, 1y, all or FROM:TO (default 90d)"
    )
    chart.add_argument("--output", required=True, type=Path, help="FILE.png or FILE.svg")
    chart.add_argument(
        "--width", type=int, default=DEFAULT_WIDTH, help=f"pixels (default {DEFAULT_WIDTH})"
    )
    chart.add_argument(
        "--height", type=int, default=DEFAULT_HEIGHT, help=f"pixels (default {DEFAULT_HEIGHT})"
    )
    chart.add_argument(
        "--emotion",
        action="append",
        help="an emotion to draw over the crying (crying-vs-emotions); repeat for more "
        "(default: the three felt most often)",
    )
    chart.add_argument(
        "--context",
        choices=[c.value for c in ReliefContext],
        default=ReliefContext.REACTION.value,
        help="how the relief chart splits episodes (default reaction)",
    )
    chart.add_argument(
        "--bin",
        choices=["auto", *(b.value for b in Bin)],
        default="auto",
        help="bars per day, week or month",
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"\u201c{text}\u201d is not a date like 2026-11-25"
        ) from None


def _quoted(text: str, limit: int = 60) -> str:
    """The first line of a non-empty text, shortened to ``limit`` characters, in quotes."""
    line = text.splitlines()[0]
    return "\u201c" + (line[: limit - 3] + "..." if len(line) > limit else line) + "\u201d"


def _episode_parts(entry: CryingEpisode, trigger_labels: dict[str, str]) -> list[str]:
    parts = (
        [f"intensity {entry.intensity} ({INTENSITY_WORDS[entry.intensity]})"]
        if entry.intensity is not None
        else []
    )
    if entry.duration_minutes is not None:
        parts.append(f"{entry.duration_minutes} min")
    if entry.triggers:
        labels = sorted(trigger_labels.get(k, k) for k in entry.triggers)
        parts.append("set off by " + ", ".join(labels))
    for choice in EPISODE_CHOICES:
        answer = getattr(entry, choice.field)
        if answer is not None and choice is not MOOD_AFTER:
            parts.append(f"{choice.label}: {choice.words[answer]}")
    mood_after = [] if entry.mood_after is None else [MOOD_AFTER.words[entry.mood_after]]
    if entry.mood_after_score is not None:
        mood_after.append(f"{entry.mood_after_score} of 10")
    if mood_after:
        parts.append(f"{MOOD_AFTER.label}: {', '.join(mood_after)}")
    if entry.mood_later_score is not None:
        parts.append(f"mood later: {entry.mood_later_score} of 10")
    if entry.what_helped:
        parts.append(f"what helped: {_quoted(entry.what_helped)}")
    return parts


def _check_in_parts(entry: CheckIn) -> list[str]:
    parts = [f"mood {entry.mood:+d}"]
    if entry.energy is not None:
        parts.append(f"energy {entry.energy:+d}")
    if entry.urge_to_cry is not None:
        parts.append(f"urge to cry {entry.urge_to_cry} ({URGE_WORDS[entry.urge_to_cry]})")
    if entry.no_crying_today:
        parts.append("no crying today")
    if entry.sleep_hours is not None:
        parts.append(f"{entry.sleep_hours:g} h of sleep")
    if entry.daily_life_hard is not None:
        word = DAILY_LIFE_WORDS[entry.daily_life_hard]
        parts.append(f"feelings made daily life hard: {entry.daily_life_hard} ({word})")
    return parts


def _describe(entry: Entry, emotion_labels: dict[str, str], trigger_labels: dict[str, str]) -> str:
    when = entry.occurred_at.strftime("%Y-%m-%d %H:%M %z")
    if isinstance(entry, CryingEpisode):
        parts = _episode_parts(entry, trigger_labels)
    else:
        parts = _check_in_parts(entry)
    if entry.emotions:
        emotions = (f"{emotion_labels.get(k, k)} {v}" for k, v in entry.emotions.items())
        parts.append(", ".join(emotions))
    if entry.tags:
        parts.append("tags: " + ", ".join(sorted(entry.tags)))
    if entry.note:
        parts.append(_quoted(entry.note))
    details = " \u00b7 ".join(parts)
    return f"{when}  {entry.kind.value:<12}  {details}  [{entry.uid}]"


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
        raise BadInput(f"--range: {error}") from None
    for name, value in (("--width", args.width), ("--height", args.height)):
        if not MIN_SIZE <= value <= MAX_SIZE:
            raise BadInput(f"{name}: must be from {MIN_SIZE} to {MAX_SIZE} pixels, not {value}.")
    output: Path = args.output
    if output.suffix.lower() not in (".png", ".svg"):
        raise BadInput(
            f"--output: charts are saved as .png or .svg, not \u201c{output.name}\u201d."
        )
    if not output.parent.is_dir():
        raise BadInput(f"--output: the folder {output.parent} does not exist.")
    if output.is_dir():
        raise BadInput(f"--output: {output} is a folder.")
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


def _record_telling_the_truth(journal: Journal, entry: Entry) -> Entry:
    """Record ``entry``; Ctrl+C as it is committed takes effect once the commit is done, and
    is then said to have come too late, with the entry saved (otherwise it stops the add,
    with nothing saved)."""
    try:
        return journal.entries.record(entry).saved
    except KeyboardInterrupt:
        if not journal.entries.holds(entry.uid):
            raise
        print("Ctrl+C came as the entry was being saved; it was saved.", file=sys.stderr)
        return journal.entries.get(entry.uid)


def run_add(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    entry = _record_telling_the_truth(journal, new_entry(args, journal))
    print(entry.uid, file=out)
    if (
        isinstance(entry, CheckIn)
        and entry.no_crying_today
        and journal.entries.crying_logged_on(entry.local_date)
    ):
        print(
            f"moodapp: crying is also logged on {entry.local_date.isoformat()}; "
            "the check-in says no crying today. Both are kept.",
            file=sys.stderr,
        )
    return EXIT_OK


# What a terminal would act on instead of showing: C0 and C1 controls and the marks that
# turn text around. Printed to a terminal, they are shown escaped; what is stored stays.
_ACTIVE_BEYOND_ASCII = "\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_TERMINAL_CONTROLS = re.compile(f"[\x00-\x1f{_ACTIVE_BEYOND_ASCII}]")
_LEFT_BY_JSON = re.compile(f"[{_ACTIVE_BEYOND_ASCII}]")  # json escapes the C0 controls itself


def _escaped(text: str) -> str:
    return _TERMINAL_CONTROLS.sub(lambda c: c[0].encode("unicode_escape").decode("ascii"), text)


def _escaped_json(text: str) -> str:
    # Such characters only occur inside JSON strings, where \uXXXX means the same.
    return _LEFT_BY_JSON.sub(lambda c: f"\\u{ord(c[0]):04x}", text)


def run_list(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    entries = journal.entries.entries(args.start, args.end)
    on_terminal = out.isatty()
    if args.json:
        text = entries_as_json(entries)
        out.write((_escaped_json(text) if on_terminal else text) + "\n")
        return EXIT_OK
    emotions = {e.key: e.label for e in journal.entries.emotions(include_archived=True)}
    triggers = {t.key: t.label for t in journal.entries.triggers(include_archived=True)}
    for entry in entries:
        line = _describe(entry, emotions, triggers)
        print(_escaped(line) if on_terminal else line, file=out)
    if not entries:
        print("No entries in that period.", file=out)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Journal, TextIO], int]] = {
    "add": run_add,
    "list": run_list,
    "export": run_export,
    "import": run_import,
    **PRIVACY_COMMANDS,
}


# Commands that change the journal: refused, with the reason, when it may only be read.
WRITING_COMMANDS = ("add", "import", "encrypt", "decrypt", "change-passphrase", "restore")


def run_command(args: argparse.Namespace, journal: Journal, out: TextIO | None = None) -> int:
    """Run a headless command; bad input is reported on stderr with exit status 2."""
    why_read_only = journal.read_only
    if why_read_only and args.command in WRITING_COMMANDS:
        print(
            f"moodapp: {journal.path} is open for reading only ({why_read_only}), so "
            "nothing was changed.",
            file=sys.stderr,
        )
        return EXIT_CANNOT_WRITE
    try:
        return COMMANDS[args.command](args, journal, out or sys.stdout)
    except (BadInput, BadExchangeInput, PassphraseRejected, RestoreRefused) as error:
        print(f"moodapp: {error}", file=sys.stderr)
    except PassphraseUnavailable as error:
        print(f"moodapp: {error}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    except FormatError as error:
        print(f"moodapp: {error}", file=sys.stderr)
        print("Nothing was imported.", file=sys.stderr)
    except FileExistsError as error:  # an export's target appeared while it was written
        print(f"moodapp: --output: {error}", file=sys.stderr)
    except InvalidInput as error:
        for e in error.errors:
            print(f"moodapp: {OPTION_OF_FIELD.get(e.field, e.field)}: {e.message}", file=sys.stderr)
        print("Nothing was saved.", file=sys.stderr)
    except SaveFailed as error:
        if damage_in(error):
            raise  # the journal is damaged: said as such where it was opened
        print(f"moodapp: {error}", file=sys.stderr)
        return EXIT_CANNOT_WRITE
    # A file to export to or import from (not the journal); or other moodapps kept the
    # journal open, so its file was not replaced.
    except (OSError, JournalInUse) as error:
        print(f"moodapp: {error}", file=sys.stderr)
        return EXIT_CANNOT_WRITE
    return EXIT_BAD_INPUT


def recovery_advice(paths: AppPaths, passphrase: str | None) -> str:
    """What a person can do about a journal that cannot be read."""
    newest = newest_readable(paths.backup_dir, passphrase)
    if newest is None:
        return (
            "There is no readable backup. Run moodapp without a command: its window can open "
            "another journal file, or start a new journal and keep this file aside."
        )
    taken = newest.backup.taken_at.astimezone()
    entries = "1 entry" if newest.entries == 1 else f"{newest.entries} entries"
    return (
        f"The newest good backup is {newest.backup.path} ({taken:%Y-%m-%d %H:%M}, {entries}). "
        "To go on from it, run moodapp without a command: its window offers to put it in the "
        "journal's place, and keeps this file aside under another name."
    )
