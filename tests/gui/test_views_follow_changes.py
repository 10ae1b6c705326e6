"""Every view shows each kind of change of the journal, made while it is shown or hidden.

The window runs every write through the controller; these tests make each kind of
change that way and read what each view then shows, as a person would see it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from moodapp import __version__
from moodapp.domain.entries import CryingEpisode
from moodapp.exchange.batch import ExportInfo, JournalContent, no_progress
from moodapp.exchange.formats import read_import, write_export
from moodapp.exchange.kinds import ExportFormat, ImportFormat
from moodapp.services.changes import Changed
from moodapp.services.demo import fill_demo_journal
from moodapp.services.journal import Journal
from moodapp.ui.common.locale_info import first_weekday
from moodapp.ui.shell.main_window import CALENDAR, CHARTS, ENTRY, INSIGHTS, MainWindow
from tests.gui.conftest import visible_texts

Change = Callable[[Journal, Path], Changed]


def _an_entry(journal: Journal, folder: Path) -> Changed:
    episode = CryingEpisode(
        occurred_at=journal.now() - timedelta(minutes=5),
        intensity=4,
        emotions={"loneliness": 3},
        note="after the phone call",
    )
    return journal.entries.record(episode)


def _the_catalogue(journal: Journal, folder: Path) -> Changed:
    sadness = next(e for e in journal.entries.emotions() if e.key == "sadness")
    return journal.catalogue.change_emotion(replace(sadness, label="Grief"))


def _a_weekly_note(journal: Journal, folder: Path) -> Changed:
    week = journal.insights.this_week(first_weekday())
    return journal.insights.save_reflection(week, "Walking by the river helped.")


def _the_whole_journal(journal: Journal, folder: Path) -> Changed:
    """An import of a file from another computer, with an episode of half an hour ago."""
    episode = CryingEpisode(
        occurred_at=journal.now() - timedelta(minutes=30), intensity=5, note="on the laptop"
    )
    path = folder / "laptop.json"
    info = ExportInfo(journal.now(), __version__, None, None)
    write_export(JournalContent(entries=[episode]), info, path, ExportFormat.JSON, no_progress)
    return journal.exchange.import_batch(read_import(path, ImportFormat.AUTO))


CHANGES: dict[str, Change] = {
    "an entry": _an_entry,
    "the catalogue": _the_catalogue,
    "a weekly note": _a_weekly_note,
    "the whole journal": _the_whole_journal,
}
VIEWS = {"Entry": ENTRY, "Calendar": CALENDAR, "Charts": CHARTS, "Insights": INSIGHTS}
# What each view shows: the kinds of change it must show.
SHOWN = {
    "Entry": {"an entry", "the catalogue", "the whole journal"},
    "Calendar": {"an entry", "the catalogue", "the whole journal"},
    "Charts": {"an entry", "the catalogue", "the whole journal"},
    "Insights": {"an entry", "the catalogue", "a weekly note", "the whole journal"},
}
PAIRS = [(change, view) for view, changes in SHOWN.items() for change in sorted(changes)]


@pytest.fixture
def demo(live_journal: Journal) -> Journal:
    """A year of entries, in the journal before the window opens."""
    fill_demo_journal(live_journal, seed=11, years=1)
    return live_journal


@pytest.mark.parametrize("hidden", [False, True], ids=["while shown", "while hidden"])
@pytest.mark.parametrize(("change", "view"), PAIRS)
def test_each_view_shows_each_change_that_touches_it(
    demo: Journal, window: MainWindow, tmp_path: Path, *, change: str, view: str, hidden: bool
) -> None:
    window.show_row(VIEWS[view])
    shown = window.views.currentWidget()
    assert shown is not None
    before = visible_texts(shown)
    if hidden:
        window.show_row(ENTRY if view != "Entry" else CALENDAR)
    window._controller.run(lambda: CHANGES[change](demo, tmp_path))
    window.show_row(VIEWS[view])
    after = visible_texts(shown)
    assert after != before, f"the {view} view does not show {change}"
