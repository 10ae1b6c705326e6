"""The nine insights of GROUNDING.md, computed from the person's own recent data.

Pure functions over ``JournalFacts``. Every insight states the numbers it rests
on and the period it covers; one that lacks data is not shown but named as
waiting (the minimum-data rules live with each insight, not in the UI). The words
come from ``insight_words`` only. Each group of insights has a module of its own
(``insight_frequency``, ``insight_relief``, ``insight_emotions``, ``insight_timing``,
``insight_suggestion``); this one puts them together in GROUNDING.md's order.
"""

from __future__ import annotations

from moodapp.domain.insight import Insight, InsightKind, Insights
from moodapp.domain.insight_emotions import (
    balance_insights,
    emotions_around_tears_insights,
    mood_around_insight,
)
from moodapp.domain.insight_facts import JournalFacts
from moodapp.domain.insight_frequency import sustained_change_insights, usual_range_insight
from moodapp.domain.insight_relief import delayed_relief_insight, relief_insights
from moodapp.domain.insight_timing import quiet_stretch_insight, when_insights
from moodapp.domain.insight_words import Wording


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
