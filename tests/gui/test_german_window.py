"""The window in German shows no English sentence.

The walk of tests/gui/test_window_walk.py goes through every view, menu entry and
dialog on the demo journal with the German translation installed, and reads every text
a person sees there. What the person wrote (the demo's notes, what helped, activities)
and the names of crisis services are theirs, and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from moodapp.domain.help_lines import bundled_help_lines
from moodapp.services import demo
from moodapp.services.journal import Journal, opened_journal
from moodapp.ui.common.translations import install_translators, remove_translators
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import visible_texts
from tests.gui.test_window_walk import Walk, demo_paths, menu_entries

# Words of English sentences that German does not use (not "in", "will", "was", "not").
ENGLISH = re.compile(
    r"\b(the|and|you|your|is|are|of|to|with|this|that|for|it|has|have|been|from|"
    r"can|when|what|which|there|here|please|nothing|saved)\b",
    re.IGNORECASE,
)


def _theirs() -> list[str]:
    """Texts that stay as they were written: the demo person's, and services' names."""
    written = [*demo.EPISODE_NOTES, *demo.CHECK_IN_NOTES, *demo.WHAT_HELPED, *demo.ACTIVITIES]
    services = [line.service for country in bundled_help_lines() for line in country.lines]
    return sorted(written + services, key=len, reverse=True)


NAMES = ("GNU General Public License",)  # the licence's own name
PATH = re.compile(r"(?<![\w<])/[^\s<]+")  # a file's place, as the window shows it


def english_in(text: str, theirs: list[str]) -> str | None:
    for kept in (*theirs, *NAMES):
        text = text.replace(kept, " ")
    found = ENGLISH.search(PATH.sub(" ", text))
    return text.strip() if found else None


class ReadingWalk(Walk):
    """The walk, reading every window it opens before it closes it."""

    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        super().__init__(qtbot, window)
        self.theirs = _theirs()
        self.english: dict[str, str] = {}

    def read(self, path: str, window: QWidget) -> None:
        for text in visible_texts(window):
            found = english_in(text, self.theirs)
            if found and found not in self.english:
                self.english[found] = path

    def visit(self, path: str, shown: QWidget, depth: int) -> None:
        self.read(path, shown)
        super().visit(path, shown, depth)


@pytest.fixture
def german_window(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> Iterator[tuple[MainWindow, Journal]]:
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    QLocale.setDefault(german)
    install_translators(qapp, german)
    paths = demo_paths(tmp_path / "demo", encrypted=False)
    try:
        with opened_journal(paths) as journal:
            window = MainWindow(JournalController(journal), paths, demo=True)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            yield window, journal
    finally:
        remove_translators(qapp)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_english_is_found_where_it_is() -> None:
    theirs = _theirs()
    assert english_in("Nothing was saved.", theirs) == "Nothing was saved."
    assert english_in("Nichts wurde gespeichert.", theirs) is None
    assert english_in("Notiz: " + demo.EPISODE_NOTES[0], theirs) is None
    assert english_in("Gespeichert in /home/the/journal.sqlite3", theirs) is None


def test_the_german_window_shows_no_english_sentence(
    qtbot: QtBot, german_window: tuple[MainWindow, Journal]
) -> None:
    window, _ = german_window
    walk = ReadingWalk(qtbot, window)
    walk.walk_views()
    for row in range(window.views.count()):
        window.show_row(row)
        walk.read(f"view {row}", window)
    entries = list(menu_entries(window.menuBar().actions()))
    quit_last = sorted(entries, key=lambda e: e[-1].menuRole() == e[-1].MenuRole.QuitRole)
    for entry in quit_last[:-1]:
        walk.walk_menu_entry(entry)
    assert len(walk.seen) > 30
    assert not walk.english, "\n".join(f"{path}: {text!r}" for text, path in walk.english.items())
