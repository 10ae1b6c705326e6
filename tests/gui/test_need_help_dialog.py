""" "Need help now?": the person's country first, then the emergency number, then
findahelpline.com as a link for the browser, then other countries on request; the country
comes from the system or from Settings, and every way in opens the same dialog."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moodapp.domain.help_lines import bundled_help_lines
from moodapp.domain.settings import HELP_LINES_COUNTRY
from moodapp.ui.common.translations import install_translators, remove_translators
from moodapp.ui.help.need_help_dialog import NeedHelpDialog
from moodapp.ui.settings.settings_dialog import SettingsDialog
from moodapp.ui.shell.main_window import MainWindow
from moodapp.ui.shell.reminder import Tray
from tests.gui.conftest import ModalAnswers, by_name, choose, combo_texts


def plain(label: QLabel) -> str:
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def opened(qtbot: QtBot, dialog: NeedHelpDialog) -> NeedHelpDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def territory(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str | None]]:
    """The system's territory, as the window's locale gives it (set by the test)."""
    chosen: list[str | None] = [None]
    monkeypatch.setattr("moodapp.ui.help.help_lines_text.system_territory", lambda: chosen[0])
    yield chosen


def read_need_help(window: MainWindow, open_it: object) -> dict[str, str]:
    """Open "Need help now?" the way ``open_it`` does and read its texts by name."""
    shown: dict[str, str] = {}

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NeedHelpDialog)
        for name in ("If you are in crisis", "Crisis lines", "Emergency number",
                     "Helplines in other countries"):  # fmt: skip
            shown[name] = plain(by_name(dialog, name, QLabel))
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    assert callable(open_it)
    open_it()
    return shown


def test_the_countrys_lines_come_first_then_the_emergency_number_then_the_link(
    qtbot: QtBot,
) -> None:
    dialog = opened(qtbot, NeedHelpDialog("AT"))
    layout = dialog.layout()
    assert layout is not None
    order = [layout.indexOf(by_name(dialog, name, QLabel)) for name in (
        "If you are in crisis", "Crisis lines", "Emergency number",
        "Helplines in other countries")]  # fmt: skip
    assert order == sorted(order) and -1 not in order
    lines = plain(by_name(dialog, "Crisis lines", QLabel))
    assert (
        lines.startswith("Austria")
        and "Telefonseelsorge: call 142, any time, day or night" in lines
    )
    assert "call the emergency number, 112" in plain(by_name(dialog, "Emergency number", QLabel))
    link = by_name(dialog, "Helplines in other countries", QLabel)
    assert 'href="https://findahelpline.com"' in link.text() and not link.openExternalLinks()
    other = by_name(dialog, "Lines in another country", QComboBox)
    assert layout.indexOf(link) < layout.indexOf(
        by_name(dialog, "Lines in the country chosen", QLabel)
    )
    assert other.currentText() == "Choose a country..." and "Austria" not in combo_texts(other)


def test_the_link_opens_in_the_browser_only_when_followed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url) or True)  # type: ignore[func-returns-value]  # notes the address, then answers True as openUrl does
    dialog = opened(qtbot, NeedHelpDialog("GB"))
    assert asked == []  # nothing is opened, nor looked up, by showing the dialog
    link = by_name(dialog, "Helplines in other countries", QLabel)
    link.setFocus()
    qtbot.keyClick(link, Qt.Key.Key_Tab)  # to the link inside the text, as with the keyboard
    qtbot.keyClick(link, Qt.Key.Key_Return)
    assert asked == [QUrl("https://findahelpline.com")]


def test_another_country_shows_its_lines_on_request(qtbot: QtBot) -> None:
    dialog = opened(qtbot, NeedHelpDialog("GB"))
    other = by_name(dialog, "Lines in another country", QComboBox)
    chosen = by_name(dialog, "Lines in the country chosen", QLabel)
    assert not chosen.isVisible()
    choose(qtbot, other, "Switzerland")
    assert chosen.isVisible()
    text = plain(chosen)
    assert text.startswith("Switzerland") and "Die Dargebotene Hand: call 143" in text
    assert "emergency number, 112" in text
    assert "Samaritans" in plain(by_name(dialog, "Crisis lines", QLabel))  # still first
    choose(qtbot, other, "Choose a country...")
    assert not chosen.isVisible()


@pytest.mark.parametrize("country", [c.country for c in bundled_help_lines()])
def test_every_country_in_the_file_reads_whole(qtbot: QtBot, country: str) -> None:
    dialog = opened(qtbot, NeedHelpDialog(country))
    lines = plain(by_name(dialog, "Crisis lines", QLabel))
    held = next(c for c in bundled_help_lines() if c.country == country)
    for line in held.lines:
        assert line.service in lines
        assert all(contact.value in lines for contact in line.contacts)
    if not held.lines:
        assert "no checked help line" in lines and "findahelpline.com" in lines
    emergency = plain(by_name(dialog, "Emergency number", QLabel))
    if held.emergency is not None:
        assert held.emergency.number in emergency
    else:
        assert "your local emergency number" in emergency


def test_an_unknown_country_is_said_and_points_to_settings(qtbot: QtBot) -> None:
    dialog = opened(qtbot, NeedHelpDialog(None))
    assert "does not know which country" in plain(by_name(dialog, "Crisis lines", QLabel))
    assert "your local emergency number" in plain(by_name(dialog, "Emergency number", QLabel))
    dialog = opened(qtbot, NeedHelpDialog("JP"))
    assert "no help line for this country (JP)" in plain(by_name(dialog, "Crisis lines", QLabel))


def test_every_control_has_a_name(qtbot: QtBot) -> None:
    dialog = opened(qtbot, NeedHelpDialog("US"))
    rich = [w for w in dialog.findChildren(QLabel) if w.textFormat() == Qt.TextFormat.RichText]
    controls = [*dialog.findChildren(QPushButton), *dialog.findChildren(QComboBox), *rich]
    names = [c.accessibleName() for c in controls]
    assert all(names) and len(names) == len(set(names)), names
    by_name(dialog, "Close", QPushButton).click()
    assert dialog.result() == QDialog.DialogCode.Rejected


# -- the country: the system's, or the one chosen in Settings ------------------------------


def test_the_systems_locale_picks_the_country(qtbot: QtBot, window: MainWindow) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Australia))
    try:
        shown = read_need_help(window, window.menus.need_help_action.trigger)
    finally:
        QLocale.setDefault(before)
    assert shown["Crisis lines"].startswith("Australia")
    assert "Lifeline: call 13 11 14" in shown["Crisis lines"]
    assert "emergency number, 000" in shown["Emergency number"]


def test_a_german_locale_shows_telefonseelsorge_first(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    before = QLocale()
    QLocale.setDefault(german)
    assert install_translators(qapp, german)
    texts: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, NeedHelpDialog)
            layout = dialog.layout()
            assert layout is not None
            labels = sorted(dialog.findChildren(QLabel), key=layout.indexOf)
            texts.extend(plain(label) for label in labels if layout.indexOf(label) >= 0)
        finally:
            cast(QDialog, dialog).reject()  # the modal widget is the dialog (asserted above)

    try:
        QTimer.singleShot(0, read_and_close)
        window.menus.need_help_action.trigger()
    finally:
        remove_translators(qapp)
        QLocale.setDefault(before)
    shown = "\n".join(texts)
    assert "Krise" in texts[0]  # the words for someone in crisis, in German
    assert "Deutschland" in shown
    assert shown.index("TelefonSeelsorge") < shown.index("112") < shown.index("findahelpline")
    assert "0800 111 0 111" in shown and "0800 111 0 222" in shown


def choose_in_settings(qtbot: QtBot, window: MainWindow, country: str, button: str = "OK") -> str:
    """Choose ``country`` for help lines in Settings, then click ``button``; returns what
    the choice showed before."""
    before: list[str] = []

    def choose_it(dialog: QWidget) -> None:
        combo = by_name(dialog, "Country for help lines", QComboBox)
        before.append(combo.currentText())
        choose(qtbot, combo, country)
        by_name(dialog, button, QPushButton).click()

    answers = ModalAnswers((SettingsDialog, choose_it))
    window.show_settings()
    assert answers.done()
    return before[0]


def test_a_country_chosen_in_settings_comes_first_and_is_kept(
    qtbot: QtBot, window: MainWindow, territory: list[str | None]
) -> None:
    territory[0] = "US"
    assert choose_in_settings(qtbot, window, "Austria") == "As the system sets it (United States)"
    assert window._controller.journal.settings.value(HELP_LINES_COUNTRY) == "AT"
    shown = read_need_help(window, window.menus.need_help_action.trigger)
    assert shown["Crisis lines"].startswith("Austria") and "142" in shown["Crisis lines"]

    assert choose_in_settings(qtbot, window, "As the system sets it (United States)") == "Austria"
    assert window._controller.journal.settings.value(HELP_LINES_COUNTRY) is None
    shown = read_need_help(window, window.menus.need_help_action.trigger)
    assert shown["Crisis lines"].startswith("United States") and "988" in shown["Crisis lines"]


def test_cancel_in_settings_keeps_the_country(
    qtbot: QtBot, window: MainWindow, territory: list[str | None]
) -> None:
    choose_in_settings(qtbot, window, "France", button="Cancel")
    assert window._controller.journal.settings.value(HELP_LINES_COUNTRY) is None


def test_the_tray_and_insights_open_the_same_dialog(
    qtbot: QtBot, window: MainWindow, territory: list[str | None]
) -> None:
    window._controller.journal.settings.change(HELP_LINES_COUNTRY, "FR")
    tray = window.desktop._ensure_tray()
    assert isinstance(tray, Tray)
    assert tray.need_help_action.text() == "Need help now?"
    from_tray = read_need_help(window, tray.need_help_action.trigger)
    assert from_tray["Crisis lines"].startswith("France") and "3114" in from_tray["Crisis lines"]
    window.show_view(window.insights_view)
    insights = window.insights_view
    button = next(b for b in insights.findChildren(QPushButton)
                  if b.accessibleName() == "Need help now?")  # fmt: skip
    from_insights = read_need_help(window, button.click)
    assert from_insights == from_tray
