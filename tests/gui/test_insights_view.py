"""The Insights view: statements with their basis and links, the invitation, the reflection."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moodapp.domain.charts import ChartKind, CryingOverTime, ReliefContext
from moodapp.domain.entries import CheckIn, CryingEpisode
from moodapp.domain.insight import InsightKind
from moodapp.domain.reflection import Reflection, Week
from moodapp.domain.series import Bin
from moodapp.services.demo import fill_demo_journal
from moodapp.services.journal import Journal
from moodapp.store import reflections
from moodapp.store.models import ReflectionRow
from moodapp.ui.common.form_parts import typed_text
from moodapp.ui.common.locale_info import choose_first_weekday, first_weekday
from moodapp.ui.help.need_help_dialog import NeedHelpDialog
from moodapp.ui.insights.insight_text import wording
from moodapp.ui.insights.insights_view import InsightCard, InsightsView
from moodapp.ui.settings.settings_dialog import SettingsDialog
from moodapp.ui.shell.main_window import ENTRY, INSIGHTS, MainWindow
from tests.gui.conftest import ModalAnswers, by_name, choose
from tests.gui.form_driver import click, replace_text, type_text


@pytest.fixture
def insights(window: MainWindow, live_journal: Journal) -> InsightsView:
    fill_demo_journal(live_journal, seed=4, years=1)
    window.show_view(window.insights_view)
    QApplication.processEvents()
    return window.insights_view


def texts(view: InsightsView) -> list[str]:
    QApplication.processEvents()  # new cards are shown by a queued call
    return [label.text() for label in view.findChildren(QLabel) if label.isVisibleTo(view)]


def test_statements_show_what_they_rest_on(insights: InsightsView) -> None:
    shown = texts(insights)
    assert any(t.startswith("In the last 28 days you cried") for t in shown)
    assert any(
        t.startswith("Your usual range is how often you cried in a typical 28 days") for t in shown
    )
    assert any("does not show why" in t for t in shown)


def test_a_statement_s_figure_stands_out_beside_it(insights: InsightsView) -> None:
    card = next(
        c for c in insights.findChildren(InsightCard) if c.insight.kind is InsightKind.USUAL_RANGE
    )
    sentence = next(
        label for label in card.findChildren(QLabel) if label.text() == card.insight.text
    )
    assert card.figure.text().endswith("times") and card.figure.text() in sentence.text()
    assert card.figure.font().pointSizeF() >= 1.5 * sentence.font().pointSizeF()
    assert card.figure.geometry().right() < sentence.geometry().left(), "beside the sentence"
    assert card.trend is not None, "a picture of crying per week"
    counts = card.insight.trend
    assert card.trend.accessibleName() == f"Crying per week, the last {len(counts)} weeks"
    assert card.trend.accessibleDescription() == ", ".join(map(str, counts))
    assert card.trend.width() == len(counts) * 11 - 3


def test_a_statement_opens_the_chart_that_shows_it(
    qtbot: QtBot, insights: InsightsView, window: MainWindow
) -> None:
    card = next(c for c in insights.findChildren(QPushButton) if c.text() == "Show in the chart"
                and "feeling better" in cast(QWidget, c.parent()).accessibleName())  # fmt: skip
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.views.currentWidget() is window.charts_view
    assert window.charts_view.controls.chart_kind() is ChartKind.RELIEF
    assert window.charts_view.controls.relief_context() in set(ReliefContext)
    chart = window.charts_view.chart
    assert chart is not None and chart.data is not None and chart.data.span.days == 182


def test_need_help_is_one_click_away(
    qtbot: QtBot, insights: InsightsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(NeedHelpDialog, "exec", lambda self: opened.append(True))
    buttons = [
        b for b in insights.findChildren(QPushButton) if b.accessibleName() == "Need help now?"
    ]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_the_invitation_can_be_dismissed(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    today = live_journal.now().date()
    live_journal.entries.save_many(
        [
            CheckIn(occurred_at=datetime.combine(today - timedelta(days=n), time(9)).astimezone(),
                    mood=-2, energy=0, daily_life_hard=3)
            for n in (1, 4)
        ]
    )  # fmt: skip
    window.show_view(window.insights_view)
    view = window.insights_view
    assert any("feelings made daily life very hard" in t for t in texts(view))
    qtbot.mouseClick(
        by_name(view, "Dismiss the invitation", QPushButton), Qt.MouseButton.LeftButton
    )
    assert not any("feelings made daily life very hard" in t for t in texts(view))
    assert "two weeks" in window.statusBar().currentMessage()


def test_self_harm_words_in_a_note_bring_help_first_and_still_save(
    qtbot: QtBot, window: MainWindow, live_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(NeedHelpDialog, "exec", lambda self: shown.append("help"))
    form = window.entry_view.check_in_form
    window.entry_view.start_check_in()
    by_name(form, "Note", QPlainTextEdit).setPlainText("Some days I just want to die.")
    qtbot.mouseClick(by_name(form, "Save check-in", QPushButton), Qt.MouseButton.LeftButton)
    assert shown == ["help"]
    (saved,) = live_journal.entries.entries()
    assert saved.note == "Some days I just want to die."


def test_the_entry_view_sums_up_the_last_four_weeks(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    fill_demo_journal(live_journal, seed=4, years=1)
    window.entry_view.refresh()
    assert window.entry_view.summary.text().startswith("In the last 28 days you cried")
    qtbot.mouseClick(
        by_name(window.entry_view, "More in Insights", QPushButton), Qt.MouseButton.LeftButton
    )
    assert window.views.currentWidget() is window.insights_view


def test_an_empty_journal_explains_itself(window: MainWindow) -> None:
    window.show_view(window.insights_view)
    shown = texts(window.insights_view)
    assert "Nothing to show yet: the insights come from your entries." in shown


# -- the weekly reflection -------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _weeks_as_the_locale_starts_them() -> Iterator[None]:
    """The first day chosen in a test's settings is forgotten after it."""
    yield
    choose_first_weekday(None)


