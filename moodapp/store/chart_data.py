"""Aggregates for the charts, each one GROUP BY query over a date range.

Every function returns per-day or per-group numbers; the domain turns them into
bins and shares. Only episodes of the kind "cried" count as crying here; almost
crying is counted on its own where a chart shows it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from moodapp.domain.charts import ReliefContext
from moodapp.domain.series import DateRange
from moodapp.store.models import database_proxy


def _rows(sql: str, params: Iterable[Any]) -> list[tuple[Any, ...]]:
    return list(database_proxy.execute_sql(sql, tuple(params)).fetchall())


def _bounds(span: DateRange) -> tuple[str, str]:
    return span.start.isoformat(), span.end.isoformat()


def first_entry_date() -> date | None:
    (first,) = _rows(
        "SELECT MIN(d) FROM (SELECT MIN(local_date) AS d FROM crying_episode "
        "UNION ALL SELECT MIN(local_date) FROM check_in)",
        (),
    )[0]
    return date.fromisoformat(first) if first else None


def daily_episodes(span: DateRange) -> tuple[dict[date, int], dict[date, int]]:
    """(cried, almost cried) episodes per local date."""
    cried: dict[date, int] = {}
    almost: dict[date, int] = {}
    for day, kind, count in _rows(
        "SELECT local_date, kind, COUNT(*) FROM crying_episode "
        "WHERE local_date BETWEEN ? AND ? GROUP BY local_date, kind",
        _bounds(span),
    ):
        (cried if kind == "cried" else almost)[date.fromisoformat(day)] = count
    return cried, almost


def daily_moods(span: DateRange) -> tuple[dict[date, int], dict[date, int]]:
    """(sum of moods, number of check-ins) per local date."""
    sums: dict[date, int] = {}
    counts: dict[date, int] = {}
    for day, total, count in _rows(
        "SELECT local_date, SUM(mood), COUNT(*) FROM check_in "
        "WHERE local_date BETWEEN ? AND ? GROUP BY local_date",
        _bounds(span),
    ):
        sums[date.fromisoformat(day)] = total
        counts[date.fromisoformat(day)] = count
    return sums, counts


def daily_check_in_emotions(span: DateRange, keys: Iterable[str]) -> dict[str, dict[date, int]]:
    """Per emotion, the sum of its intensities in each day's check-ins."""
    keys = list(keys)
    result: dict[str, dict[date, int]] = {key: {} for key in keys}
    if not keys:
        return result
    marks = ", ".join("?" * len(keys))
    for key, day, total in _rows(
        "SELECT m.key, c.local_date, SUM(l.intensity) FROM check_in_emotion l "
        "JOIN check_in c ON c.id = l.check_in_id JOIN emotion m ON m.id = l.emotion_id "
        f"WHERE c.local_date BETWEEN ? AND ? AND m.key IN ({marks}) GROUP BY m.key, c.local_date",
        (*_bounds(span), *keys),
    ):
        result[key][date.fromisoformat(day)] = total
    return result


def most_felt_emotions(span: DateRange, limit: int) -> list[str]:
    """The emotions felt in the most check-ins of the span, most first."""
    return [
        key
        for (key,) in _rows(
            "SELECT m.key FROM check_in_emotion l JOIN check_in c ON c.id = l.check_in_id "
            "JOIN emotion m ON m.id = l.emotion_id "
            "WHERE c.local_date BETWEEN ? AND ? AND l.intensity > 0 "
            "GROUP BY m.key ORDER BY COUNT(*) DESC, MIN(m.sort_order) LIMIT ?",
            (*_bounds(span), limit),
        )
    ]


def emotions_in_episodes(span: DateRange) -> tuple[int, dict[str, int]]:
    """(crying episodes, per emotion the episodes it was part of)."""
    ((episodes,),) = _rows(
        "SELECT COUNT(*) FROM crying_episode WHERE kind = 'cried' AND local_date BETWEEN ? AND ?",
        _bounds(span),
    )
    shares = dict(
        _rows(
            "SELECT m.key, COUNT(*) FROM episode_emotion l "
            "JOIN crying_episode e ON e.id = l.episode_id JOIN emotion m ON m.id = l.emotion_id "
            "WHERE e.kind = 'cried' AND e.local_date BETWEEN ? AND ? AND l.intensity > 0 "
            "GROUP BY m.key",
            _bounds(span),
        )
    )
    return episodes, shares


