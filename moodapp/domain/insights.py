"""The nine insights of GROUNDING.md, computed from the person's own recent data.

Pure functions over ``JournalFacts``. Every insight states the numbers it rests
on and the period it covers; one that lacks data is not shown but named as
waiting (the minimum-data rules live here, not in the UI). The words come from
``insight_words`` only.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from moodapp.domain import insight_words as words
from moodapp.domain.charts import ChartKind, ReliefContext, ReliefGroup
from moodapp.domain.insight_facts import RECENT_DAYS, EpisodeFacts, JournalFacts
from moodapp.domain.insight_words import Wording
from moodapp.domain.series import USUAL_WINDOW_DAYS, usual_range

MIN_EPISODES = 5  # GROUNDING.md: a split resting on fewer than five episodes is not shown
SUSTAINED_DAYS = 14  # a change counts only when it lasts two weeks or more
QUIET_DAYS = 14
LINGER_DAYS = 10  # one emotion strong for this many days in a row
STRONG = 3  # "strongly" on the 0-4 scale
LOW_MOOD = -1.0  # a weekly mean mood at or below this is low
HARD = 2  # "very" or "extremely" on the 0-3 "feelings made daily life hard" scale


class InsightKind(StrEnum):
    USUAL_RANGE = "usual-range"
    SUSTAINED_CHANGE = "sustained-change"
    RELIEF = "relief"
    DELAYED_RELIEF = "delayed-relief"
    EMOTIONS_AROUND_TEARS = "emotions-around-tears"
    MOOD_AROUND = "mood-around-episodes"
    WHEN = "when"
    QUIET_STRETCH = "quiet-stretch"
    BALANCE = "balance"
    SUGGESTION = "suggestion"


@dataclass(frozen=True)
class Link:
    """Where a statement can be seen: a chart (kind, days back, relief context) or a day."""

    chart: ChartKind | None = None
    days: int = 90
    context: ReliefContext | None = None
    day: date | None = None


@dataclass(frozen=True)
class Insight:
    number: int  # GROUNDING.md's numbering, 1 to 9 (0 for the suggestion)
    kind: InsightKind
    text: str
    basis: str  # the numbers and the period it rests on
    link: Link | None = None
    question: bool = False  # worded as a gentle question


@dataclass(frozen=True)
class Insights:
    shown: list[Insight] = field(default_factory=list)
    waiting: list[InsightKind] = field(default_factory=list)  # not enough data yet


def _days(start: date, end: date) -> Iterable[date]:
    for offset in range((end - start).days + 1):
        yield start + timedelta(days=offset)


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


def _listed(items: list[str], say: Wording) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return say.say(words.AND, first=", ".join(items[:-1]), last=items[-1])


def _recent_start(facts: JournalFacts) -> date:
    return facts.today - timedelta(days=RECENT_DAYS - 1)


def _cried(facts: JournalFacts) -> list[EpisodeFacts]:
    return [e for e in facts.episodes if e.cried]


def _cried_by_day(facts: JournalFacts) -> dict[date, int]:
    return {day: f.cried for day, f in facts.days.items() if f.cried}


# 1 ---------------------------------------------------------------------------------


def usual_range_insight(facts: JournalFacts, say: Wording) -> Insight | None:
    if facts.first_entry is None:
        return None
    today = facts.today
    recent = sum(facts.day(d).cried for d in _days(_recent_start(facts), today))
    usual = usual_range(_cried_by_day(facts), today, facts.first_entry)
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
    return Insight(
        1, InsightKind.USUAL_RANGE, say.say(template, count=count, usual=span), basis, link
    )


# 2 ---------------------------------------------------------------------------------


def _weeks_above_usual(facts: JournalFacts) -> tuple[list[int], float] | None:
    """The crying counts of the weeks (seven-day blocks back from today) that in a row each
    held more crying than the usual range allows for a week, newest first."""
    usual = usual_range(_cried_by_day(facts), facts.today, facts.first_entry)
    if usual is None:
        return None
    per_week = usual.high * 7 / USUAL_WINDOW_DAYS
    counts = []
    for week in range(USUAL_WINDOW_DAYS // 7 * 6):
        end = facts.today - timedelta(days=7 * week)
        count = sum(facts.day(d).cried for d in _days(end - timedelta(days=6), end))
        if count <= per_week:
            break
        counts.append(count)
    return counts, usual.high


def _weekly_means(facts: JournalFacts, value: str) -> list[float | None]:
    """The mean of a daily value (mood or urge) in each of the last two weeks, oldest first."""
    means = []
    for week in (1, 0):
        end = facts.today - timedelta(days=7 * week)
        values = [getattr(facts.day(d), value) for d in _days(end - timedelta(days=6), end)]
        means.append(_mean(v for v in values if v is not None))
    return means


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
    above = _weeks_above_usual(facts)
    if above is not None and len(above[0]) * 7 >= SUSTAINED_DAYS:
        counts, high = above
        per_week = round(high * 7 / USUAL_WINDOW_DAYS, 1)  # weeks compared with a week
        text = say.say(
            words.SUSTAINED_CRYING,
            weeks=len(counts),
            usual=_usual_week(per_week, say),
            counts=_listed([str(c) for c in reversed(counts)], say),
        )
        found.append(Insight(2, InsightKind.SUSTAINED_CHANGE, text, basis, link))
    urge_high = _usual_urge(facts)
    weekly = _weekly_means(facts, "urge")
    if urge_high is not None and all(m is not None and m > urge_high for m in weekly):
        recent = _mean(m for m in weekly if m is not None) or 0.0
        text = say.say(
            words.SUSTAINED_URGE, recent=say.decimal(recent), high=say.decimal(urge_high)
        )
        found.append(Insight(2, InsightKind.SUSTAINED_CHANGE, text, basis, link))
    return found


def _usual_urge(facts: JournalFacts) -> float | None:
    """The upper quartile of daily urge before the last two weeks (needs two weeks of answers)."""
    before = facts.today - timedelta(days=SUSTAINED_DAYS)
    values = [facts.day(d).urge for d in _days(facts.period_start, before)]
    answered = [v for v in values if v is not None]
    if len(answered) < SUSTAINED_DAYS:
        return None
    return statistics.quantiles(answered, n=4, method="inclusive")[2]


# 3 ---------------------------------------------------------------------------------


def _large_enough(groups: list[ReliefGroup]) -> list[ReliefGroup]:
    return [g for g in groups if g.episodes >= MIN_EPISODES]


def _better_share(group: ReliefGroup) -> float:
    return group.better / group.episodes


def _group_phrase(context: ReliefContext, group: str, facts: JournalFacts, say: Wording) -> str:
    if context is ReliefContext.TRIGGER:
        label = facts.trigger_labels.get(group, group)
        return say.say(words.RELIEF_TRIGGER, trigger=say.name("Trigger", label))
    return say.translate(words.RELIEF_GROUPS[context.value][group])


def relief_insights(facts: JournalFacts, say: Wording) -> list[Insight]:
    """The two clearest contrasts between groups of a context (each group with five or more
    episodes), or one group's share when no context has two such groups."""
    pairs = []
    for context, split in facts.relief.items():
        shown = sorted(_large_enough(split.shown), key=_better_share, reverse=True)
        if len(shown) >= 2:
            pairs.append(
                (_better_share(shown[0]) - _better_share(shown[-1]), context, shown[0], shown[-1])
            )
    period = say.period(facts.period_start, facts.today)
    found = []
    for _, context, high, low in sorted(pairs, key=lambda p: -p[0])[:2]:
        split = facts.relief[context]
        text = say.say(
            words.RELIEF_PAIR,
            a_better=high.better,
            a_total=high.episodes,
            a_group=_group_phrase(context, high.group, facts, say),
            b_better=low.better,
            b_total=low.episodes,
            b_group=_group_phrase(context, low.group, facts, say),
        )
        total = sum(g.episodes for g in split.shown + split.hidden)
        basis = say.say(words.RELIEF_BASIS, total=total, period=period)
        found.append(
            Insight(
                3,
                InsightKind.RELIEF,
                text,
                basis,
                Link(chart=ChartKind.RELIEF, days=182, context=context),
            )
        )
    if found:
        return found
    singles = [
        (g.episodes, context, g) for context, split in facts.relief.items() for g in split.shown
    ]
    if not singles:
        return []
    _, context, group = max(singles, key=lambda s: s[0])
    text = say.say(words.RELIEF_ONE, better=group.better, total=group.episodes,
                   group=_group_phrase(context, group.group, facts, say))  # fmt: skip
    basis = say.say(words.RELIEF_BASIS, total=group.episodes, period=period)
    return [
        Insight(
            3,
            InsightKind.RELIEF,
            text,
            basis,
            Link(chart=ChartKind.RELIEF, days=182, context=context),
        )
    ]


