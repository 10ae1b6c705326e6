"""The report to share as a PDF: pages, words, paper sizes, notes only when chosen, cancelling,
dark ink on white paper whatever the window's theme."""

from __future__ import annotations

import re
import shutil
import subprocess
import zlib
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from moodapp.domain.entries import CryingEpisode
from moodapp.domain.reflection import Reflection
from moodapp.domain.report import ReportContent
from moodapp.domain.series import DateRange
from moodapp.exchange.batch import Cancelled
from moodapp.services.demo import fill_demo_journal
from moodapp.services.journal import Journal
from moodapp.services.report import ReportService
from moodapp.services.writes import write_transaction
from moodapp.store.database import Store
from moodapp.store.reflections import write_reflection
from moodapp.ui.insights.paper import PageSize
from moodapp.ui.insights.report_dialog import ReportRequestDialog
from moodapp.ui.insights.report_pdf import _check_complete, write_report
from moodapp.ui.look import tokens
from moodapp.ui.look.theme import palette_of
from moodapp.ui.shell.main_window import MainWindow
from tests.conftest import NOW
from tests.gui.conftest import ModalAnswers, by_name

SPAN = DateRange(date(2026, 9, 1), date(2026, 11, 26))
PERIOD = "1 September 2026 \u2013 26 November 2026"
NOTE = "Talked it through with <Sam> & felt lighter."


@pytest.fixture(autouse=True)
def _british_dates(qapp: object) -> Iterator[None]:
    """Dates read the same whatever the machine's language."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def report(store: Store, journal: Journal) -> ReportService:
    fill_demo_journal(journal)
    note = Reflection(week_end=date(2026, 11, 22), text=NOTE, created_at=NOW, updated_at=NOW)
    with write_transaction(store):
        write_reflection(note)
    return Journal(store, lambda: NOW).report


def content(report: ReportService, *, include_notes: bool) -> ReportContent:
    return report.content(SPAN, include_notes=include_notes)


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


def media_boxes(pdf: bytes) -> set[tuple[float, ...]]:
    return {
        tuple(float(n) for n in box.split())
        for box in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", pdf)
    }


@pytest.fixture
def dark_theme(qapp: QApplication) -> Iterator[None]:
    """The application in the window's dark palette, as after Settings > Theme: dark."""
    before = qapp.palette()
    qapp.setPalette(palette_of(tokens.DARK))
    yield
    qapp.setPalette(before)


def _object(pdf: bytes, number: int) -> tuple[bytes, bytes]:
    """The dictionary and the stream (inflated unless it is a picture) of object ``number``."""
    found = re.search(rb"\n%d 0 obj\s*<<(.*?)>>\s*stream\r?\n" % number, pdf, re.DOTALL)
    assert found is not None, f"no object {number}"
    stream = pdf[found.end() : pdf.index(b"endstream", found.end())]
    if b"/FlateDecode" in found.group(1):
        stream = zlib.decompress(stream)
    return found.group(1), stream


def text_colours(pdf: bytes) -> set[str]:
    """The fill colours (#rrggbb) that the pages' text is printed in."""
    colours: set[str] = set()
    for contents in re.findall(rb"/Contents (\d+) 0 R", pdf):
        fill = QColor("black")  # the PDF default
        _, stream = _object(pdf, int(contents))
        for op in re.finditer(rb"([\d.]+) ([\d.]+) ([\d.]+) scn\b|\bBT\b", stream):
            if op.group(1) is None:
                colours.add(fill.name())
            else:
                fill = QColor.fromRgbF(*(float(op.group(n)) for n in (1, 2, 3)))
    return colours


def pictures(pdf: bytes) -> list[QImage]:
    """The pictures printed on the pages (the charts), decoded."""
    found = []
    for number in re.findall(rb"\n(\d+) 0 obj\s*<<[^>]*/Subtype /Image", pdf):
        head, stream = _object(pdf, int(number))
        assert b"/DCTDecode" in head  # Qt writes pictures as JPEG
        image = QImage.fromData(stream, "JPEG")  # type: ignore[arg-type]  # PySide6 wants a str here; its stubs say bytes
        assert not image.isNull()
        found.append(image)
    return found


def darkest(image: QImage) -> int:
    """The lowest lightness of a sample of the image's pixels (every 4th pixel each way)."""
    return min(
        image.pixelColor(x, y).lightness()
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
    )