_DAYS_WITHOUT_CRYING = """
    SELECT DISTINCT c.local_date FROM check_in c
    WHERE c.local_date BETWEEN ? AND ?
      AND NOT EXISTS (SELECT 1 FROM crying_episode e
                      WHERE e.local_date = c.local_date AND e.kind = 'cried')
"""


def emotions_on_days_without_crying(span: DateRange) -> tuple[int, dict[str, int]]:
    """(days with a check-in and no crying, per emotion the number of those days it was felt)."""
    ((days,),) = _rows(f"SELECT COUNT(*) FROM ({_DAYS_WITHOUT_CRYING})", _bounds(span))
    shares = dict(
        _rows(
            "SELECT m.key, COUNT(DISTINCT c.local_date) FROM check_in_emotion l "
            "JOIN check_in c ON c.id = l.check_in_id JOIN emotion m ON m.id = l.emotion_id "
            f"WHERE l.intensity > 0 AND c.local_date IN ({_DAYS_WITHOUT_CRYING}) GROUP BY m.key",
            _bounds(span),
        )
    )
    return days, shares


_RELIEF_GROUPS = {
    ReliefContext.COMPANY: ("e.company", ""),
    ReliefContext.REACTION: ("e.reaction", ""),
    ReliefContext.HELD_BACK: ("CASE e.held_back WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END", ""),
    ReliefContext.ASHAMED: ("CASE e.ashamed WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END", ""),
    ReliefContext.RESOLVED: ("e.resolved", ""),
    ReliefContext.TRIGGER: (
        "t.key",
        'JOIN episode_trigger x ON x.episode_id = e.id JOIN "trigger" t ON t.id = x.trigger_id',
    ),
}


def relief_by_group(span: DateRange, context: ReliefContext) -> dict[str, dict[str, int]]:
    """Per group of the context (e.g. "alone"), how many crying episodes were followed by
    better, same or worse mood. Episodes whose context or mood afterwards is unknown, and
    almost crying, are left out."""
    group, join = _RELIEF_GROUPS[context]
    result: dict[str, dict[str, int]] = defaultdict(dict)
    for key, mood_after, count in _rows(
        f"SELECT {group} AS grp, e.mood_after, COUNT(*) FROM crying_episode e {join} "
        "WHERE e.kind = 'cried' AND e.local_date BETWEEN ? AND ? AND e.mood_after IS NOT NULL "
        "GROUP BY grp, e.mood_after HAVING grp IS NOT NULL",
        _bounds(span),
    ):
        result[key][mood_after] = count
    return dict(result)


def episodes_without_mood_after(span: DateRange) -> int:
    ((count,),) = _rows(
        "SELECT COUNT(*) FROM crying_episode "
        "WHERE kind = 'cried' AND local_date BETWEEN ? AND ? AND mood_after IS NULL",
        _bounds(span),
    )
    return int(count)


def crying_by_hour_and_weekday(span: DateRange) -> tuple[list[int], list[int]]:
    """Crying episodes by local hour (0-23) and by weekday (Monday first)."""
    by_hour = [0] * 24
    for hour, count in _rows(
        "SELECT CAST(substr(occurred_at, 12, 2) AS INTEGER), COUNT(*) FROM crying_episode "
        "WHERE kind = 'cried' AND local_date BETWEEN ? AND ? GROUP BY 1",
        _bounds(span),
    ):
        by_hour[hour] = count
    by_weekday = [0] * 7
    for sunday_first, count in _rows(
        "SELECT CAST(strftime('%w', local_date) AS INTEGER), COUNT(*) FROM crying_episode "
        "WHERE kind = 'cried' AND local_date BETWEEN ? AND ? GROUP BY 1",
        _bounds(span),
    ):
        by_weekday[(sunday_first - 1) % 7] = count
    return by_hour, by_weekday
