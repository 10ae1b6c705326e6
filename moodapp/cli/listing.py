"""`moodapp list`: entries, oldest first, one line each (or a JSON array).

A terminal is shown the controls in the journal's text escaped, never acted on.
"""

from __future__ import annotations

import argparse
import re
from typing import TextIO

from moodapp.cli.entry_options import EPISODE_CHOICES, MOOD_AFTER
from moodapp.cli.errors import EXIT_OK
from moodapp.domain.entries import (
    DAILY_LIFE_WORDS,
    INTENSITY_WORDS,
    URGE_WORDS,
    CheckIn,
    CryingEpisode,
    Entry,
)
from moodapp.exchange.records import entries_as_json
from moodapp.services.journal import Journal


def _quoted(text: str, limit: int = 60) -> str:
    """The first line of a non-empty text, shortened to ``limit`` characters, in quotes."""
    line = text.splitlines()[0]
    return "\u201c" + (line[: limit - 3] + "..." if len(line) > limit else line) + "\u201d"


def _episode_parts(entry: CryingEpisode, trigger_labels: dict[str, str]) -> list[str]:
    parts = (
        [f"intensity {entry.intensity} ({INTENSITY_WORDS[entry.intensity]})"]
        if entry.intensity is not None
        else []
    )
    if entry.duration_minutes is not None:
        parts.append(f"{entry.duration_minutes} min")
    if entry.triggers:
        labels = sorted(trigger_labels.get(k, k) for k in entry.triggers)
        parts.append("set off by " + ", ".join(labels))
    for choice in EPISODE_CHOICES:
        answer = getattr(entry, choice.field)
        if answer is not None and choice is not MOOD_AFTER:
            parts.append(f"{choice.label}: {choice.words[answer]}")
    mood_after = [] if entry.mood_after is None else [MOOD_AFTER.words[entry.mood_after]]
    if entry.mood_after_score is not None:
        mood_after.append(f"{entry.mood_after_score} of 10")
    if mood_after:
        parts.append(f"{MOOD_AFTER.label}: {', '.join(mood_after)}")
    if entry.mood_later_score is not None:
        parts.append(f"mood later: {entry.mood_later_score} of 10")
    if entry.what_helped:
        parts.append(f"what helped: {_quoted(entry.what_helped)}")
    return parts


def _check_in_parts(entry: CheckIn) -> list[str]:
    parts = [f"mood {entry.mood:+d}"]
    if entry.energy is not None:
        parts.append(f"energy {entry.energy:+d}")
    if entry.urge_to_cry is not None:
        parts.append(f"urge to cry {entry.urge_to_cry} ({URGE_WORDS[entry.urge_to_cry]})")
    if entry.no_crying_today:
        parts.append("no crying today")
    if entry.sleep_hours is not None:
        parts.append(f"{entry.sleep_hours:g} h of sleep")
    if entry.daily_life_hard is not None:
        word = DAILY_LIFE_WORDS[entry.daily_life_hard]
        parts.append(f"feelings made daily life hard: {entry.daily_life_hard} ({word})")
    return parts


def _describe(entry: Entry, emotion_labels: dict[str, str], trigger_labels: dict[str, str]) -> str:
    when = entry.occurred_at.strftime("%Y-%m-%d %H:%M %z")
    if isinstance(entry, CryingEpisode):
        parts = _episode_parts(entry, trigger_labels)
    else:
        parts = _check_in_parts(entry)
    if entry.emotions:
        emotions = (f"{emotion_labels.get(k, k)} {v}" for k, v in entry.emotions.items())
        parts.append(", ".join(emotions))
    if entry.tags:
        parts.append("tags: " + ", ".join(sorted(entry.tags)))
    if entry.note:
        parts.append(_quoted(entry.note))
    details = " \u00b7 ".join(parts)
    return f"{when}  {entry.kind.value:<12}  {details}  [{entry.uid}]"


# What a terminal would act on instead of showing: C0 and C1 controls and the marks that
# turn text around. Printed to a terminal, they are shown escaped; what is stored stays.
_ACTIVE_BEYOND_ASCII = "\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_TERMINAL_CONTROLS = re.compile(f"[\x00-\x1f{_ACTIVE_BEYOND_ASCII}]")
_LEFT_BY_JSON = re.compile(f"[{_ACTIVE_BEYOND_ASCII}]")  # json escapes the C0 controls itself


def _escaped(text: str) -> str:
    return _TERMINAL_CONTROLS.sub(lambda c: c[0].encode("unicode_escape").decode("ascii"), text)


def _escaped_json(text: str) -> str:
    # Such characters only occur inside JSON strings, where \uXXXX means the same.
    return _LEFT_BY_JSON.sub(lambda c: f"\\u{ord(c[0]):04x}", text)


def run_list(args: argparse.Namespace, journal: Journal, out: TextIO) -> int:
    entries = journal.entries.entries(args.start, args.end)
    on_terminal = out.isatty()
    if args.json:
        text = entries_as_json(entries)
        out.write((_escaped_json(text) if on_terminal else text) + "\n")
        return EXIT_OK
    emotions = {e.key: e.label for e in journal.entries.emotions(include_archived=True)}
    triggers = {t.key: t.label for t in journal.entries.triggers(include_archived=True)}
    for entry in entries:
        line = _describe(entry, emotions, triggers)
        print(_escaped(line) if on_terminal else line, file=out)
    if not entries:
        print("No entries in that period.", file=out)
    return EXIT_OK
