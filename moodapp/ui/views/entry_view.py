"""The Entry view: log a crying episode or a check-in, and see, edit or delete recent entries."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.entries import CheckIn
from moodapp.services.changes import Changes
from moodapp.services.entries import EntryNotFound
from moodapp.ui.entry_actions import delete_entry, save_form
from moodapp.ui.insight_text import wording
from moodapp.ui.journal_controller import JournalController
from moodapp.ui.refresh_when_shown import RefreshWhenShown
from moodapp.ui.widgets.check_in_form import CheckInForm
from moodapp.ui.widgets.entry_form import EntryForm
from moodapp.ui.widgets.entry_list import EntryList
from moodapp.ui.widgets.episode_form import EpisodeForm
from moodapp.ui.widgets.form_parts import named

EPISODE_TAB, CHECK_IN_TAB = 0, 1


class EntryView(QWidget):
    status_message = Signal(str)
    insights_requested = Signal()

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.episode_form = EpisodeForm()
        self.check_in_form = CheckInForm()
        self.tabs = named(QTabWidget(self), self.tr("Kind of entry"))
        self.tabs.addTab(self.episode_form, self.tr("Crying episode"))
        self.tabs.addTab(self.check_in_form, self.tr("Check-in"))
        self.recent = EntryList(
            self.tr("Recent entries"),
            self.tr("Nothing in the last 7 days yet. What you log appears here."),
            by_day=True,
            parent=self,
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Your last four weeks"))
        self.more = named(
            QPushButton(self.tr("More in Insights"), self), self.tr("More in Insights")
        )
        self.more.clicked.connect(self.insights_requested)
        self.recent.insert_below_heading(self.more)
        self.recent.insert_below_heading(self.summary)
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
        self.refresh_catalogue()
        self.refresh()
        RefreshWhenShown(self, controller, self.refresh, Changes.touches_entries, drawn=True)
        RefreshWhenShown(
            self, controller, self.refresh_catalogue, Changes.touches_catalogue, drawn=True
        )

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
        self.summary.setText(self._controller.journal.insights.summary(wording()))
        self.summary.setVisible(bool(self.summary.text()))
        self.more.setVisible(bool(self.summary.text()))
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
        for form in self._forms():
            if form.editing is not None and form.editing.uid == uid:
                form.start_new()
        self.status_message.emit(delete_entry(uid, self._controller, self))

    # -- form events ----------------------------------------------------------

    def _on_form_save_requested(self, form: EntryForm) -> None:
        saved, message = save_form(form, self._controller, self)
        if saved is not None:
            form.start_new()
            self.recent.select(saved.uid)
        self.status_message.emit(message)

    def _on_form_cancel_requested(self, form: EntryForm) -> None:
        form.start_new()