# 4 ---------------------------------------------------------------------------------


def delayed_relief_insight(facts: JournalFacts, say: Wording) -> Insight | None:
    both = [
        (e.mood_after_score, e.mood_later_score)
        for e in _cried(facts)
        if e.mood_after_score is not None and e.mood_later_score is not None
    ]
    if len(both) < MIN_EPISODES:
        return None
    after = sum(a for a, _ in both) / len(both)
    later = sum(b for _, b in both) / len(both)
    text = say.say(words.DELAYED, after=say.decimal(after), later=say.decimal(later))
    basis = say.say(
        words.DELAYED_BASIS, total=len(both), period=say.period(facts.period_start, facts.today)
    )
    return Insight(
        4, InsightKind.DELAYED_RELIEF, text, basis, Link(chart=ChartKind.RELIEF, days=182)
    )


# 5 ---------------------------------------------------------------------------------


def emotions_around_tears_insights(facts: JournalFacts, say: Wording) -> list[Insight]:
    episodes = _cried(facts)
    if len(episodes) < MIN_EPISODES:
        return []
    total = len(episodes)
    period = say.period(facts.period_start, facts.today)
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
            )
        )
    return found


def _crying_day_moods(facts: JournalFacts) -> tuple[float, float, int] | None:
    """Mean mood on crying days and on other days with check-ins (five of each at least)."""
    crying: list[float] = []
    other: list[float] = []
    for day in _days(facts.period_start, facts.today):
        f = facts.day(day)
        if f.mood is not None:
            (crying if f.cried else other).append(f.mood)
    if len(crying) < MIN_EPISODES or len(other) < MIN_EPISODES:
        return None
    return sum(crying) / len(crying), sum(other) / len(other), len(crying)


