"""The command line's one parser: every command, its options and their help texts.

It imports only what the options need (their choices and words), never a service:
`moodapp help-lines` opens no journal and loads no database code. The shell
completion and the man page are made from it (packaging/shell_files.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from moodapp import __version__
from moodapp.cli.entry_options import add_entry_parsers
from moodapp.cli.passphrase import NEW_PASSPHRASE_ENV, NO_RECOVERY, PASSPHRASE_ENV
from moodapp.domain.charts import DEFAULT_HEIGHT, DEFAULT_WIDTH, ChartKind, ReliefContext
from moodapp.domain.help_lines import FIND_A_HELPLINE, country_codes, lines_for, normalized_code
from moodapp.domain.report import DEFAULT_DAYS
from moodapp.domain.series import Bin
from moodapp.exchange.kinds import ExportFormat, ImportFormat

PAGE_SIZES = ("a4", "letter")


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


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
    parser.add_argument(
        "--in-tray",
        action="store_true",
        help="open in the system tray without showing the window (how moodapp starts when "
        "you log in, if you chose that in Settings); without a tray the window shows as usual",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    add_entry_parsers(commands.add_parser("add", help="record an entry"))
    _add_chart_parser(commands)
    _add_exchange_parsers(commands)
    _add_report_parser(commands)
    _add_privacy_parsers(commands)
    _add_help_lines_parser(commands)
    _add_desktop_entry_parser(commands)

    listing = commands.add_parser("list", help="print entries, oldest first")
    listing.add_argument(
        "--from", dest="start", metavar="DATE", type=_date, help="first day, e.g. 2026-11-01"
    )
    listing.add_argument("--to", dest="end", metavar="DATE", type=_date, help="last day, included")
    listing.add_argument(
        "--json", action="store_true", help="print a JSON array, one object per entry"
    )
    return parser


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"\u201c{text}\u201d is not a date like 2026-11-25"
        ) from None


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


def _add_exchange_parsers(commands: Any) -> None:
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
    export.add_argument("--from", dest="start", metavar="DATE", type=_date,
                        help="first day of entries to export, e.g. 2026-01-01")  # fmt: skip
    export.add_argument("--to", dest="end", metavar="DATE", type=_date,
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


def _add_report_parser(commands: Any) -> None:
    report = commands.add_parser(
        "report",
        help="save a PDF report of a period, to print or share (e.g. with a therapist)",
        description="The report holds the period's counts, the four charts and how you "
        "felt after crying by situation. Your weekly notes are included only with --notes.",
    )
    report.add_argument("--from", dest="start", metavar="DATE", type=_date,
                        help=f"first day (default: {DEFAULT_DAYS} days before --to)")  # fmt: skip
    report.add_argument("--to", dest="end", metavar="DATE", type=_date,
                        help="last day, included (default: today)")  # fmt: skip
    report.add_argument("--output", required=True, type=Path, help="FILE.pdf")
    report.add_argument("--notes", action="store_true", help="include your weekly notes")
    report.add_argument("--page", choices=PAGE_SIZES,
                        help="paper size (default: the one your locale uses)")  # fmt: skip


def _add_privacy_parsers(commands: Any) -> None:
    commands.add_parser(
        "encrypt",
        help="encrypt the journal and its backups with a passphrase",
        description=f"The new passphrase is asked for twice, or read from {NEW_PASSPHRASE_ENV}. "
        + NO_RECOVERY,
    )
    commands.add_parser(
        "change-passphrase",
        help="give the encrypted journal and its backups a new passphrase",
        description=f"The current passphrase comes from the terminal or {PASSPHRASE_ENV}, the "
        f"new one from the terminal (twice) or {NEW_PASSPHRASE_ENV}.",
    )
    commands.add_parser(
        "decrypt",
        help="remove the encryption of the journal and its backups",
        description=f"The passphrase comes from the terminal or {PASSPHRASE_ENV}.",
    )
    commands.add_parser("backup", help="back up the journal now (backups/ in the data folder)")
    restore = commands.add_parser(
        "restore",
        help="list the backups, or put one in the journal's place",
        description="Without a backup: list them. With one: the journal as it is now is "
        "backed up first, so a restore can be undone by restoring that copy.",
    )
    restore.add_argument("backup", nargs="?", metavar="BACKUP", help="a backup's file name")
    restore.add_argument(
        "--yes", action="store_true", help="do not ask for confirmation (needed without a terminal)"
    )
    commands.add_parser("check", help="run SQLite's full integrity check on the journal")


def _country(text: str) -> str:
    """--country: a code moodapp holds lines for, in any case."""
    code = normalized_code(text)
    if code is None or lines_for(code) is None:
        held = ", ".join(country_codes())
        raise argparse.ArgumentTypeError(
            f"\u201c{text[:20]}\u201d is not a country moodapp holds help lines for; "
            f"use one of {held}"
        )
    return code


def _add_help_lines_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "help-lines",
        help="print the crisis lines for your country (works without opening the journal)",
        description="Print the crisis lines for a country, the emergency number and "
        f"{FIND_A_HELPLINE} (for every other country). Nothing is looked up online.",
    )
    parser.add_argument(
        "--country",
        metavar="CC",
        type=_country,
        help="two-letter country code, e.g. DE or US (default: the territory of your locale)",
    )


def _add_desktop_entry_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "desktop-entry",
        help="put moodapp in the desktop's application menu, or take it out (Linux)",
        description="For a pip or pipx install: write moodapp's desktop entry and icon into "
        "your own data folder ($XDG_DATA_HOME, else ~/.local/share), starting the moodapp "
        "command by its absolute path, or remove exactly what it wrote. Distribution "
        "packages and the Flatpak make their own entry. Linux and other freedesktop.org "
        "desktops only.",
    )
    actions = parser.add_subparsers(dest="desktop_action", metavar="ACTION", required=True)
    actions.add_parser(
        "install",
        help="write the desktop entry and the icon (again: brings them up to date)",
        description="Write the desktop entry (applications/io.github.moodapp.Moodapp.desktop) "
        "and the icon (icons/hicolor/...) with Exec= the absolute path of this moodapp.",
    )
    actions.add_parser(
        "remove",
        help="remove the desktop entry and the icon that install wrote, nothing else",
        description="Remove the desktop entry and the icons that `moodapp desktop-entry "
        "install` wrote; files it did not write are left as they are.",
    )
