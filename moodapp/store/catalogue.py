"""The emotion and trigger catalogue in and out of the database."""

from __future__ import annotations

from datetime import date
from typing import Any

from moodapp.domain.catalogue import Emotion, Trigger, Valence
from moodapp.store import bound_database
from moodapp.store.models import EmotionRow, TriggerRow


def _rows(model: Any, include_archived: bool) -> Any:
    query = model.select().order_by(model.sort_order, model.id)
    if not include_archived:
        query = query.where(model.archived == False)  # noqa: E712 - a peewee expression
    return query


def read_emotions(include_archived: bool = False) -> list[Emotion]:
    return [
        Emotion(
            key=r.key,
            label=r.label,
            valence=Valence(r.valence),
            colour=r.colour,
            builtin=bool(r.builtin),
            archived=bool(r.archived),
            sort_order=r.sort_order,
        )
        for r in _rows(EmotionRow, include_archived)
    ]


def read_triggers(include_archived: bool = False) -> list[Trigger]:
    return [
        Trigger(
            key=r.key,
            label=r.label,
            valence=Valence(r.valence),
            builtin=bool(r.builtin),
            archived=bool(r.archived),
            sort_order=r.sort_order,
        )
        for r in _rows(TriggerRow, include_archived)
    ]


def write_item(item: Emotion | Trigger) -> None:
    """Insert the emotion or trigger, or update the stored one with the same key."""
    model: Any = EmotionRow if isinstance(item, Emotion) else TriggerRow
    columns: dict[str, Any] = {
        "key": item.key,
        "label": item.label,
        "valence": item.valence.value,
        "builtin": item.builtin,
        "archived": item.archived,
        "sort_order": item.sort_order,
    }
    if isinstance(item, Emotion):
        columns["colour"] = item.colour
    if model.get_or_none(model.key == item.key) is None:
        model.insert(**columns).execute()
    else:
        model.update(**columns).where(model.key == item.key).execute()


def emotion_uses(since: date) -> dict[str, int]:
    """Per emotion key, the entries (check-ins and crying episodes) from ``since`` on
    in which it was felt."""
    rows = bound_database.execute(
        "SELECT m.key, COUNT(*) FROM ("
        " SELECT l.emotion_id FROM check_in c JOIN check_in_emotion l ON l.check_in_id = c.id"
        "  WHERE c.local_date >= ? AND l.intensity > 0"
        " UNION ALL"
        " SELECT l.emotion_id FROM crying_episode e JOIN episode_emotion l ON l.episode_id = e.id"
        "  WHERE e.local_date >= ? AND l.intensity > 0"
        ") t JOIN emotion m ON m.id = t.emotion_id GROUP BY m.key",
        (since.isoformat(), since.isoformat()),
    ).fetchall()
    return {key: count for key, count in rows}
