"""Translations: the German window, English where moodapp has no translation, and the .ts
files complete (nothing unfinished, every placeholder kept, the .qm made from them)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMenu,
    QPushButton,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from moodapp.domain import insight_words as words
from moodapp.paths import AppPaths
from moodapp.services.journal import Journal
from moodapp.ui.common.scale_steps import ScaleSteps, Step
from moodapp.ui.common.translations import install_translators, remove_translators
from moodapp.ui.entry.check_in_form import CheckInForm
from moodapp.ui.entry.episode_form import EpisodeForm
from moodapp.ui.insights.insight_text import wording
from moodapp.ui.insights.report_dialog import ReportRequestDialog
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import by_name

I18N = Path(__file__).resolve().parents[2] / "moodapp" / "assets" / "i18n"
TS_FILES = sorted(I18N.glob("moodapp_*.ts"))
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
QT_GERMAN = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_de.qm"
# %1 .. %9 (QString-style, replaced by the code), %s (Python's %), {name} (str.format; a
# translation may write a number its own way: "{length}" for "{length:,}").
PLACEHOLDER = re.compile(r"%\d+|%s|\{\w*(?=[:}])")
# "&x" marks x as the key; "&&" is a literal "&", "&amp;" and the like are HTML.
ACCELERATOR = re.compile(r"(?<!&)&(?!&|amp;|lt;|gt;|quot;|apos;|nbsp;|#)(\w)")


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test installs is taken back afterwards: the next test is English again."""
    yield qapp
    remove_translators(qapp)


def cancel_button_text() -> str:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    try:
        return buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    finally:
        buttons.deleteLater()


def languages(installed: list[QTranslator]) -> list[str]:
    return [translator.language() for translator in installed]


def accelerators(texts: list[str]) -> list[str]:
    return [m.group(1).casefold() for t in texts for m in [ACCELERATOR.search(t)] if m]


# -- German ---------------------------------------------------------------------------


def test_german_locale_translates_each_context(translated: QApplication) -> None:
    installed = install_translators(translated, GERMAN)

    assert installed, "moodapp_de.qm should be found in the package"
    translate = QCoreApplication.translate
    assert translate("Menus", "&File") == "&Datei"
    assert translate("EntryView", "Crying episode") == "Weinen"
    assert translate("Scale", "sobbing") == "Schluchzen"
    assert translate("Report", "Page {page} of {pages}") == "Seite {page} von {pages}"
    say = wording()
    assert say.times(2) == "zweimal"
    assert say.say(words.WEEK_MOOD, mood="+1") == (
        "Deine Stimmung lag im Durchschnitt bei +1. Die Skala reicht von -3 (unangenehm) bis +3 "
        "(angenehm)."
    )


@pytest.mark.skipif(not QT_GERMAN.is_file(), reason="this PySide6 ships no qtbase_de.qm")
def test_german_locale_also_translates_qts_own_buttons(translated: QApplication) -> None:
    installed = install_translators(translated, GERMAN)

    assert languages(installed) == ["en", "de_DE", "de_DE"]  # English plurals, moodapp, Qt
    assert cancel_button_text() == "Abbrechen"


