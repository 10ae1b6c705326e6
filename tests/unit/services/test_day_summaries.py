"""Days summed up for the calendar, from one query: counts, means, gaps and odd days."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Protocol

import pytest

from moodapp.domain.days import DaySummary, EpisodeFilter
from moodapp.domain.entries import CheckIn, CryingEpisode
from moodapp.services.journal import Journal
from tests.conftest import NOW

PLUS_ONE, PLUS_TWO = timezone(timedelta(hours=1)), timezone(timedelta(hours=2))


def at(day: date, hour: int, minute: int = 0, tz: timezone = PLUS_ONE) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)


DAY = date(2026, 11, 10)


class Summaries(Protocol):
    """The ``summaries`` fixture: the days from ``start`` to ``end`` that have entries, with
    the episodes that ``filters`` (an emotion, a trigger) choose."""

    def __call__(
        self, start: date = ..., end: date = ..., **filters: str
    ) -> dict[date, DaySummary]: ...


@pytest.fixture
def summaries(journal: Journal) -> Summaries:
    def of(start: date = DAY, end: date = DAY, **filters: str) -> dict[date, DaySummary]:
        return journal.entries.day_summaries(start, end, EpisodeFilter(**filters))

    return of


def test_counts_and_means_of_a_day(journal: Journal, summaries: Summaries) -> None:
    journal.entries.save_many(
        [
            CheckIn(occurred_at=at(DAY, 8), mood=-2, energy=1, emotions={"fear": 3}),
            CheckIn(occurred_at=at(DAY, 21), mood=1, energy=-1, emotions={"calm": 2, "fear": 1}),
            CryingEpisode(occurred_at=at(DAY, 20), intensity=2, emotions={"sadness": 3}),
            CryingEpisode(occurred_at=at(DAY, 22), intensity=4, emotions={"sadness": 2}),
            CryingEpisode(occurred_at=at(DAY, 23), intensity=5, almost=True),
        ]
    )
    (day,) = summaries().values()
    assert (day.check_ins, day.mood, day.energy) == (2, -0.5, 0.0)
    assert (day.cried, day.almost_cried, day.episodes, day.strongest_intensity) == (2, 1, 3, 5)
    assert day.top_emotions == ("sadness", "fear", "calm")  # 5, 4, 2
    assert not day.no_crying


def test_a_day_without_entries_is_absent_not_zero(journal: Journal, summaries: Summaries) -> None:
    journal.entries.record(CheckIn(occurred_at=at(DAY, 9), mood=0, energy=0))
    found = summaries(DAY - timedelta(days=3), DAY + timedelta(days=3))
    assert list(found) == [DAY]


def test_no_crying_needs_the_check_in_to_say_so_and_no_tears(
    journal: Journal, summaries: Summaries
) -> None:
    quiet, unsaid, contradicted = DAY, DAY + timedelta(days=1), DAY + timedelta(days=2)
    journal.entries.save_many(
        [
            CheckIn(occurred_at=at(quiet, 21), mood=1, energy=0, no_crying_today=True),
            CheckIn(occurred_at=at(unsaid, 21), mood=1, energy=0),
            CheckIn(occurred_at=at(contradicted, 21), mood=1, energy=0, no_crying_today=True),
            CryingEpisode(occurred_at=at(contradicted, 22), intensity=1),
        ]
    )
    found = summaries(quiet, contradicted)
    assert [found[d].no_crying for d in (quiet, unsaid, contradicted)] == [True, False, False]


def test_the_filter_counts_only_matching_episodes_and_keeps_moods(
    journal: Journal, summaries: Summaries
) -> None:
    journal.entries.save_many(
        [
            CheckIn(occurred_at=at(DAY, 9), mood=-1, energy=0),
            CryingEpisode(occurred_at=at(DAY, 20), intensity=2, emotions={"frustration": 2}),
            CryingEpisode(occurred_at=at(DAY, 21), intensity=3, emotions={"sadness": 3},
                          triggers=frozenset({"conflict"})),
            CryingEpisode(occurred_at=at(DAY, 22), intensity=1, emotions={"frustration": 0}),
        ]
    )  # fmt: skip
    assert summaries(emotion="frustration")[DAY].cried == 1
    assert summaries(emotion="frustration")[DAY].strongest_intensity == 2
    assert summaries(trigger="conflict")[DAY].cried == 1
    assert summaries(emotion="frustration", trigger="conflict")[DAY].cried == 0
    assert summaries(emotion="joy")[DAY].mood == -1


def test_a_day_change_of_daylight_saving_time_is_one_day(
    journal: Journal, summaries: Summaries
) -> None:
    change = date(2026, 3, 29)  # clocks go forward at 02:00 in central Europe
    journal.entries.save_many(
        [
            CryingEpisode(occurred_at=at(change, 1, 30, PLUS_ONE), intensity=2),
            CryingEpisode(occurred_at=at(change, 3, 30, PLUS_TWO), intensity=3),
            CheckIn(occurred_at=at(change, 22, 0, PLUS_TWO), mood=0, energy=0),
        ]
    )
    found = summaries(change - timedelta(days=1), change + timedelta(days=1))
    assert list(found) == [change]
    assert found[change].cried == 2


def test_a_day_with_entries_in_two_time_zones_shows_once(
    journal: Journal, summaries: Summaries
) -> None:
    journal.entries.save_many(
        [
            CheckIn(occurred_at=at(DAY, 8, tz=timezone(timedelta(hours=-5))), mood=2, energy=0),
            CheckIn(occurred_at=at(DAY, 23, tz=timezone(timedelta(hours=9))), mood=0, energy=0),
        ]
    )
    found = summaries(DAY - timedelta(days=1), DAY + timedelta(days=1))
    assert list(found) == [DAY]
    assert (found[DAY].check_ins, found[DAY].mood) == (2, 1.0)


def test_the_leap_day_is_a_day_like_the_others(journal: Journal, summaries: Summaries) -> None:
    leap = date(2024, 2, 29)
    journal.entries.record(CryingEpisode(occurred_at=at(leap, 21), intensity=3))
    february = summaries(date(2024, 2, 1), date(2024, 2, 29))
    assert list(february) == [leap]
    assert summaries(date(2024, 3, 1), date(2024, 3, 31)) == {}


def test_a_whole_year_comes_from_the_demo_without_gaps_in_logic(journal: Journal) -> None:
    from moodapp.services.demo import fill_demo_journal

    fill_demo_journal(journal, seed=5, years=1)
    entries = journal.entries.entries()
    found = journal.entries.day_summaries(NOW.date() - timedelta(days=400), NOW.date())
    assert sum(d.check_ins for d in found.values()) == sum(isinstance(e, CheckIn) for e in entries)
    assert sum(d.episodes for d in found.values()) == sum(
        isinstance(e, CryingEpisode) for e in entries
    )
    assert set(found) == {e.local_date for e in entries}
