"""Saving a form and deleting an entry, with what to tell the person: shared by the
Entry view, the calendar's day panel and the entry dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from moodapp.domain.entries import CheckIn, CryingEpisode, Entry, same_content
from moodapp.domain.field_errors import InvalidInput
from moodapp.services.entries import EntryNotFound
from moodapp.services.writes import SaveFailed
from moodapp.ui.common import date_text
from moodapp.ui.common.entry_text import entry_noun, entry_when
from moodapp.ui.common.words import message_of, translate
from moodapp.ui.entry.check_in_form import CheckInForm
from moodapp.ui.entry.entry_form import EntryForm
from moodapp.ui.shell.journal_controller import JournalController


def save_form(
    form: EntryForm, controller: JournalController, parent: QWidget
) -> tuple[Entry | None, str]:
    """Save the form's entry (new, or the edited one). Returns the saved entry (the edited
    one, unwritten, when nothing in it changed), or None when nothing was saved, and a
    sentence for the status bar. Rejected fields are
    explained in the form; a failed write is explained in a message box. A note with
    self-harm language brings up "Need help now?" first, without stopping the save."""
    entry = form.entry()
    if form.editing is not None and same_content(entry, form.editing):
        message = translate("EntryActions", "Nothing changed in the %1 of %2.").replace(
            "%1", entry_noun(entry)
        )
        return form.editing, message.replace("%2", entry_when(entry))
    if _says_no_crying_on_a_crying_day(form, controller):
        keep = _ask_about_no_crying(entry, parent)
        if keep is None:
            return None, translate("EntryActions", "Not saved yet: your check-in is still here.")
        if not keep:
            assert isinstance(form, CheckInForm)
            form.no_crying.setChecked(False)
            entry = form.entry()
    from moodapp.domain.safety import mentions_self_harm  # loaded at the first save, not at start

    helped = entry.what_helped if isinstance(entry, CryingEpisode) else ""
    if mentions_self_harm(entry.note, helped):
        from moodapp.ui.help.need_help_dialog import show_need_help

        show_need_help(parent, controller)  # shown before saving; the save goes on afterwards
    try:
        saved = controller.update(entry) if form.editing else controller.record(entry)
    except InvalidInput as error:
        form.show_errors(error.errors)
        return None, translate("EntryActions", "Not saved: please check the highlighted fields.")
    except EntryNotFound:
        form.stop_editing_keep_fields()
        return None, translate(
            "EntryActions",
            "That entry was deleted meanwhile. Your changes are still here; "
            "saving again adds them as an entry.",
        )
    except SaveFailed as error:
        QMessageBox.warning(parent, translate("EntryActions", "Not saved"), message_of(error))
        return None, message_of(error)
    message = translate("EntryActions", "Saved the %1 of %2.").replace("%1", entry_noun(saved))
    return saved, message.replace("%2", entry_when(saved))


def _says_no_crying_on_a_crying_day(form: EntryForm, controller: JournalController) -> bool:
    """A check-in newly ticked "No crying today" for a day with crying logged."""
    entry = form.entry()
    already_said = isinstance(form.editing, CheckIn) and form.editing.no_crying_today
    return (
        isinstance(entry, CheckIn)
        and entry.no_crying_today
        and not already_said
        and controller.crying_logged_on(entry.local_date)
    )


def _ask_about_no_crying(entry: Entry, parent: QWidget) -> bool | None:
    """Whether to keep "No crying today" (None: go back to the form)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("EntryActions", "Crying is logged on this day"))
    day = date_text.written(entry.local_date, date_text.WEEKDAY_DAY_MONTH)
    box.setText(
        translate(
            "EntryActions", "You logged crying on %1, and this check-in says “No crying today”."
        ).replace("%1", day)
    )
    box.setInformativeText(
        translate(
            "EntryActions",
            "Both can be true, for example when the tears came after you checked in. "
            "How would you like to save it?",
        )
    )
    without = box.addButton(
        translate("EntryActions", "Save without “No crying today”"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep = box.addButton(
        translate("EntryActions", "Save as it is"), QMessageBox.ButtonRole.AcceptRole
    )
    back = box.addButton(translate("EntryActions", "Go back"), QMessageBox.ButtonRole.RejectRole)
    for button in (without, keep, back):
        button.setAccessibleName(button.text())
    box.setDefaultButton(without)
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    return None if clicked is back or clicked is None else clicked is keep


def delete_entry(uid: str, controller: JournalController, parent: QWidget) -> str:
    """Delete an entry (undoably); returns a sentence for the status bar."""
    try:
        deleted = controller.delete(uid)
    except EntryNotFound as error:
        return message_of(error)
    except SaveFailed as error:
        QMessageBox.warning(parent, translate("EntryActions", "Not deleted"), message_of(error))
        return message_of(error)
    message = translate("EntryActions", "Deleted the %1 of %2. Ctrl+Z brings it back.")
    return message.replace("%1", entry_noun(deleted)).replace("%2", entry_when(deleted))
