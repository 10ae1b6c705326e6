"""Entry point: parse arguments, resolve paths, then open the window or run a command."""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from moodapp.cli import (
    EXIT_BAD_INPUT,
    EXIT_CANNOT_OPEN,
    EXIT_CANNOT_WRITE,
    EXIT_OK,
    build_parser,
    chart_request,
    recovery_advice,
    run_command,
)
from moodapp.cli_add import BadInput
from moodapp.cli_exchange import EXIT_CANCELLED, ProgressLine
from moodapp.cli_privacy import (
    EXCLUSIVE_COMMANDS,
    PASSPHRASE_ENV,
    PassphraseUnavailable,
    journal_passphrase,
)
from moodapp.cli_report import BadReportInput, report_request
from moodapp.hardening import forbid_core_dumps
from moodapp.paths import DATA_DIR_ENV, AppPaths, resolve_paths
from moodapp.services.demo import fill_demo_journal
from moodapp.services.journal import (
    Journal,
    JournalOpenError,
    JournalUnreadable,
    JournalWriteFailed,
    damage_refused,
    opened_journal,
)
from moodapp.store.database import PassphraseRefused
from moodapp.write_failure import not_written


@contextlib.contextmanager
def demo_paths(data_dir: str | None) -> Iterator[AppPaths]:
    """A new journal filled with demo entries, in a folder that is deleted afterwards.

    The folder is made inside the chosen data directory (if one was given) or
    the system's temporary directory; only that new folder is ever deleted.
    """
    parent = Path(data_dir) if data_dir else None
    if parent is not None:
        parent.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="moodapp-demo-", dir=parent))
    try:
        paths = AppPaths.under(root)
        with opened_journal(paths) as journal:
            fill_demo_journal(journal)
        yield paths
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _not_saved(what: str, error: OSError, output: Path) -> str:
    sentence = f"moodapp: the {what} could not be saved"
    return str(not_written(sentence, error, output.parent, "No file was written."))


def _run_chart(args: argparse.Namespace, journal: Journal) -> int:
    """`moodapp chart`: Qt and pyqtgraph are loaded only for this command."""
    try:
        request = chart_request(args, journal)
    except BadInput as error:
        print(f"moodapp: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    from moodapp.ui.chart_command import write_chart

    try:
        write_chart(request, journal)
    except OSError as error:
        print(_not_saved("chart", error, request.output), file=sys.stderr)
        return EXIT_CANNOT_WRITE
    print(request.output)
    return EXIT_OK


def _run_report(args: argparse.Namespace, journal: Journal) -> int:
    """`moodapp report`: Qt is loaded only once the options are known to be sound."""
    try:
        request = report_request(args, journal)
    except BadReportInput as error:
        print(f"moodapp: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    from moodapp.ui.report_command import save_report

    try:
        with ProgressLine("Writing the report") as progress:
            save_report(request, journal, progress)
    except KeyboardInterrupt:
        print("Report cancelled; no file was written.", file=sys.stderr)
        return EXIT_CANCELLED
    except OSError as error:
        print(_not_saved("report", error, request.output), file=sys.stderr)
        return EXIT_CANNOT_WRITE
    print(request.output)
    return EXIT_OK


PASSPHRASE_TRIES = 3  # when asked on a terminal


def _run_on_journal(args: argparse.Namespace, paths: AppPaths) -> int:
    """Open the journal (asking for its passphrase if need be) and run the command."""
    for attempt in range(1, PASSPHRASE_TRIES + 1):
        passphrase = journal_passphrase(paths)
        try:
            with (
                opened_journal(paths, passphrase=passphrase) as journal,
                damage_refused(journal.store),
            ):
                if args.command == "chart":
                    return _run_chart(args, journal)
                if args.command == "report":
                    return _run_report(args, journal)
                return run_command(args, journal)
        except PassphraseRefused as error:
            asked = PASSPHRASE_ENV not in os.environ and sys.stdin.isatty()
            if not asked or attempt == PASSPHRASE_TRIES:
                print(f"moodapp: {error}", file=sys.stderr)
                return EXIT_CANNOT_OPEN
            print(error, file=sys.stderr)
        except JournalUnreadable as error:
            print(f"moodapp: {error}", file=sys.stderr)
            print(recovery_advice(paths, passphrase), file=sys.stderr)
            return EXIT_CANNOT_OPEN
    return EXIT_CANNOT_OPEN


def _run_headless(args: argparse.Namespace, paths: AppPaths) -> int:
    lock = None
    if args.command in EXCLUSIVE_COMMANDS:
        # Qt's lock file, as the window's
        from moodapp.ui.single_instance import LockNotWritten, journal_lock

        try:
            lock = journal_lock(paths)
        except LockNotWritten as error:
            print(f"moodapp: {error}", file=sys.stderr)
            return EXIT_CANNOT_WRITE
        if lock is None:
            print("moodapp: moodapp is open on this journal (its window, or a command that "
                  "replaces the journal's file); close it or let it finish first.",
                  file=sys.stderr)  # fmt: skip
            return EXIT_CANNOT_OPEN
    try:
        return _run_on_journal(args, paths)
    except (JournalOpenError, PassphraseUnavailable) as error:
        print(f"moodapp: {error}", file=sys.stderr)
        # A write refused while opening (a full disk, say) is one the journal could not take.
        return EXIT_CANNOT_WRITE if isinstance(error, JournalWriteFailed) else EXIT_CANNOT_OPEN
    except BrokenPipeError:  # e.g. `moodapp list | head`: the reader left early
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:  # outside a command's own handling: opening or closing the journal
        print("moodapp: stopped by Ctrl+C.", file=sys.stderr)
        return EXIT_CANCELLED
    finally:
        if lock is not None:
            lock.unlock()


def main(argv: Sequence[str] | None = None) -> int:
    forbid_core_dumps()  # first: a passphrase may be in the environment already
    args = build_parser().parse_args(argv)
    if args.command == "help-lines":  # help comes first: no journal, no passphrase, no waiting
        from moodapp.cli_help_lines import run_help_lines

        return run_help_lines(args, sys.stdout)
    if args.command == "desktop-entry":  # the menu entry: no journal, no Qt
        from moodapp.cli_desktop_entry import run_desktop_entry

        return run_desktop_entry(args)
    os.umask(0o077)  # everything moodapp writes is readable by its owner only
    data_dir = args.data_dir or os.environ.get(DATA_DIR_ENV)
    with (
        demo_paths(data_dir)
        if args.demo
        else contextlib.nullcontext(resolve_paths(data_dir)) as paths
    ):
        if args.command is None:
            from moodapp.ui.app import run_app  # Qt is imported only for the window

            return run_app(paths, demo=args.demo)
        return _run_headless(args, paths)


if __name__ == "__main__":
    sys.exit(main())
