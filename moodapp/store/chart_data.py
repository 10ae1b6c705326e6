"""Aggregates for the charts, each one GROUP BY query over a date range.

Every function returns per-day or per-group numbers; the domain turns them into
bins and shares. Only episodes of the kind "cried" count as crying here; almost
crying is counted on its own where a chart shows it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from moodapp.domain.charts import ReliefContext
from moodapp.domain.series import Bin, Binning, DateRange
from moodapp.store import bound_database


def _rows(sql: str, params: Iterable[Any]) -> list[tuple[Any, ...]]:
    return list(bound_database.execute(sql, tuple(params)).fetchall())


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


@dataclass(frozen=True)
class _BinKey:
    """How SQL names the bin of a local date inside the range, and that name's bin index."""

    sql: str  # an expression of the local date column
    params: tuple[Any, ...]
    index: Callable[[Any], int]


def _bin_key(bins: Binning, local_date: str) -> _BinKey:
    """The bins are summed in SQL, grouped by this key, not per day in Python: months by
    their "YYYY-MM", days and weeks by the days since the first bin's start."""
    if bins.size is Bin.MONTH:
        months = {f"{start.year:04d}-{start.month:02d}": i for i, start in enumerate(bins.starts)}
        return _BinKey(f"substr({local_date}, 1, 7)", (), months.__getitem__)
    days = f"CAST(julianday({local_date}) - julianday(?) AS INTEGER)"
    sql = f"{days} / 7" if bins.size is Bin.WEEK else days
    return _BinKey(sql, (bins.starts[0].isoformat(),), int)


def binned_episodes(bins: Binning) -> tuple[list[int], list[int]]:
    """(cried, almost cried) episodes per bin."""
    key = _bin_key(bins, "local_date")
    cried, almost = [0] * len(bins.starts), [0] * len(bins.starts)
    for at, kind, count in _rows(
        f"SELECT {key.sql}, kind, COUNT(*) FROM crying_episode "
        "WHERE local_date BETWEEN ? AND ? GROUP BY 1, 2",
        (*key.params, *_bounds(bins.span)),
    ):
        (cried if kind == "cried" else almost)[key.index(at)] = count
    return cried, almost


def binned_moods(bins: Binning) -> tuple[list[int], list[int]]:
    """(sum of moods, number of check-ins) per bin."""
    key = _bin_key(bins, "local_date")
    sums, counts = [0] * len(bins.starts), [0] * len(bins.starts)
    for at, total, count in _rows(
        f"SELECT {key.sql}, SUM(mood), COUNT(*) FROM check_in "
        "WHERE local_date BETWEEN ? AND ? GROUP BY 1",
        (*key.params, *_bounds(bins.span)),
    ):
        sums[key.index(at)], counts[key.index(at)] = total, count
    return sums, counts


def binned_check_in_emotions(bins: Binning, keys: Iterable[str]) -> dict[str, list[int]]:
    """Per emotion, the sum of its intensities in the check-ins of each bin."""
    keys = list(keys)
    result = {key: [0] * len(bins.starts) for key in keys}
    if not keys:
        return result
    key = _bin_key(bins, "c.local_date")
    marks = ", ".join("?" * len(keys))
    # From the check-ins of the range to their emotions (CROSS JOIN keeps that order), so that
    # a short range reads a few rows; "+" keeps SQLite from looking up each check-in's links
    # once per emotion: it reads them once, and keeps the ones asked for.
    for emotion, at, total in _rows(
        f"SELECT m.key, t.bin, t.total FROM (SELECT l.emotion_id, {key.sql} AS bin, "
        "SUM(l.intensity) AS total FROM check_in c "
        "CROSS JOIN check_in_emotion l ON l.check_in_id = c.id "
        "WHERE c.local_date BETWEEN ? AND ? "
        f"AND +l.emotion_id IN (SELECT id FROM emotion WHERE key IN ({marks})) GROUP BY 1, 2) t "
        "JOIN emotion m ON m.id = t.emotion_id",
        (*key.params, *_bounds(bins.span), *keys),
    ):
        result[emotion][key.index(at)] = total
    return result


def _holds_every_check_in(span: DateRange) -> bool:
    (first, last) = _rows("SELECT MIN(local_date), MAX(local_date) FROM check_in", ())[0]
    return first is None or (span.start.isoformat() <= first and last <= span.end.isoformat())


def most_felt_emotions(span: DateRange, limit: int) -> list[str]:
    """The emotions felt in the most check-ins of the span, most first."""
    links: str
    params: tuple[str, ...]
    if _holds_every_check_in(span):  # "Everything": every link counts, no date to look up
        links, params = "check_in_emotion l WHERE", ()
    else:
        links = (
            "check_in c CROSS JOIN check_in_emotion l ON l.check_in_id = c.id "
            "WHERE c.local_date BETWEEN ? AND ? AND"
        )
        params = _bounds(span)
    return [
        key
        for (key,) in _rows(
            f"SELECT m.key FROM (SELECT l.emotion_id, COUNT(*) AS felt FROM {links} "
            "l.intensity > 0 GROUP BY l.emotion_id) t JOIN emotion m ON m.id = t.emotion_id "
            "ORDER BY t.felt DESC, m.sort_order LIMIT ?",
            (*params, limit),
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


_CRIED_ON = (
    "SELECT local_date FROM crying_episode WHERE kind = 'cried' AND local_date BETWEEN ? AND ?"
)


def emotions_on_days_without_crying(span: DateRange) -> tuple[int, dict[str, int]]:
    """(days with a check-in and no crying, per emotion the number of those days it was felt)."""
    ((days,),) = _rows(
        "SELECT COUNT(DISTINCT local_date) FROM check_in "
        f"WHERE local_date BETWEEN ? AND ? AND local_date NOT IN ({_CRIED_ON})",
        (*_bounds(span), *_bounds(span)),
    )
    shares = dict(
        _rows(
            "SELECT m.key, t.days FROM (SELECT l.emotion_id, COUNT(DISTINCT c.local_date) AS days "
            "FROM check_in c CROSS JOIN check_in_emotion l ON l.check_in_id = c.id "
            "WHERE c.local_date BETWEEN ? AND ? AND l.intensity > 0 "
            f"AND c.local_date NOT IN ({_CRIED_ON}) GROUP BY l.emotion_id) t "
            "JOIN emotion m ON m.id = t.emotion_id",
            (*_bounds(span), *_bounds(span)),
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
