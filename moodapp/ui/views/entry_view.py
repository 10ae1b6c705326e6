"""The Entry view: log a crying episode or a check-in, and see, edit or delete recent entries."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.entries import CheckIn
from moodapp.domain.validation import InvalidInput
from moodapp.services.journal import EntryNotFound, SaveFailed
from moodapp.ui.entry_text import entry_noun, entry_when
from moodapp.ui.journal_controller import JournalController
from moodapp.ui.widgets.check_in_form import CheckInForm
from moodapp.ui.widgets.entry_form import EntryForm
from moodapp.ui.widgets.episode_form import EpisodeForm
from moodapp.ui.widgets.form_parts import named
from moodapp.ui.widgets.recent_entries import RecentEntries

EPISODE_TAB, CHECK_IN_TAB = 0, 1


def _scrolling(form: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(form)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class EntryView(QWidget):
    status_message = Signal(str)

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.episode_form = EpisodeForm()
        self.check_in_form = CheckInForm()
        self.tabs = named(QTabWidget(self), self.tr("Kind of entry"))
        self.tabs.addTab(_scrolling(self.episode_form), self.tr("Crying episode"))
        self.tabs.addTab(_scrolling(self.check_in_form), self.tr("Check-in"))
        self.recent = RecentEntries(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("entrySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.recent)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        for form in self._forms():
            form.save_requested.connect(lambda form=form: self._on_form_save_requested(form))
            form.cancel_requested.connect(lambda form=form: self._on_form_cancel_requested(form))
        self.recent.edit_requested.connect(self.edit)
        self.recent.delete_requested.connect(self.delete)
        controller.entries_changed.connect(self.refresh)
        self.refresh_catalogue()
        self.refresh()

    def _forms(self) -> tuple[EntryForm, EntryForm]:
        return self.episode_form, self.check_in_form

    # -- what the window asks for ---------------------------------------------

    def start_episode(self) -> None:
        self._start(self.episode_form, EPISODE_TAB)

    def start_check_in(self) -> None:
        self._start(self.check_in_form, CHECK_IN_TAB)

    def _start(self, form: EntryForm, tab: int) -> None:
        if form.editing is None:
            form.start_new()
        self.tabs.setCurrentIndex(tab)
        form.when.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self) -> None:
        entries = self._controller.recent()
        self.recent.show_entries(
            entries, self._controller.today(), self._controller.emotion_labels()
        )

    def refresh_catalogue(self) -> None:
        emotions = self._controller.emotions()
        self.episode_form.set_catalogue(emotions, self._controller.triggers())
        self.check_in_form.set_catalogue(emotions)

    def edit(self, uid: str) -> None:
        try:
            entry = self._controller.get(uid)
        except EntryNotFound as error:
            self.status_message.emit(str(error))
            return
        form, tab = (
            (self.check_in_form, CHECK_IN_TAB)
            if isinstance(entry, CheckIn)
            else (self.episode_form, EPISODE_TAB)
        )
        form.start_editing(entry)
        self.tabs.setCurrentIndex(tab)
        form.when.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete(self, uid: str) -> None:
        try:
            deleted = self._controller.delete(uid)
        except EntryNotFound as error:
            self.status_message.emit(str(error))
            return
        except SaveFailed as error:
            QMessageBox.warning(self, self.tr("Not deleted"), str(error))
            return
        for form in self._forms():
            if form.editing is not None and form.editing.uid == uid:
                form.start_new()
        self.status_message.emit(
            self.tr("Deleted the %1 of %2. Ctrl+Z brings it back.")
            .replace("%1", entry_noun(deleted))
            .replace("%2", entry_when(deleted))
        )

    # -- form events ----------------------------------------------------------

    def _on_form_save_requested(self, form: EntryForm) -> None:
        entry = form.entry()
        try:
            saved = (
                self._controller.update(entry) if form.editing else self._controller.record(entry)
            )
        except InvalidInput as error:
            form.show_errors(error.errors)
            self.status_message.emit(self.tr("Not saved: please check the highlighted fields."))
            return
        except EntryNotFound:
            form.stop_editing_keep_fields()
            self.status_message.emit(
                self.tr(
                    "That entry was deleted meanwhile. Your changes are still here; "
                    "saving again adds them as an entry."
                )
            )
            return
        except SaveFailed as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return
        form.start_new()
        self.recent.select(saved.uid)
        self.status_message.emit(
            self.tr("Saved the %1 of %2.")
            .replace("%1", entry_noun(saved))
            .replace("%2", entry_when(saved))
        )

    def _on_form_cancel_requested(self, form: EntryForm) -> None:
        form.start_new()
