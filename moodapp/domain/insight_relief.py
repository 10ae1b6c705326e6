"""Insights 3 and 4: in which situations crying was followed by feeling better, and how
the mood right after crying compares with the mood later."""

from __future__ import annotations

from moodapp.domain import insight_words as words
from moodapp.domain.charts import ChartKind, ReliefContext, ReliefGroup
from moodapp.domain.insight import Insight, InsightKind, Link
from moodapp.domain.insight_days import MIN_EPISODES, cried, whole_period
from moodapp.domain.insight_facts import JournalFacts
from moodapp.domain.insight_words import Wording


def _large_enough(groups: list[ReliefGroup]) -> list[ReliefGroup]:
    return [g for g in groups if g.episodes >= MIN_EPISODES]


def _better_share(group: ReliefGroup) -> float:
    return group.better / group.episodes


def _group_phrase(context: ReliefContext, group: str, facts: JournalFacts, say: Wording) -> str:
    if context is ReliefContext.TRIGGER:
        label = facts.trigger_labels.get(group, group)
        return say.say(words.RELIEF_TRIGGER, trigger=say.name("Trigger", label))
    return say.translate(words.RELIEF_GROUPS[context.value][group])


def _relief(text: str, basis: str, context: ReliefContext, headline: str) -> Insight:
    link = Link(chart=ChartKind.RELIEF, days=182, context=context)
    return Insight(3, InsightKind.RELIEF, text, basis, link, headline=headline)


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
    period = whole_period(facts, say)
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
        share = say.say(words.HEADLINE_SHARE, n=high.better, total=high.episodes)
        found.append(_relief(text, basis, context, share))
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
    share = say.say(words.HEADLINE_SHARE, n=group.better, total=group.episodes)
    return [_relief(text, basis, context, share)]


def delayed_relief_insight(facts: JournalFacts, say: Wording) -> Insight | None:
    both = [
        (e.mood_after_score, e.mood_later_score)
        for e in cried(facts)
        if e.mood_after_score is not None and e.mood_later_score is not None
    ]
    if len(both) < MIN_EPISODES:
        return None
    after = sum(a for a, _ in both) / len(both)
    later = sum(b for _, b in both) / len(both)
    right_after, some_time_later = say.decimal(after), say.decimal(later)
    text = say.say(words.DELAYED, after=right_after, later=some_time_later)
    basis = say.say(words.DELAYED_BASIS, total=len(both), period=whole_period(facts, say))
    change = say.say(words.HEADLINE_CHANGE, before=right_after, after=some_time_later)
    link = Link(chart=ChartKind.RELIEF, days=182)
    return Insight(4, InsightKind.DELAYED_RELIEF, text, basis, link, headline=change)
