"""Entry point: main() opens the window, or runs a command (moodapp.cli).

Starting the window loads no part of the command line: the window's own options
(--data-dir, --demo, --in-tray) are read here, and anything else goes to the command line's parser.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from moodapp.hardening import forbid_core_dumps


def window_options(argv: Sequence[str]) -> tuple[str | None, bool, bool] | None:
    """(data dir, demo, in tray) when ``argv`` holds only the window's options, spelled out
    in full; None for anything else (a command, --help, an abbreviation, a mistake), which
    the command line's parser reads, window or not."""
    data_dir, demo, in_tray = None, False, False
    rest = iter(argv)
    for argument in rest:
        if argument == "--demo":
            demo = True
        elif argument == "--in-tray":
            in_tray = True
        elif argument.startswith("--data-dir="):
            data_dir = argument.removeprefix("--data-dir=")
        elif argument == "--data-dir":
            value = next(rest, None)
            if value is None or value.startswith("-"):
                return None
            data_dir = value
        else:
            return None
    return data_dir, demo, in_tray


def main(argv: Sequence[str] | None = None) -> int:
    forbid_core_dumps()  # first: a passphrase may be in the environment already
    arguments = list(sys.argv[1:] if argv is None else argv)
    window = window_options(arguments)
    if window is None:
        from moodapp.cli.parser import parse_arguments

        args = parse_arguments(arguments)
        if args.command is not None:
            from moodapp.cli.dispatch import run

            return run(args)
        window = (args.data_dir, args.demo, args.in_tray)
    data_dir, demo, in_tray = window
    os.umask(0o077)  # everything moodapp writes is readable by its owner only
    from moodapp.journal_place import journal_paths

    with journal_paths(data_dir, demo) as paths:
        from moodapp.ui.shell.app import run_app  # Qt is imported only for the window

        return run_app(paths, demo=demo, in_tray=in_tray)


if __name__ == "__main__":
    sys.exit(main())
