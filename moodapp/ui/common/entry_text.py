"""How an entry reads in lists: a short title and a one-line summary."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from moodapp.domain.entries import INTENSITY_WORDS, CheckIn, CryingEpisode, Entry
from moodapp.ui.common import date_text
from moodapp.ui.common.words import translate


def signed(value: int) -> str:
    """-2, 0, +1: a value on a scale around zero."""
    return f"{value:+d}" if value else "0"


def entry_noun(entry: Entry) -> str:
    return (
        translate("EntryText", "check-in")
        if isinstance(entry, CheckIn)
        else translate("EntryText", "crying episode")
    )


def entry_title(entry: Entry) -> str:
    if isinstance(entry, CryingEpisode):
        kind = (
            translate("EntryText", "Almost cried")
            if entry.almost
            else translate("EntryText", "Cried")
        )
        if entry.intensity is None:
            return kind
        return f"{kind} · {QCoreApplication.translate('Scale', INTENSITY_WORDS[entry.intensity])}"
    assert isinstance(entry, CheckIn)
    if entry.energy is None:
        return translate("EntryText", "Check-in · mood %1").replace("%1", signed(entry.mood))
    text = translate("EntryText", "Check-in · mood %1, energy %2")
    return text.replace("%1", signed(entry.mood)).replace("%2", signed(entry.energy))


def entry_summary(entry: Entry, emotion_labels: Mapping[str, str]) -> str:
    parts = []
    if entry.emotions:
        strongest = sorted(entry.emotions.items(), key=lambda kv: -kv[1])
        parts.append(", ".join(emotion_labels.get(k, k) for k, _ in strongest))
    if isinstance(entry, CheckIn) and entry.no_crying_today:
        parts.append(translate("EntryText", "no crying today"))
    if entry.note:
        line = entry.note.splitlines()[0] if entry.note.strip() else ""
        if line:
            parts.append(f"\u201c{line[:50]}{'…' if len(line) > 50 else ''}\u201d")
    return " · ".join(parts)


def day_heading(day: date, today: date) -> str:
    if day == today:
        return translate("EntryText", "Today")
    if day == today - timedelta(days=1):
        return translate("EntryText", "Yesterday")
    return date_text.written(day, date_text.WEEKDAY_DAY_MONTH)


def entry_time(entry: Entry) -> str:
    return entry.occurred_at.strftime("%H:%M")


def entry_when(entry: Entry) -> str:
    """Day and time, for messages like "Deleted the check-in of Tue 24 Nov, 21:30"."""
    moment = entry.occurred_at
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM")
    return f"{day}, {moment.strftime('%H:%M')}"