def text_of(path: Path) -> str:
    """The PDF's words as poppler reads them, one space between each; skips the test where
    pdftotext is missing."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(done.stdout.decode("utf-8").split())


def test_the_demo_report_has_its_period_charts_and_numbers(
    report: ReportService, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    write_report(content(report, include_notes=False), path)
    pdf = path.read_bytes()
    assert pdf.startswith(b"%PDF")
    count = pages(pdf)
    assert count >= 2
    text = text_of(path)
    assert "Mood and crying journal" in text
    assert PERIOD in text
    assert "In numbers" in text
    assert "Feeling after crying, by situation" in text
    assert "too few to split" in text  # the demo has small groups
    assert "does not show why" in text
    assert f"Page 1 of {count}" in text and f"Page {count} of {count}" in text


def test_notes_are_in_the_report_only_when_chosen(report: ReportService, tmp_path: Path) -> None:
    with_notes, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    write_report(content(report, include_notes=True), with_notes)
    write_report(content(report, include_notes=False), without)
    assert "Weekly notes" in text_of(with_notes)
    assert NOTE in text_of(with_notes)  # escaped for the layout, read back as written
    assert "Weekly notes" not in text_of(without)
    assert "Sam" not in text_of(without)
    assert pages(with_notes.read_bytes()) > pages(without.read_bytes())


def test_letter_and_a4_pages_differ(report: ReportService, tmp_path: Path) -> None:
    a4, letter = tmp_path / "a4.pdf", tmp_path / "letter.pdf"
    data = content(report, include_notes=False)
    write_report(data, a4, PageSize.A4)
    write_report(data, letter, PageSize.LETTER)
    assert media_boxes(a4.read_bytes()) == {(0, 0, 595, 842)}  # points
    assert media_boxes(letter.read_bytes()) == {(0, 0, 612, 792)}


def test_an_empty_period_reads_kindly(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    empty = Journal(store, lambda: NOW).report.content(SPAN, include_notes=True)
    write_report(empty, path)
    assert pages(path.read_bytes()) == 1
    text = text_of(path)
    assert PERIOD in text
    assert "No entries in this period." in text
    assert "No weekly notes in this period." in text
    assert "In numbers" not in text


def test_progress_is_told_every_step(report: ReportService, tmp_path: Path) -> None:
    steps: list[tuple[str, int, int]] = []
    write_report(
        content(report, include_notes=False),
        tmp_path / "report.pdf",
        progress=lambda step, done, total: steps.append((step, done, total)),
    )
    assert ("charts", 0, 4) in steps
    assert ("charts", 4, 4) in steps
    assert ("layout", 0, 1) in steps
    assert steps[-1][0] == "pages" and steps[-1][1] == steps[-1][2] >= 2


@pytest.mark.parametrize(
    ("step", "at"),
    [("charts", 2), ("layout", 0), ("pages", 1)],
)
def test_cancelling_leaves_no_file(
    report: ReportService, tmp_path: Path, step: str, at: int
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()

    def cancel(name: str, done: int, total: int) -> None:
        if (name, done) == (step, at):
            raise Cancelled

    with pytest.raises(Cancelled):
        write_report(content(report, include_notes=True), folder / "report.pdf", progress=cancel)
    assert list(folder.iterdir()) == []


def test_cancelling_keeps_an_earlier_report(report: ReportService, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF an earlier report")

    def cancel(name: str, done: int, total: int) -> None:
        if name == "pages" and done == 1:
            raise Cancelled

    with pytest.raises(Cancelled):
        write_report(content(report, include_notes=False), path, progress=cancel)
    assert path.read_bytes() == b"%PDF an earlier report"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == ["report.pdf"]


def test_a_pdf_cut_short_is_noticed(tmp_path: Path) -> None:
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.4\n" + b"x" * 100)
    with pytest.raises(OSError, match="could not be written completely"):
        _check_complete(cut)


@pytest.mark.usefixtures("dark_theme")
def test_a_report_made_in_the_dark_theme_is_printed_in_dark_ink_on_white(
    report: ReportService, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    write_report(content(report, include_notes=True), path)
    pdf = path.read_bytes()
    colours = text_colours(pdf)
    assert colours
    assert max(QColor(colour).lightness() for colour in colours) < 110, colours
    charts = pictures(pdf)
    assert len(charts) == 4
    for chart in charts:
        assert chart.pixelColor(2, 2).lightness() > 250  # white paper
        assert darkest(chart) < 60  # its title and axes in dark ink


def rendered_pages(path: Path) -> list[QImage]:
    """The PDF's pages as poppler draws them; skips the test where pdftoppm is missing."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(path), str(path.with_suffix(""))], check=True
    )
    return [QImage(str(page)) for page in sorted(path.parent.glob(f"{path.stem}-*.png"))]


def test_a_report_prints_the_same_in_the_dark_theme_as_in_the_light(
    report: ReportService, tmp_path: Path, qapp: QApplication
) -> None:
    data = content(report, include_notes=True)
    light, dark = tmp_path / "light.pdf", tmp_path / "dark.pdf"
    write_report(data, light)
    before = qapp.palette()
    qapp.setPalette(palette_of(tokens.DARK))
    try:
        write_report(data, dark)
    finally:
        qapp.setPalette(before)
    light_pages, dark_pages = rendered_pages(light), rendered_pages(dark)
    assert len(dark_pages) == len(light_pages) >= 3
    assert darkest(light_pages[0]) < 60
    for number, (in_light, in_dark) in enumerate(zip(light_pages, dark_pages, strict=True)):
        assert in_dark == in_light, f"page {number + 1} differs"


@pytest.mark.usefixtures("dark_theme")
def test_file_report_to_share_in_the_dark_theme_prints_dark_ink(
    qtbot: QtBot,
    window: MainWindow,
    live_journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    live_journal.entries.record(CryingEpisode(occurred_at=live_journal.now() - timedelta(days=1),
                                      intensity=3, note="A hard day at work."))  # fmt: skip
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))

    def answer(dialog: ReportRequestDialog) -> None:
        qtbot.mouseClick(by_name(dialog, "Save as", QPushButton), Qt.MouseButton.LeftButton)

    answers = ModalAnswers((ReportRequestDialog, answer))
    window.menus.report_action.trigger()
    assert answers.done()
    pdf = target.read_bytes()
    assert max(QColor(colour).lightness() for colour in text_colours(pdf)) < 110
    assert all(chart.pixelColor(2, 2).lightness() > 250 for chart in pictures(pdf))
