"""The Entry view: log a crying episode or a check-in, and see, edit or delete recent entries.

So that the window opens fast, the check-in form is built when its tab is first chosen (or
the window first asks for it), and the summary of the last four weeks is worked out just
after the view's first frame is drawn.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
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
from moodapp.ui.common.form_parts import named
from moodapp.ui.common.refresh_when_shown import RefreshWhenShown
from moodapp.ui.common.words import message_of
from moodapp.ui.entry.check_in_form import CheckInForm
from moodapp.ui.entry.entry_actions import delete_entry, save_form
from moodapp.ui.entry.entry_form import EntryForm
from moodapp.ui.entry.entry_list import EntryList
from moodapp.ui.entry.episode_form import EpisodeForm
from moodapp.ui.insights.insight_text import wording
from moodapp.ui.look import tokens
from moodapp.ui.shell.first_frame import after_first_frame
from moodapp.ui.shell.journal_controller import JournalController

EPISODE_TAB, CHECK_IN_TAB = 0, 1


class EntryView(QWidget):
    status_message = Signal(str)
    insights_requested = Signal()

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.episode_form = EpisodeForm()
        self._check_in_form: CheckInForm | None = None
        self.tabs = named(QTabWidget(self), self.tr("Kind of entry"))
        self.tabs.addTab(self.episode_form, self.tr("Crying episode"))
        # Stands in for the check-in form until that is built.
        self.tabs.addTab(QWidget(self.tabs), self.tr("Check-in"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.recent = EntryList(
            self.tr("Recent entries"),
            self.tr("Nothing in the last 7 days yet. What you log appears here."),
            by_day=True,
            parent=self,
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Your last four weeks"))
        self.summary.setVisible(False)  # until it is worked out, after the first frame
        self.more = named(
            QPushButton(self.tr("More in Insights"), self), self.tr("More in Insights")
        )
        self.more.setVisible(False)
        self.more.clicked.connect(self.insights_requested)
        self.recent.insert_below_heading(self.more)
        self.recent.insert_below_heading(self.summary)
        self.splitter = QSplitter(self)  # side by side
        self.splitter.setObjectName("entrySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.recent)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # In the middle once it is as wide as it grows (in a widget of its own: a splitter
        # sets its own largest size from its children's).
        bounded = QWidget(self)
        bounded.setMaximumWidth(self.fontMetrics().averageCharWidth() * tokens.FORM_AND_LIST_WIDTH)
        inside = QVBoxLayout(bounded)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addWidget(self.splitter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(0)  # takes only what the bounded part leaves
        layout.addWidget(bounded, 1)
        layout.addStretch(0)

        self._connect(self.episode_form)
        self.recent.edit_requested.connect(self.edit)
        self.recent.delete_requested.connect(self.delete)
        self.refresh_catalogue()
        self._refresh_recent()
        after_first_frame(self, self._refresh_summary)
        RefreshWhenShown(self, controller, self.refresh, Changes.touches_entries, drawn=True)
        RefreshWhenShown(
            self, controller, self.refresh_catalogue, Changes.touches_catalogue, drawn=True
        )

    def _connect(self, form: EntryForm) -> None:
        form.save_requested.connect(lambda: self._on_form_save_requested(form))
        form.cancel_requested.connect(lambda: self._on_form_cancel_requested(form))

    @property
    def check_in_form(self) -> CheckInForm:
        """The check-in form, built on first use and put in its tab."""
        if self._check_in_form is None:
            form = CheckInForm()
            form.set_catalogue(self._controller.emotions(), self._controller.emotion_uses())
            self._connect(form)
            self._check_in_form = form
            placeholder = self.tabs.widget(CHECK_IN_TAB)
            current = self.tabs.currentIndex()
            blocked = self.tabs.blockSignals(True)  # the same tab stays chosen throughout
            try:
                self.tabs.insertTab(CHECK_IN_TAB, form, self.tabs.tabText(CHECK_IN_TAB))
                self.tabs.setCurrentIndex(current)
                self.tabs.removeTab(CHECK_IN_TAB + 1)
            finally:
                self.tabs.blockSignals(blocked)
            if placeholder is not None:
                placeholder.deleteLater()
        return self._check_in_form

    def _forms(self) -> tuple[EntryForm, ...]:
        if self._check_in_form is None:
            return (self.episode_form,)
        return self.episode_form, self._check_in_form

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == CHECK_IN_TAB:
            self.check_in_form  # noqa: B018  # built now, when it is first chosen

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
        self._refresh_summary()
        self._refresh_recent()

    def _refresh_summary(self) -> None:
        self.summary.setText(self._controller.journal.insights.summary(wording()))
        self.summary.setVisible(bool(self.summary.text()))
        self.more.setVisible(bool(self.summary.text()))

    def _refresh_recent(self) -> None:
        entries = self._controller.recent()
        self.recent.show_entries(
            entries, self._controller.today(), self._controller.emotion_labels()
        )

    def refresh_catalogue(self) -> None:
        emotions, uses = self._controller.emotions(), self._controller.emotion_uses()
        self.episode_form.set_catalogue(emotions, uses, self._controller.triggers())
        if self._check_in_form is not None:
            self._check_in_form.set_catalogue(emotions, uses)

    def edit(self, uid: str) -> None:
        try:
            entry = self._controller.get(uid)
        except EntryNotFound as error:
            self.status_message.emit(message_of(error))
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
