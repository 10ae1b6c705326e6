"""Insights from a real journal: the facts gathered by day, the invitation, the reflection."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from moodapp.domain.entries import CheckIn, CryingEpisode, MoodChange
from moodapp.domain.insights import InsightKind
from moodapp.domain.validation import InvalidInput
from moodapp.services.demo import fill_demo_journal
from moodapp.services.insights import InsightService
from moodapp.services.journal import JournalService
from tests.conftest import NOW

TODAY = NOW.date()  # Thursday 26 November 2026


@pytest.fixture
def insights(store) -> InsightService:  # type: ignore[no-untyped-def]
    return InsightService(store, clock=lambda: NOW)


def at(day: date, hour: int, offset_hours: int = 1) -> datetime:
    return datetime(
        day.year, day.month, day.day, hour, 0, tzinfo=timezone(timedelta(hours=offset_hours))
    )


def test_facts_are_gathered_by_local_day_across_time_zones(
    journal: JournalService, insights: InsightService
) -> None:
    day = TODAY - timedelta(days=3)
    journal.save_many(
        [
            CheckIn(
                occurred_at=at(day, 8, -5), mood=2, energy=0, urge_to_cry=1, emotions={"calm": 2}
            ),
            CheckIn(
                occurred_at=at(day, 23, 9), mood=-1, energy=0, urge_to_cry=3, daily_life_hard=2
            ),
            CryingEpisode(occurred_at=at(day, 22, 9), intensity=3, emotions={"calm": 1, "fear": 4}),
            CryingEpisode(occurred_at=at(day, 7, 1), intensity=1, almost=True),
        ]
    )
    facts = insights.facts()
    f = facts.day(day)
    assert (f.cried, f.almost, f.check_ins, f.mood, f.urge, f.hard_answers) == (
        1,
        1,
        2,
        0.5,
        2.0,
        (2,),
    )
    assert f.emotions == {"calm": 2, "fear": 4}  # the strongest of the day
    assert [(e.day, e.hour, e.cried) for e in facts.episodes] == [(day, 7, False), (day, 22, True)]


def test_a_daylight_saving_day_is_one_day(
    journal: JournalService, insights: InsightService
) -> None:
    change = date(2026, 10, 25)  # clocks go back in central Europe
    journal.save_many(
        [
            CryingEpisode(occurred_at=at(change, 1, 2), intensity=2),
            CryingEpisode(occurred_at=at(change, 23, 1), intensity=2),
        ]
    )
    assert insights.facts().day(change).cried == 2


def test_the_demo_journal_gives_every_insight(
    journal: JournalService, insights: InsightService
) -> None:
    fill_demo_journal(journal, seed=11, years=1)
    found = insights.insights()
    assert found.waiting == []
    numbers = {i.number for i in found.shown}
    assert {1, 3, 4, 5, 6, 7, 9} <= numbers
    for insight in found.shown:
        assert insight.text and (insight.basis or insight.kind is InsightKind.USUAL_RANGE)


def test_a_dismissed_invitation_stays_away_for_two_weeks(journal: JournalService, store) -> None:  # type: ignore[no-untyped-def]
    journal.save_many(
        [
            CheckIn(
                occurred_at=at(TODAY - timedelta(days=n), 9), mood=-2, energy=0, daily_life_hard=3
            )
            for n in (1, 5)
        ]
    )
    service = InsightService(store, clock=lambda: NOW)
    assert service.suggestion() is not None
    service.dismiss_suggestion()
    assert service.suggestion() is None
    thirteen_days_later = InsightService(store, clock=lambda: NOW + timedelta(days=13))
    assert thirteen_days_later.suggestion() is None
    later = InsightService(store, clock=lambda: NOW + timedelta(days=14))
    journal_then = JournalService(store, clock=lambda: NOW + timedelta(days=14))
    journal_then.save_many(
        [
            CheckIn(
                occurred_at=at(TODAY + timedelta(days=n), 9), mood=-2, energy=0, daily_life_hard=2
            )
            for n in (10, 12)
        ]
    )
    assert later.suggestion() is not None


def test_the_week_ends_on_the_chosen_day(insights: InsightService) -> None:
    assert insights.reflection_weekday() == 6  # Sunday unless chosen
    assert insights.week_end() == date(2026, 11, 22)
    insights.set_reflection_weekday(3)  # Thursday: today
    assert insights.week_end() == TODAY
    with pytest.raises(InvalidInput):
        insights.set_reflection_weekday(7)


def test_the_week_summary(journal: JournalService, insights: InsightService) -> None:
    sunday = date(2026, 11, 22)
    journal.save_many(
        [
            CryingEpisode(
                occurred_at=at(sunday - timedelta(days=2), 21),
                intensity=3,
                what_helped="A walk",
                mood_after=MoodChange.BETTER,
                emotions={"sadness": 3},
            ),
            CryingEpisode(occurred_at=at(sunday, 20), intensity=1, almost=True),
            CheckIn(
                occurred_at=at(sunday, 21), mood=-1, energy=0, emotions={"sadness": 2, "calm": 1}
            ),
            CheckIn(occurred_at=at(sunday - timedelta(days=1), 21), mood=2, energy=0),
            CheckIn(
                occurred_at=at(sunday - timedelta(days=7), 21), mood=-3, energy=0
            ),  # the week before
        ]
    )
    assert insights.week_summary() == [
        "In the week 16 Nov 2026 to 22 Nov 2026 you cried once; you checked in on 2 of 7 days.",
        "You almost cried once.",
        "Your mood averaged +0.5.",
        "The emotions you noted most: sadness, calm.",
        "What helped: A walk.",
    ]


def test_a_reflection_is_kept_per_week(insights: InsightService) -> None:
    week = insights.week_end()
    assert insights.reflection(week) is None
    first = insights.save_reflection(week, "Walking helped more than I thought.")
    again = insights.save_reflection(week, "Walking helped. So did calling Sam.")
    assert again.uid == first.uid and again.text == "Walking helped. So did calling Sam."
    assert insights.reflection(week) == again
    with pytest.raises(InvalidInput):
        insights.save_reflection(week, "x" * 20_001)
    assert insights.reflection(week) == again
