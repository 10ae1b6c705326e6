"""Help > How moodapp works: every field and scale word, the crisis lines, moving around,
nothing opened outside, and GROUNDING.md's wording."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QTextDocument
from PySide6.QtWidgets import QCheckBox, QLabel, QRadioButton, QToolButton
from pytestqt.qtbot import QtBot

from moodapp.domain.entries import (
    DAILY_LIFE_WORDS,
    EMOTION_INTENSITY_WORDS,
    INTENSITY_WORDS,
    URGE_WORDS,
)
from moodapp.ui.entry.check_in_form import ENERGY_WORDS, MOOD_WORDS, CheckInForm
from moodapp.ui.entry.entry_form import EntryForm
from moodapp.ui.entry.episode_form import EpisodeForm
from moodapp.ui.help.help_text import CONTENTS, NEED_HELP, SECTIONS, help_html
from moodapp.ui.help.help_window import HelpWindow
from moodapp.ui.help.need_help_dialog import NeedHelpDialog
from tests.unit.domain.test_insight_words import FORBIDDEN


@pytest.fixture
def help_window(qtbot: QtBot) -> HelpWindow:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.resize(520, 420)
    window.show()
    qtbot.waitExposed(window)
    return window


def plain(window: HelpWindow) -> str:
    return window.browser.toPlainText()


def field_names(form: EntryForm) -> list[str]:
    """What the form calls its fields: row captions, choices shown as buttons, section titles
    (without a count that follows them)."""
    names = [label.text().rstrip(":") for label in form.findChildren(QLabel) if label.buddy()]
    names += [b.text() for b in form.findChildren(QCheckBox) + form.findChildren(QRadioButton)]
    names += [b.text() for b in form.findChildren(QToolButton) if b.isCheckable()]
    return [re.sub(r" \(.*\)$", "", n) for n in names if n]  # "All emotions (6 more)"


@pytest.mark.parametrize("form_class", [EpisodeForm, CheckInForm])
def test_every_field_of_the_forms_is_explained(
    qtbot: QtBot, help_window: HelpWindow, form_class: type[EpisodeForm | CheckInForm]
) -> None:
    form = form_class()
    qtbot.addWidget(form)
    names = field_names(form)
    assert len(names) > 8
    text = plain(help_window)
    assert [name for name in names if name not in text] == []


def test_every_scale_word_is_there(help_window: HelpWindow) -> None:
    text = plain(help_window)
    for words in (INTENSITY_WORDS, EMOTION_INTENSITY_WORDS, URGE_WORDS, DAILY_LIFE_WORDS):
        for number, word in words.items():
            assert f"{number} · {QCoreApplication.translate('Scale', word)}" in text
    for words in (MOOD_WORDS, ENERGY_WORDS):
        for word in words.values():
            assert word in text


def test_the_crisis_lines_are_the_need_help_dialogs_own(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("moodapp.ui.help.help_lines_text.system_territory", lambda: "US")
    window = HelpWindow()
    qtbot.addWidget(window)
    text = plain(window)
    for number in ("988", "911", "findahelpline.com", "988 Suicide & Crisis Lifeline"):
        assert number in text
    dialog = NeedHelpDialog("US")
    qtbot.addWidget(dialog)
    for label in (dialog.intro, dialog.lines, dialog.emergency):
        shown = QTextDocument()
        shown.setHtml(label.text())
        for line in shown.toPlainText().splitlines():
            assert line.strip() in text
    # The dialog's address is a link that opens the browser; the help's is text, and says so.
    assert "opens in your browser" in dialog.find_a_helpline.text()
    assert "Helplines in other countries: findahelpline.com (a website)." in text


def test_the_contents_link_to_every_section_and_every_link_stays_inside() -> None:
    html = help_html()
    targets = re.findall(r'href="([^"]*)"', html)
    anchors = set(re.findall(r'<a name="([^"]+)"', html))
    assert {anchor for anchor, _ in SECTIONS} | {CONTENTS} <= anchors
    assert all(t.startswith("#") and t[1:] in anchors for t in targets)
    assert {f"#{anchor}" for anchor, _ in SECTIONS} <= set(targets)


def scroll(window: HelpWindow) -> int:
    return int(window.browser.verticalScrollBar().value())


def heading_top(window: HelpWindow, heading: str) -> float:
    """Where the section heading ``heading`` starts, in the scrolled text's coordinates."""
    document = window.browser.document()
    block = document.begin()
    while block.isValid() and not (block.text() == heading and block.blockFormat().headingLevel()):
        block = block.next()
    assert block.isValid(), heading
    return float(document.documentLayout().blockBoundingRect(block).top())


def test_show_section_scrolls_to_the_section(help_window: HelpWindow) -> None:
    assert scroll(help_window) == 0
    help_window.show_section("check-in")
    assert abs(heading_top(help_window, "Check-ins") - scroll(help_window)) < 30
    help_window.show_section(NEED_HELP)  # the last section: as far down as the text goes
    top = heading_top(help_window, "Need help now?") - scroll(help_window)
    assert scroll(help_window) > 0
    assert 0 <= top < help_window.browser.viewport().height() / 2
    help_window.show_section(CONTENTS)
    assert scroll(help_window) == 0


def test_show_section_on_a_hidden_window_shows_it_there(qtbot: QtBot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.resize(520, 420)
    window.show_section("privacy")
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: scroll(window) > 0)
    assert abs(heading_top(window, "Privacy and your data") - scroll(window)) < 30


def test_the_buttons_and_links_move_within_the_text(help_window: HelpWindow) -> None:
    help_window.need_help_button.click()
    assert scroll(help_window) > 0
    help_window.contents_button.click()
    assert scroll(help_window) == 0
    help_window.browser.anchorClicked.emit(QUrl("#charts"))
    assert abs(heading_top(help_window, "The charts") - scroll(help_window)) < 30


def test_no_link_opens_anything_outside(
    help_window: HelpWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)  # type: ignore[func-returns-value]  # notes the address, then answers True as openUrl does
    before = help_window.browser.toHtml()
    for address in ("https://findahelpline.com", "file:///etc/passwd", "mailto:someone@example"):
        help_window.browser.anchorClicked.emit(QUrl(address))
    assert opened == []
    assert scroll(help_window) == 0
    assert help_window.browser.toHtml() == before
    assert help_window.browser.source().isEmpty()
    assert not help_window.browser.openLinks() and not help_window.browser.openExternalLinks()


def test_page_down_scrolls(qtbot: QtBot, help_window: HelpWindow) -> None:
    from PySide6.QtCore import Qt

    help_window.browser.setFocus()
    qtbot.keyClick(help_window.browser, Qt.Key.Key_PageDown)
    assert scroll(help_window) > 0


def test_the_text_follows_the_font(qtbot: QtBot, help_window: HelpWindow) -> None:
    assert "font-size" not in help_html() and "px" not in help_html()
    bigger = QFont(help_window.browser.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 2)
    help_window.browser.setFont(bigger)
    assert help_window.browser.document().defaultFont().pointSizeF() == bigger.pointSizeF()


@pytest.mark.parametrize("pattern", FORBIDDEN)
def test_the_help_keeps_the_wording_rules(help_window: HelpWindow, pattern: str) -> None:
    found = re.findall(rf".{{0,40}}{pattern}.{{0,40}}", plain(help_window), re.IGNORECASE)
    assert found == []
