"""An entry form in a dialog: adding to a day, or editing, from the calendar."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from moodapp.domain.entries import CheckIn, Entry
from moodapp.ui.entry.check_in_form import CheckInForm
from moodapp.ui.entry.entry_actions import save_form
from moodapp.ui.entry.entry_form import EntryForm
from moodapp.ui.entry.episode_form import EpisodeForm
from moodapp.ui.shell.journal_controller import JournalController


class EntryDialog(QDialog):
    """Closes with accept() once the entry is saved; ``message`` then says what was saved."""

    def __init__(
        self,
        controller: JournalController,
        *,
        editing: Entry | None = None,
        check_in: bool = False,
        at: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.message = ""
        emotions, uses = controller.emotions(), controller.emotion_uses()
        if isinstance(editing, CheckIn) or (editing is None and check_in):
            check_in_form = CheckInForm()
            check_in_form.set_catalogue(emotions, uses)
            self.form: EntryForm = check_in_form
        else:
            episode_form = EpisodeForm()
            episode_form.set_catalogue(emotions, uses, controller.triggers())
            self.form = episode_form
        if editing is not None:
            self.form.start_editing(editing)
        else:
            self.form.start_new(at)
        for button in self.form.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter is the form's: it saves
        self.setWindowTitle(self.form.title.text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.resize(620, 640)
        self.form.save_requested.connect(self._on_form_save_requested)
        self.form.cancel_requested.connect(self.reject)
        self.form.when.edit.setFocus()

    def _on_form_save_requested(self) -> None:
        saved, self.message = save_form(self.form, self._controller, self)
        if saved is not None:
            self.accept()
