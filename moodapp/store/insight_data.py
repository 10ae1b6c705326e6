"""The per-day and per-episode facts the insights are computed from, for a bounded period.

One query per aspect (GROUP BY local date), then the rows are put together by day.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from moodapp.domain.insight_facts import DayFacts, EpisodeFacts
from moodapp.domain.series import DateRange
from moodapp.store import bound_database
from moodapp.store.chart_data import daily_episodes


def _rows(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    return list(bound_database.execute(sql, params).fetchall())


def _split(packed: str | None) -> frozenset[str]:
    return frozenset(packed.split(",")) if packed else frozenset()


def day_facts(span: DateRange) -> dict[date, DayFacts]:
    bounds = (span.start.isoformat(), span.end.isoformat())
    fields: dict[date, dict[str, Any]] = defaultdict(dict)
    cried, almost = daily_episodes(span)
    for day, count in cried.items():
        fields[day]["cried"] = count
    for day, count in almost.items():
        fields[day]["almost"] = count
    for day, n, mood_sum, urge_sum, urge_n, hard in _rows(
        "SELECT local_date, COUNT(*), SUM(mood), TOTAL(urge_to_cry), COUNT(urge_to_cry), "
        "group_concat(daily_life_hard) FROM check_in WHERE local_date BETWEEN ? AND ? "
        "GROUP BY local_date",
        bounds,
    ):
        fields[date.fromisoformat(day)].update(
            check_ins=n,
            mood_sum=float(mood_sum),
            urge_sum=float(urge_sum),
            urge_answers=urge_n,
            hard_answers=tuple(int(h) for h in hard.split(",")) if hard else (),
        )
    emotions: dict[date, dict[str, int]] = defaultdict(dict)
    for day, key, level in _rows(
        "SELECT day, key, MAX(intensity) FROM ("
        " SELECT c.local_date AS day, m.key AS key, l.intensity AS intensity"
        " FROM check_in_emotion l"
        " JOIN check_in c ON c.id = l.check_in_id JOIN emotion m ON m.id = l.emotion_id"
        " WHERE c.local_date BETWEEN ? AND ?"
        " UNION ALL"
        " SELECT e.local_date, m.key, l.intensity FROM episode_emotion l"
        " JOIN crying_episode e ON e.id = l.episode_id JOIN emotion m ON m.id = l.emotion_id"
        " WHERE e.local_date BETWEEN ? AND ?"
        ") WHERE intensity > 0 GROUP BY day, key",
        bounds + bounds,
    ):
        emotions[date.fromisoformat(day)][key] = level
    for day, felt in emotions.items():
        fields[day]["emotions"] = felt
    return {day: DayFacts(**values) for day, values in fields.items()}


def episode_facts(span: DateRange) -> list[EpisodeFacts]:
    return [
        EpisodeFacts(
            day=date.fromisoformat(day),
            hour=int(hour),
            cried=kind == "cried",
            emotions=_split(emotions),
            triggers=_split(triggers),
            mood_after_score=after,
            mood_later_score=later,
            what_helped=helped,
        )
        for day, hour, kind, after, later, helped, emotions, triggers in _rows(
            "SELECT e.local_date, substr(e.occurred_at, 12, 2), e.kind, e.mood_after_score, "
            "e.mood_later_score, e.what_helped, "
            "(SELECT group_concat(m.key) FROM episode_emotion l"
            " JOIN emotion m ON m.id = l.emotion_id"
            " WHERE l.episode_id = e.id AND l.intensity > 0), "
            '(SELECT group_concat(t.key) FROM episode_trigger x JOIN "trigger" t'
            " ON t.id = x.trigger_id WHERE x.episode_id = e.id) "
            "FROM crying_episode e WHERE e.local_date BETWEEN ? AND ? ORDER BY e.occurred_at",
            (span.start.isoformat(), span.end.isoformat()),
        )
    ]
