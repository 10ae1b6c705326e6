"""The command line's `encrypt`, `change-passphrase`, `decrypt`, `backup`, `restore` and
`check` (passphrases: passphrase.py)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TextIO

from moodapp.cli.errors import EXIT_CANNOT_WRITE, EXIT_OK
from moodapp.cli.passphrase import (
    NEW_PASSPHRASE_ENV,
    NO_RECOVERY,
    PassphraseUnavailable,
    ask_hidden,
)
from moodapp.services.backups import RestoreRefused
from moodapp.services.journal import Journal
from moodapp.services.privacy import Converted, PassphraseRejected
from moodapp.store.crypto import passphrase_problem

# A plain copy of the journal is left: a file could not be written as asked.
EXIT_PLAIN_COPIES_LEFT = EXIT_CANNOT_WRITE


def new_passphrase(
    environ: Mapping[str, str] = os.environ, ask: Callable[[str], str] = ask_hidden
) -> str:
    """A new passphrase, from MOODAPP_NEW_PASSPHRASE or typed twice on the terminal."""
    if NEW_PASSPHRASE_ENV in environ:
        chosen = environ[NEW_PASSPHRASE_ENV]
    else:
        try:
            chosen = ask("New passphrase: ")
            if ask("The new passphrase again: ") != chosen:
                raise PassphraseRejected("The two passphrases differ; nothing was changed.")
        except PassphraseUnavailable:
            raise PassphraseUnavailable(
                f"run this in a terminal to be asked for the new passphrase, or set "
                f"{NEW_PASSPHRASE_ENV}."
            ) from None
    problem = passphrase_problem(chosen)
    if problem:
        raise PassphraseRejected(problem)
    return chosen


def run_encrypt(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    print(NO_RECOVERY, file=sys.stderr)
    done = journal.privacy.encrypt(new_passphrase())
    print(f"Encrypted the journal and {_backups(done.backups)}.", file=out)
    return _report_left(done)


def run_change_passphrase(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    store = journal.store
    if not store.encrypted:
        raise PassphraseRejected("The journal is not encrypted; use `moodapp encrypt`.")
    done = journal.privacy.change_passphrase(str(store.passphrase), new_passphrase())
    print(f"The journal and {_backups(done.backups)} have the new passphrase.", file=out)
    return _report_left(done)


def run_decrypt(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    store = journal.store
    if not store.encrypted:
        raise PassphraseRejected("The journal is not encrypted.")
    done = journal.privacy.decrypt(str(store.passphrase))
    print(f"The journal and {_backups(done.backups)} are no longer encrypted.", file=out)
    return _report_left(done)


def _backups(count: int) -> str:
    return f"{count} backup" if count == 1 else f"{count} backups"


def _report_left(done: Converted) -> int:
    """What could not be changed; the exit status: not 0 while a plain copy is left."""
    for path in done.left_as_they_were:
        if path not in done.still_plain:
            print(f"moodapp: {path.name} could not be changed and was left as it was.",
                  file=sys.stderr)  # fmt: skip
    if not done.still_plain:
        return EXIT_OK
    print("moodapp: these files still hold a copy of the journal that is not encrypted. They "
          "could not be read to be encrypted, so they were left as they are; delete them "
          "once you are sure you do not need them:", file=sys.stderr)  # fmt: skip
    for path in done.still_plain:
        print(f"  {path}", file=sys.stderr)
    return EXIT_PLAIN_COPIES_LEFT


def run_backup(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    print(journal.backups.take().path, file=out)
    return EXIT_OK


def run_restore(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    service = journal.backups
    available = service.available()
    if args.backup is None:
        for item in available:
            when = item.backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            size = (
                item.problem
                if item.entries is None
                else f"{item.entries} {'entry' if item.entries == 1 else 'entries'}"
            )
            print(f"{item.backup.path.name}  {when}  {item.backup.reason}  {size}", file=out)
        if not available:
            print("No backups yet.", file=out)
        return EXIT_OK
    chosen = next((i for i in available if i.backup.path.name == Path(args.backup).name), None)
    if chosen is None:
        raise RestoreRefused(f"There is no backup called {args.backup}; see `moodapp restore`.")
    if not args.yes and _ask_yes(f"Replace the journal with {chosen.backup.path.name}?") is False:
        print("Nothing was restored.", file=out)
        return EXIT_OK
    safety = service.restore(chosen.backup).safety
    print(f"Restored {chosen.backup.path.name}. The journal as it was is in {safety.path.name}.",
          file=out)  # fmt: skip
    return EXIT_OK


def _ask_yes(question: str) -> bool:
    if not sys.stdin.isatty():
        raise RestoreRefused("Add --yes to restore without a terminal to confirm it.")
    return input(f"{question} [y/N] ").strip().casefold() in ("y", "yes")


def run_check(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    problems = journal.backups.check()
    if problems == ["ok"]:
        print("The journal is whole: SQLite's integrity check found no problem.", file=out)
        return EXIT_OK
    print("SQLite's integrity check found problems:", file=out)
    for line in problems:
        print(f"  {line}", file=out)
    print("Nothing was changed. `moodapp restore` lists the backups.", file=out)
    return 1
