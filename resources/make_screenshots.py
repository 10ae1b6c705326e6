"""Screenshots of the window on the demo journal, for the README and for a look by eye.

Usage (from the project root, in its environment):
    python resources/make_screenshots.py OUT_DIR [--size 1100x760] [--dark]
Writes one PNG per state (entry forms, details open, an error shown) into OUT_DIR.
Runs offscreen; needs no display.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QScrollArea, QStyleFactory

from moodapp.paths import AppPaths
from moodapp.services.demo import fill_demo_journal
from moodapp.services.journal import opened_journal
from moodapp.ui.app import application
from moodapp.ui.journal_controller import JournalController
from moodapp.ui.main_window import MainWindow


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.AlternateBase, "#2a2b2e"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#2d2e31"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#4f7bd9"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1100x760")
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    app = application()
    app.setStyle(QStyleFactory.create("Fusion"))
    if args.dark:
        app.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as tmp, opened_journal(AppPaths.under(Path(tmp))) as journal:
        paths = AppPaths.under(Path(tmp))
        fill_demo_journal(journal)
        window = MainWindow(JournalController(journal), paths, demo=True)
        window.resize(width, height)
        window.show()
        settle(app)
        suffix = f"-{width}x{height}" + ("-dark" if args.dark else "")
        view = window.entry_view

        def shot(name: str) -> None:
            settle(app)
            window.grab().save(str(args.out / f"{name}{suffix}.png"))

        view.episode_form.emotions.set_values({"sadness": 3, "helplessness": 2})
        shot("episode")
        view.episode_form.details.set_open(True)
        shot("episode-details")
        scroll = view.tabs.currentWidget()
        assert isinstance(scroll, QScrollArea)
        settle(app)
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
        shot("episode-details-end")
        view.episode_form.start_new()
        view.episode_form.when.edit.setDateTime(QDateTime.currentDateTime().addDays(2))
        view.episode_form.save_requested.emit()
        shot("episode-error")
        view.start_check_in()
        shot("check-in")

        window.statusBar().clearMessage()
        window.show_view(window.calendar_view)
        calendar = window.calendar_view
        shot("calendar-month")
        calendar.set_mode(1)
        shot("calendar-year")
        calendar.set_mode(0)
        window.show_find()
        window._find_dialog.query.setText("walk")
        settle(app)
        window._find_dialog.grab().save(str(args.out / f"find{suffix}.png"))
        window._find_dialog.close()
        window.close()


if __name__ == "__main__":
    main()
