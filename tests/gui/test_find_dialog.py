"""Find (Ctrl+F) as a person uses it: the words found stand out, and opening a result
shows its day without the find window in the way."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QStyleOptionViewItem,
    QTreeWidget,
)
from pytestqt.qtbot import QtBot

from moodapp.domain.entries import CheckIn
from moodapp.services.journal import Journal
from moodapp.ui.common.rich_text_delegate import RichTextDelegate
from moodapp.ui.common.translations import install_translators
from moodapp.ui.entry.find_dialog import FindDialog
from moodapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import by_name

NOTE = "<b>Picnic</b> & a walk by the lake, then walking home"


def record_note(journal: Journal, days_ago: int, note: str) -> CheckIn:
    day = journal.now().date() - timedelta(days=days_ago)
    when = datetime.combine(day, time(19, 30)).astimezone()
    saved = journal.entries.record(CheckIn(occurred_at=when, mood=1, energy=0, note=note)).saved
    assert isinstance(saved, CheckIn)
    return saved


def open_find(qtbot: QtBot, window: MainWindow) -> FindDialog:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(FindDialog)
    assert isinstance(dialog, FindDialog) and dialog.isVisible()
    return dialog


def drawn_words(results: QTreeWidget, row: int) -> QTextDocument:
    """The words column of a result, as its delegate draws it."""
    delegate = results.itemDelegateForColumn(2)
    assert isinstance(delegate, RichTextDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(results)
    return delegate.document(option, results.model().index(row, 2))


def bold_runs(document: QTextDocument) -> list[str]:
    runs: list[str] = []
    cursor = QTextCursor(document)
    previous_bold = False
    for position in range(1, document.characterCount()):
        cursor.setPosition(position)  # the format of the character before the cursor
        bold = cursor.charFormat().fontWeight() >= QFont.Weight.Bold
        character = document.characterAt(position - 1)
        if bold and not previous_bold:
            runs.append(character)
        elif bold:
            runs[-1] += character
        previous_bold = bold
    return runs


def test_the_words_found_are_in_bold_and_the_persons_own_signs_stay_text(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    record_note(live_journal, 3, NOTE)
    dialog = open_find(qtbot, window)
    qtbot.keyClicks(by_name(dialog, "Words to find", QLineEdit), "walk lake")
    results = by_name(dialog, "Entries found", QTreeWidget)
    assert results.topLevelItemCount() == 1
    drawn = drawn_words(results, 0)
    assert drawn.toPlainText() == NOTE  # "<b>" and "&" as the person wrote them
    assert bold_runs(drawn) == ["walk", "lake", "walking"]
    first = results.topLevelItem(0)
    assert first is not None and first.text(2) == NOTE  # what a screen reader hears
    assert not results.viewport().grab().isNull()  # the delegate draws without a fault


def test_opening_a_result_shows_its_day_and_puts_the_find_window_away(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    older = record_note(live_journal, 40, "rain by the lake")
    record_note(live_journal, 2, "lake again")
    dialog = open_find(qtbot, window)
    qtbot.keyClicks(by_name(dialog, "Words to find", QLineEdit), "lake")
    results = by_name(dialog, "Entries found", QTreeWidget)
    assert results.topLevelItemCount() == 2
    second = results.topLevelItem(1)
    assert second is not None
    rect = results.visualItemRect(second)
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.views.currentWidget() is window.calendar_view
    assert window.calendar_view.day == older.occurred_at.date()
    assert window.calendar_view.day_panel.entries.selected_uid() == older.uid
    assert not dialog.isVisible()
    assert "Ctrl+F brings back your search." in window.statusBar().currentMessage()

    assert open_find(qtbot, window) is dialog
    assert by_name(dialog, "Words to find", QLineEdit).text() == "lake"
    assert results.topLevelItemCount() == 2
    assert results.currentItem() is second  # where the person left off
    qtbot.keyClick(by_name(dialog, "Words to find", QLineEdit), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_count_says_one_entry_or_two_entries(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    record_note(live_journal, 3, "rain by the lake")
    record_note(live_journal, 2, "a walk by the lake")
    dialog = open_find(qtbot, window)
    words = by_name(dialog, "Words to find", QLineEdit)
    count = by_name(dialog, "How many entries hold the words", QLabel)

    qtbot.keyClicks(words, "walk")
    assert count.text() == "1 entry found."
    words.clear()
    qtbot.keyClicks(words, "lake")
    assert count.text() == "2 entries found."


def test_in_german_the_emotions_are_found_and_shown_by_their_german_names(
    qapp: QApplication, qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    """The person's own words stay as written, even one that is an emotion's English name."""
    day = live_journal.now().date() - timedelta(days=2)
    when = datetime.combine(day, time(19, 30)).astimezone()
    note = "Calm by the lake"
    entry = CheckIn(occurred_at=when, mood=-1, energy=0, note=note, emotions={"sadness": 2})
    live_journal.entries.record(entry)
    dialog = open_find(qtbot, window)
    # Built in English, so that the test finds its fields by their English names; what
    # the search shows is worded when it runs.
    install_translators(qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    qtbot.keyClicks(by_name(dialog, "Words to find", QLineEdit), "Traurig")

    results = by_name(dialog, "Entries found", QTreeWidget)
    assert results.topLevelItemCount() == 1
    first = results.topLevelItem(0)
    assert first is not None and first.text(2) == "Calm by the lake · Traurigkeit"
    assert bold_runs(drawn_words(results, 0)) == ["Traurigkeit"]


def test_an_emotion_renamed_while_find_is_open_is_found_by_its_new_name(
    qtbot: QtBot, window: MainWindow, live_journal: Journal
) -> None:
    day = live_journal.now().date() - timedelta(days=1)
    when = datetime.combine(day, time(19, 30)).astimezone()
    live_journal.entries.record(
        CheckIn(occurred_at=when, mood=0, energy=0, emotions={"sadness": 2})
    )
    dialog = open_find(qtbot, window)
    words = by_name(dialog, "Words to find", QLineEdit)
    qtbot.keyClicks(words, "Sadness")
    results = by_name(dialog, "Entries found", QTreeWidget)
    assert results.topLevelItemCount() == 1

    (sadness,) = [e for e in live_journal.catalogue.emotions() if e.key == "sadness"]
    catalogue = live_journal.catalogue
    window._controller.run(lambda: catalogue.change_emotion(replace(sadness, label="Heavy heart")))
    words.clear()
    qtbot.keyClicks(words, "heavy")
    first = results.topLevelItem(0)
    assert first is not None and first.text(2) == "Heavy heart"
