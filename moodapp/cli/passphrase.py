"""The journal's passphrase on the command line: never an argument (other users can read
the process list), but asked on the terminal without echo, or read from
``MOODAPP_PASSPHRASE`` (and ``MOODAPP_NEW_PASSPHRASE`` for a new one).
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from moodapp.paths import AppPaths

PASSPHRASE_ENV = "MOODAPP_PASSPHRASE"
NEW_PASSPHRASE_ENV = "MOODAPP_NEW_PASSPHRASE"
NO_RECOVERY = (
    "There is no way to recover a forgotten passphrase: without it, the journal and its "
    "backups cannot be read by anyone, you included."
)


class PassphraseUnavailable(Exception):
    """A passphrase is needed, and there is no terminal to ask and no variable that gives it."""


def ask_hidden(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise PassphraseUnavailable(prompt)
    return getpass.getpass(prompt)


def journal_passphrase(
    paths: AppPaths, environ: Mapping[str, str] = os.environ, ask: Callable[[str], str] = ask_hidden
) -> str | None:
    """The passphrase of an encrypted journal (None for a plain one); raises
    PassphraseUnavailable when it can be neither read nor asked for."""
    from moodapp.store.crypto import looks_encrypted  # with the journal it opens

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
