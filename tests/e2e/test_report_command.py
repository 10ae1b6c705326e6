"""`moodapp report`, run as the installed command."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from tests.e2e.conftest import RunMoodapp
from tests.gui.test_report_pdf import media_boxes, pages, pictures, text_colours

pytestmark = pytest.mark.e2e


def test_a_report_of_the_demo_journal(moodapp: RunMoodapp, tmp_path: Path) -> None:
    made = moodapp("--demo", "report", "--output", "report.pdf", "--page", "letter")
    assert made.returncode == 0, made.stderr
    assert made.stderr == ""  # nothing from Qt's offscreen platform either
    assert made.stdout.strip() == "report.pdf"
    pdf = (tmp_path / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pages(pdf) >= 3
    assert media_boxes(pdf) == {(0, 0, 612, 792)}
    assert max(QColor(colour).lightness() for colour in text_colours(pdf)) < 110  # dark ink
    assert all(chart.pixelColor(2, 2).lightness() > 250 for chart in pictures(pdf))  # on white


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--output", "report.txt"], "--output: a report is a .pdf file"),
        (["--output", "nowhere/report.pdf"], "--output: the folder nowhere does not exist"),
        (["--output", "r.pdf", "--from", "2026-02-01", "--to", "2026-01-01"], "--from: the first"),
    ],
)
def test_bad_report_options_exit_2_and_write_nothing(
    moodapp: RunMoodapp, tmp_path: Path, args: list[str], message: str
) -> None:
    refused = moodapp("report", *args)
    assert refused.returncode == 2
    assert message in refused.stderr
    assert list(tmp_path.glob("*.pdf")) == []
