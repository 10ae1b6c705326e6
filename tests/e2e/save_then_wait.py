"""Helper process for the durability tests: save one entry, say so, then wait to be killed.

    python save_then_wait.py cli DATA_DIR     saves through the command line's own code
    python save_then_wait.py window DATA_DIR  saves through the main window's form

It prints the saved entry's uid on a line of its own as soon as the save has
returned, and then sleeps without closing the journal.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from moodapp.paths import AppPaths
from moodapp.services.journal import opened_journal


def save_with_cli(paths: AppPaths) -> str:
    import io

    from moodapp.cli.on_journal import run_command
    from moodapp.cli.parser import build_parser

    args = build_parser().parse_args(["add", "cry", "--intensity", "4", "--emotion", "sadness=3"])
    out = io.StringIO()
    with opened_journal(paths) as journal:
        assert run_command(args, journal, out) == 0
        print(out.getvalue().strip(), flush=True)
        time.sleep(600)
    raise AssertionError("should have been killed")


def save_with_window(paths: AppPaths) -> str:
    from PySide6.QtWidgets import QPushButton

    from moodapp.ui.shell.app import application
    from moodapp.ui.shell.journal_controller import JournalController
    from moodapp.ui.shell.main_window import MainWindow

    app = application()
    with opened_journal(paths) as journal:
        window = MainWindow(JournalController(journal), paths)
        window.show()
        app.processEvents()
        form = window.entry_view.episode_form
        form.intensity.step(5).click()
        form.emotions.set_value("being-moved", 4)
        save = next(
            w for w in form.findChildren(QPushButton) if w.accessibleName() == "Save episode"
        )
        save.click()
        (entry,) = journal.entries.entries()
        print(entry.uid, flush=True)
        time.sleep(600)
    raise AssertionError("should have been killed")


if __name__ == "__main__":
    how, data_dir = sys.argv[1], Path(sys.argv[2])
    {"cli": save_with_cli, "window": save_with_window}[how](AppPaths.under(data_dir))
