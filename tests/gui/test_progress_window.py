"""The progress dialog of long work: it follows the work, and Cancel stops it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from moodapp.exchange.batch import Cancelled
from moodapp.ui.common.progress_window import ProgressWindow


def test_progress_shows_the_step_and_cancel_stops_the_work(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    with ProgressWindow(parent, "Importing") as progress:
        progress("saving", 250, 1000)
        assert progress.dialog.labelText() == "Saving entries..."
        assert (progress.dialog.value(), progress.dialog.maximum()) == (250, 1000)
        progress("episodes.csv", 10, 0)  # unknown total: a busy bar
        assert progress.dialog.maximum() == 0
        assert progress.dialog.labelText() == "Reading episodes.csv..."
        progress.dialog.cancel()
        with pytest.raises(Cancelled):
            progress("saving", 500, 1000)
