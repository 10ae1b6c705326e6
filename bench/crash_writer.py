"""The process `bench.crash` kills: it records crying episodes until it is killed.

    python -m bench.crash_writer DATA_DIR

The journal's passphrase, when it is encrypted, comes from MOODAPP_PASSPHRASE (never
an argument). It prints "ready" once the journal is open, then the uid of each
episode on a line of its own, flushed, only after ``record()`` has returned: a
printed uid is a save the person was told had succeeded. Each episode's content
follows from its uid (``expected``), so the harness can check what it finds.
"""

from __future__ import annotations

import os
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

from moodapp.domain.entries import CryingEpisode
from moodapp.paths import AppPaths
from moodapp.services.journal import opened_journal

PASSPHRASE_ENV = "MOODAPP_PASSPHRASE"
READY = "ready"
NOTE_PREFIX = "crash harness"
GIVE_UP_AFTER_S = 300.0  # never outlive a harness that died without killing this process


def expected(uid: str) -> tuple[int, int, str]:
    """The intensity, the sadness and the note of the episode with this uid."""
    number = uuid.UUID(uid).int
    return 1 + number % 5, number // 5 % 5, f"{NOTE_PREFIX} {uid}"


def write_until_killed(data_dir: Path, passphrase: str | None) -> int:
    started = time.monotonic()
    with opened_journal(AppPaths.under(data_dir), passphrase=passphrase) as journal:
        if passphrase is not None and not journal.store.encrypted:
            print("the journal was expected to be encrypted", file=sys.stderr)
            return 2
        print(READY, flush=True)
        n = 0
        while time.monotonic() - started < GIVE_UP_AFTER_S:
            uid = str(uuid.uuid4())
            intensity, sadness, note = expected(uid)
            journal.entries.record(
                CryingEpisode(
                    uid=uid,
                    occurred_at=journal.now() - timedelta(minutes=1 + n % 600),
                    intensity=intensity,
                    emotions={"sadness": sadness},
                    note=note,
                )
            )
            try:
                print(uid, flush=True)
            except BrokenPipeError:  # the harness is gone
                return 0
            n += 1
    return 0


if __name__ == "__main__":
    sys.exit(write_until_killed(Path(sys.argv[1]), os.environ.get(PASSPHRASE_ENV)))
