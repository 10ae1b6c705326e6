"""Which journal a run uses: --data-dir, else MOODAPP_DATA_DIR, else the platform's
folders; or, with --demo, a new folder of demo entries that is deleted afterwards.

Shared by the window's start and the command line; the services are loaded only for
a demo.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from moodapp.paths import DATA_DIR_ENV, AppPaths, resolve_paths


def journal_paths(data_dir: str | None, demo: bool) -> contextlib.AbstractContextManager[AppPaths]:
    """The paths of this run's journal, for as long as the run lasts."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    return demo_paths(chosen) if demo else contextlib.nullcontext(resolve_paths(chosen))


@contextlib.contextmanager
def demo_paths(data_dir: str | None) -> Iterator[AppPaths]:
    """A new journal filled with demo entries, in a folder that is deleted afterwards.

    The folder is made inside the chosen data directory (if one was given) or
    the system's temporary directory; only that new folder is ever deleted.
    """
    from moodapp.services.demo import fill_demo_journal
    from moodapp.services.journal import opened_journal

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
