"""Insights 7 and 8: when crying happened (part of the day, day of the week), and the
stretches of days without it."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from moodapp.domain import insight_words as words
from moodapp.domain.charts import ChartKind
from moodapp.domain.insight import Insight, InsightKind, Link
from moodapp.domain.insight_days import (
    LOW_MOOD,
    MIN_EPISODES,
    cried,
    each_day,
    weekly_means,
    whole_period,
)
from moodapp.domain.insight_facts import JournalFacts
from moodapp.domain.insight_words import Wording

QUIET_DAYS = 14


def _day_part(hour: int) -> str:
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    if 17 <= hour < 22:
        return "evening"
    return "night"


def when_insights(facts: JournalFacts, say: Wording) -> list[Insight]:
    episodes = cried(facts)
    if len(episodes) < MIN_EPISODES:
        return []
    total = len(episodes)
    basis = say.say(words.EPISODES_BASIS, total=total, period=whole_period(facts, say))
    link = Link(chart=ChartKind.TIMING, days=182)
    parts = Counter(_day_part(e.hour) for e in episodes)
    part, n = max(parts.items(), key=lambda kv: (kv[1], kv[0]))
    found = [
        Insight(
            7,
            InsightKind.WHEN,
            say.say(words.WHEN_PART, part=say.translate(words.DAY_PARTS[part]), n=n, total=total),
            basis,
            link,
            headline=say.say(words.HEADLINE_SHARE, n=n, total=total),
        )
    ]
    weekdays = Counter(e.day.weekday() for e in episodes)
    weekday, most = max(weekdays.items(), key=lambda kv: (kv[1], -kv[0]))
    others = (total - most) / 6
    if most >= 3 and most >= 2 * others:
        text = say.say(words.WHEN_WEEKDAY, weekday=say.weekday_text(weekday), n=most, total=total)
        share = say.say(words.HEADLINE_SHARE, n=most, total=total)
        found.append(Insight(7, InsightKind.WHEN, text, basis, link, headline=share))
    else:
        found.append(Insight(7, InsightKind.WHEN, say.say(words.WHEN_SPREAD), basis, link))
    return found


def _is_quiet(facts: JournalFacts, day: date) -> bool:
    f = facts.day(day)
    return not f.cried and not f.almost and not (f.urge or 0) > 0


def _journaled(facts: JournalFacts, start: date, end: date) -> bool:
    """A stretch only counts as quiet if check-ins were written on at least half its days."""
    days = (end - start).days + 1
    return sum(1 for d in each_day(start, end) if facts.day(d).check_ins) * 2 >= days


def quiet_stretch_insight(facts: JournalFacts, say: Wording) -> Insight | None:
    stretches: list[tuple[date, date]] = []
    start: date | None = None
    for day in each_day(facts.period_start, facts.today):
        if _is_quiet(facts, day):
            start = start or day
        elif start is not None:
            stretches.append((start, day - timedelta(days=1)))
            start = None
    current = (start, facts.today) if start is not None else None
    if current is not None:
        stretches.append(current)
    stretches = [
        s for s in stretches if (s[1] - s[0]).days + 1 >= QUIET_DAYS and _journaled(facts, *s)
    ]
    if not stretches:
        return None
    basis = say.say(words.QUIET_BASIS, period=whole_period(facts, say))
    if current is not None and current in stretches:
        days = (facts.today - current[0]).days + 1
        link = Link(day=current[0])
        weekly_moods = weekly_means(facts, "mood")
        if all(m is not None and m <= LOW_MOOD for m in weekly_moods):
            return Insight(
                8,
                InsightKind.QUIET_STRETCH,
                say.say(words.QUIET_QUESTION, days=days),
                basis,
                link,
                question=True,
                headline=say.say(words.HEADLINE_DAYS, days=days),
            )
        text = say.say(words.QUIET_NOW, days=days)
        length = say.say(words.HEADLINE_DAYS, days=days)
        return Insight(8, InsightKind.QUIET_STRETCH, text, basis, link, headline=length)
    first, last = max(stretches, key=lambda s: (s[1] - s[0]).days)
    days = (last - first).days + 1
    text = say.say(words.QUIET_LONGEST, days=days, period=say.period(first, last))
    length = say.say(words.HEADLINE_DAYS, days=days)
    return Insight(8, InsightKind.QUIET_STRETCH, text, basis, Link(day=first), headline=length)