# 6 ---------------------------------------------------------------------------------


def mood_around_insight(facts: JournalFacts, say: Wording) -> Insight | None:
    before, after, days = [], [], 0
    for day in _days(facts.period_start, facts.today):
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
    text = say.say(
        words.MOOD_AROUND,
        before=say.signed(sum(before) / len(before)),
        after=say.signed(sum(after) / len(after)),
    )
    basis = say.say(
        words.MOOD_AROUND_BASIS, days=days, period=say.period(facts.period_start, facts.today)
    )
    return Insight(
        6, InsightKind.MOOD_AROUND, text, basis, Link(chart=ChartKind.CRYING_VS_EMOTIONS, days=182)
    )


# 7 ---------------------------------------------------------------------------------


def _day_part(hour: int) -> str:
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    if 17 <= hour < 22:
        return "evening"
    return "night"


def when_insights(facts: JournalFacts, say: Wording) -> list[Insight]:
    episodes = _cried(facts)
    if len(episodes) < MIN_EPISODES:
        return []
    total = len(episodes)
    basis = say.say(
        words.EPISODES_BASIS, total=total, period=say.period(facts.period_start, facts.today)
    )
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
        )
    ]
    weekdays = Counter(e.day.weekday() for e in episodes)
    weekday, most = max(weekdays.items(), key=lambda kv: (kv[1], -kv[0]))
    others = (total - most) / 6
    if most >= 3 and most >= 2 * others:
        text = say.say(words.WHEN_WEEKDAY, weekday=say.weekday_text(weekday), n=most, total=total)
    else:
        text = say.say(words.WHEN_SPREAD)
    found.append(Insight(7, InsightKind.WHEN, text, basis, link))
    return found


# 8 ---------------------------------------------------------------------------------


def _is_quiet(facts: JournalFacts, day: date) -> bool:
    f = facts.day(day)
    return not f.cried and not f.almost and not (f.urge or 0) > 0


def _journaled(facts: JournalFacts, start: date, end: date) -> bool:
    """A stretch only counts as quiet if check-ins were written on at least half its days."""
    days = (end - start).days + 1
    return sum(1 for d in _days(start, end) if facts.day(d).check_ins) * 2 >= days


def quiet_stretch_insight(facts: JournalFacts, say: Wording) -> Insight | None:
    stretches: list[tuple[date, date]] = []
    start: date | None = None
    for day in _days(facts.period_start, facts.today):
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
    basis = say.say(words.QUIET_BASIS, period=say.period(facts.period_start, facts.today))
    if current is not None and current in stretches:
        days = (facts.today - current[0]).days + 1
        link = Link(day=current[0])
        weekly_moods = _weekly_means(facts, "mood")
        if all(m is not None and m <= LOW_MOOD for m in weekly_moods):
            return Insight(
                8,
                InsightKind.QUIET_STRETCH,
                say.say(words.QUIET_QUESTION, days=days),
                basis,
                link,
                question=True,
            )
        return Insight(
            8, InsightKind.QUIET_STRETCH, say.say(words.QUIET_NOW, days=days), basis, link
        )
    first, last = max(stretches, key=lambda s: (s[1] - s[0]).days)
    text = say.say(
        words.QUIET_LONGEST, days=(last - first).days + 1, period=say.period(first, last)
    )
    return Insight(8, InsightKind.QUIET_STRETCH, text, basis, Link(day=first))


