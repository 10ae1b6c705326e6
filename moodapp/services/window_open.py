"""Opening the journal for the window, which draws its first frame before SQLite's quick check.

As ``open_journal``, except that the quick check of a file unchanged since moodapp last
found it clean waits until ``journal.store.finish_check()`` (the window calls it once its
first frame is drawn) or the first write, whichever comes first; until it has found the
file whole, nothing is written to it (see store.database).
"""

from __future__ import annotations

from moodapp.paths import AppPaths
from moodapp.services.journal import Journal
from moodapp.store.database import open_store


def open_journal_checking_later(paths: AppPaths, passphrase: str | None = None) -> Journal:
    store = open_store(
        paths.journal_file, paths.backup_dir, passphrase,
        check_record=paths.journal_check_file, check_later=True,
    )  # fmt: skip
    return Journal(store)
