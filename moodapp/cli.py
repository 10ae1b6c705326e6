"""The command line: ``moodapp`` with no command opens the window; commands work headless.

Nothing here imports Qt, so commands start fast and run without a display.
Exit status: 0 done, 1 the journal could not be opened, 2 bad input (with a
message naming the option, or the file and line of an import), 3 the journal or
an exported file could not be written, 130 cancelled with Ctrl+C.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from moodapp import __version__
from moodapp.cli_exchange import BadExchangeInput, add_exchange_parsers, run_export, run_import
from moodapp.cli_privacy import (
    PRIVACY_COMMANDS,
    PassphraseUnavailable,
    add_privacy_parsers,
)
from moodapp.cli_report import add_report_parser
from moodapp.domain.catalogue import Emotion, Trigger
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
    INTENSITY_WORDS,
    CheckIn,
    CryingEpisode,
    Entry,
)
from moodapp.domain.series import Bin, DateRange, RangeError
from moodapp.domain.validation import InvalidInput
from moodapp.exchange.batch import FormatError
from moodapp.exchange.records import entry_to_dict
from moodapp.services.backups import RestoreRefused
from moodapp.services.charts import ChartService
from moodapp.services.journal import JournalService, SaveFailed
from moodapp.services.privacy import PassphraseRejected

EXIT_OK, EXIT_CANNOT_OPEN, EXIT_BAD_INPUT, EXIT_CANNOT_WRITE = 0, 1, 2, 3

# Which option to name when a field is rejected.
OPTION_OF_FIELD = {
    "occurred_at": "--at",
    "intensity": "--intensity",
    "emotions": "--emotion",
    "duration_minutes": "--duration",
    "triggers": "--trigger",
    "tags": "--tag",
    "note": "--note",
    "mood": "--mood",
    "energy": "--energy",
    "urge_to_cry": "--urge",
    "sleep_hours": "--sleep",
    "daily_life_hard": "--daily-life-hard",
}


class BadInput(Exception):
    """Input the command line cannot turn into an entry; the message names the option."""


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

    add = commands.add_parser("add", help="record an entry")
    kinds = add.add_subparsers(dest="kind", metavar="KIND", required=True)
    _add_cry_parser(kinds)
    _add_check_in_parser(kinds)

    _add_chart_parser(commands)
    add_exchange_parsers(commands, _date)
    add_report_parser(commands, _date)
    add_privacy_parsers(commands)

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


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--at", metavar="TIME", type=_time, help="when, e.g. 2026-11-25T21:30 (default: now)"
    )
    parser.add_argument(
        "--emotion",
        metavar="NAME=N",
        action="append",
        default=[],
        help="an emotion and how strongly it was felt, 0-4; repeat for more",
    )
    parser.add_argument("--tag", action="append", default=[], help="a tag; repeat for more")
    parser.add_argument("--note", default="", help="a note")


def _add_cry_parser(kinds: Any) -> None:
    words = ", ".join(f"{n} {w}" for n, w in INTENSITY_WORDS.items())
    cry = kinds.add_parser("cry", help="a crying episode")
    cry.add_argument("--intensity", type=int, required=True, help=f"1-5: {words}")
    cry.add_argument("--almost", action="store_true", help="almost cried: an urge without tears")
    cry.add_argument("--duration", type=int, metavar="MINUTES", help="how long it lasted")
    cry.add_argument(
        "--trigger", action="append", default=[], help="what set it off; repeat for more"
    )
    _add_common_options(cry)


def _add_check_in_parser(kinds: Any) -> None:
    check_in = kinds.add_parser("check-in", help="a daily check-in")
    check_in.add_argument("--mood", type=int, required=True, help="-3 unpleasant .. +3 pleasant")
    check_in.add_argument("--energy", type=int, required=True, help="-3 calm .. +3 activated")
    check_in.add_argument("--urge", type=int, help="urge to cry, 0-4")
    check_in.add_argument("--no-crying", action="store_true", help="no crying today")
    check_in.add_argument("--sleep", type=float, metavar="HOURS", help="hours slept")
    check_in.add_argument(
        "--daily-life-hard", type=int, metavar="N", help="feelings made daily life hard, 0-3"
    )
    _add_common_options(check_in)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"\u201c{text}\u201d is not a date like 2026-11-25"
        ) from None


def _time(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"\u201c{text}\u201d is not a time like 2026-11-25T21:30 or 2026-11-25T21:30+01:00"
        ) from None
    return moment if moment.tzinfo is not None else moment.astimezone()


def _find(name: str, items: Sequence[Emotion | Trigger], what: str, option: str) -> str:
    wanted = name.strip().casefold()
    for item in items:
        if wanted in (item.key.casefold(), item.label.casefold()):
            return item.key
    known = ", ".join(i.key for i in items if not i.archived)
    raise BadInput(f"{option}: unknown {what} \u201c{name}\u201d. Known: {known}.")


def _emotions(pairs: list[str], emotions: Sequence[Emotion]) -> dict[str, int]:
    result = {}
    for pair in pairs:
        name, sep, value = pair.rpartition("=")
        if not sep or not name.strip() or not value.strip().lstrip("-").isdigit():
            raise BadInput(
                f"--emotion: expected NAME=INTENSITY, like sadness=3, not \u201c{pair}\u201d."
            )
        result[_find(name, emotions, "emotion", "--emotion")] = int(value)
    return result


def _new_entry(args: argparse.Namespace, journal: JournalService) -> Entry:
    emotions = _emotions(args.emotion, journal.emotions(include_archived=True))
    occurred_at = args.at or journal.now()
    if args.kind == "cry":
        triggers = journal.triggers(include_archived=True)
        return CryingEpisode(
            occurred_at=occurred_at,
            intensity=args.intensity,
            almost=args.almost,
            emotions=emotions,
            duration_minutes=args.duration,
            triggers=frozenset(_find(t, triggers, "trigger", "--trigger") for t in args.trigger),
            tags=frozenset(args.tag),
            note=args.note,
        )
    return CheckIn(
        occurred_at=occurred_at,
        mood=args.mood,
        energy=args.energy,
        urge_to_cry=args.urge,
        no_crying_today=args.no_crying,
        emotions=emotions,
        sleep_hours=args.sleep,
        daily_life_hard=args.daily_life_hard,
        tags=frozenset(args.tag),
        note=args.note,
    )


def _describe(entry: Entry, labels: dict[str, str]) -> str:
    when = entry.occurred_at.strftime("%Y-%m-%d %H:%M %z")
    if isinstance(entry, CryingEpisode):
        parts = (
            [f"intensity {entry.intensity} ({INTENSITY_WORDS[entry.intensity]})"]
            if entry.intensity is not None
            else []
        )
        if entry.duration_minutes is not None:
            parts.append(f"{entry.duration_minutes} min")
    else:
        parts = [f"mood {entry.mood:+d}"]
        if entry.energy is not None:
            parts.append(f"energy {entry.energy:+d}")
        if entry.urge_to_cry is not None:
            parts.append(f"urge to cry {entry.urge_to_cry}")
        if entry.no_crying_today:
            parts.append("no crying today")
    if entry.emotions:
        parts.append(", ".join(f"{labels.get(k, k)} {v}" for k, v in entry.emotions.items()))
    if entry.note:
        first_line = entry.note.splitlines()[0]
        parts.append(
            "\u201c" + (first_line[:57] + "..." if len(first_line) > 60 else first_line) + "\u201d"
        )
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


def chart_request(args: argparse.Namespace, journal: JournalService) -> ChartRequest:
    """Check a `chart` command's arguments; raises BadInput naming the option."""
    try:
        span = ChartService(journal.now).range_from_text(args.span)
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
    emotions = journal.emotions(include_archived=True)
    chosen = (
        tuple(_find(name, emotions, "emotion", "--emotion") for name in args.emotion)
        if args.emotion
        else None
    )
    options = ChartOptions(
        emotions=chosen,
        context=ReliefContext(args.context),
        size=None if args.bin == "auto" else Bin(args.bin),
    )
    return ChartRequest(ChartKind(args.kind), span, options, output, args.width, args.height)


