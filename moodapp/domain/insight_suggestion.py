"""The invitation to talk with someone, shown only on GROUNDING.md's grounds."""

from __future__ import annotations

from datetime import timedelta

from moodapp.domain import insight_words as words
from moodapp.domain.insight import Insight, InsightKind
from moodapp.domain.insight_days import (
    LOW_MOOD,
    SUSTAINED_DAYS,
    each_day,
    weekly_means,
    weeks_above_usual,
)
from moodapp.domain.insight_facts import JournalFacts
from moodapp.domain.insight_words import Wording

HARD = 2  # "very" or "extremely" on the 0-3 "feelings made daily life hard" scale


def suggestion(facts: JournalFacts, say: Wording) -> Insight | None:
    """An invitation to talk with someone, only on GROUNDING.md's grounds: more crying than
    usual together with low mood for two weeks, or feelings making daily life hard."""
    above = weeks_above_usual(facts)
    moods = weekly_means(facts, "mood")
    low_mood = all(m is not None and m <= LOW_MOOD for m in moods)
    if above is not None and len(above[0]) * 7 >= SUSTAINED_DAYS and low_mood:
        return Insight(0, InsightKind.SUGGESTION, say.say(words.SUGGEST_CHANGE), "")
    recent_hard = [
        answer
        for day in each_day(facts.today - timedelta(days=SUSTAINED_DAYS - 1), facts.today)
        for answer in facts.day(day).hard_answers
    ]
    if sum(1 for answer in recent_hard if answer >= HARD) >= 2:
        return Insight(0, InsightKind.SUGGESTION, say.say(words.SUGGEST_HARD), "")
    return None
