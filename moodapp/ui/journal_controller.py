"""The one Qt-side owner of the journal's services.

Views ask it for data and for changes; it records every change on an undo
stack and announces it with ``entries_changed``, so each view refreshes
itself. Views never touch the store.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from moodapp.domain.catalogue import Emotion, Trigger
from moodapp.domain.days import ALL_EPISODES, DaySummary, EpisodeFilter
from moodapp.domain.entries import Entry
from moodapp.domain.search import SearchHit
from moodapp.services.journal import Journal
from moodapp.ui.catalogue_text import catalogue_label
from moodapp.ui.entry_text import entry_noun

log = logging.getLogger(__name__)


class _EntryChange(QUndoCommand):
    """One change to one entry: ``before`` becomes ``after`` (None means "not there").

    The change is already saved when the command is pushed, so the first
    ``redo()`` that QUndoStack.push() calls does nothing.
    """

    def __init__(
        self, controller: JournalController, before: Entry | None, after: Entry | None, text: str
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._before = before
        self._after = after
        self._pushed = False

    def redo(self) -> None:
        if self._pushed and self._controller.apply(self._after, self._before):
            self._controller.change_redone.emit(self.text())
        self._pushed = True

    def undo(self) -> None:
        if self._controller.apply(self._before, self._after):
            self._controller.change_undone.emit(self.text())


class JournalController(QObject):
    entries_changed = Signal()
    catalogue_changed = Signal()  # emotions or triggers were added or changed
    change_failed = Signal(str)  # an undo or redo could not be saved; the message says why
    change_undone = Signal(str)  # the text of the change that was undone
    change_redone = Signal(str)

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.undo_stack = QUndoStack(self)

    # -- reading ----------------------------------------------------------------

    def emotions(self) -> list[Emotion]:
        return self._journal.entries.emotions()

    def emotion_labels(self) -> dict[str, str]:
        return {
            e.key: catalogue_label(e) for e in self._journal.entries.emotions(include_archived=True)
        }

    def triggers(self) -> list[Trigger]:
        return self._journal.entries.triggers()

    def recent(self, days: int = 7) -> list[Entry]:
        return self._journal.entries.recent(days)

    def get(self, uid: str) -> Entry:
        return self._journal.entries.get(uid)

    def entries_on(self, day: date) -> list[Entry]:
        return self._journal.entries.entries(day, day)

    def day_summaries(
        self, start: date, end: date, episodes: EpisodeFilter = ALL_EPISODES
    ) -> dict[date, DaySummary]:
        return self._journal.entries.day_summaries(start, end, episodes)

    def crying_logged_on(self, day: date) -> bool:
        return self._journal.entries.crying_logged_on(day)

    def search(self, text: str) -> list[SearchHit]:
        return self._journal.entries.search(text)

    def triggers_with_archived(self) -> list[Trigger]:
        return self._journal.entries.triggers(include_archived=True)

    def emotions_with_archived(self) -> list[Emotion]:
        return self._journal.entries.emotions(include_archived=True)

    @property
    def journal(self) -> Journal:
        """The open journal, whose services answer what the views ask."""
        return self._journal

    def close_journal(self) -> None:
        """Close the journal for good (before its files are deleted)."""
        self.undo_stack.clear()
        self._journal.close()

    def today(self) -> date:
        return self._journal.now().date()

    # -- changes (each one undoable) -------------------------------------------

    def record(self, entry: Entry) -> Entry:
        saved = self._journal.entries.record(entry)
        self._push(None, saved, self.tr("log %s") % entry_noun(saved))
        return saved

    def update(self, entry: Entry) -> Entry:
        before = self._journal.entries.get(entry.uid)
        saved = self._journal.entries.update(entry)
        self._push(before, saved, self.tr("edit %s") % entry_noun(saved))
        return saved

    def delete(self, uid: str) -> Entry:
        deleted = self._journal.entries.delete(uid)
        self._push(deleted, None, self.tr("delete %s") % entry_noun(deleted))
        return deleted

    def imported(self) -> None:
        """After an import or a restore: the journal changed as a whole, so earlier steps
        cannot be undone one by one any more (an undo could overwrite a newer copy)."""
        self.undo_stack.clear()
        self.catalogue_changed.emit()
        self.entries_changed.emit()

    def _push(self, before: Entry | None, after: Entry | None, text: str) -> None:
        self.undo_stack.push(_EntryChange(self, before, after, text))
        self.entries_changed.emit()

    def apply(self, target: Entry | None, current: Entry | None) -> bool:
        """Make the journal hold ``target`` where it holds ``current`` now (undo and redo);
        whether that could be saved."""
        try:
            if target is None:
                assert current is not None
                self._journal.entries.delete(current.uid)
            else:
                self._journal.entries.save(target)
        except Exception as error:  # an undo must never crash the window; say what went wrong
            log.exception("undo or redo failed")
            self.change_failed.emit(str(error))
            return False
        finally:
            self.entries_changed.emit()
        return True
