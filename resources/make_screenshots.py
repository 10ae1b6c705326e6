"""Screenshots of the window on the demo journal, for the README and for a look by eye.

Usage (from the project root, in its environment):
    python resources/make_screenshots.py OUT_DIR [--size 1100x760] [--dark] [--font-points 14]
Writes one PNG per state (entry forms, details open, an error shown) into OUT_DIR.
Runs offscreen; needs no display.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QApplication, QWidget

from moodapp.paths import AppPaths
from moodapp.services.demo import fill_demo_journal
from moodapp.services.journal import opened_journal
from moodapp.ui.calendar.calendar_bar import MONTH, YEAR
from moodapp.ui.entry.find_dialog import FindDialog
from moodapp.ui.look.theme import Theme
from moodapp.ui.shell.app import application
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.ui.shell.main_window import MainWindow


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


Shot = Callable[[QWidget, str], None]


def shoot_entry_view(window: MainWindow, shot: Shot) -> None:
    view = window.entry_view
    view.episode_form.emotions.set_values({"sadness": 3, "helplessness": 2})
    shot(window, "episode")
    view.episode_form.details.set_open(True)
    shot(window, "episode-details")
    bar = view.episode_form.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    shot(window, "episode-details-end")
    view.episode_form.start_new()
    view.episode_form.when.edit.setDateTime(QDateTime.currentDateTime().addDays(2))
    view.episode_form.save_requested.emit()
    shot(window, "episode-error")
    view.start_check_in()
    shot(window, "check-in")
    window.statusBar().clearMessage()


def shoot_calendar(window: MainWindow, shot: Shot) -> None:
    window.show_view(window.calendar_view)
    shot(window, "calendar-month")
    window.calendar_view.set_mode(YEAR)
    shot(window, "calendar-year")
    window.calendar_view.set_mode(MONTH)
    window.show_find()
    find = window.findChild(FindDialog)
    assert isinstance(find, FindDialog)
    find.query.setText("walk")
    shot(find, "find")
    find.close()


def shoot_charts(window: MainWindow, shot: Shot) -> None:
    window.show_view(window.charts_view)
    kinds = window.charts_view.controls.kind
    for kind in kinds.choices():
        kinds.set_value(kind)
        shot(window, f"charts-{kind}")


def shoot_insights(window: MainWindow, shot: Shot) -> None:
    window.show_view(window.insights_view)
    shot(window, "insights")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1100x760")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--font-points", type=float, help="a larger (or smaller) font")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = f"-{width}x{height}" + ("-dark" if args.dark else "")
    suffix += f"-{args.font_points:g}pt" if args.font_points else ""

    app = application()
    if args.font_points:
        font = app.font()
        font.setPointSizeF(args.font_points)
        app.setFont(font)

    def shot(widget: QWidget, name: str) -> None:
        settle(app)
        widget.grab().save(str(args.out / f"{name}{suffix}.png"))

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths.under(Path(tmp))
        with opened_journal(paths) as journal:
            fill_demo_journal(journal)
            window = MainWindow(JournalController(journal), paths, demo=True)
            window.desktop.apply(Theme.DARK if args.dark else Theme.LIGHT)
            window.resize(width, height)
            window.show()
            shoot_entry_view(window, shot)
            shoot_calendar(window, shot)
            shoot_charts(window, shot)
            shoot_insights(window, shot)
            window.close()


if __name__ == "__main__":
    main()