def this_week(journal: Journal) -> Week:
    return Week.containing(journal.now().date(), first_weekday())


def at_nine(day: date) -> datetime:
    return datetime.combine(day, time(9)).astimezone()


def summary(window: MainWindow) -> str:
    return window.insights_view.reflection.summary.text()


def note_box(window: MainWindow) -> QPlainTextEdit:
    return by_name(window.insights_view, "What I noticed", QPlainTextEdit)


def press(qtbot: QtBot, window: MainWindow, name: str) -> None:
    click(qtbot, by_name(window.insights_view, name, QPushButton))


def go_away_and_back(qtbot: QtBot, window: MainWindow) -> None:
    """Open the Entry view from the list of views, then Insights again."""
    for row in (ENTRY, INSIGHTS):
        item = window.nav.item(row)
        click_at = window.nav.visualItemRect(item).center()
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
        assert window.nav.currentRow() == row


def start_weeks_on(qtbot: QtBot, window: MainWindow, weekday: int) -> None:
    """Settings > General > Weeks start on: ``weekday`` (0 Monday), then OK."""

    def answer(dialog: SettingsDialog) -> None:
        combo = by_name(dialog, "First day of the week", QComboBox)
        choose(qtbot, combo, QLocale().dayName(weekday + 1))
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    answers = ModalAnswers((SettingsDialog, answer))
    window.menus.settings_action.trigger()
    assert answers.done()


