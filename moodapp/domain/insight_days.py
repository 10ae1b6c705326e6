"""Walking and counting a journal's days for the insights: the periods they look at,
the crying in them, and the weekly means they compare.

The limits that several insights share are here too (GROUNDING.md's minimum data).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from moodapp.domain.insight_facts import RECENT_DAYS, EpisodeFacts, JournalFacts
from moodapp.domain.insight_words import Wording
from moodapp.domain.series import USUAL_WINDOW_DAYS, usual_range

MIN_EPISODES = 5  # GROUNDING.md: a split resting on fewer than five episodes is not shown
SUSTAINED_DAYS = 14  # a change counts only when it lasts two weeks or more
LOW_MOOD = -1.0  # a weekly mean mood at or below this is low


def each_day(start: date, end: date) -> Iterable[date]:
    for offset in range((end - start).days + 1):
        yield start + timedelta(days=offset)


def mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


def recent_start(facts: JournalFacts) -> date:
    return facts.today - timedelta(days=RECENT_DAYS - 1)


def whole_period(facts: JournalFacts, say: Wording) -> str:
    """The period every insight but the recent ones covers, in words."""
    return say.period(facts.period_start, facts.today)


def cried(facts: JournalFacts) -> list[EpisodeFacts]:
    return [e for e in facts.episodes if e.cried]


def cried_by_day(facts: JournalFacts) -> dict[date, int]:
    return {day: f.cried for day, f in facts.days.items() if f.cried}


def cried_in_week(facts: JournalFacts, end: date) -> int:
    """The crying of the seven days that end on ``end``."""
    return sum(facts.day(d).cried for d in each_day(end - timedelta(days=6), end))


def weeks_above_usual(facts: JournalFacts) -> tuple[list[int], float] | None:
    """The crying counts of the weeks (seven-day blocks back from today) that in a row each
    held more crying than the usual range allows for a week, newest first."""
    usual = usual_range(cried_by_day(facts), facts.today, facts.first_entry)
    if usual is None:
        return None
    per_week = usual.high * 7 / USUAL_WINDOW_DAYS
    counts = []
    for week in range(USUAL_WINDOW_DAYS // 7 * 6):
        count = cried_in_week(facts, facts.today - timedelta(days=7 * week))
        if count <= per_week:
            break
        counts.append(count)
    return counts, usual.high


def weekly_means(facts: JournalFacts, value: str) -> list[float | None]:
    """The mean of a daily value (mood or urge) in each of the last two weeks, oldest first."""
    means = []
    for week in (1, 0):
        end = facts.today - timedelta(days=7 * week)
        values = [getattr(facts.day(d), value) for d in each_day(end - timedelta(days=6), end)]
        means.append(mean(v for v in values if v is not None))
    return means
