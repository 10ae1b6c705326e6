"""Insights 1 and 2: how often the person cried against their usual range, and a change
of crying or of the urge to cry that has lasted two weeks or more."""

from __future__ import annotations

import statistics
from datetime import timedelta

from moodapp.domain import insight_words as words
from moodapp.domain.charts import ChartKind
from moodapp.domain.insight import Insight, InsightKind, Link
from moodapp.domain.insight_days import (
    SUSTAINED_DAYS,
    cried_by_day,
    cried_in_week,
    each_day,
    mean,
    recent_start,
    weekly_means,
    weeks_above_usual,
)
from moodapp.domain.insight_facts import JournalFacts
from moodapp.domain.insight_words import Wording
from moodapp.domain.series import USUAL_WINDOW_DAYS, usual_range

TREND_WEEKS = 12  # the weeks of crying the usual range's card pictures


def weekly_crying(facts: JournalFacts) -> tuple[int, ...]:
    """Crying per week (seven days back from today), oldest first: the last twelve weeks,
    or as many whole or begun weeks as the journal has."""
    assert facts.first_entry is not None
    weeks = min(TREND_WEEKS, (facts.today - facts.first_entry).days // 7 + 1)
    return tuple(
        cried_in_week(facts, facts.today - timedelta(days=7 * back))
        for back in reversed(range(weeks))
    )


def usual_range_insight(facts: JournalFacts, say: Wording) -> Insight | None:
    if facts.first_entry is None:
        return None
    today = facts.today
    recent = sum(facts.day(d).cried for d in each_day(recent_start(facts), today))
    usual = usual_range(cried_by_day(facts), today, facts.first_entry)
    link = Link(chart=ChartKind.CRYING_VS_EMOTIONS, days=365)
    count = say.times(recent)
    if usual is None:
        days = (today - facts.first_entry).days + 1
        return Insight(
            1,
            InsightKind.USUAL_RANGE,
            say.say(words.USUAL_LEARNING, count=count, days=days),
            "",
            link,
            headline=count,
            trend=weekly_crying(facts),
        )
    low, high = round(usual.low), round(usual.high)
    template = (
        words.USUAL_MORE
        if recent > usual.high
        else words.USUAL_LESS
        if recent < usual.low
        else words.USUAL_ABOUT
    )
    span = (
        say.say(words.USUAL_ONE, n=low)
        if low == high
        else say.say(words.USUAL_SPAN, low=low, high=high)
    )
    start = today - timedelta(days=usual.days_used - 1 + USUAL_WINDOW_DAYS - 1)
    basis = say.say(words.USUAL_BASIS, period=say.period(start, today), episodes=usual.episodes)
    text = say.say(template, count=count, usual=span)
    return Insight(
        1, InsightKind.USUAL_RANGE, text, basis, link, headline=count, trend=weekly_crying(facts)
    )


def _usual_week(per_week: float, say: Wording) -> str:
    """How often a usual week holds crying, in words a person pictures: "less than once"
    rather than "0.8 times"."""
    if per_week < 1:
        return say.say(words.USUAL_LESS_THAN_ONCE)
    times = (
        say.times(int(per_week))
        if per_week.is_integer()
        else say.say(words.TIMES, n=say.decimal(per_week))
    )
    return say.say(words.USUAL_UP_TO, times=times)


def sustained_change_insights(facts: JournalFacts, say: Wording) -> list[Insight]:
    found = []
    link = Link(chart=ChartKind.CRYING_VS_EMOTIONS, days=90)
    basis = say.say(words.SUSTAINED_BASIS)
    above = weeks_above_usual(facts)
    if above is not None and len(above[0]) * 7 >= SUSTAINED_DAYS:
        counts, high = above
        per_week = round(high * 7 / USUAL_WINDOW_DAYS, 1)  # weeks compared with a week
        text = say.say(
            words.SUSTAINED_CRYING,
            weeks=len(counts),
            usual=_usual_week(per_week, say),
            counts=say.listed([str(c) for c in reversed(counts)]),
        )
        weeks = say.say(words.HEADLINE_WEEKS, weeks=len(counts))
        found.append(Insight(2, InsightKind.SUSTAINED_CHANGE, text, basis, link, headline=weeks))
    urge_high = _usual_urge(facts)
    weekly = weekly_means(facts, "urge")
    if urge_high is not None and all(m is not None and m > urge_high for m in weekly):
        recent = mean(m for m in weekly if m is not None) or 0.0
        text = say.say(
            words.SUSTAINED_URGE, recent=say.decimal(recent), high=say.decimal(urge_high)
        )
        found.append(Insight(2, InsightKind.SUSTAINED_CHANGE, text, basis, link))
    return found


def _usual_urge(facts: JournalFacts) -> float | None:
    """The upper quartile of daily urge before the last two weeks (needs two weeks of answers)."""
    before = facts.today - timedelta(days=SUSTAINED_DAYS)
    values = [facts.day(d).urge for d in each_day(facts.period_start, before)]
    answered = [v for v in values if v is not None]
    if len(answered) < SUSTAINED_DAYS:
        return None
    return statistics.quantiles(answered, n=4, method="inclusive")[2]
