"""The command line's passphrases, encryption, backups, restore and check.

A passphrase is never an argument (other users can read the process list): it
comes from the terminal, asked without echo, or from ``MOODAPP_PASSPHRASE``
(and ``MOODAPP_NEW_PASSPHRASE`` for a new one).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TextIO

from moodapp.paths import AppPaths
from moodapp.services.backups import RestoreRefused
from moodapp.services.journal import Journal
from moodapp.services.privacy import Converted, PassphraseRejected
from moodapp.store.crypto import looks_encrypted, passphrase_problem

PASSPHRASE_ENV = "MOODAPP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "MOODAPP_NEW_PASSPHRASE"
NO_RECOVERY = (
    "There is no way to recover a forgotten passphrase: without it, the journal and its "
    "backups cannot be read by anyone, you included."
)
# A file could not be written as asked, as cli.EXIT_CANNOT_WRITE (which imports this module).
EXIT_PLAIN_COPIES_LEFT = 3
# Commands that replace the journal file: never while the window has it open.
EXCLUSIVE_COMMANDS = ("encrypt", "decrypt", "change-passphrase", "restore")


class PassphraseUnavailable(Exception):
    """A passphrase is needed, and there is no terminal to ask and no variable that gives it."""


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise PassphraseUnavailable(prompt)
    return getpass.getpass(prompt)


def journal_passphrase(
    paths: AppPaths, environ: Mapping[str, str] = os.environ, ask: Callable[[str], str] = _ask
) -> str | None:
    """The passphrase of an encrypted journal (None for a plain one); raises
    PassphraseUnavailable when it can be neither read nor asked for."""
    if not looks_encrypted(paths.journal_file):
        return None
    if PASSPHRASE_ENV in environ:
        return environ[PASSPHRASE_ENV]
    try:
        return ask("Passphrase of the journal: ")
    except PassphraseUnavailable:
        raise PassphraseUnavailable(
            f"{paths.journal_file} is encrypted (or is not a journal at all): run this in a "
            f"terminal to be asked for its passphrase, or set {PASSPHRASE_ENV}. "
            "It was left as it is."
        ) from None


def new_passphrase(
    environ: Mapping[str, str] = os.environ, ask: Callable[[str], str] = _ask
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


def add_privacy_parsers(commands: Any) -> None:
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
        return 0
    print("moodapp: these files still hold a copy of the journal that is not encrypted. They "
          "could not be read to be encrypted, so they were left as they are; delete them "
          "once you are sure you do not need them:", file=sys.stderr)  # fmt: skip
    for path in done.still_plain:
        print(f"  {path}", file=sys.stderr)
    return EXIT_PLAIN_COPIES_LEFT


def run_backup(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    print(journal.backups.take().path, file=out)
    return 0


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
        return 0
    chosen = next((i for i in available if i.backup.path.name == Path(args.backup).name), None)
    if chosen is None:
        raise RestoreRefused(f"There is no backup called {args.backup}; see `moodapp restore`.")
    if not args.yes and _ask_yes(f"Replace the journal with {chosen.backup.path.name}?") is False:
        print("Nothing was restored.", file=out)
        return 0
    safety = service.restore(chosen.backup).safety
    print(f"Restored {chosen.backup.path.name}. The journal as it was is in {safety.path.name}.",
          file=out)  # fmt: skip
    return 0


def _ask_yes(question: str) -> bool:
    if not sys.stdin.isatty():
        raise RestoreRefused("Add --yes to restore without a terminal to confirm it.")
    return input(f"{question} [y/N] ").strip().casefold() in ("y", "yes")


def run_check(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    problems = journal.backups.check()
    if problems == ["ok"]:
        print("The journal is whole: SQLite's integrity check found no problem.", file=out)
        return 0
    print("SQLite's integrity check found problems:", file=out)
    for line in problems:
        print(f"  {line}", file=out)
    print("Nothing was changed. `moodapp restore` lists the backups.", file=out)
    return 1


PRIVACY_COMMANDS = {
    "encrypt": run_encrypt,
    "change-passphrase": run_change_passphrase,
    "decrypt": run_decrypt,
    "backup": run_backup,
    "restore": run_restore,
    "check": run_check,
}