def test_german_window_has_german_menus_with_unique_accelerators(
    qtbot: QtBot, translated: QApplication, live_journal: Journal, tmp_path: Path
) -> None:
    install_translators(translated, GERMAN)
    window = MainWindow(JournalController(live_journal), AppPaths.under(tmp_path / "data"))
    qtbot.addWidget(window)

    menus = [action.menu() for action in window.menuBar().actions()]
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:3] == ["&Datei", "&Bearbeiten", "&Ansicht"]
    top = accelerators(titles)
    assert len(top) == len(titles) and len(set(top)) == len(top), titles
    for menu in menus:
        assert isinstance(menu, QMenu)
        texts = [action.text() for action in menu.actions() if action.text()]
        keys = accelerators(texts)
        assert len(set(keys)) == len(keys), texts
    tabs = by_name(window.entry_view, "Art des Eintrags", QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Weinen", "Check-in"]


def suggested_report_name(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> str:
    """The file name the report dialog offers for its usual period, 29 August to 26 November
    2026, once "Save as..." is clicked."""
    offered: list[str] = []

    def chooser(parent: object, title: str, suggested: str, filter: str) -> tuple[str, str]:
        offered.append(Path(suggested).name)
        return "", ""  # the person cancels

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    dialog = ReportRequestDialog(date(2026, 11, 26))
    qtbot.addWidget(dialog)
    save = QCoreApplication.translate("SaveAs", "Save as")
    qtbot.mouseClick(by_name(dialog, save, QPushButton), Qt.MouseButton.LeftButton)
    assert len(offered) == 1
    return offered[0]


def test_the_report_is_offered_under_a_german_name_in_german(
    qtbot: QtBot, translated: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_translators(translated, GERMAN)

    name = suggested_report_name(qtbot, monkeypatch)
    assert name == "moodapp-bericht-2026-08-29-bis-2026-11-26.pdf"


def test_the_report_is_offered_under_an_english_name_without_a_translation(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = suggested_report_name(qtbot, monkeypatch)
    assert name == "moodapp-report-2026-08-29-to-2026-11-26.pdf"


def test_a_later_call_replaces_the_earlier_translators(translated: QApplication) -> None:
    install_translators(translated, GERMAN)
    assert languages(install_translators(translated, QLocale(QLocale.Language.English))) == ["en"]

    assert QCoreApplication.translate("Menus", "&File") == "&File"


# -- no translation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "locale",
    [
        QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
        QLocale(QLocale.Language.Icelandic, QLocale.Country.Iceland),
        QLocale.c(),
    ],
    ids=["English", "Icelandic", "C"],
)
def test_without_a_translation_only_englishs_plural_forms_are_installed(
    translated: QApplication, locale: QLocale
) -> None:
    assert not (I18N / "moodapp_is.qm").exists(), "pick a language moodapp has no .qm for"

    assert languages(install_translators(translated, locale)) == ["en"]
    assert QCoreApplication.translate("Menus", "&File") == "&File"
    assert QCoreApplication.translate("Scale", "sobbing") == "sobbing"
    assert cancel_button_text() == "Cancel"  # Qt's dialogs stay English too
    found = "%Ln entries found."
    assert QCoreApplication.translate("FindDialog", found, "", 1) == "1 entry found."
    assert QCoreApplication.translate("FindDialog", found, "", 2) == "2 entries found."


def test_english_before_german_reads_the_original(translated: QApplication) -> None:
    """A person whose languages are English, then German, gets no German."""
    assert languages(install_translators(translated, QLocale("en_GB"))) == ["en"]


# -- the .ts files ------------------------------------------------------------------------


def message_forms(ts: Path) -> Iterator[tuple[str, str, int, str, str | None]]:
    """(context, source, count, translation, type) of every message in ``ts``: a message
    with plural forms once for each, with a count that picks the form (two forms, as
    English and German have: 1, then 2), any other message once with the count -1."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes":
                assert len(forms) == 2, f"{name}: {source!r} should have two plural forms"
                for count, form in enumerate(forms, start=1):
                    yield name, source, count, form.text or "", kind
            else:
                yield name, source, -1, translation.text or "", kind


def messages(ts: Path) -> Iterator[tuple[str, str, str, str | None]]:
    """(context, source, translation, type) of every message in ``ts``, each plural form
    on its own."""
    for context, source, _, text, kind in message_forms(ts):
        yield context, source, text, kind


def test_there_is_a_german_translation() -> None:
    assert I18N / "moodapp_de.ts" in TS_FILES


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_string_is_translated(ts: Path) -> None:
    unfinished = [
        (context, source)
        for context, source, text, kind in messages(ts)
        if kind == "unfinished" or (kind is None and not text.strip())
    ]
    assert not unfinished, f"{len(unfinished)} strings to translate, e.g. {unfinished[:5]}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_every_placeholder(ts: Path) -> None:
    broken = [
        (context, source, text)
        for context, source, text, _ in messages(ts)
        if text and Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text))
    ]
    assert not broken


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_menu_entries_keep_one_accelerator(ts: Path) -> None:
    broken = [
        (context, source, text)
        for context, source, text, kind in messages(ts)
        if kind is None and len(accelerators([source])) != len(accelerators([text]))
    ]
    assert not broken


# GROUNDING.md's wording rules, for the German words: describe, never diagnose or judge,
# no norms, no causes, nothing that makes a game of crying, no "you should".
FORBIDDEN_GERMAN = [
    r"normal", r"diagnos", r"störung", r"verursach", r"krankhaft", r"\bgesund",
    r"ungesund", r"symptom", r"patholog", r"depressi", r"glückwunsch", r"gut gemacht",
    r"\bserie", r"punktzahl", r"abzeichen", r"rekord", r"\bsollst", r"\bsolltest",
    r"zu viel\b", r"zu wenig\b", r"schwäche",
]  # fmt: skip


@pytest.mark.parametrize("pattern", FORBIDDEN_GERMAN)
def test_german_keeps_the_wording_rules(pattern: str) -> None:
    offending = [
        text
        for _, _, text, _ in messages(I18N / "moodapp_de.ts")
        if re.search(pattern, text, re.IGNORECASE)
    ]
    assert offending == []


# Forms of the verb "weinen" ("Weinen", "weinst", "geweint"): any other word that starts
# with "Wein" is a compound that reads as wine ("Weinepisode", "Weinmoment").
CRYING_WORDS = {"weinen", "weine", "weinst", "weint", "weinte", "weinten", "weinend", "weinens"}


def test_german_never_makes_wine_of_crying() -> None:
    offending = [
        word
        for _, _, text, kind in messages(I18N / "moodapp_de.ts")
        if kind is None
        for word in re.findall(r"\bwein\w*", text, re.IGNORECASE)
        if word.casefold() not in CRYING_WORDS
    ]
    assert offending == []


def test_german_counts_times_one_way() -> None:
    """Counts of times read "5 Mal" and "0 bis 5 Mal", never "5-mal" or "0- bis 5-mal"."""
    number = r"(?:\d|%\d|\{\w+\})"
    offending = [
        text
        for _, _, text, kind in messages(I18N / "moodapp_de.ts")
        if kind is None and re.search(rf"{number}-mal\b|{number}- bis\b", text)
    ]
    assert offending == []


def test_german_speaks_to_the_person_as_du() -> None:
    formal = re.compile(r"\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen)\b")  # capitalised: "Sie"-form
    offending = [
        text
        for _, _, text, _ in messages(I18N / "moodapp_de.ts")
        if any(formal.match(word) for word in _mid_sentence_words(text))
    ]
    assert offending == []


def _mid_sentence_words(text: str) -> list[str]:
    """Words not at the start of a sentence, where a capital "Sie" is the polite form."""
    found: list[str] = []
    for sentence in re.split(r"(?<=[.:?!])\s+|\n|<[^>]+>", text):
        found += sentence.split()[1:]
    return found


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_qm_file_is_made_from_the_ts_file(ts: Path) -> None:
    """``python resources/translations.py release`` ran after the last change."""
    qm = ts.with_suffix(".qm")
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm.name} is missing"
    stale = [
        (context, source)
        for context, source, count, text, kind in message_forms(ts)
        if kind is None and translator.translate(context, source, None, count) != text
    ]
    assert not stale, f"run `python resources/translations.py release`: {stale[:5]}"


def test_every_german_scale_step_shows_its_words_whole(
    qtbot: QtBot, translated: QApplication
) -> None:
    """At the forms' width in an 800-pixel window, the steps wrap rather than cut words."""
    install_translators(translated, GERMAN)
    for form in (EpisodeForm(), CheckInForm()):
        qtbot.addWidget(form)
        form.resize(440, 900)
        form.show()
        qtbot.waitExposed(form)
        for scale in form.findChildren(ScaleSteps):
            for button in scale.findChildren(Step):
                place = button.geometry()
                assert place.width() >= button.sizeHint().width(), button.text()
                assert scale.rect().contains(place), f"{button.text()!r} is cut off"
