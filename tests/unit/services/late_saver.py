"""Helper process for the concurrency tests: open the journal, say so, wait a moment, save
one episode, and print its uid once the save has returned; then close the journal.

    python late_saver.py DATA_DIR SECONDS

The passphrase of an encrypted journal comes from MOODAPP_PASSPHRASE.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import timedelta
from pathlib import Path

from moodapp.domain.entries import CryingEpisode
from moodapp.paths import AppPaths
from moodapp.services.journal import opened_journal

READY = "ready"


def save_after(data_dir: Path, seconds: float, passphrase: str | None) -> None:
    with opened_journal(AppPaths.under(data_dir), passphrase=passphrase) as journal:
        print(READY, flush=True)
        time.sleep(seconds)
        saved = journal.entries.record(
            CryingEpisode(
                occurred_at=journal.now() - timedelta(minutes=5), intensity=2, note="late"
            )
        ).saved
        print(saved.uid, flush=True)


if __name__ == "__main__":
    save_after(Path(sys.argv[1]), float(sys.argv[2]), os.environ.get("MOODAPP_PASSPHRASE"))
