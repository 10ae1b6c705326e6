"""The data behind each chart, from a small journal whose numbers are known."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta, timezone

import pytest

from moodapp.domain.charts import ReliefContext
from moodapp.domain.entries import CheckIn, Company, CryingEpisode, MoodChange, Reaction
from moodapp.domain.series import Bin, Binning, DateRange
from moodapp.services.charts import ChartService
from moodapp.services.demo import generate_demo_entries
from moodapp.services.journal import Journal
from tests.conftest import NOW

TZ = timezone(timedelta(hours=1))
WEEK = DateRange(date(2026, 11, 2), date(2026, 11, 8))  # Monday to Sunday


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=TZ)


@pytest.fixture
def charts(journal: Journal) -> ChartService:
    return ChartService(journal.now)


def day(n: int) -> date:
    return WEEK.start + timedelta(days=n)


def test_crying_over_time_by_day(journal: Journal, charts: ChartService) -> None:
    journal.entries.save_many(
        [
            CryingEpisode(occurred_at=at(day(0), 21), intensity=3),
            CryingEpisode(occurred_at=at(day(0), 22), intensity=2, almost=True),
            CryingEpisode(occurred_at=at(day(3), 20), intensity=4),
            CheckIn(occurred_at=at(day(0), 9), mood=-2, energy=0, emotions={"sadness": 4}),
            CheckIn(occurred_at=at(day(0), 21), mood=0, energy=0),
            CheckIn(
                occurred_at=at(day(3), 21), mood=1, energy=0, emotions={"sadness": 1, "joy": 3}
            ),
        ]
    )
    data = charts.crying_over_time(WEEK, ["sadness", "joy"])
    assert data.bin is Bin.DAY
    assert data.starts == [day(i) for i in range(7)]
    assert data.cried == [1, 0, 0, 1, 0, 0, 0]
    assert data.almost == [1, 0, 0, 0, 0, 0, 0]
    assert data.mood == [-1.0, None, None, 1.0, None, None, None]
    # Sadness over all of a day's check-ins: (4 + 0) / 2 on day 0; 1 on day 3.
    assert data.emotions["sadness"] == [2.0, None, None, 1.0, None, None, None]
    assert data.emotions["joy"] == [0.0, None, None, 3.0, None, None, None]
    assert data.episodes == 3


def _by_hand(bins: Binning, values: list[tuple[date, int]]) -> list[int]:
    """Each day's value added to the bin whose start is the day's bin start."""
    index = {start: i for i, start in enumerate(bins.starts)}
    totals = [0] * len(bins.starts)
    for day, value in values:
        if bins.span.start <= day <= bins.span.end:
            totals[index[bins.start_of(day)]] += value
    return totals


def _means(sums: list[int], counts: list[int]) -> list[float | None]:
    return [s / c if c else None for s, c in zip(sums, counts, strict=True)]


def test_bins_summed_in_sql_are_the_entries_added_up_bin_by_bin(
    journal: Journal, charts: ChartService
) -> None:
    entries = generate_demo_entries(seed=7, years=1.3, now=NOW, tz=TZ)
    journal.entries.save_many(entries)
    check_ins = [e for e in entries if isinstance(e, CheckIn)]
    episodes = [e for e in entries if isinstance(e, CryingEpisode)]
    keys = ["sadness", "calm", "joy", "anger"]
    first, today = entries[0].local_date, NOW.date()
    spans = [
        DateRange(first - timedelta(days=9), first + timedelta(days=45)),  # before the first
        DateRange(date(today.year, 2, 27), date(today.year, 3, 3)),  # a month's end
        DateRange(today - timedelta(days=200), today + timedelta(days=12)),  # past today
        DateRange(first + timedelta(days=3), today),
    ]
    for span, size, first_weekday in itertools.product(spans, Bin, (0, 3, 6)):
        bins = Binning(span, size, first_weekday)
        counts = _by_hand(bins, [(c.local_date, 1) for c in check_ins])
        data = charts.crying_over_time(span, keys, first_weekday, size)
        assert (data.starts, data.days) == (bins.starts, bins.days)
        assert data.cried == _by_hand(bins, [(e.local_date, not e.almost) for e in episodes])
        assert data.almost == _by_hand(bins, [(e.local_date, e.almost) for e in episodes])
        moods = _by_hand(bins, [(c.local_date, c.mood) for c in check_ins])
        assert data.mood == _means(moods, counts)
        for key in keys:
            felt = _by_hand(bins, [(c.local_date, c.emotions.get(key, 0)) for c in check_ins])
            assert data.emotions[key] == _means(felt, counts), (span, size, first_weekday, key)


def test_the_default_emotions_are_the_most_felt(journal: Journal, charts: ChartService) -> None:
    journal.entries.save_many(
        [
            CheckIn(occurred_at=at(day(i), 21), mood=0, energy=0, emotions=emotions)
            for i, emotions in enumerate(
                [
                    {"calm": 1, "fear": 2},
                    {"calm": 2},
                    {"calm": 1, "joy": 1},
                    {"fear": 1},
                    {"relief": 0},
                ]
            )
        ]
    )
    assert charts.default_emotions(WEEK) == ["calm", "fear", "joy"]
    assert charts.default_emotions(DateRange(day(0), day(1))) == ["calm", "fear"]
    assert charts.default_emotions(DateRange(day(5), day(6))) == []


def test_the_usual_range_is_learned_from_the_journal(
    journal: Journal, charts: ChartService
) -> None:
    first = NOW.date() - timedelta(days=100)
    journal.entries.save_many(
        [
            CryingEpisode(occurred_at=at(first + timedelta(days=7 * i), 21), intensity=2)
            for i in range(15)
        ]
    )
    span = DateRange(NOW.date() - timedelta(days=29), NOW.date())
    usual = charts.crying_over_time(span, []).usual
    assert usual is not None and usual.median == 4
    young = DateRange(first, first + timedelta(days=20))
    assert charts.crying_over_time(young, []).usual is None  # still warming up


def test_emotions_behind_the_tears(journal: Journal, charts: ChartService) -> None:
    journal.entries.save_many(
        [
            CryingEpisode(
                occurred_at=at(day(0), 21), intensity=3, emotions={"sadness": 3, "fear": 1}
            ),
            CryingEpisode(occurred_at=at(day(1), 21), intensity=3, emotions={"sadness": 2}),
            CryingEpisode(
                occurred_at=at(day(2), 21), intensity=1, almost=True, emotions={"joy": 2}
            ),
            CheckIn(
                occurred_at=at(day(1), 9), mood=0, energy=0, emotions={"calm": 2}
            ),  # a crying day
            CheckIn(occurred_at=at(day(2), 9), mood=0, energy=0, emotions={"joy": 2, "calm": 1}),
            CheckIn(occurred_at=at(day(2), 20), mood=0, energy=0, emotions={"joy": 1}),
            CheckIn(occurred_at=at(day(4), 9), mood=0, energy=0, emotions={"sadness": 1}),
        ]
    )
    data = charts.emotions_behind_tears(WEEK, ["joy", "sadness", "fear", "calm", "anger"])
    assert (data.episodes, data.other_days) == (2, 2)  # almost crying is not crying
    shares = {s.key: (s.in_episodes, s.on_other_days) for s in data.shares}
    assert shares == {"joy": (0, 1), "sadness": (2, 1), "fear": (1, 0), "calm": (0, 1)}
    assert [s.key for s in data.shares] == ["joy", "sadness", "fear", "calm"]


def test_relief_split_hides_groups_under_five(journal: Journal, charts: ChartService) -> None:
    alone = [MoodChange.SAME] * 4 + [MoodChange.BETTER, MoodChange.WORSE]
    comforted = [MoodChange.BETTER] * 3
    episodes = [
        CryingEpisode(occurred_at=at(day(i % 7), 12 + i % 10), intensity=2, company=Company.ALONE,
                      reaction=Reaction.NOBODY, mood_after=after)
        for i, after in enumerate(alone)
    ] + [
        CryingEpisode(occurred_at=at(day(i), 21), intensity=2, company=Company.ONE_PERSON,
                      reaction=Reaction.COMFORTED, mood_after=after)
        for i, after in enumerate(comforted)
    ] + [CryingEpisode(occurred_at=at(day(6), 23), intensity=2)]  # fmt: skip
    journal.entries.save_many(episodes)
    split = charts.relief(WEEK, ReliefContext.COMPANY)
    assert [(g.group, g.better, g.same, g.worse) for g in split.shown] == [("alone", 1, 4, 1)]
    assert [(g.group, g.episodes) for g in split.hidden] == [("one-person", 3)]
    assert split.without_mood_after == 1
    assert charts.relief(WEEK, ReliefContext.HELD_BACK).shown == []


def test_relief_by_trigger_counts_an_episode_under_each_trigger(
    journal: Journal, charts: ChartService
) -> None:
    journal.entries.save_many(
        [
            CryingEpisode(occurred_at=at(day(i), 21), intensity=2, mood_after=MoodChange.BETTER,
                          triggers=frozenset({"moving", "media"}))
            for i in range(5)
        ]
    )  # fmt: skip
    split = charts.relief(WEEK, ReliefContext.TRIGGER)
    assert sorted((g.group, g.better) for g in split.shown) == [("media", 5), ("moving", 5)]


def test_timing_by_hour_and_weekday(journal: Journal, charts: ChartService) -> None:
    journal.entries.save_many(
        [
            CryingEpisode(occurred_at=at(day(0), 21), intensity=2),  # Monday 21:00
            CryingEpisode(occurred_at=at(day(0), 23), intensity=2),
            CryingEpisode(occurred_at=at(day(6), 21), intensity=2),  # Sunday 21:00
            CryingEpisode(occurred_at=at(day(2), 8), intensity=2, almost=True),  # not counted
        ]
    )
    timing = charts.timing(WEEK)
    assert timing.by_hour[21] == 2 and timing.by_hour[23] == 1 and timing.episodes == 3
    assert timing.by_weekday == [2, 0, 0, 0, 0, 0, 1]


def test_ranges_from_text_use_the_first_entry(journal: Journal, charts: ChartService) -> None:
    journal.entries.record(CheckIn(occurred_at=at(date(2025, 3, 4), 9), mood=0, energy=0))
    assert charts.range_from_text("all") == DateRange(date(2025, 3, 4), NOW.date())
    assert charts.range_from_text("30d").end == NOW.date()
