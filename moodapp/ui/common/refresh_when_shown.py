"""Keeps a view in step with the journal, drawing it only when it can be seen.

After each change that touches what the view shows, the view refreshes at once while it
is visible, and otherwise the next time it is shown, so a hidden view costs nothing and
a shown one is never out of date.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from moodapp.services.changes import Changes
from moodapp.ui.shell.journal_controller import JournalController


class RefreshWhenShown(QObject):
    def __init__(
        self,
        view: QWidget,
        controller: JournalController,
        refresh: Callable[[], None],
        touches: Callable[[Changes], bool],
        *,
        drawn: bool = False,
    ) -> None:
        """``drawn``: the view shows the journal as it is already, so the first show
        does not need to refresh it."""
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        self._touches = touches
        self._stale = not drawn
        view.installEventFilter(self)
        controller.changed.connect(self._on_changed)

    def now_or_when_shown(self) -> None:
        """Refresh now if the view is visible, else when it is next shown."""
        if self._view.isVisible():
            self._stale = False
            self._refresh()
        else:
            self._stale = True

    def _on_changed(self, changes: Changes) -> None:
        if self._touches(changes):
            self.now_or_when_shown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show and self._stale:
            self._stale = False
            self._refresh()
        return False
