"""A realistic, seeded synthetic journal for the demo, tests, screenshots and benchmarks.

The same seed, length and end date always give the same entries. The data
follows the research in GROUNDING.md loosely: about three episodes a month,
clustered in the evening, more in heavier stretches of a few weeks and fewer in
lighter ones; about a third of episodes followed by feeling better; some tears
of being moved or joy; a check-in on most days.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo

from moodapp.domain.entries import (
    CheckIn,
    Company,
    CryingEpisode,
    Entry,
    MoodChange,
    Reaction,
    Resolution,
)
from moodapp.services.journal import Journal

NEGATIVE_EMOTIONS = {
    "sadness": 6, "helplessness": 3, "loneliness": 3, "frustration": 3, "overwhelm": 3,
    "anger": 2, "fear": 1, "nervousness": 2, "shame": 1,
}  # fmt: skip
POSITIVE_TEAR_EMOTIONS = {"being-moved": 5, "joy": 3, "gratitude": 2, "relief": 2}
NEGATIVE_TRIGGERS = {
    "conflict": 4, "loss": 2, "loneliness": 3, "powerlessness": 2, "overload": 5,
    "inadequacy": 3, "others-suffering": 2, "physical-pain": 1, "no-clear-reason": 3,
}  # fmt: skip
POSITIVE_TRIGGERS = {"moving": 4, "achievement": 2, "media": 4}
GOOD_DAY_EMOTIONS = {"joy": 3, "calm": 4, "gratitude": 2, "relief": 1, "being-moved": 1}
HARD_DAY_EMOTIONS = {**NEGATIVE_EMOTIONS, "calm": 1}
ACTIVITIES = (
    "work", "family", "friends", "exercise", "walk", "reading", "therapy",
    "music", "cooking", "studying", "rain", "slept badly",
)  # fmt: skip
WHAT_HELPED = (
    "A hug", "Talking it through", "A walk outside", "Writing it down", "A warm shower",
    "Music", "Letting it out", "Sleep", "Tea and a blanket",
)  # fmt: skip
EPISODE_NOTES = (
    "Long day, it all came out in the evening.",
    "The ending of the film got me.",
    "Argument on the phone.",
    "Missed them more than I expected.",
    "Felt like too much at once.",
    "Happy tears at the wedding speech.",
)
CHECK_IN_NOTES = (
    "Quiet day.",
    "Good talk with a friend.",
    "Tired but okay.",
    "Worried about next week.",
    "Went for a long walk.",
    "Hard to get going this morning.",
)


@dataclass
class _Day:
    day: date
    heaviness: float  # 0 usual, up to 1 in a heavy stretch, negative in a light one
    mood: float  # latent daily mood, about -3..+3


def _weighted(rng: random.Random, weights: dict[str, int], k: int) -> list[str]:
    pool = dict(weights)
    picked = []
    for _ in range(min(k, len(pool))):
        key = rng.choices(list(pool), weights=list(pool.values()))[0]
        picked.append(key)
        del pool[key]
    return picked


def _poisson(rng: random.Random, rate: float) -> int:
    threshold, count, product = math.exp(-rate), 0, rng.random()
    while product > threshold:
        count += 1
        product *= rng.random()
    return count


def _stretches(rng: random.Random, days: int) -> list[float]:
    """Heaviness per day: a few heavier stretches of weeks and a few lighter ones."""
    heaviness = [0.0] * days
    per_year = max(1, round(days / 365 * 3))
    # The first heavy stretch is a recent one, so that the demo's last weeks show something.
    starts = [max(0, days - rng.randint(20, 45))] + [
        rng.randrange(days) for _ in range(per_year - 1)
    ]
    for start in starts:
        length = rng.randint(14, 35)
        weight = rng.uniform(0.6, 1.0)
        for i in range(start, min(days, start + length)):
            heaviness[i] = max(heaviness[i], weight)
    for _ in range(per_year):
        length, start = rng.randint(14, 40), rng.randrange(days)
        for i in range(start, min(days, start + length)):
            if heaviness[i] == 0:
                heaviness[i] = -0.6
    return heaviness


def _days(rng: random.Random, start: date, days: int) -> Iterator[_Day]:
    mood = 0.5
    for i, heaviness in enumerate(_stretches(rng, days)):
        day = start + timedelta(days=i)
        weekend = 0.3 if day.weekday() >= 5 else 0.0
        mood = 0.8 * mood + 0.2 * (0.6 - 1.8 * heaviness + weekend) + rng.gauss(0, 0.45)
        yield _Day(day, heaviness, max(-3.0, min(3.0, mood)))


def _at(day: date, hour: float, tz: tzinfo | None) -> datetime:
    minutes = int(max(0.0, min(23 * 60 + 59, hour * 60)))
    naive = datetime.combine(day, time(minutes // 60, minutes % 60))
    return naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()


def _episode_hour(rng: random.Random) -> float:
    if rng.random() < 0.65:
        return min(23.9, max(17.0, rng.gauss(21.0, 1.3)))
    return rng.uniform(7.0, 17.0)


def _mood_after(rng: random.Random, positive: bool, comforted: bool, hindered: bool) -> MoodChange:
    better, worse = 0.30, 0.09
    better += 0.25 * comforted + 0.2 * positive - 0.12 * hindered
    worse += 0.12 * hindered - 0.05 * comforted
    roll = rng.random()
    if roll < better:
        return MoodChange.BETTER
    return MoodChange.WORSE if roll > 1 - max(0.02, worse) else MoodChange.SAME


def _episode(rng: random.Random, d: _Day, tz: tzinfo | None) -> CryingEpisode:
    positive = rng.random() < 0.12
    emotion_pool = POSITIVE_TEAR_EMOTIONS if positive else NEGATIVE_EMOTIONS
    trigger_pool = POSITIVE_TRIGGERS if positive else NEGATIVE_TRIGGERS
    heavy = max(0.0, d.heaviness)
    episode = CryingEpisode(
        occurred_at=_at(d.day, _episode_hour(rng), tz),
        intensity=rng.choices(range(1, 6), weights=(15, 30, 30, 17 + 10 * heavy, 8 + 6 * heavy))[0],
        almost=rng.random() < 0.2,
        emotions={k: rng.randint(2, 4) for k in _weighted(rng, emotion_pool, rng.randint(1, 3))},
        triggers=frozenset(_weighted(rng, trigger_pool, rng.choice((1, 1, 2)))),
    )
    if rng.random() < 0.3:  # logged quickly, details skipped
        return episode
    company = rng.choices(list(Company), weights=(60, 30, 10))[0]
    reaction = (
        Reaction.NOBODY
        if company is Company.ALONE
        else rng.choices(
            (Reaction.COMFORTED, Reaction.NEUTRAL, Reaction.NEGATIVE), weights=(55, 30, 15)
        )[0]
    )
    held_back, ashamed = rng.random() < 0.25, rng.random() < 0.15
    mood_after = _mood_after(rng, positive, reaction is Reaction.COMFORTED, held_back or ashamed)
    score = {MoodChange.BETTER: 6, MoodChange.SAME: 4, MoodChange.WORSE: 2}[mood_after]
    score += rng.randint(-1, 1)
    return replace(
        episode,
        duration_minutes=max(1, round(rng.lognormvariate(1.8, 0.6))),
        company=company,
        reaction=reaction,
        held_back=held_back,
        ashamed=ashamed,
        resolved=rng.choices(list(Resolution), weights=(30, 45, 25))[0],
        mood_after=mood_after,
        mood_after_score=score,
        mood_later_score=min(10, score + rng.randint(0, 2)) if rng.random() < 0.5 else None,
        what_helped=rng.choice(WHAT_HELPED) if rng.random() < 0.4 else "",
        note=rng.choice(EPISODE_NOTES) if rng.random() < 0.25 else "",
    )


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _check_in(rng: random.Random, d: _Day, hour: float, cried: bool, tz: tzinfo | None) -> CheckIn:
    pool = GOOD_DAY_EMOTIONS if d.mood + rng.gauss(0, 0.8) > 0 else HARD_DAY_EMOTIONS
    evening = hour >= 18
    return CheckIn(
        occurred_at=_at(d.day, hour, tz),
        mood=_clamp(d.mood + rng.gauss(0, 0.5), -3, 3),
        energy=_clamp(0.4 * d.mood + rng.gauss(0, 1.0), -3, 3),
        urge_to_cry=_clamp(1.5 * max(0.0, d.heaviness) - 0.4 * d.mood + rng.gauss(0.4, 0.7), 0, 4),
        no_crying_today=evening and not cried,
        emotions={k: rng.randint(1, 4) for k in _weighted(rng, pool, rng.randint(1, 4))},
        sleep_hours=round(rng.gauss(7.2 - 0.8 * max(0.0, d.heaviness), 1.0) * 2) / 2
        if rng.random() < 0.7
        else None,
        daily_life_hard=_clamp(1.6 * max(0.0, d.heaviness) - 0.3 * d.mood + rng.gauss(0, 0.5), 0, 3)
        if rng.random() < 0.6
        else None,
        tags=frozenset(rng.sample(ACTIVITIES, rng.choice((0, 1, 1, 2, 2, 3)))),
        note=rng.choice(CHECK_IN_NOTES) if rng.random() < 0.1 else "",
    )


def _day_entries(rng: random.Random, d: _Day, tz: tzinfo | None) -> list[Entry]:
    rate = 0.1 * math.exp(0.9 * d.heaviness - 0.3 * d.mood)
    episodes = [_episode(rng, d, tz) for _ in range(_poisson(rng, rate))]
    cried = any(not e.almost for e in episodes)
    check_ins: list[Entry] = []
    if rng.random() < 0.88 - 0.1 * max(0.0, d.heaviness):
        hours = [rng.uniform(19.5, 22.5)]
        if rng.random() < 0.15:
            hours.insert(0, rng.uniform(7.5, 9.5))
        check_ins = [_check_in(rng, d, h, cried, tz) for h in hours]
    return [*episodes, *check_ins]


def generate_demo_entries(
    *, seed: int, years: float, now: datetime, tz: tzinfo | None = None
) -> list[Entry]:
    """``years`` of entries ending at ``now``, oldest first.

    ``tz`` None means the zone of this machine, with its daylight saving time.
    """
    rng = random.Random(seed)
    days = max(1, round(365.25 * years))
    start = now.date() - timedelta(days=days - 1)
    entries = [e for d in _days(rng, start, days) for e in _day_entries(rng, d, tz)]
    entries = [e for e in entries if e.occurred_at <= now]
    entries.sort(key=lambda e: e.occurred_at)
    return entries


DEMO_SEED = 2026


def fill_demo_journal(journal: Journal, *, seed: int = DEMO_SEED, years: float = 1.0) -> int:
    """Add ``years`` of demo entries ending now to ``journal``, in one transaction."""
    entries = generate_demo_entries(seed=seed, years=years, now=journal.now())
    journal.entries.save_many(entries)
    return len(entries)
