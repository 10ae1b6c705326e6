"""An entry as a JSON-ready dict: what ``moodapp list --json`` prints, one object per entry.

Keys use the domain's names; times are ISO 8601 with their UTC offset; emotions
are a map of emotion key to intensity; triggers and tags are sorted lists.
Optional details that were not recorded are ``null``.
"""

from __future__ import annotations

from typing import Any

from moodapp.domain.entries import CheckIn, CryingEpisode, Entry


def _enum(member: Any) -> str | None:
    return None if member is None else str(member.value)


def _iso(moment: Any) -> str | None:
    return None if moment is None else moment.isoformat()


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    common = {
        "uid": entry.uid,
        "kind": entry.kind.value,
        "occurred_at": entry.occurred_at.isoformat(),
        "local_date": entry.local_date.isoformat(),
        "emotions": dict(entry.emotions),
        "tags": sorted(entry.tags),
        "note": entry.note,
    }
    details: dict[str, Any]
    if isinstance(entry, CryingEpisode):
        details = {
            "intensity": entry.intensity,
            "duration_minutes": entry.duration_minutes,
            "triggers": sorted(entry.triggers),
            "company": _enum(entry.company),
            "reaction": _enum(entry.reaction),
            "held_back": entry.held_back,
            "ashamed": entry.ashamed,
            "resolved": _enum(entry.resolved),
            "mood_after": _enum(entry.mood_after),
            "mood_after_score": entry.mood_after_score,
            "mood_later_score": entry.mood_later_score,
            "what_helped": entry.what_helped,
        }
    else:
        assert isinstance(entry, CheckIn)
        details = {
            "mood": entry.mood,
            "energy": entry.energy,
            "urge_to_cry": entry.urge_to_cry,
            "no_crying_today": entry.no_crying_today,
            "sleep_hours": entry.sleep_hours,
            "daily_life_hard": entry.daily_life_hard,
        }
    return {
        **common,
        **details,
        "created_at": _iso(entry.created_at),
        "updated_at": _iso(entry.updated_at),
    }