def run_add(args: argparse.Namespace, journal: JournalService, out: TextIO) -> int:
    entry = journal.record(_new_entry(args, journal))
    print(entry.uid, file=out)
    return EXIT_OK


def run_list(args: argparse.Namespace, journal: JournalService, out: TextIO) -> int:
    entries = journal.entries(args.start, args.end)
    if args.json:
        json.dump([entry_to_dict(e) for e in entries], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    labels = {e.key: e.label for e in journal.emotions(include_archived=True)}
    for entry in entries:
        print(_describe(entry, labels), file=out)
    if not entries:
        print("No entries in that period.", file=out)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, JournalService, TextIO], int]] = {
    "add": run_add,
    "list": run_list,
    "export": run_export,
    "import": run_import,
    **PRIVACY_COMMANDS,
}


def run_command(
    args: argparse.Namespace, journal: JournalService, out: TextIO | None = None
) -> int:
    """Run a headless command; bad input is reported on stderr with exit status 2."""
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
        print(f"moodapp: {error}", file=sys.stderr)
        return EXIT_CANNOT_WRITE
    except OSError as error:  # a file to export to or import from, not the journal
        print(f"moodapp: {error}", file=sys.stderr)
        return EXIT_CANNOT_WRITE
    return EXIT_BAD_INPUT
