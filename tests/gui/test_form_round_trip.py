"""Every field of both entry forms, answered through its widget, is stored as it was given;
opening the stored entry and saving it untouched changes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from moodapp.domain.catalogue import BUILTIN_TRIGGERS
from moodapp.domain.entries import (
    CheckIn,
    Company,
    CryingEpisode,
    Entry,
    MoodChange,
    Reaction,
    Resolution,
)
from moodapp.services.journal import Journal
from moodapp.ui.common.catalogue_text import catalogue_label
from moodapp.ui.entry.entry_form import EntryForm
from moodapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import by_name
from tests.gui.form_driver import click, fill_check_in, fill_episode
from tests.strategies import EMOTION_KEYS, TAG_POOL, TRIGGER_KEYS, optional

# What a keyboard can type: letters, digits, punctuation, symbols and spaces of any script.
typed = st.characters(
    categories=("L", "N", "P", "S", "Zs"), max_codepoint=0xFFFF, exclude_characters=","
)
one_line = st.text(typed, max_size=30).map(str.strip)
lines = st.text(st.one_of(typed, st.just("\n")), max_size=60)
felt = st.dictionaries(st.sampled_from(EMOTION_KEYS), st.integers(1, 4), max_size=4)
form_tags = st.frozensets(st.sampled_from([t for t in TAG_POOL if "," not in t]), max_size=3)


@st.composite
def recent_times(draw: st.DrawFn) -> datetime:
    """A minute of the last six days, in this computer's time zone (the form's)."""
    minutes = draw(st.integers(10, 6 * 24 * 60))
    moment = datetime.now().replace(second=0, microsecond=0) - timedelta(minutes=minutes)
    return moment.astimezone()


@st.composite
def form_episodes(draw: st.DrawFn) -> CryingEpisode:
    return CryingEpisode(
        occurred_at=draw(recent_times()),
        intensity=draw(st.integers(1, 5)),
        almost=draw(st.booleans()),
        emotions=draw(felt),
        duration_minutes=draw(optional(st.integers(0, 1440))),
        triggers=draw(st.frozensets(st.sampled_from(TRIGGER_KEYS), max_size=3)),
        company=draw(optional(st.sampled_from(Company))),
        reaction=draw(optional(st.sampled_from(Reaction))),
        held_back=draw(optional(st.booleans())),
        ashamed=draw(optional(st.booleans())),
        resolved=draw(optional(st.sampled_from(Resolution))),
        mood_after=draw(optional(st.sampled_from(MoodChange))),
        mood_after_score=draw(optional(st.integers(0, 10))),
        mood_later_score=draw(optional(st.integers(0, 10))),
        what_helped=draw(one_line),
        tags=draw(form_tags),
        note=draw(lines),
    )


@st.composite
def form_check_ins(draw: st.DrawFn) -> CheckIn:
    return CheckIn(
        occurred_at=draw(recent_times()),
        mood=draw(st.integers(-3, 3)),
        energy=draw(st.integers(-3, 3)),
        urge_to_cry=draw(st.integers(0, 4)),
        no_crying_today=draw(st.booleans()),
        emotions=draw(felt),
        sleep_hours=draw(optional(st.integers(0, 240).map(lambda tenths: tenths / 10))),
        daily_life_hard=draw(optional(st.integers(0, 3))),
        tags=draw(form_tags),
        note=draw(lines),
    )


def content(entry: Entry) -> Entry:
    """What the person gave: everything but the id and the times of writing."""
    return replace(entry, uid="", created_at=None, updated_at=None)


def save_and_reopen(qtbot: QtBot, window: MainWindow, form: EntryForm, journal: Journal) -> Entry:
    """Save the form; then open the saved entry from the recent list and save it untouched."""
    click(qtbot, by_name(form, form.save_button.text(), QPushButton))
    uid = window.entry_view.recent.selected_uid()
    assert uid is not None, window.statusBar().currentMessage()
    stored = journal.entries.get(uid)
    click(qtbot, by_name(window.entry_view, "Edit entry", QPushButton))
    assert form.editing is not None and form.editing.uid == uid
    click(qtbot, by_name(form, "Save changes", QPushButton))
    assert form.editing is None
    assert journal.entries.get(uid) == stored, "saving an entry untouched changed it"
    return stored


@settings(max_examples=12)
@given(episode=form_episodes())
def test_every_episode_field_is_stored_as_given(
    qtbot: QtBot, window: MainWindow, live_journal: Journal, episode: CryingEpisode
) -> None:
    form = window.entry_view.episode_form
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    labels = {t.key: catalogue_label(t) for t in BUILTIN_TRIGGERS}
    fill_episode(qtbot, form, episode, labels)

    stored = save_and_reopen(qtbot, window, form, live_journal)

    assert content(stored) == content(episode)
    assert stored.occurred_at.utcoffset() == episode.occurred_at.utcoffset()


@settings(max_examples=12)
@given(check_in=form_check_ins())
def test_every_check_in_field_is_stored_as_given(
    qtbot: QtBot, window: MainWindow, live_journal: Journal, check_in: CheckIn
) -> None:
    form = window.entry_view.check_in_form
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    fill_check_in(qtbot, form, check_in)

    stored = save_and_reopen(qtbot, window, form, live_journal)

    assert content(stored) == content(check_in)
    assert stored.occurred_at.utcoffset() == check_in.occurred_at.utcoffset()
