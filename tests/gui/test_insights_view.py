"""The Insights view: statements with their basis and links, the invitation, the reflection."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPlainTextEdit, QPushButton

from moodapp.domain.charts import ChartKind, ReliefContext
from moodapp.domain.entries import CheckIn
from moodapp.services.demo import fill_demo_journal
from moodapp.services.journal import JournalService
from moodapp.ui.dialogs.need_help_dialog import NeedHelpDialog
from moodapp.ui.main_window import MainWindow
from moodapp.ui.views.insights_view import InsightsView
from tests.gui.conftest import by_name


@pytest.fixture
def insights(window: MainWindow, live_journal: JournalService) -> InsightsView:
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
    assert any(t.startswith("Your usual range is the middle half") for t in shown)
    assert any("does not show why" in t for t in shown)


def test_a_statement_opens_the_chart_that_shows_it(
    qtbot, insights: InsightsView, window: MainWindow
) -> None:
    card = next(c for c in insights.findChildren(QPushButton) if c.text() == "Show in the chart"
                and "feeling better" in c.parent().accessibleName())  # fmt: skip
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.views.currentWidget() is window.charts_view
    assert window.charts_view.controls.chart_kind() is ChartKind.RELIEF
    assert window.charts_view.controls.relief_context() in set(ReliefContext)
    assert window.charts_view.chart is not None and window.charts_view.chart.data.span.days == 182


def test_need_help_is_one_click_away(qtbot, insights: InsightsView, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[bool] = []
    monkeypatch.setattr(NeedHelpDialog, "exec", lambda self: opened.append(True))
    buttons = [
        b for b in insights.findChildren(QPushButton) if b.accessibleName() == "Need help now?"
    ]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_the_invitation_can_be_dismissed(
    qtbot, window: MainWindow, live_journal: JournalService
) -> None:
    today = live_journal.now().date()
    live_journal.save_many(
        [
            CheckIn(occurred_at=datetime.combine(today - timedelta(days=n), time(9)).astimezone(),
                    mood=-2, energy=0, daily_life_hard=3)
            for n in (1, 4)
        ]
    )  # fmt: skip
    window.show_view(window.insights_view)
    view = window.insights_view
    assert any("feelings made daily life hard" in t for t in texts(view))
    qtbot.mouseClick(
        by_name(view, "Dismiss the invitation", QPushButton), Qt.MouseButton.LeftButton
    )
    assert not any("feelings made daily life hard" in t for t in texts(view))
    assert "two weeks" in window.statusBar().currentMessage()


def test_the_weekly_reflection_is_saved_and_follows_the_chosen_day(
    qtbot, insights: InsightsView, live_journal: JournalService
) -> None:  # type: ignore[no-untyped-def]
    note = by_name(insights, "What I noticed", QPlainTextEdit)
    note.setPlainText("Mornings were easier after walks.")
    qtbot.mouseClick(
        by_name(insights, "Save what I noticed", QPushButton), Qt.MouseButton.LeftButton
    )
    service = insights._controller.insights
    saved = service.reflection(service.week_end())
    assert saved is not None and saved.text == "Mornings were easier after walks."
    day = by_name(insights, "Day of the weekly reflection", QComboBox)
    today = live_journal.now().date()
    day.setCurrentIndex(today.weekday())
    assert service.week_end() == today
    summary = insights.reflection.summary.text()
    assert summary.startswith("In the week") and "you checked in on" in summary


def test_self_harm_words_in_a_note_bring_help_first_and_still_save(
    qtbot, window: MainWindow, live_journal: JournalService, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(NeedHelpDialog, "exec", lambda self: shown.append("help"))
    form = window.entry_view.check_in_form
    window.entry_view.start_check_in()
    by_name(form, "Note", QPlainTextEdit).setPlainText("Some days I just want to die.")
    qtbot.mouseClick(by_name(form, "Save check-in", QPushButton), Qt.MouseButton.LeftButton)
    assert shown == ["help"]
    (saved,) = live_journal.entries()
    assert saved.note == "Some days I just want to die."


def test_the_entry_view_sums_up_the_last_four_weeks(
    qtbot, window: MainWindow, live_journal: JournalService
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
