"""The one Qt-side owner of the journal's services.

Views ask it for data and for changes; it records every change on an undo
stack and announces it with ``entries_changed``, so each view refreshes
itself. Views never touch the store.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from moodapp.domain.catalogue import Emotion, Trigger
from moodapp.domain.days import ALL_EPISODES, DaySummary, EpisodeFilter
from moodapp.domain.entries import Entry
from moodapp.domain.search import SearchHit
from moodapp.services.charts import ChartService
from moodapp.services.insights import InsightService
from moodapp.services.journal import JournalService
from moodapp.ui.catalogue_text import catalogue_label
from moodapp.ui.entry_text import entry_noun

if TYPE_CHECKING:
    from moodapp.services.backups import BackupService
    from moodapp.services.catalogue import CatalogueService
    from moodapp.services.exchange import ExchangeService
    from moodapp.services.help_lines import HelpLinesService
    from moodapp.services.privacy import PrivacyService
    from moodapp.services.report import ReportService

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

    def __init__(self, journal: JournalService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._charts = ChartService(journal.now)
        self._insights = InsightService(journal.store, journal.now)
        self.undo_stack = QUndoStack(self)

    # -- reading ----------------------------------------------------------------

    def emotions(self) -> list[Emotion]:
        return self._journal.emotions()

    def emotion_labels(self) -> dict[str, str]:
        return {e.key: catalogue_label(e) for e in self._journal.emotions(include_archived=True)}

    def triggers(self) -> list[Trigger]:
        return self._journal.triggers()

    def recent(self, days: int = 7) -> list[Entry]:
        return self._journal.recent(days)

    def get(self, uid: str) -> Entry:
        return self._journal.get(uid)

    def entries_on(self, day: date) -> list[Entry]:
        return self._journal.entries(day, day)

    def day_summaries(
        self, start: date, end: date, episodes: EpisodeFilter = ALL_EPISODES
    ) -> dict[date, DaySummary]:
        return self._journal.day_summaries(start, end, episodes)

    def crying_logged_on(self, day: date) -> bool:
        return self._journal.crying_logged_on(day)

    def search(self, text: str) -> list[SearchHit]:
        return self._journal.search(text)

    def triggers_with_archived(self) -> list[Trigger]:
        return self._journal.triggers(include_archived=True)

    def emotions_with_archived(self) -> list[Emotion]:
        return self._journal.emotions(include_archived=True)

    @property
    def charts(self) -> ChartService:
        return self._charts

    @property
    def insights(self) -> InsightService:
        return self._insights

    # Export, import and the report load their modules when first used, not at startup.

    @property
    def exchange(self) -> ExchangeService:
        from moodapp.services.exchange import ExchangeService

        return ExchangeService(self._journal.store, self._journal.now)

    @property
    def report(self) -> ReportService:
        from moodapp.services.report import ReportService

        return ReportService(self._journal.store, self._journal.now)

    @property
    def catalogue(self) -> CatalogueService:
        from moodapp.services.catalogue import CatalogueService

        return CatalogueService(self._journal.store)

    @property
    def backups(self) -> BackupService:
        from moodapp.services.backups import BackupService

        return BackupService(self._journal.store)

    @property
    def privacy(self) -> PrivacyService:
        from moodapp.services.privacy import PrivacyService

        return PrivacyService(self._journal.store)

    @property
    def help_lines(self) -> HelpLinesService:
        from moodapp.services.help_lines import HelpLinesService

        return HelpLinesService(self._journal.store)

    @property
    def encrypted(self) -> bool:
        return self._journal.store.encrypted

    def close_journal(self) -> None:
        """Close the journal for good (before its files are deleted)."""
        self.undo_stack.clear()
        self._journal.store.close()

    def today(self) -> date:
        return self._journal.now().date()

    # -- changes (each one undoable) -------------------------------------------

    def record(self, entry: Entry) -> Entry:
        saved = self._journal.record(entry)
        self._push(None, saved, self.tr("log %s") % entry_noun(saved))
        return saved

    def update(self, entry: Entry) -> Entry:
        before = self._journal.get(entry.uid)
        saved = self._journal.update(entry)
        self._push(before, saved, self.tr("edit %s") % entry_noun(saved))
        return saved

    def delete(self, uid: str) -> Entry:
        deleted = self._journal.delete(uid)
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
                self._journal.delete(current.uid)
            else:
                self._journal.save(target)
        except Exception as error:  # an undo must never crash the window; say what went wrong
            log.exception("undo or redo failed")
            self.change_failed.emit(str(error))
            return False
        finally:
            self.entries_changed.emit()
        return True
