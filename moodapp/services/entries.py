"""The journal's operations on entries: record, edit, delete, read, sum up by day, search.

Every write validates first and then runs as one transaction, so a rejected or
failed save leaves the journal exactly as it was. Results are domain objects
read back from the store, so callers see what was really saved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from moodapp.domain.catalogue import Emotion, Trigger
from moodapp.domain.days import ALL_EPISODES, DaySummary, EpisodeFilter
from moodapp.domain.entries import Entry
from moodapp.domain.field_errors import FieldError, InvalidInput
from moodapp.domain.search import SearchHit
from moodapp.domain.text import QT_TRANSLATE_NOOP, Refusal, words
from moodapp.domain.validation import validate_entry
from moodapp.services.changes import Changes, EntryChange
from moodapp.services.clock import Clock, local_now
from moodapp.services.writes import write_transaction
from moodapp.store import catalogue as catalogue_store
from moodapp.store import day_summaries as day_store
from moodapp.store import entries as entry_store
from moodapp.store import search as search_store
from moodapp.store.database import Store

USE_DAYS = 90  # the emotions a person uses lately come first in the forms

NOT_FOUND = QT_TRANSLATE_NOOP("Entries", "There is no entry with the id {uid}.")


class EntryNotFound(Refusal, LookupError):
    def __init__(self, uid: str) -> None:
        super().__init__(words("Entries", NOT_FOUND, uid=uid))
        self.uid = uid


class EntryService:
    """The journal's entries: record, edit, delete, read, sum up by day, search."""

    def __init__(self, store: Store, clock: Clock = local_now) -> None:
        self._store = store
        self._clock = clock

    def now(self) -> datetime:
        return self._clock()

    # -- catalogue, as entries need it --------------------------------------

    def emotions(self, include_archived: bool = False) -> list[Emotion]:
        return catalogue_store.read_emotions(include_archived)

    def triggers(self, include_archived: bool = False) -> list[Trigger]:
        return catalogue_store.read_triggers(include_archived)

    def emotion_uses(self, days: int = USE_DAYS) -> dict[str, int]:
        """Per emotion, the entries of the last ``days`` days in which it was felt."""
        return catalogue_store.emotion_uses(self.now().date() - timedelta(days=days - 1))

    # -- reading ------------------------------------------------------------

    def holds(self, uid: str) -> bool:
        return entry_store.read_entry(uid) is not None

    def get(self, uid: str) -> Entry:
        entry = entry_store.read_entry(uid)
        if entry is None:
            raise EntryNotFound(uid)
        return entry

    def entries(self, start: date | None = None, end: date | None = None) -> list[Entry]:
        """Entries whose local date is from ``start`` to ``end`` (both included), oldest first."""
        return entry_store.read_entries(start, end)

    def has_entries(self) -> bool:
        """Whether anything was ever written down (a new journal's welcome depends on it)."""
        return entry_store.has_entries()

    def recent(self, days: int = 7) -> list[Entry]:
        """Today's entries and those of the ``days`` days before, newest first."""
        today = self.now().date()
        return list(reversed(self.entries(today - timedelta(days=days), None)))

    def day_summaries(
        self, start: date, end: date, episodes: EpisodeFilter = ALL_EPISODES
    ) -> dict[date, DaySummary]:
        """Each day from ``start`` to ``end`` that has entries, summed up in one query."""
        return day_store.read_day_summaries(start, end, episodes)

    def crying_logged_on(self, day: date) -> bool:
        """Whether an episode of crying (not only of almost crying) is logged on ``day``."""
        summary = self.day_summaries(day, day).get(day)
        return summary is not None and summary.cried > 0

    def search(
        self, text: str, limit: int = 200, also: Mapping[str, Sequence[str]] | None = None
    ) -> list[SearchHit]:
        """Entries whose notes, tags, emotions or triggers hold every word of ``text``, or
        for a word one of the names ``also`` gives for it (the stored name of an emotion
        whose translation holds the word)."""
        return search_store.search(text, limit, also)

    # -- writing ------------------------------------------------------------

    def record(self, entry: Entry) -> Changes:
        """Save a new entry; its uid must not be in the journal yet."""
        self._save([entry], must_be_new=True)
        return Changes(entries=(EntryChange(None, self.get(entry.uid)),))

    def update(self, entry: Entry) -> Changes:
        """Replace the stored entry with the same uid; it keeps its creation time."""
        before = self.get(entry.uid)  # raises EntryNotFound
        self._save([entry], must_be_new=False)
        return Changes(entries=(EntryChange(before, self.get(entry.uid)),))

    def save(self, entry: Entry) -> Changes:
        """Insert or replace by uid; used to put an entry back when a change is undone."""
        self._check([entry])
        before = entry_store.read_entry(entry.uid)
        self._write([entry], must_be_new=False)
        return Changes(entries=(EntryChange(before, self.get(entry.uid)),))

    def save_many(self, entries: Sequence[Entry]) -> Changes:
        """Insert or replace many entries in one transaction: all of them, or none."""
        self._save(entries, must_be_new=False)
        return Changes(journal=True)

    def _save(self, entries: Sequence[Entry], *, must_be_new: bool) -> None:
        self._check(entries)
        self._write(entries, must_be_new=must_be_new)

    def _check(self, entries: Sequence[Entry]) -> None:
        """InvalidInput naming every field of ``entries`` that breaks a rule."""
        now = self.now()
        emotion_keys = {e.key for e in self.emotions(include_archived=True)}
        trigger_keys = {t.key for t in self.triggers(include_archived=True)}
        errors = []
        for entry in entries:
            errors += validate_entry(entry, now=now, emotions=emotion_keys, triggers=trigger_keys)
        if errors:
            raise InvalidInput(errors)

    def _write(self, entries: Sequence[Entry], *, must_be_new: bool) -> None:
        now = self.now()
        with write_transaction(self._store):
            for entry in entries:
                created = self._creation_time_for(entry, must_be_new)
                entry_store.write_entry(
                    replace(
                        entry,
                        occurred_at=entry.occurred_at.replace(microsecond=0),
                        created_at=created or now,
                        updated_at=now,
                    )
                )

    @staticmethod
    def _creation_time_for(entry: Entry, must_be_new: bool) -> datetime | None:
        """The stored entry's creation time when it is replaced; checks the uid's use."""
        stored = entry_store.stored_kind_and_creation(entry.uid)
        if stored is None:
            return entry.created_at
        kind, created = stored
        if must_be_new:
            raise InvalidInput(
                [FieldError("uid", f"An entry with the id {entry.uid} exists already.")]
            )
        if kind is not type(entry):
            raise InvalidInput(
                [FieldError("uid", f"The id {entry.uid} belongs to an entry of another kind.")]
            )
        return created

    def delete(self, uid: str) -> Changes:
        """Delete an entry; the change holds it as it was, so the deletion can be undone."""
        with write_transaction(self._store):
            entry = self.get(uid)
            entry_store.delete_entry(uid)
        return Changes(entries=(EntryChange(entry, None),))
