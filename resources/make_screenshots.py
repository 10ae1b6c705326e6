"""Screenshots of the window on the demo journal, for the README and for a look by eye.

Usage (from the project root, in its environment):
    python resources/make_screenshots.py OUT_DIR [--size 1100x760] [--dark] [--font-points 14]
        [--main]
Writes one PNG per state (entry forms, details open, an error shown) into OUT_DIR; with
--main, only the main views and the steps of the welcome, in 256 colours (small files
for docs/screenshots: see resources/screenshot_matrix.py). The language is the
environment's (LANGUAGE=de for German). Runs offscreen; needs no display.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QImage
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
from moodapp.ui.shell.welcome import WelcomeDialog

# Dithering speckles the flat colours of a window: the file grows instead of shrinking.
AVOID_DITHER = Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither


def in_256_colours(image: QImage) -> QImage:
    """The image with its own 256 most used colours: a tenth of the file, and the flat
    colours of a window stay exact (Qt's own table would round them to a web palette)."""
    pixels = image.convertToFormat(QImage.Format.Format_RGB32)
    values = np.frombuffer(pixels.constBits(), dtype=np.uint32)
    colours, counts = np.unique(values, return_counts=True)
    table = [int(c) for c in colours[np.argsort(counts)[::-1][:256]]]
    return pixels.convertToFormat(QImage.Format.Format_Indexed8, table, AVOID_DITHER)


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


def shoot_main_views(window: MainWindow, shot: Shot) -> None:
    """Each view as a person first meets it, and the welcome step by step."""
    view = window.entry_view
    shot(window, "entry-episode")
    view.start_check_in()
    shot(window, "entry-check-in")
    window.show_view(window.calendar_view)
    shot(window, "calendar-month")
    window.calendar_view.set_mode(YEAR)
    shot(window, "calendar-year")
    window.show_view(window.charts_view)
    shot(window, "charts")
    shoot_insights(window, shot)
    window.show_welcome()
    welcome = window.findChild(WelcomeDialog)
    assert isinstance(welcome, WelcomeDialog)
    for step in range(welcome.steps.count()):
        shot(welcome, f"welcome-{step + 1}")
        welcome.next.click()
    welcome.reject()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1100x760")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--font-points", type=float, help="a larger (or smaller) font")
    parser.add_argument("--main", action="store_true", help="the main views, in 256 colours")
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
        image = widget.grab().toImage()
        if args.main:
            image = in_256_colours(image)
        image.save(str(args.out / f"{name}{suffix}.png"))

    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths.under(Path(tmp))
        with opened_journal(paths) as journal:
            fill_demo_journal(journal)
            window = MainWindow(JournalController(journal), paths, demo=True)
            window.desktop.apply(Theme.DARK if args.dark else Theme.LIGHT)
            window.resize(width, height)
            window.show()
            if args.main:
                shoot_main_views(window, shot)
            else:
                shoot_entry_view(window, shot)
                shoot_calendar(window, shot)
                shoot_charts(window, shot)
                shoot_insights(window, shot)
            window.close()


if __name__ == "__main__":
    main()
