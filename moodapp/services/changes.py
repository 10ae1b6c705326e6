"""What a write changed: every operation that writes says so in a ``Changes``.

The window runs each write through one place that pushes an undo step when the change
can be undone and tells every view, which refreshes only when the change touches what
it shows. The command line ignores it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Protocol

from moodapp.domain.catalogue import Emotion, Trigger
from moodapp.domain.entries import Entry


@dataclass(frozen=True)
class EntryChange:
    before: Entry | None  # None: the entry is new
    after: Entry | None  # None: the entry was deleted


@dataclass(frozen=True)
class Changes:
    entries: tuple[EntryChange, ...] = ()
    catalogue: tuple[Emotion | Trigger, ...] = ()  # emotions and triggers as written
    settings: frozenset[str] = field(default_factory=frozenset)  # the journal settings' keys
    reflections: bool = False  # a weekly note was kept, edited or removed
    encryption: bool = False  # encrypted, decrypted or given a new passphrase
    journal: bool = False  # anything may differ: an import or a restore

    @property
    def changes(self) -> Changes:
        """Itself: a write's result is ``Changes`` or holds one under this name."""
        return self

    @property
    def undoable(self) -> bool:
        """Entries alone changed, each of them known before and after."""
        return bool(self.entries) and replace(self, entries=()) == NOTHING

    @property
    def saved(self) -> Entry:
        """The one entry this change saved, as stored."""
        (change,) = self.entries
        assert change.after is not None, "this change deleted its entry"
        return change.after

    @property
    def deleted(self) -> Entry:
        """The one entry this change deleted, as it was."""
        (change,) = self.entries
        assert change.before is not None and change.after is None, "nothing was deleted"
        return change.before

    def undone(self) -> Changes:
        """The change that puts the entries back as they were."""
        return Changes(
            entries=tuple(EntryChange(c.after, c.before) for c in reversed(self.entries))
        )

    # What a view shows that this change may have changed:

    def touches_entries(self) -> bool:
        """Entries, or what they show of the catalogue (a renamed emotion, say)."""
        return bool(self.entries or self.catalogue or self.journal)

    def touches_catalogue(self) -> bool:
        return bool(self.catalogue or self.journal)

    def touches_reflections(self) -> bool:
        return self.reflections or self.journal

    def touches_setting(self, key: str) -> bool:
        return key in self.settings or self.journal


class Changed(Protocol):
    """The result of a write: ``Changes``, or a result that holds one."""

    @property
    def changes(self) -> Changes: ...


NOTHING = Changes()
WHOLE_JOURNAL = Changes(journal=True)
NEW_ENCRYPTION = Changes(encryption=True)
