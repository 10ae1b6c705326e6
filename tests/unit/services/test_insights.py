"""Insights from a real journal: the facts gathered by day, the invitation, the reflection."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from moodapp.domain.entries import CheckIn, CryingEpisode, MoodChange
from moodapp.domain.field_errors import InvalidInput
from moodapp.domain.insight import InsightKind
from moodapp.domain.reflection import Reflection, Week, WeekNotes
from moodapp.services.changes import NOTHING
from moodapp.services.demo import fill_demo_journal
from moodapp.services.insights import InsightService
from moodapp.services.journal import Journal
from moodapp.services.writes import SaveFailed
from moodapp.store import reflections
from moodapp.store.database import Store
from tests.conftest import NOW

TODAY = NOW.date()  # Thursday 26 November 2026


@pytest.fixture
def insights(store: Store) -> InsightService:
    return Journal(store, lambda: NOW).insights


def at(day: date, hour: int, offset_hours: int = 1) -> datetime:
    return datetime(
        day.year, day.month, day.day, hour, 0, tzinfo=timezone(timedelta(hours=offset_hours))
    )


def test_facts_are_gathered_by_local_day_across_time_zones(
    journal: Journal, insights: InsightService
) -> None:
    day = TODAY - timedelta(days=3)
    journal.entries.save_many(
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


def test_a_daylight_saving_day_is_one_day(journal: Journal, insights: InsightService) -> None:
    change = date(2026, 10, 25)  # clocks go back in central Europe
    journal.entries.save_many(
        [
            CryingEpisode(occurred_at=at(change, 1, 2), intensity=2),
            CryingEpisode(occurred_at=at(change, 23, 1), intensity=2),
        ]
    )
    assert insights.facts().day(change).cried == 2


def test_the_demo_journal_gives_every_insight(journal: Journal, insights: InsightService) -> None:
    fill_demo_journal(journal, seed=11, years=1)
    found = insights.insights()
    assert found.waiting == []
    numbers = {i.number for i in found.shown}
    assert {1, 3, 4, 5, 6, 7, 9} <= numbers
    for insight in found.shown:
        assert insight.text and (insight.basis or insight.kind is InsightKind.USUAL_RANGE)


def test_a_dismissed_invitation_stays_away_for_two_weeks(journal: Journal, store: Store) -> None:
    journal.entries.save_many(
        [
            CheckIn(
                occurred_at=at(TODAY - timedelta(days=n), 9), mood=-2, energy=0, daily_life_hard=3
            )
            for n in (1, 5)
        ]
    )
    service = Journal(store, lambda: NOW).insights
    assert service.suggestion() is not None
    service.dismiss_suggestion()
    assert service.suggestion() is None
    thirteen_days_later = Journal(store, lambda: NOW + timedelta(days=13)).insights
    assert thirteen_days_later.suggestion() is None
    later = Journal(store, lambda: NOW + timedelta(days=14)).insights
    journal_then = Journal(store, clock=lambda: NOW + timedelta(days=14))
    journal_then.entries.save_many(
        [
            CheckIn(
                occurred_at=at(TODAY + timedelta(days=n), 9), mood=-2, energy=0, daily_life_hard=2
            )
            for n in (10, 12)
        ]
    )
    assert later.suggestion() is not None


def test_the_week_starts_on_the_first_day_given(insights: InsightService) -> None:
    assert insights.this_week(0) == Week(date(2026, 11, 23))  # Monday to Sunday 29
    assert insights.this_week(6) == Week(date(2026, 11, 22))  # Sunday to Saturday 28
    assert insights.this_week(3) == Week(TODAY)  # Thursday: today


def test_the_week_summary(journal: Journal, insights: InsightService) -> None:
    sunday = date(2026, 11, 22)
    journal.entries.save_many(
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
    last_week = insights.this_week(0).shifted(-1)
    assert insights.week_summary(last_week) == [
        "In the week 16 Nov 2026 to 22 Nov 2026 you wrote something on 3 of its 7 days.",
        "You cried once.",
        "You almost cried once.",
        "Your mood averaged +0.5. The scale runs from -3 (unpleasant) to +3 (pleasant).",
        "The emotions you noted most: sadness, calm.",
        "What helped: A walk.",
    ]
    assert insights.week_summary(insights.this_week(0)) == [
        "Nothing has been written down yet in the week 23 Nov 2026 to 29 Nov 2026."
    ]


def test_an_empty_journal_never_says_that_you_did_not_cry(insights: InsightService) -> None:
    for first_weekday in range(7):
        week = insights.this_week(first_weekday)
        for shown in (week, week.shifted(-1)):
            (line,) = insights.week_summary(shown)
            assert line.startswith("Nothing") and "did not cry" not in line


def test_check_ins_without_an_episode_speak_only_of_their_days(
    journal: Journal, insights: InsightService
) -> None:
    monday = date(2026, 11, 16)
    journal.entries.save_many(
        [
            CheckIn(occurred_at=at(monday + timedelta(days=n), 9), mood=0, energy=0)
            for n in (0, 1, 3)
        ]
    )
    assert insights.week_summary(Week(monday))[:2] == [
        "In the week 16 Nov 2026 to 22 Nov 2026 you wrote something on 3 of its 7 days.",
        "You noted no crying on the days you wrote.",
    ]


def test_a_note_is_kept_per_week_edited_and_cleared(insights: InsightService) -> None:
    week = insights.this_week(0)
    assert insights.notes(week) == WeekNotes(None, [])
    assert insights.save_reflection(week, "Walking helped more than I thought.").reflections
    first = insights.notes(week).own
    assert insights.save_reflection(week, "Walking helped. So did calling Sam.").reflections
    again = insights.notes(week).own
    assert first is not None and again is not None
    assert again.text == "Walking helped. So did calling Sam."
    assert again.uid == first.uid and again.week_end == week.end == date(2026, 11, 29)
    assert insights.notes(week) == WeekNotes(again, [])
    assert insights.notes(week.shifted(-1)) == WeekNotes(None, [])
    with pytest.raises(InvalidInput):
        insights.save_reflection(week, "x" * 20_001)
    assert insights.notes(week).own == again
    assert insights.save_reflection(week, "  \n ").reflections  # cleared: the note is gone
    assert reflections.read_reflections() == []
    assert insights.save_reflection(week, "") == NOTHING  # there is nothing left to clear


def test_notes_kept_under_another_week_end_are_shown_and_edited_in_place(
    store: Store,
    insights: InsightService,
) -> None:
    week = insights.this_week(0).shifted(-1)  # Monday 16 to Sunday 22 November
    stamp = NOW - timedelta(days=30)
    wednesday = Reflection(week_end=date(2026, 11, 18), text="about 12-18", created_at=stamp,
                           updated_at=stamp)  # fmt: skip
    thursday = Reflection(week_end=date(2026, 11, 19), text="about 13-19", created_at=stamp,
                          updated_at=stamp)  # fmt: skip
    with store.db.atomic():
        reflections.write_reflection(wednesday)
        reflections.write_reflection(thursday)
    assert insights.notes(week) == WeekNotes(thursday, [])
    assert insights.notes(week.shifted(-1)) == WeekNotes(wednesday, [])
    insights.save_reflection(week, "about 13-19, read again")
    edited = insights.notes(week).own
    assert edited is not None and (edited.uid, edited.week_end) == (thursday.uid, thursday.week_end)
    assert edited.created_at == thursday.created_at and edited.updated_at == NOW
    # The first day changes to Sunday: each note shows with the week sharing most of its days.
    sunday_weeks = insights.this_week(6)
    assert insights.notes(sunday_weeks.shifted(-1)) == WeekNotes(edited, [wednesday])  # 15-21
    assert insights.notes(sunday_weeks.shifted(-2)) == WeekNotes(None, [])  # 8-14


def pragma(store: Store, statement: str) -> object:
    return store.db.execute_sql(f"PRAGMA {statement}").fetchone()


def test_a_full_disk_keeps_the_note_as_it_was_and_says_so(
    store: Store,
    insights: InsightService,
) -> None:
    week = insights.this_week(0)
    insights.save_reflection(week, "short")
    kept = insights.notes(week).own
    pragma(store, f"max_page_count = {pragma(store, 'page_count')[0]}")  # type: ignore[index]
    with pytest.raises(SaveFailed, match="the disk is full"):
        insights.save_reflection(week, "words " * 3000)
    assert insights.notes(week).own == kept
    pragma(store, "max_page_count = 1000000")
    assert insights.save_reflection(week, "words " * 3000).reflections


def test_a_read_only_journal_refuses_notes_and_dismissals_in_words(
    store: Store,
    insights: InsightService,
) -> None:
    pragma(store, "query_only = 1")
    try:
        with pytest.raises(SaveFailed, match=r"cannot be written to\. Nothing was saved\."):
            insights.save_reflection(insights.this_week(0), "noticed")
        with pytest.raises(SaveFailed, match="cannot be written to"):
            insights.dismiss_suggestion()
    finally:
        pragma(store, "query_only = 0")
    assert reflections.read_reflections() == []
