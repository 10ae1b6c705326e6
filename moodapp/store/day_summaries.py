"""Per-day summaries for calendars, from one aggregate query over a date range.

Days are the local dates stored with each entry, so a day with entries made in
two time zones is still one day.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from moodapp.domain.days import ALL_EPISODES, DaySummary, EpisodeFilter
from moodapp.store import bound_database

TOP_EMOTIONS = 3

_EMOTION_FILTER = """
    AND EXISTS (
        SELECT 1 FROM episode_emotion x JOIN emotion m ON m.id = x.emotion_id
        WHERE x.episode_id = e.id AND m.key = :emotion AND x.intensity > 0)"""

_TRIGGER_FILTER = """
    AND EXISTS (
        SELECT 1 FROM episode_trigger x JOIN "trigger" t ON t.id = x.trigger_id
        WHERE x.episode_id = e.id AND t.key = :trigger)"""

_QUERY = """
WITH
ci AS (
    SELECT local_date AS day, COUNT(*) AS n, AVG(mood) AS mood, AVG(energy) AS energy,
           MAX(no_crying_today) AS said_no
    FROM check_in WHERE local_date BETWEEN :start AND :end
    GROUP BY local_date),
ep AS (
    SELECT local_date AS day, SUM(kind = 'cried') AS cried, SUM(kind = 'almost-cried') AS almost,
           MAX(intensity) AS strongest
    FROM crying_episode e WHERE local_date BETWEEN :start AND :end {filter}
    GROUP BY local_date),
felt AS (
    SELECT c.local_date AS day, l.emotion_id AS emotion, l.intensity AS intensity
    FROM check_in_emotion l JOIN check_in c ON c.id = l.check_in_id
    WHERE c.local_date BETWEEN :start AND :end AND l.intensity > 0
    UNION ALL
    SELECT e.local_date, l.emotion_id, l.intensity
    FROM episode_emotion l JOIN crying_episode e ON e.id = l.episode_id
    WHERE e.local_date BETWEEN :start AND :end AND l.intensity > 0),
ranked AS (
    SELECT f.day, m.key,
           ROW_NUMBER() OVER (
               PARTITION BY f.day ORDER BY SUM(f.intensity) DESC, m.sort_order, m.id) AS rank
    FROM felt f JOIN emotion m ON m.id = f.emotion
    GROUP BY f.day, f.emotion),
top AS (
    SELECT day, group_concat(rank || ':' || key, ' ') AS keys
    FROM ranked WHERE rank <= :top GROUP BY day),
days AS (SELECT day FROM ci UNION SELECT day FROM ep UNION SELECT day FROM top)
SELECT days.day, ci.n, ci.mood, ci.energy, ci.said_no, ep.cried, ep.almost, ep.strongest, top.keys
FROM days
LEFT JOIN ci ON ci.day = days.day
LEFT JOIN ep ON ep.day = days.day
LEFT JOIN top ON top.day = days.day
ORDER BY days.day
"""


def _top_keys(packed: str | None) -> tuple[str, ...]:
    """ "2:fear 1:sadness" -> ("sadness", "fear"): group_concat does not promise an order."""
    if not packed:
        return ()
    ranked = (item.split(":", 1) for item in packed.split(" "))
    return tuple(key for _, key in sorted(ranked, key=lambda pair: int(pair[0])))


def read_day_summaries(
    start: date, end: date, episodes: EpisodeFilter = ALL_EPISODES
) -> dict[date, DaySummary]:
    """Every day from ``start`` to ``end`` (both included) that has an entry, by date."""
    conditions = (_EMOTION_FILTER if episodes.emotion else "") + (
        _TRIGGER_FILTER if episodes.trigger else ""
    )
    params: dict[str, Any] = {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "top": TOP_EMOTIONS,
        "emotion": episodes.emotion,
        "trigger": episodes.trigger,
    }
    cursor = bound_database.execute(_QUERY.format(filter=conditions), params)
    summaries = {}
    for day, n, mood, energy, said_no, cried, almost, strongest, keys in cursor.fetchall():
        summary = DaySummary(
            day=date.fromisoformat(day),
            check_ins=n or 0,
            mood=mood,
            energy=energy,
            said_no_crying=bool(said_no),
            cried=cried or 0,
            almost_cried=almost or 0,
            strongest_intensity=strongest,
            top_emotions=_top_keys(keys),
        )
        summaries[summary.day] = summary
    return summaries
