"""The command line's one table of commands, and running one: a command that needs no
journal at once, any other on the open journal (on_journal.py). Each command's module
is loaded only for that command.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast


@dataclass(frozen=True)
class Command:
    """What a command runs (a function of a module of this package, loaded only for it)
    and what it needs."""

    module: str
    function: str
    on_journal: bool = True  # False: runs without opening the journal, as (args, out)
    writes: bool = False  # refused, with the reason, when the journal may only be read
    replaces_file: bool = False  # never while the window (or another such command) has it

    def runner(self) -> Callable[..., int]:
        module = importlib.import_module(f"moodapp.cli.{self.module}")
        return cast(Callable[..., int], getattr(module, self.function))


_REPLACES = {"writes": True, "replaces_file": True}
COMMANDS = {
    "add": Command("add", "run_add", writes=True),
    "list": Command("listing", "run_list"),
    "chart": Command("chart", "run_chart"),
    "report": Command("report", "run_report"),
    "export": Command("exchange", "run_export"),
    "import": Command("exchange", "run_import", writes=True),
    "encrypt": Command("privacy", "run_encrypt", **_REPLACES),
    "change-passphrase": Command("privacy", "run_change_passphrase", **_REPLACES),
    "decrypt": Command("privacy", "run_decrypt", **_REPLACES),
    "backup": Command("privacy", "run_backup"),
    "restore": Command("privacy", "run_restore", **_REPLACES),
    "check": Command("privacy", "run_check"),
    "help-lines": Command("help_lines", "run_help_lines", on_journal=False),
    "desktop-entry": Command("desktop_entry", "run_desktop_entry", on_journal=False),
}


def run(args: argparse.Namespace) -> int:
    """Run the command that ``args`` (from parser.parse_arguments) name."""
    command = COMMANDS[args.command]
    if not command.on_journal:  # help comes first: no journal, no passphrase, no waiting
        return command.runner()(args, sys.stdout)
    from moodapp.cli.on_journal import run_on_journal

    return run_on_journal(args, command)
