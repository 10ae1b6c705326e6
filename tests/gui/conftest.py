"""A main window on a fresh journal, and finding widgets by their accessible names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QWidget

from moodapp.paths import AppPaths
from moodapp.services.journal import JournalService, opened_journal
from moodapp.ui.journal_controller import JournalController
from moodapp.ui.main_window import MainWindow

W = TypeVar("W", bound=QWidget)


@pytest.fixture
def live_journal(tmp_path: Path) -> Iterator[JournalService]:
    """A journal on the real clock: the forms default to the real "now"."""
    with opened_journal(AppPaths.under(tmp_path / "data")) as journal:
        yield journal


@pytest.fixture
def window(qtbot, live_journal: JournalService, tmp_path: Path) -> MainWindow:
    main = MainWindow(JournalController(live_journal), AppPaths.under(tmp_path / "data"))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def by_name(root: QWidget, name: str, kind: type[W] = QWidget) -> W:
    """The one widget of ``kind`` under ``root`` whose accessible name is ``name``."""
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name!r} under {root!r}"
    return found[0]