# 9 ---------------------------------------------------------------------------------


def balance_insights(facts: JournalFacts, say: Wording) -> list[Insight]:
    start = _recent_start(facts)
    recent_days = [d for d in _days(start, facts.today) if facts.day(d).emotions]
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
    text = say.say(words.BALANCE_VARIETY, n=len(felt), top=_listed(top, say))
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
    found = [
        Insight(
            9, InsightKind.BALANCE, text, basis, Link(chart=ChartKind.CRYING_VS_EMOTIONS, days=30)
        )
    ]
    linger = _longest_strong_run(facts)
    if linger is not None:
        key, first, last = linger
        linger_text = say.say(
            words.BALANCE_LINGER,
            emotion=say.label("Emotion", facts.label(key)),
            days=(last - first).days + 1,
            period=say.period(first, last),
        )
        found.append(Insight(9, InsightKind.BALANCE, linger_text, basis, Link(day=first)))
    return found


def _longest_strong_run(facts: JournalFacts) -> tuple[str, date, date] | None:
    """The longest run of days on which one emotion was strong, if it lasted ten days or more
    and reached into the last four weeks."""
    best: tuple[str, date, date] | None = None
    runs: dict[str, date] = {}
    for day in _days(facts.period_start, facts.today + timedelta(days=1)):
        strong = (
            {k for k, level in facts.day(day).emotions.items() if level >= STRONG}
            if day <= facts.today
            else set()
        )
        for key in list(runs):
            if key not in strong:
                first, last = runs.pop(key), day - timedelta(days=1)
                long_enough = (last - first).days + 1 >= LINGER_DAYS
                recent = last >= _recent_start(facts)
                if (
                    long_enough
                    and recent
                    and (best is None or (last - first) > (best[2] - best[1]))
                ):
                    best = (key, first, last)
        for key in strong:
            runs.setdefault(key, day)
    return best


# The invitation to talk --------------------------------------------------------------


def suggestion(facts: JournalFacts, say: Wording) -> Insight | None:
    """An invitation to talk with someone, only on GROUNDING.md's grounds: more crying than
    usual together with low mood for two weeks, or feelings making daily life hard."""
    above = _weeks_above_usual(facts)
    moods = _weekly_means(facts, "mood")
    low_mood = all(m is not None and m <= LOW_MOOD for m in moods)
    if above is not None and len(above[0]) * 7 >= SUSTAINED_DAYS and low_mood:
        return Insight(0, InsightKind.SUGGESTION, say.say(words.SUGGEST_CHANGE), "")
    recent_hard = [
        answer
        for day in _days(facts.today - timedelta(days=SUSTAINED_DAYS - 1), facts.today)
        for answer in facts.day(day).hard_answers
    ]
    if sum(1 for answer in recent_hard if answer >= HARD) >= 2:
        return Insight(0, InsightKind.SUGGESTION, say.say(words.SUGGEST_HARD), "")
    return None


# All of them ---------------------------------------------------------------------------------


def compute_insights(facts: JournalFacts, say: Wording | None = None) -> Insights:
    """Every insight the data allows, in GROUNDING.md's order; the others listed as waiting."""
    say = say or Wording()
    if facts.first_entry is None:
        return Insights()
    shown: list[Insight] = []
    waiting: list[InsightKind] = []

    def add(kind: InsightKind, found: Insight | list[Insight] | None) -> None:
        items = found if isinstance(found, list) else [found] if found is not None else []
        shown.extend(items)
        if not items:
            waiting.append(kind)

    add(InsightKind.USUAL_RANGE, usual_range_insight(facts, say))
    shown.extend(sustained_change_insights(facts, say))  # shown only when there is a change
    add(InsightKind.RELIEF, relief_insights(facts, say))
    add(InsightKind.DELAYED_RELIEF, delayed_relief_insight(facts, say))
    add(InsightKind.EMOTIONS_AROUND_TEARS, emotions_around_tears_insights(facts, say))
    add(InsightKind.MOOD_AROUND, mood_around_insight(facts, say))
    add(InsightKind.WHEN, when_insights(facts, say))
    found_quiet = quiet_stretch_insight(facts, say)
    shown.extend([found_quiet] if found_quiet else [])  # a quiet stretch is shown when there is one
    add(InsightKind.BALANCE, balance_insights(facts, say))
    return Insights(shown, waiting)
