"""The demo journal: seeded, realistic, and valid."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from moodapp.domain.catalogue import BUILTIN_EMOTIONS, BUILTIN_TRIGGERS
from moodapp.domain.entries import CheckIn, CryingEpisode, MoodChange
from moodapp.domain.validation import validate_entry
from moodapp.services.demo import fill_demo_journal, generate_demo_entries
from moodapp.services.journal import Journal
from tests.conftest import NOW

YEAR = generate_demo_entries(seed=7, years=1, now=NOW, tz=NOW.tzinfo)
EPISODES = [e for e in YEAR if isinstance(e, CryingEpisode)]
CHECK_INS = [e for e in YEAR if isinstance(e, CheckIn)]


def test_the_same_seed_gives_the_same_journal() -> None:
    again = generate_demo_entries(seed=7, years=1, now=NOW, tz=NOW.tzinfo)
    strip = [(type(e), e.occurred_at, e.emotions, e.note) for e in YEAR]
    assert strip == [(type(e), e.occurred_at, e.emotions, e.note) for e in again]
    other = generate_demo_entries(seed=8, years=1, now=NOW, tz=NOW.tzinfo)
    assert [e.occurred_at for e in other] != [e.occurred_at for e in YEAR]


def test_every_demo_entry_is_valid_and_in_the_past() -> None:
    emotions = {e.key for e in BUILTIN_EMOTIONS}
    triggers = {t.key for t in BUILTIN_TRIGGERS}
    for entry in YEAR:
        assert validate_entry(entry, now=NOW, emotions=emotions, triggers=triggers) == []
    assert max(e.occurred_at for e in YEAR) <= NOW
    assert min(e.local_date for e in YEAR) >= (NOW - timedelta(days=366)).date()


def test_check_ins_on_most_days() -> None:
    days = {c.local_date for c in CHECK_INS}
    assert 0.75 * 365 <= len(days) <= 0.95 * 365


def test_episodes_are_a_few_a_month_clustered_in_the_evening() -> None:
    assert 12 * 1.5 <= len(EPISODES) <= 12 * 6
    evening = sum(1 for e in EPISODES if e.occurred_at.hour >= 18)
    assert evening > len(EPISODES) / 2


def test_there_are_busier_and_quieter_months() -> None:
    per_month = Counter(e.local_date.strftime("%Y-%m") for e in EPISODES)
    counts = [per_month.get(m, 0) for m in {c.local_date.strftime("%Y-%m") for c in CHECK_INS}]
    assert max(counts) >= 2 * max(1, min(counts))


def test_relief_is_not_guaranteed_and_some_tears_are_positive() -> None:
    after = Counter(e.mood_after for e in EPISODES if e.mood_after is not None)
    assert after[MoodChange.SAME] > 0 and after[MoodChange.BETTER] > 0
    assert after[MoodChange.BETTER] < sum(after.values())
    positive = [e for e in EPISODES if {"being-moved", "joy"} & set(e.emotions)]
    assert 0 < len(positive) < len(EPISODES) / 2


def test_filling_a_journal_writes_everything(journal: Journal) -> None:
    written = fill_demo_journal(journal, seed=3, years=0.25)
    assert written == len(journal.entries.entries()) > 50
