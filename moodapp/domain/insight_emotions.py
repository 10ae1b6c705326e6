"""Insights 5, 6 and 9: the emotions and moods that came with crying, the mood in the
days around it, and how the emotions of the last weeks were spread."""

from __future__ import annotations

import math
from collections import Counter
from datetime import date, timedelta

from moodapp.domain import insight_words as words
from moodapp.domain.charts import ChartKind
from moodapp.domain.insight import Insight, InsightKind, Link
from moodapp.domain.insight_days import MIN_EPISODES, cried, each_day, recent_start, whole_period
from moodapp.domain.insight_facts import JournalFacts
from moodapp.domain.insight_words import Wording

LINGER_DAYS = 10  # one emotion strong for this many days in a row
STRONG = 3  # "strongly" on the 0-4 scale


def emotions_around_tears_insights(facts: JournalFacts, say: Wording) -> list[Insight]:
    episodes = cried(facts)
    if len(episodes) < MIN_EPISODES:
        return []
    total = len(episodes)
    period = whole_period(facts, say)
    basis = say.say(words.EPISODES_BASIS, total=total, period=period)
    link = Link(chart=ChartKind.EMOTIONS, days=182)
    found = []
    counts = Counter(emotion for e in episodes for emotion in e.emotions)
    if counts:
        top = sorted(counts.items(), key=lambda kv: (-kv[1], facts.label(kv[0])))[:3]
        listed = ", ".join(
            say.say(
                words.TEAR_EMOTION_SHARE,
                emotion=say.name("Emotion", facts.label(key)),
                n=n,
                total=total,
            )
            for key, n in top
        )
        found.append(
            Insight(
                5,
                InsightKind.EMOTIONS_AROUND_TEARS,
                say.say(words.TEAR_EMOTIONS, emotions=listed),
                basis,
                link,
                headline=say.say(words.HEADLINE_SHARE, n=top[0][1], total=total),
            )
        )
    moods = _crying_day_moods(facts)
    if moods is not None:
        crying, other, days = moods
        text = say.say(words.CRYING_DAY_MOOD, crying=say.signed(crying), other=say.signed(other))
        day_basis = say.say(words.CRYING_DAY_BASIS, days=days, period=period)
        found.append(Insight(5, InsightKind.EMOTIONS_AROUND_TEARS, text, day_basis, link))
    positive = sum(
        1
        for e in episodes
        if e.emotions & facts.positive_emotions or e.triggers & facts.positive_triggers
    )
    if positive:
        template = words.POSITIVE_TEARS_HALF if positive * 2 > total else words.POSITIVE_TEARS
        found.append(
            Insight(
                5,
                InsightKind.EMOTIONS_AROUND_TEARS,
                say.say(template, n=positive, total=total),
                basis,
                link,
                headline=say.say(words.HEADLINE_SHARE, n=positive, total=total),
            )
        )
    return found


def _crying_day_moods(facts: JournalFacts) -> tuple[float, float, int] | None:
    """Mean mood on crying days and on other days with check-ins (five of each at least)."""
    crying: list[float] = []
    other: list[float] = []
    for day in each_day(facts.period_start, facts.today):
        f = facts.day(day)
        if f.mood is not None:
            (crying if f.cried else other).append(f.mood)
    if len(crying) < MIN_EPISODES or len(other) < MIN_EPISODES:
        return None
    return sum(crying) / len(crying), sum(other) / len(other), len(crying)


def mood_around_insight(facts: JournalFacts, say: Wording) -> Insight | None:
    before, after, days = [], [], 0
    for day in each_day(facts.period_start, facts.today):
        if not facts.day(day).cried:
            continue
        ahead = [facts.day(day - timedelta(days=n)).mood for n in (1, 2)]
        behind = [
            facts.day(day + timedelta(days=n)).mood
            for n in (1, 2)
            if day + timedelta(days=n) <= facts.today
        ]
        ahead_known = [m for m in ahead if m is not None]
        behind_known = [m for m in behind if m is not None]
        if ahead_known and behind_known:
            before += ahead_known
            after += behind_known
            days += 1
    if days < MIN_EPISODES:
        return None
    means = {
        "before": say.signed(sum(before) / len(before)),
        "after": say.signed(sum(after) / len(after)),
    }
    text = say.say(words.MOOD_AROUND, **means)
    basis = say.say(words.MOOD_AROUND_BASIS, days=days, period=whole_period(facts, say))
    change = say.say(words.HEADLINE_CHANGE, **means)
    link = Link(chart=ChartKind.CRYING_VS_EMOTIONS, days=182)
    return Insight(6, InsightKind.MOOD_AROUND, text, basis, link, headline=change)


def balance_insights(facts: JournalFacts, say: Wording) -> list[Insight]:
    start = recent_start(facts)
    recent_days = [d for d in each_day(start, facts.today) if facts.day(d).emotions]
    if len(recent_days) < 7:
        return []
    felt = Counter(
        key for d in recent_days for key, level in facts.day(d).emotions.items() if level > 0
    )
    if not felt:
        return []
    top = [
        say.name("Emotion", facts.label(k))
        for k, _ in sorted(felt.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    ]
    text = say.say(words.BALANCE_VARIETY, n=len(felt), top=say.listed(top))
    if len(felt) >= 2:
        total = sum(felt.values())
        evenness = -sum(n / total * math.log(n / total) for n in felt.values()) / math.log(
            len(felt)
        )
        if evenness >= 0.8:
            text += " " + say.say(words.BALANCE_EVEN)
        elif evenness < 0.55:
            text += " " + say.say(words.BALANCE_FEW)
    basis = say.say(
        words.BALANCE_BASIS, days=len(recent_days), period=say.period(start, facts.today)
    )
    variety = say.say(words.HEADLINE_EMOTIONS, n=len(felt)) if len(felt) >= 2 else ""
    link = Link(chart=ChartKind.CRYING_VS_EMOTIONS, days=30)
    found = [Insight(9, InsightKind.BALANCE, text, basis, link, headline=variety)]
    linger = _longest_strong_run(facts)
    if linger is not None:
        key, first, last = linger
        linger_text = say.say(
            words.BALANCE_LINGER,
            emotion=say.label("Emotion", facts.label(key)),
            days=(last - first).days + 1,
            period=say.period(first, last),
        )
        length = say.say(words.HEADLINE_DAYS, days=(last - first).days + 1)
        found.append(
            Insight(9, InsightKind.BALANCE, linger_text, basis, Link(day=first), headline=length)
        )
    return found


def _longest_strong_run(facts: JournalFacts) -> tuple[str, date, date] | None:
    """The longest run of days on which one emotion was strong, if it lasted ten days or more
    and reached into the last four weeks."""
    best: tuple[str, date, date] | None = None
    runs: dict[str, date] = {}
    for day in each_day(facts.period_start, facts.today + timedelta(days=1)):
        strong = (
            {k for k, level in facts.day(day).emotions.items() if level >= STRONG}
            if day <= facts.today
            else set()
        )
        for key in list(runs):
            if key not in strong:
                first, last = runs.pop(key), day - timedelta(days=1)
                long_enough = (last - first).days + 1 >= LINGER_DAYS
                recent = last >= recent_start(facts)
                if (
                    long_enough
                    and recent
                    and (best is None or (last - first) > (best[2] - best[1]))
                ):
                    best = (key, first, last)
        for key in strong:
            runs.setdefault(key, day)
    return best
