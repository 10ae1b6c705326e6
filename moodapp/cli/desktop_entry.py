"""`moodapp desktop-entry install|remove`: moodapp in the application menu after a pip or
pipx install, started by its absolute path (so it works when ~/.local/bin is not on the
PATH of the desktop session). It needs no journal and no Qt (desktop_entry.py does the work).

Exit status as the other commands: 0 done, 2 refused (a file there is not this command's,
or this system has no such menus), 3 a file could not be written or removed.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from moodapp import desktop_entry
from moodapp.cli.errors import EXIT_BAD_INPUT, EXIT_CANNOT_WRITE, EXIT_OK
from moodapp.desktop_entry import Done, NoLauncher, NotAvailable, NotOurs


def _say(steps: list[desktop_entry.Step], out: TextIO) -> None:
    for step in steps:
        if step.done is Done.ABSENT:
            print(f"There was no desktop entry of moodapp's at {step.path}.", file=out)
        else:
            print(f"{step.done.value} {step.what} {step.path}", file=out)


def run_desktop_entry(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        desktop_entry.check_available()
        home = desktop_entry.data_home()
        if args.desktop_action == "install":
            program = desktop_entry.launcher()
            steps = desktop_entry.install(home, program)
            _say(steps, out)
            print(
                f"moodapp is in the application menu; it starts {program}. "
                "(Some desktops show it only after you log in again.)",
                file=out,
            )
        else:
            steps = desktop_entry.remove(home)
            _say(steps, out)
            if any(s.done is Done.REMOVED for s in steps):
                print("moodapp's own menu entry is gone.", file=out)
            else:
                print("Nothing was removed.", file=out)
    except (NotAvailable, NotOurs, NoLauncher) as error:
        print(f"moodapp: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT  # refused
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        done = "installed" if args.desktop_action == "install" else "removed"
        print(
            f"moodapp: the desktop entry could not be {done}{where}: "
            f"{error.strerror or error}. No file was left half written.",
            file=sys.stderr,
        )
        return EXIT_CANNOT_WRITE
    return EXIT_OK
