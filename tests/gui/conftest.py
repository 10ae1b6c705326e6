"""A main window on a fresh journal, and finding widgets by their accessible names."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar, overload

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPoint,
    QPointF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moodapp.paths import AppPaths
from moodapp.services.journal import Journal, opened_journal
from moodapp.ui.common.translations import install_translators, remove_translators
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.ui.shell.main_window import MainWindow

W = TypeVar("W", bound=QWidget)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """English, as the app starts in it: with English's plural forms ("1 entry found")."""
    install_translators(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    remove_translators(qapp)


@pytest.fixture
def live_journal(tmp_path: Path) -> Iterator[Journal]:
    """A journal on the real clock: the forms default to the real "now"."""
    with opened_journal(AppPaths.under(tmp_path / "data")) as journal:
        yield journal


@pytest.fixture
def window(qtbot: QtBot, live_journal: Journal, tmp_path: Path) -> MainWindow:
    main = MainWindow(JournalController(live_journal), AppPaths.under(tmp_path / "data"))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@overload
def by_name(root: QWidget, name: str) -> QWidget: ...
@overload
def by_name(root: QWidget, name: str, kind: type[W]) -> W: ...
def by_name(root: QWidget, name: str, kind: type[QWidget] = QWidget) -> QWidget:
    """The one widget of ``kind`` under ``root`` whose accessible name is ``name``."""
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name!r} under {root!r}"
    return found[0]


class ModalAnswers:
    """Answers the modal dialogs a flow opens, in order: each answer gets the dialog.

    A modal dialog runs its own event loop, so the test cannot click in it from the
    outside; a timer looks for the next expected dialog and answers it from inside.
    """

    def __init__(self, *answers: tuple[type[QWidget], Callable[[Any], object]]) -> None:
        self.pending = list(answers)
        self._answered: list[QWidget] = []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._answer)
        self._timer.start()

    def _answer(self) -> None:
        modal = QApplication.activeModalWidget()
        if not self.pending or modal is None or modal in self._answered:
            return
        kind, answer = self.pending[0]
        if isinstance(modal, kind):
            self.pending.pop(0)
            self._answered.append(modal)
            # Answered from a timer of its own: an answer that opens another modal dialog
            # would otherwise keep this watcher's timer busy, and that dialog unanswered.
            QTimer.singleShot(0, lambda: answer(modal))

    def done(self) -> bool:
        self._timer.stop()
        return not self.pending


# -- touching widgets as a person does -------------------------------------------------


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open ``combo``'s list and click the item that reads ``text``."""
    index = combo.findText(text)
    assert index >= 0, f"{combo.accessibleName()!r} offers no {text!r}: {combo_texts(combo)}"
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    model_index = view.model().index(index, combo.modelColumn(), view.rootIndex())
    view.scrollTo(model_index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model_index).center()
    )
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


def combo_texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def wheel(widget: QWidget, notches: int) -> None:
    """Turn the mouse wheel over the middle of ``widget`` (positive: away from the person)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    QApplication.sendEvent(
        widget,
        QWheelEvent(
            centre,
            widget.mapToGlobal(centre),
            QPoint(0, 0),
            QPoint(0, 120 * notches),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        ),
    )


def _model_texts(model: QAbstractItemModel) -> list[str]:
    top = QModelIndex()  # PySide6 hides columnCount() of a list model: a list has one
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    found = []
    for row in range(model.rowCount(top)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    found.append(value)
    return found


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person can see or hear of ``window``: labels, buttons, choices, notes,
    lists and tables, tooltips, and what a screen reader says (names, descriptions)."""
    QApplication.processEvents()
    found: list[str] = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QComboBox):
            found += combo_texts(widget)
        elif isinstance(widget, QPlainTextEdit):
            found.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _model_texts(widget.model())
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    return [text for text in found if text]
