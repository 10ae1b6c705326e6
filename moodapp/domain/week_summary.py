"""The weekly reflection's few sentences about one week, from that week's per-day facts.

A day without entries is a day that was not written down, not a day without crying
(GROUNDING.md): the sentences count the days with entries and leave the others unsaid.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date

from moodapp.domain import insight_words as words
from moodapp.domain.insight_facts import DayFacts
from moodapp.domain.insight_words import Wording
from moodapp.domain.reflection import WEEK_DAYS, Week

TOP_EMOTIONS = 3


def _has_entries(day: DayFacts) -> bool:
    return bool(day.cried or day.almost or day.check_ins)


def _opening(week: Week, today: date, written: list[date], say: Wording) -> str:
    period = say.period(week.start, week.end)
    lived = max([today, *written])  # an entry dated later (another clock) counts its day too
    so_far = (lived - week.start).days + 1
    ongoing = so_far < WEEK_DAYS
    if not written:
        return say.say(words.WEEK_NOTHING_YET if ongoing else words.WEEK_NOTHING, period=period)
    if not ongoing:
        return say.say(words.WEEK_DAYS, period=period, days=len(written))
    if so_far == 1:
        return say.say(words.WEEK_FIRST_DAY, period=period)
    return say.say(words.WEEK_DAYS_SO_FAR, period=period, days=len(written), so_far=so_far)


def week_summary(
    week: Week,
    today: date,
    *,
    days: Mapping[date, DayFacts],
    helped: Iterable[str],
    emotion_labels: Mapping[str, str],
    say: Wording,
) -> list[str]:
    """What the entries of ``week`` show (``today`` tells how much of it has been lived);
    ``helped`` holds the episodes' "what helped" answers."""
    kept = {day: facts for day, facts in days.items() if day in week and _has_entries(facts)}
    lines = [_opening(week, today, sorted(kept), say)]
    if not kept:
        return lines
    cried = sum(d.cried for d in kept.values())
    almost = sum(d.almost for d in kept.values())
    lines.append(
        say.say(words.WEEK_CRIED, cried=say.times(cried)) if cried else say.say(words.WEEK_NO_TEARS)
    )
    if almost:
        lines.append(say.say(words.WEEK_ALMOST, almost=say.times(almost)))
    moods = [d.mood for d in kept.values() if d.mood is not None]
    if moods:
        lines.append(say.say(words.WEEK_MOOD, mood=say.signed(sum(moods) / len(moods))))
    felt = Counter(key for d in kept.values() for key in d.emotions)
    if felt:
        top = sorted(felt.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_EMOTIONS]
        names = [say.name("Emotion", emotion_labels.get(key, key)) for key, _ in top]
        lines.append(say.say(words.WEEK_EMOTIONS, emotions=", ".join(names)))
    answers = sorted({text.strip() for text in helped if text.strip()})
    if answers:
        lines.append(say.say(words.WEEK_HELPED, helped="; ".join(answers)))
    return lines
