"""`moodapp add cry` and `add check-in`: the options' values become the domain's types
here; the journal then checks the entry with the same rules as a save from the window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from moodapp.cli.entry_options import BAD_EMOTION, EPISODE_CHOICES, whole_number
from moodapp.cli.errors import EXIT_OK, BadInput
from moodapp.domain.catalogue import Emotion, Trigger
from moodapp.domain.entries import CheckIn, CryingEpisode, Entry
from moodapp.services.journal import Journal


def catalogue_key(name: str, items: Sequence[Emotion | Trigger], what: str, option: str) -> str:
    """The key of the emotion or trigger called ``name`` (its key or its label)."""
    wanted = name.strip().casefold()
    for item in items:
        if wanted in (item.key.casefold(), item.label.casefold()):
            return item.key
    known = ", ".join(i.key for i in items if not i.archived)
    raise BadInput(option, f"unknown {what} \u201c{name}\u201d. Known: {known}.")


def _emotions(pairs: list[str], emotions: Sequence[Emotion]) -> dict[str, int]:
    result = {}
    for pair in pairs:
        name, sep, value = pair.rpartition("=")
        intensity = whole_number(value)
        if not sep or not name.strip() or intensity is None:
            raise BadInput("--emotion", BAD_EMOTION.format(pair=pair[:60]))
        result[catalogue_key(name, emotions, "emotion", "--emotion")] = intensity
    return result


def new_entry(args: argparse.Namespace, journal: Journal) -> Entry:
    """The entry an `add` command describes; raises BadInput naming the option."""
    emotions = _emotions(args.emotion, journal.entries.emotions(include_archived=True))
    occurred_at = args.at or journal.now()
    if args.kind == "cry":
        triggers = journal.entries.triggers(include_archived=True)
        return CryingEpisode(
            occurred_at=occurred_at,
            intensity=args.intensity,
            almost=args.almost,
            emotions=emotions,
            duration_minutes=args.duration,
            triggers=frozenset(
                catalogue_key(t, triggers, "trigger", "--trigger") for t in args.trigger
            ),
            **{c.field: c.answer(getattr(args, c.field)) for c in EPISODE_CHOICES},
            mood_after_score=args.mood_after_score,
            mood_later_score=args.mood_later_score,
            what_helped=args.what_helped,
            tags=frozenset(args.tag),
            note=args.note,
        )
    return CheckIn(
        occurred_at=occurred_at,
        mood=args.mood,
        energy=args.energy,
        urge_to_cry=args.urge,
        no_crying_today=args.no_crying,
        emotions=emotions,
        sleep_hours=args.sleep,
        daily_life_hard=args.daily_life_hard,
        tags=frozenset(args.tag),
        note=args.note,
    )


def _record_telling_the_truth(journal: Journal, entry: Entry) -> Entry:
    """Record ``entry``; Ctrl+C as it is committed takes effect once the commit is done, and
    is then said to have come too late, with the entry saved (otherwise it stops the add,
    with nothing saved)."""
    try:
        return journal.entries.record(entry).saved
    except KeyboardInterrupt:
        if not journal.entries.holds(entry.uid):
            raise
        print("Ctrl+C came as the entry was being saved; it was saved.", file=sys.stderr)
        return journal.entries.get(entry.uid)


def run_add(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    entry = _record_telling_the_truth(journal, new_entry(args, journal))
    print(entry.uid, file=out)
    if (
        isinstance(entry, CheckIn)
        and entry.no_crying_today
        and journal.entries.crying_logged_on(entry.local_date)
    ):
        print(
            f"moodapp: crying is also logged on {entry.local_date.isoformat()}; "
            "the check-in says no crying today. Both are kept.",
            file=sys.stderr,
        )
    return EXIT_OK