def test_an_empty_week_says_that_nothing_was_written_down(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    window.show_view(window.insights_view)
    week = this_week(live_journal)
    period = wording().period(week.start, week.end)
    assert summary(window) == f"Nothing has been written down yet in the week {period}."
    press(qtbot, window, "Previous week")
    before = week.shifted(-1)
    assert summary(window) == (
        f"Nothing was written down in the week {wording().period(before.start, before.end)}."
    )


def test_days_without_entries_are_not_counted_as_days_without_crying(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    last_week = this_week(live_journal).shifted(-1)
    live_journal.entries.save_many(
        [CheckIn(occurred_at=at_nine(last_week.start + timedelta(days=n)), mood=1, energy=0)
         for n in (0, 2, 5)]
    )  # fmt: skip
    window.show_view(window.insights_view)
    press(qtbot, window, "Previous week")
    period = wording().period(last_week.start, last_week.end)
    assert summary(window).splitlines() == [
        f"In the week {period} you wrote something on 3 of its 7 days.",
        "You noted no crying on the days you wrote.",
        "Your mood averaged +1.0. The scale runs from -3 (unpleasant) to +3 (pleasant).",
    ]


def test_your_week_and_the_charts_start_on_the_day_chosen_in_settings(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    today = live_journal.now().date()
    # Not later than now: before nine in the morning, nine today is still to come.
    earlier_today = min(at_nine(today), live_journal.now())
    live_journal.entries.record(CryingEpisode(occurred_at=earlier_today, intensity=2))
    window.show_view(window.charts_view)
    controls = window.charts_view.controls
    choose(qtbot, by_name(controls, "Bars", QComboBox), "Bars: weeks")
    window.show_view(window.insights_view)
    for weekday in (today.weekday(), (today.weekday() + 3) % 7):
        start_weeks_on(qtbot, window, weekday)
        week = Week.containing(today, weekday)
        assert week.start.weekday() == weekday
        assert summary(window).startswith(
            f"In the week {wording().period(week.start, week.end)} you wrote something"
        )
        chart = window.charts_view.chart
        assert chart is not None and isinstance(chart.data, CryingOverTime)
        assert chart.data.bin is Bin.WEEK
        assert {start.weekday() for start in chart.data.starts} == {weekday}
    assert not window.insights_view.findChildren(QComboBox)  # no week of its own to choose


def test_a_note_is_typed_saved_seen_again_edited_and_cleared(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    window.show_view(window.insights_view)
    week = this_week(live_journal)
    note = note_box(window)
    replace_text(qtbot, note, "Mornings were easier\nafter walks.")
    press(qtbot, window, "Save what I noticed")
    assert window.statusBar().currentMessage() == "Saved what you noticed."
    assert [n.text for n in reflections.read_reflections()] == [
        "Mornings were easier\nafter walks."
    ]
    assert reflections.read_reflections()[0].week_end == week.end

    go_away_and_back(qtbot, window)
    assert note_box(window).toPlainText() == "Mornings were easier\nafter walks."

    note.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(note, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(note, " So did calling Sam.")
    press(qtbot, window, "Save what I noticed")
    go_away_and_back(qtbot, window)
    expected = "Mornings were easier\nafter walks. So did calling Sam."
    assert note_box(window).toPlainText() == expected
    assert [n.text for n in reflections.read_reflections()] == [expected]

    replace_text(qtbot, note, "")
    press(qtbot, window, "Save what I noticed")
    assert reflections.read_reflections() == []
    go_away_and_back(qtbot, window)
    assert note_box(window).toPlainText() == ""
    assert note_box(window).placeholderText() == "What did you notice this week?"


# No-break spaces included: French puts them before « ! ? : ».
typed = st.characters(categories=("L", "N", "P", "S", "Zs"), max_codepoint=0xFFFF,
                      exclude_characters="\ufffc")  # fmt: skip
notes = st.text(st.one_of(typed, st.just("\n")), min_size=1, max_size=60).filter(str.strip)


@settings(max_examples=15)
@given(text=notes)
def test_a_typed_note_comes_back_exactly(
    qtbot: QtBot, window: MainWindow, live_journal: Journal, text: str
) -> None:
    window.show_view(window.insights_view)
    replace_text(qtbot, note_box(window), text)
    press(qtbot, window, "Save what I noticed")
    (stored,) = reflections.read_reflections()
    assert stored.text == text
    go_away_and_back(qtbot, window)
    assert typed_text(note_box(window)) == text


def test_other_weeks_and_their_notes_are_a_click_away(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    window.show_view(window.insights_view)
    week = this_week(live_journal)
    before = week.shifted(-1)
    following = by_name(window.insights_view, "Next week", QPushButton)
    assert not following.isEnabled()  # the days after this week have no entries yet
    type_text(note_box(window), "This week: quieter.")
    press(qtbot, window, "Previous week")  # what was typed is saved before another week shows
    assert {(n.week_end, n.text) for n in reflections.read_reflections()} == {
        (week.end, "This week: quieter.")
    }
    assert summary(window).startswith(
        f"Nothing was written down in the week {wording().period(before.start, before.end)}"
    )
    assert note_box(window).toPlainText() == ""
    assert note_box(window).placeholderText() == "What did you notice in that week?"
    type_text(note_box(window), "Last week: tired.")
    press(qtbot, window, "Save what I noticed")
    assert following.isEnabled()
    press(qtbot, window, "Next week")
    assert note_box(window).toPlainText() == "This week: quieter."
    assert not following.isEnabled()
    press(qtbot, window, "Previous week")
    assert note_box(window).toPlainText() == "Last week: tired."
    assert {(n.week_end, n.text) for n in reflections.read_reflections()} == {
        (week.end, "This week: quieter."),
        (before.end, "Last week: tired."),
    }


def keep(note: Reflection) -> None:
    with ReflectionRow._meta.database.atomic():
        reflections.write_reflection(note)


def test_notes_kept_when_weeks_ended_on_another_day_show_with_the_week_sharing_most_days(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    before = this_week(live_journal).shifted(-1)
    stamp = live_journal.now()
    old = Reflection(week_end=before.start + timedelta(days=4), text="Written on a Friday.",
                     created_at=stamp, updated_at=stamp)  # fmt: skip
    keep(old)
    window.show_view(window.insights_view)
    press(qtbot, window, "Previous week")
    assert note_box(window).toPlainText() == "Written on a Friday."
    others = window.insights_view.reflection.others
    assert not others.isVisibleTo(window.insights_view)

    note = note_box(window)
    note.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(note, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(note, " And read again.")
    press(qtbot, window, "Save what I noticed")
    (edited,) = reflections.read_reflections()
    assert (edited.uid, edited.week_end) == (old.uid, old.week_end)  # kept where it was
    assert edited.text == "Written on a Friday. And read again."

    keep(Reflection(week_end=before.end, text="The week's own note.", created_at=stamp,
                    updated_at=stamp))  # fmt: skip
    go_away_and_back(qtbot, window)
    assert note_box(window).toPlainText() == "The week's own note."
    assert others.isVisibleTo(window.insights_view)
    ending = wording().date_text(old.week_end)
    assert others.text() == (
        f"Also kept for the week ending {ending}:\nWritten on a Friday. And read again."
    )


def read_only(journal: Journal, on: bool) -> None:
    """The journal refuses every write, as on a read-only drive, or writes again."""
    journal.store.db.execute_sql(f"PRAGMA query_only = {int(on)}")


def test_a_note_that_cannot_be_written_is_kept_in_the_editor_and_said_in_words(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    window.show_view(window.insights_view)
    week = this_week(live_journal)
    type_text(note_box(window), "Kept even so.")
    read_only(live_journal, True)
    press(qtbot, window, "Save what I noticed")
    assert note_box(window).toPlainText() == "Kept even so."
    problem = by_name(window.insights_view, "Problem with What I noticed", QLabel)
    words = (
        "The journal could not be written: the journal's folder cannot be written to. "
        "Nothing was saved."
    )
    assert problem.isVisibleTo(window.insights_view)
    assert problem.text() == f"{words}\nWhat you typed is still here."
    assert window.statusBar().currentMessage() == words
    assert note_box(window).toPlainText() == "Kept even so."
    press(qtbot, window, "Previous week")  # the typing stays with its own week
    assert summary(window).startswith(f"Nothing has been written down yet in the week "
                                      f"{wording().period(week.start, week.end)}")  # fmt: skip
    assert note_box(window).toPlainText() == "Kept even so."
    go_away_and_back(qtbot, window)
    assert note_box(window).toPlainText() == "Kept even so."

    read_only(live_journal, False)
    press(qtbot, window, "Save what I noticed")
    assert not problem.isVisibleTo(window.insights_view)
    assert [n.text for n in reflections.read_reflections()] == ["Kept even so."]


def test_an_invitation_that_cannot_be_dismissed_says_so(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    today = live_journal.now().date()
    live_journal.entries.save_many(
        [CheckIn(occurred_at=at_nine(today - timedelta(days=n)), mood=-2, energy=0,
                 daily_life_hard=3) for n in (1, 4)]
    )  # fmt: skip
    window.show_view(window.insights_view)
    view = window.insights_view
    read_only(live_journal, True)
    click(qtbot, by_name(view, "Dismiss the invitation", QPushButton))
    read_only(live_journal, False)
    assert any("feelings made daily life very hard" in t for t in texts(view))
    problem = by_name(view, "Problem with the invitation", QLabel)
    assert problem.isVisibleTo(view) and "could not be written" in problem.text()
    assert "could not be written" in window.statusBar().currentMessage()
