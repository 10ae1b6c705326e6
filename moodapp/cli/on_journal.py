"""A command on the journal: the journal opened (its passphrase asked for if need be),
the command run, and every refusal said in words with its exit status (errors.py).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TextIO

from moodapp.cli.dispatch import COMMANDS, Command
from moodapp.cli.entry_options import OPTION_OF_FIELD
from moodapp.cli.errors import (
    EXIT_BAD_INPUT,
    EXIT_CANCELLED,
    EXIT_CANNOT_OPEN,
    EXIT_CANNOT_WRITE,
    EXIT_OK,
    BadInput,
)
from moodapp.cli.passphrase import PASSPHRASE_ENV, PassphraseUnavailable, journal_passphrase
from moodapp.domain.field_errors import InvalidInput
from moodapp.journal_place import journal_paths
from moodapp.paths import AppPaths
from moodapp.services.journal import (
    Journal,
    JournalOpenError,
    JournalUnreadable,
    JournalWriteFailed,
    damage_in,
    damage_refused,
    opened_journal,
)
from moodapp.services.writes import SaveFailed
from moodapp.store.open_errors import PassphraseRefused


def run_on_journal(args: argparse.Namespace, command: Command) -> int:
    """Run ``command`` on the journal that ``args`` choose (--data-dir, --demo)."""
    os.umask(0o077)  # everything moodapp writes is readable by its owner only
    with journal_paths(args.data_dir, args.demo) as paths:
        return _run_headless(args, paths, command)


def _refusals() -> tuple[type[Exception], ...]:
    """What the services refuse in words; loaded only when something was raised."""
    from moodapp.services.backups import RestoreRefused
    from moodapp.services.privacy import PassphraseRejected

    return PassphraseRejected, RestoreRefused


def _in_use() -> type[Exception]:
    from moodapp.store.journal_use import JournalInUse

    return JournalInUse


def run_command(args: argparse.Namespace, journal: Journal, out: TextIO | None = None) -> int:
    """Run a command on the open journal; bad input is said on stderr with exit status 2."""
    command = COMMANDS[args.command]
    why_read_only = journal.read_only
    if why_read_only and command.writes:
        print(
            f"moodapp: {journal.path} is open for reading only ({why_read_only}), so "
            "nothing was changed.",
            file=sys.stderr,
        )
        return EXIT_CANNOT_WRITE
    try:
        return command.runner()(args, journal, out or sys.stdout)
    except BadInput as error:
        print(f"moodapp: {error}", file=sys.stderr)
    except PassphraseUnavailable as error:
        print(f"moodapp: {error}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    except FileExistsError as error:  # an export's target appeared while it was written
        print(f"moodapp: --output: {error}", file=sys.stderr)
    except InvalidInput as error:
        for e in error.errors:
            print(f"moodapp: {OPTION_OF_FIELD.get(e.field, e.field)}: {e.message}", file=sys.stderr)
        print("Nothing was saved.", file=sys.stderr)
    except SaveFailed as error:
        if damage_in(error) is not None:
            raise  # the journal is damaged: said as such where it was opened
        print(f"moodapp: {error}", file=sys.stderr)
        return EXIT_CANNOT_WRITE
    # (Python evaluates an except clause's classes only when an error reaches it.)
    except _refusals() as error:
        print(f"moodapp: {error}", file=sys.stderr)
    # A file to export to or import from (not the journal); or other moodapps kept the
    # journal open, so its file was not replaced.
    except (OSError, _in_use()) as error:
        print(f"moodapp: {error}", file=sys.stderr)
        return EXIT_CANNOT_WRITE
    return EXIT_BAD_INPUT


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


def _run_headless(args: argparse.Namespace, paths: AppPaths, command: Command) -> int:
    lock = None
    if command.replaces_file:
        # Qt's lock file, as the window's
        from moodapp.ui.shell.single_instance import LockNotWritten, journal_lock

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


def recovery_advice(paths: AppPaths, passphrase: str | None) -> str:
    """What a person can do about a journal that cannot be read."""
    from moodapp.services.backups import newest_readable

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
