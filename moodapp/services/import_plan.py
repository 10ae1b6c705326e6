"""What an import will change, decided before anything is written.

Entries merge by uid: a new uid is added; a stored one is replaced only by a copy
changed later (a newer ``updated_at``); anything else is skipped, so importing the
same file twice changes nothing. Emotions and triggers merge by key: new keys
are added, and a built-in the person never changed here takes the file's name,
colour and order. Reflections merge by week, like entries; a file with two notes on
one week, or one uid twice, is refused. Settings are taken only where this journal has
none; a value its declaration does not allow is refused, a setting this version does not
know is left out and said so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TypeVar

from moodapp.domain.catalogue import BUILTIN_EMOTIONS, BUILTIN_TRIGGERS, Emotion, Trigger
from moodapp.domain.entries import Entry
from moodapp.domain.reflection import Reflection
from moodapp.domain.settings import JOURNAL_SETTINGS
from moodapp.domain.text import QT_TRANSLATE_NOOP, Words, words
from moodapp.exchange.batch import IMPORT_FILE, FormatError
from moodapp.store.settings import setting_problem

# Messages for people, one place per module.
TWO_NOTES_ON_A_WEEK = QT_TRANSLATE_NOOP(
    "ImportFile",
    "a second weekly note on the week ending {week_end}; a week keeps one note, so only one "
    "of them could be imported",
)
UID_OF_ANOTHER_WEEK = QT_TRANSLATE_NOOP(
    "ImportFile",
    "the uid {uid} belongs to the weekly note on the week ending {week} in this journal",
)
SETTING_LEFT_OUT = QT_TRANSLATE_NOOP(
    "ImportFile",
    "The file's setting \u201c{key}\u201d is not one this version of moodapp knows; "
    "it was left out.",
)
UID_TWICE = QT_TRANSLATE_NOOP("ImportFile", "the uid {uid} is in the file twice")
UID_OF_ANOTHER_KIND = QT_TRANSLATE_NOOP(
    "ImportFile", "the uid {uid} belongs to an entry of another kind in this journal"
)

Item = TypeVar("Item", Emotion, Trigger)
_DEFAULTS: dict[type, dict[str, Emotion | Trigger]] = {
    Emotion: {e.key: e for e in BUILTIN_EMOTIONS},
    Trigger: {t.key: t for t in BUILTIN_TRIGGERS},
}


@dataclass
class ImportPlan:
    new_entries: list[Entry] = field(default_factory=list)
    changed_entries: list[Entry] = field(default_factory=list)
    skipped_entries: int = 0
    catalogue: list[Emotion | Trigger] = field(default_factory=list)  # to add or update
    catalogue_added: int = 0
    reflections: list[Reflection] = field(default_factory=list)  # to add or replace
    reflections_added: int = 0
    settings: dict[str, str] = field(default_factory=dict)  # only those not set here
    notes: list[Words] = field(default_factory=list)  # what was left out, in words
    tags: list[str] = field(default_factory=list)

    @property
    def writes_anything(self) -> bool:
        return bool(
            self.new_entries
            or self.changed_entries
            or self.catalogue
            or self.reflections
            or self.settings
        )


def _free_label(label: str, taken: set[str]) -> str:
    """The label, or "label (2)" and so on when another item already has it."""
    candidate, n = label, 2
    while candidate.casefold() in taken:
        candidate, n = f"{label} ({n})", n + 1
    return candidate


def plan_catalogue(local: Sequence[Item], incoming: Sequence[Item]) -> tuple[list[Item], int]:
    """(items to write, how many of them are new) for one kind of catalogue item."""
    by_key = {item.key: item for item in local}
    labels = {item.label.casefold() for item in local}
    writes: list[Item] = []
    added = 0
    for item in incoming:
        mine = by_key.get(item.key)
        if mine is None:
            fresh = replace(item, label=_free_label(item.label, labels))
            labels.add(fresh.label.casefold())
            by_key[item.key] = fresh
            writes.append(fresh)
            added += 1
        elif mine.builtin and mine == _DEFAULTS[type(item)].get(item.key) and item != mine:
            writes.append(replace(item, builtin=True))
    return writes, added


def _newer(incoming: datetime | None, stored: datetime) -> bool:
    # A copy that does not say when it was changed never replaces a stored one.
    return incoming is not None and incoming > stored


def plan_entries(
    entries: Sequence[Entry],
    where: Callable[[str], str],
    stored: dict[str, tuple[type[Entry], datetime]],
    plan: ImportPlan,
) -> None:
    """Sort the file's entries into new, changed and skipped; ``where(uid)`` names a record."""
    seen: set[str] = set()
    for entry in entries:
        if entry.uid in seen:
            raise FormatError(where(entry.uid), UID_TWICE, uid=entry.uid)
        seen.add(entry.uid)
        version = stored.get(entry.uid)
        if version is None:
            plan.new_entries.append(entry)
            continue
        kind, updated_at = version
        if kind is not type(entry):
            raise FormatError(where(entry.uid), UID_OF_ANOTHER_KIND, uid=entry.uid)
        if _newer(entry.updated_at, updated_at):
            plan.changed_entries.append(entry)
        else:
            plan.skipped_entries += 1


def _check_reflection_ids(
    local: Sequence[Reflection], incoming: Sequence[Reflection], where: Callable[[str], str]
) -> None:
    """A uid once in the file and a week once; a stored uid only on its own week."""
    week_of = {r.uid: r.week_end for r in local}
    uids: set[str] = set()
    weeks: set[object] = set()
    for reflection in incoming:
        uid, week_end = reflection.uid, reflection.week_end
        if uid in uids:
            raise FormatError(where(uid), UID_TWICE, uid=uid)
        if week_end in weeks:
            raise FormatError(where(uid), TWO_NOTES_ON_A_WEEK, week_end=week_end)
        stored_week = week_of.get(uid, week_end)
        if stored_week != week_end:
            raise FormatError(where(uid), UID_OF_ANOTHER_WEEK, uid=uid, week=stored_week)
        uids.add(uid)
        weeks.add(week_end)


def plan_reflections(
    local: Sequence[Reflection],
    incoming: Sequence[Reflection],
    where: Callable[[str], str],
    plan: ImportPlan,
) -> None:
    """Sort the file's notes into new and newer; ``where(uid)`` names a record."""
    _check_reflection_ids(local, incoming, where)
    by_week = {r.week_end: r for r in local}
    for reflection in incoming:
        mine = by_week.get(reflection.week_end)
        if mine is None:
            plan.reflections.append(reflection)
            plan.reflections_added += 1
        elif mine.updated_at is not None and _newer(reflection.updated_at, mine.updated_at):
            plan.reflections.append(reflection)


def plan_settings(
    incoming: Mapping[str, str],
    stored: Mapping[str, str],
    where: Callable[[str], str],
    plan: ImportPlan,
) -> None:
    """Take the file's settings that this journal has not set, and say which were left out.
    A value outside its declaration stops the import, named by ``where(key)``."""
    for key, value in incoming.items():
        if key not in JOURNAL_SETTINGS:
            plan.notes.append(words(IMPORT_FILE, SETTING_LEFT_OUT, key=key[:60]))
            continue
        problem = setting_problem(key, value)
        if problem is not None:
            raise FormatError(where(key), Words("", problem))  # said by the store, in English
        if key not in stored:
            plan.settings[key] = value
