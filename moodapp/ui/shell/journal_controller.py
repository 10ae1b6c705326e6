"""The one Qt-side owner of the journal.

Views read through it, and every write runs through ``run``: an undoable change goes on
the undo stack, and every change is announced with ``changed(Changes)``, so each view
refreshes what the change touches. Views never touch the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from moodapp.domain.catalogue import Emotion, Trigger
from moodapp.domain.days import ALL_EPISODES, DaySummary, EpisodeFilter
from moodapp.domain.entries import Entry
from moodapp.domain.search import SearchHit
from moodapp.services.changes import NOTHING, Changed, Changes
from moodapp.services.journal import Journal
from moodapp.ui.common.catalogue_text import catalogue_label
from moodapp.ui.common.entry_text import entry_noun
from moodapp.ui.common.words import message_of

log = logging.getLogger(__name__)

Result = TypeVar("Result", bound=Changed)


class _Undo(QUndoCommand):
    """Changes of entries, saved already when pushed: undo puts them back as they were,
    redo saves them again. (QUndoStack.push() calls the first ``redo()``, which does nothing.)"""

    def __init__(self, controller: JournalController, changes: Changes, text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._changes = changes
        self._pushed = False

    def redo(self) -> None:
        if self._pushed and self._controller.put_back(self._changes):
            self._controller.change_redone.emit(self.text())
        self._pushed = True

    def undo(self) -> None:
        if self._controller.put_back(self._changes.undone()):
            self._controller.change_undone.emit(self.text())


class JournalController(QObject):
    changed = Signal(object)  # Changes: what a write, an undo or a redo changed
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

    def emotion_uses(self) -> dict[str, int]:
        return self._journal.entries.emotion_uses()

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

    def search(self, text: str, also: Mapping[str, Sequence[str]] | None = None) -> list[SearchHit]:
        return self._journal.entries.search(text, also=also)

    def triggers_with_archived(self) -> list[Trigger]:
        return self._journal.entries.triggers(include_archived=True)

    def emotions_with_archived(self) -> list[Emotion]:
        return self._journal.entries.emotions(include_archived=True)

    @property
    def journal(self) -> Journal:
        """The open journal: its services answer what the views ask."""
        return self._journal

    def close_journal(self) -> None:
        """Close the journal for good (before its files are deleted)."""
        self.undo_stack.clear()
        self._journal.close()

    def today(self) -> date:
        return self._journal.now().date()

    # -- changes -------------------------------------------------------------------

    def run(
        self, write: Callable[[], Result], undo_name: Callable[[Changes], str] | None = None
    ) -> Result:
        """Run one write of the journal and announce what it changed. With ``undo_name``
        an undoable change goes on the undo stack under the name it gives the change. A
        change of the whole journal (an import, a restore) clears the stack: an undo could
        overwrite a newer copy. A write that fails raises, and nothing changed."""
        result = write()
        changes = result.changes
        if changes.journal:
            self.undo_stack.clear()
        elif undo_name is not None and changes.undoable:
            self.undo_stack.push(_Undo(self, changes, undo_name(changes)))
        if changes != NOTHING:
            self.changed.emit(changes)
        return result

    def record(self, entry: Entry) -> Entry:
        entries = self._journal.entries
        return self.run(
            lambda: entries.record(entry), lambda c: self.tr("log %s") % entry_noun(c.saved)
        ).saved

    def update(self, entry: Entry) -> Entry:
        entries = self._journal.entries
        return self.run(
            lambda: entries.update(entry), lambda c: self.tr("edit %s") % entry_noun(c.saved)
        ).saved

    def delete(self, uid: str) -> Entry:
        entries = self._journal.entries
        return self.run(
            lambda: entries.delete(uid), lambda c: self.tr("delete %s") % entry_noun(c.deleted)
        ).deleted

    def put_back(self, changes: Changes) -> bool:
        """Make the journal hold each change's ``after`` where it holds its ``before``
        (undo and redo); whether that could be saved."""
        try:
            for change in changes.entries:
                if change.after is None:
                    assert change.before is not None
                    self._journal.entries.delete(change.before.uid)
                else:
                    self._journal.entries.save(change.after)
        except Exception as error:  # an undo must never crash the window; say what went wrong
            log.exception("undo or redo failed")
            self.change_failed.emit(message_of(error))
            return False
        finally:
            self.changed.emit(changes)
        return True
