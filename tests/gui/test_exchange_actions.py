"""File > Export, Import and Report, driven through their dialogs."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
)
from pytestqt.qtbot import QtBot

from moodapp.domain.entries import CheckIn, CryingEpisode
from moodapp.services.exchange import ImportSummary
from moodapp.services.journal import Journal
from moodapp.ui.common.translations import install_translators
from moodapp.ui.exchange.daylio_dialog import DaylioDialog
from moodapp.ui.exchange.export_dialog import ExportDialog
from moodapp.ui.exchange.import_words import ImportWords
from moodapp.ui.insights.report_dialog import ReportRequestDialog
from moodapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import ModalAnswers, by_name
from tests.gui.test_report_pdf import media_boxes

DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    "2025-06-02,June 2,Monday,9:10 pm,Tired,work | crying,,Long day.\n"
    "2025-06-01,June 1,Sunday,10:00,good,friends,,\n"
)


A_CHECK_IN_WITHOUT_ITS_FIELDS = json.dumps(
    {"format": "moodapp-journal", "version": 1, "entries": [{"kind": "check-in"}]}
)


def press(dialog: QMessageBox, text: str) -> None:
    next(b for b in dialog.buttons() if b.text().replace("&", "") == text).click()


def offer_file(monkeypatch: pytest.MonkeyPatch, path: Path, text: str) -> None:
    """A file holding ``text``, the one the open-file dialog will choose."""
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))


def test_export_as_csv_through_the_dialog(
    qtbot: QtBot,
    window: MainWindow,
    live_journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    live_journal.entries.record(CheckIn(occurred_at=live_journal.now() - timedelta(days=1), mood=1,
                                energy=0, note="exported"))  # fmt: skip
    target = tmp_path / "mine"  # the ".zip" is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))

    def answer(dialog: ExportDialog) -> None:
        by_name(dialog, "CSV", QRadioButton).setChecked(True)
        qtbot.mouseClick(by_name(dialog, "Save as", QPushButton), Qt.MouseButton.LeftButton)

    answers = ModalAnswers((ExportDialog, answer))
    window.menus.export_action.trigger()
    assert answers.done()
    assert (tmp_path / "mine.zip").is_file()
    assert window.statusBar().currentMessage().endswith("(entries in the file: 1).")


def test_a_period_that_ends_before_it_starts_is_explained(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    def answer(dialog: ExportDialog) -> None:
        by_name(dialog, "The whole journal", QCheckBox).setChecked(False)
        by_name(dialog, "From", QDateEdit).setDate(
            by_name(dialog, "To", QDateEdit).date().addDays(1)
        )
        qtbot.mouseClick(by_name(dialog, "Save as", QPushButton), Qt.MouseButton.LeftButton)
        assert dialog.problem.text() == "The first day is after the last day."
        dialog.reject()

    answers = ModalAnswers((ExportDialog, answer))
    window.menus.export_action.trigger()
    assert answers.done()
    assert list(tmp_path.glob("*.json")) == []


def test_a_daylio_import_asks_about_moods_and_crying_then_confirms(
    qtbot: QtBot,
    window: MainWindow,
    live_journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offer_file(monkeypatch, tmp_path / "daylio.csv", DAYLIO)
    seen: dict[str, str] = {}

    def about_daylio(dialog: DaylioDialog) -> None:
        by_name(dialog, "Mood value of Tired", QSpinBox).setValue(-1)
        activities = by_name(dialog, "Activities that mean you cried", QListWidget)
        ticked = [activities.item(r).text() for r in range(activities.count())
                  if activities.item(r).checkState() == Qt.CheckState.Checked]  # fmt: skip
        seen["ticked"] = ", ".join(ticked)
        qtbot.mouseClick(by_name(dialog, "Continue", QPushButton), Qt.MouseButton.LeftButton)

    def confirm(box: QMessageBox) -> None:
        seen["preview"] = box.informativeText()
        press(box, "Import")

    answers = ModalAnswers(
        (DaylioDialog, about_daylio),
        (QMessageBox, confirm),
        (QMessageBox, lambda box: box.accept()),
    )
    window.menus.import_action.trigger()
    assert answers.done()
    assert seen["ticked"] == "crying"
    assert "Would add 3 new entries" in seen["preview"]
    entries = live_journal.entries.entries()
    assert sorted(type(e).__name__ for e in entries) == ["CheckIn", "CheckIn", "CryingEpisode"]
    assert {e.mood for e in entries if isinstance(e, CheckIn)} == {2, -1}
    assert window.statusBar().currentMessage().startswith("Added 3 new entries")
    assert not window.menus.undo_action.isEnabled()


def test_an_import_is_undone_from_the_button_beside_its_message(
    qtbot: QtBot,
    window: MainWindow,
    live_journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = live_journal.entries.record(
        CheckIn(occurred_at=live_journal.now() - timedelta(hours=2), mood=1, energy=0)
    ).saved
    offer_file(monkeypatch, tmp_path / "daylio.csv", DAYLIO)
    answers = ModalAnswers(
        (DaylioDialog, lambda dialog: dialog.accept()),
        (QMessageBox, lambda box: press(box, "Import")),
        (QMessageBox, lambda box: box.accept()),
    )
    window.menus.import_action.trigger()
    assert answers.done()
    assert len(live_journal.entries.entries()) == 4
    undo = window.undo_offer.button
    assert undo.isVisible() and window.statusBar().currentMessage().startswith("Added 3")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert live_journal.entries.entries() == [kept], "the journal as it was before the import"
    message = window.statusBar().currentMessage()
    assert message.startswith("Undone: the import. The journal as it was with the import is kept")
    assert not undo.isVisible()
    kept_as = message.rsplit(" ", 1)[-1].rstrip(".")
    (with_import,) = [d for d in live_journal.backups.available() if d.backup.path.name == kept_as]
    assert with_import.entries == 4, "the journal with the import is kept, nothing is lost"


def test_cancelling_at_the_confirmation_imports_nothing(
    qtbot: QtBot,
    window: MainWindow,
    live_journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offer_file(monkeypatch, tmp_path / "daylio.csv", DAYLIO.replace("Tired", "good"))
    answers = ModalAnswers(
        (DaylioDialog, lambda dialog: dialog.accept()),
        (QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click()),
    )
    window.menus.import_action.trigger()
    assert answers.done()
    assert live_journal.entries.entries() == []
    assert window.statusBar().currentMessage() == "Nothing was imported."


def test_a_broken_file_is_explained_and_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    live_journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mine = live_journal.entries.record(
        CryingEpisode(occurred_at=live_journal.now(), intensity=2)
    ).saved
    offer_file(monkeypatch, tmp_path / "journal.json", A_CHECK_IN_WITHOUT_ITS_FIELDS)
    seen: list[str] = []

    def warned(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    answers = ModalAnswers((QMessageBox, warned))
    window.menus.import_action.trigger()
    assert answers.done()
    assert seen == ["journal.json, entry 1: field “uid” is missing\n\nNothing was imported."]
    assert live_journal.entries.entries() == [mine]


def test_a_report_through_the_dialog_leaves_notes_out_unless_ticked(
    qtbot: QtBot,
    window: MainWindow,
    live_journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    live_journal.entries.record(CryingEpisode(occurred_at=live_journal.now() - timedelta(days=1),
                                      intensity=3))  # fmt: skip
    target = tmp_path / "for my therapist"  # the ".pdf" is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    seen: dict[str, object] = {}

    def answer(dialog: ReportRequestDialog) -> None:
        seen["notes ticked"] = by_name(dialog, "Include notes", QCheckBox).isChecked()
        by_name(dialog, "Paper", QComboBox).setCurrentIndex(1)
        qtbot.mouseClick(by_name(dialog, "Save as", QPushButton), Qt.MouseButton.LeftButton)

    answers = ModalAnswers((ReportRequestDialog, answer))
    window.menus.report_action.trigger()
    assert answers.done()
    assert seen["notes ticked"] is False
    pdf = (tmp_path / "for my therapist.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert media_boxes(pdf) == {(0, 0, 612, 792)}  # US Letter, in points
    assert "Saved the report" in window.statusBar().currentMessage()


def test_a_broken_file_is_explained_in_german(
    qapp: QApplication,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offer_file(monkeypatch, tmp_path / "journal.json", A_CHECK_IN_WITHOUT_ITS_FIELDS)
    seen: list[tuple[str, str]] = []

    def warned(box: QMessageBox) -> None:
        seen.append((box.windowTitle(), box.text()))
        box.accept()

    install_translators(qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany))
    answers = ModalAnswers((QMessageBox, warned))
    window.menus.import_action.trigger()
    assert answers.done()
    assert seen == [
        (
            "Nicht importiert",
            "journal.json, entry 1: das Feld \u201euid\u201c fehlt\n\nEs wurde nichts importiert.",
        )
    ]
    assert window.statusBar().currentMessage() == "Es wurde nichts importiert."


def _summary(count: int) -> ImportSummary:
    return ImportSummary(added=count, updated=count, skipped=0, catalogue_added=count,
                         reflections_added=count, reflections_updated=0, notes=(),
                         dry_run=False)  # fmt: skip


def test_the_summary_says_one_and_two_in_english(
    qtbot: QtBot,
    window: MainWindow,
    live_journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offer_file(
        monkeypatch,
        tmp_path / "daylio.csv",
        DAYLIO.splitlines()[0] + "\n" + DAYLIO.splitlines()[2] + "\n",
    )
    said = ImportWords()  # English, with its plural forms (tests/gui/conftest.py)
    assert said.lines(_summary(1)) == [
        "Added 1 new entry, updated 1 with a newer copy from the file, skipped 0 the journal "
        "already has.",
        "Added 1 emotion or trigger new to this journal.",
        "Added 1 weekly reflection, updated 0.",
    ]
    assert said.lines(_summary(2)) == [
        "Added 2 new entries, updated 2 with a newer copy from the file, skipped 0 the "
        "journal already has.",
        "Added 2 emotions and triggers new to this journal.",
        "Added 2 weekly reflections, updated 0.",
    ]
    answers = ModalAnswers(
        (DaylioDialog, lambda dialog: dialog.accept()),
        (QMessageBox, lambda box: press(box, "Import")),
        (QMessageBox, lambda box: box.accept()),
    )
    window.menus.import_action.trigger()
    assert answers.done()
    assert window.statusBar().currentMessage() == (
        "Added 1 new entry, updated 0 with a newer copy from the file, skipped 0 the journal "
        "already has."
    )
