"""The report's content: counts worked by hand, relief groups, charts, notes only when chosen."""

from __future__ import annotations

import re
import string
from datetime import date, datetime, timedelta, timezone

import pytest

from moodapp.domain import report as words
from moodapp.domain.charts import (
    MIN_SPLIT_EPISODES,
    ChartKind,
    ChartOptions,
    ReliefContext,
    ReliefGroup,
)
from moodapp.domain.entries import CheckIn, CryingEpisode, MoodChange, Reaction
from moodapp.domain.reflection import Week
from moodapp.domain.report import ReportCounts
from moodapp.domain.series import DateRange
from moodapp.services.charts import ChartService
from moodapp.services.demo import fill_demo_journal
from moodapp.services.journal import Journal
from moodapp.services.report import ReportService
from moodapp.store.database import Store
from tests.conftest import NOW
from tests.unit.domain.test_insight_words import FORBIDDEN

TZ = timezone(timedelta(hours=1))
WEEK = DateRange(date(2026, 11, 2), date(2026, 11, 8))


def at(n: int, hour: int) -> datetime:
    """Hour ``hour`` of the ``n``-th day of WEEK (negative or past 6: outside it)."""
    day = WEEK.start + timedelta(days=n)
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


@pytest.fixture
def report(store: Store) -> ReportService:
    return Journal(store, lambda: NOW).report


def test_counts_of_a_small_journal(journal: Journal, report: ReportService) -> None:
    journal.entries.save_many(
        [
            # Day 0: cried and almost cried; two check-ins.
            CryingEpisode(occurred_at=at(0, 21), intensity=3),
            CryingEpisode(occurred_at=at(0, 22), intensity=1, almost=True),
            CheckIn(occurred_at=at(0, 9), mood=-2, energy=0),
            CheckIn(occurred_at=at(0, 21), mood=0, energy=0),
            # Days 1 and 2: "no crying today"; on day 2 an almost-cry, which is not crying.
            CheckIn(occurred_at=at(1, 21), mood=1, energy=0, no_crying_today=True),
            CheckIn(occurred_at=at(2, 21), mood=2, energy=0, no_crying_today=True),
            CryingEpisode(occurred_at=at(2, 18), intensity=1, almost=True),
            # Day 3: marked "no crying today" but cried twice: not a day without crying.
            CryingEpisode(occurred_at=at(3, 8), intensity=2),
            CryingEpisode(occurred_at=at(3, 23), intensity=4),
            CheckIn(occurred_at=at(3, 22), mood=1, energy=0, no_crying_today=True),
            # Outside the week, on either side.
            CryingEpisode(occurred_at=at(-1, 21), intensity=3),
            CheckIn(occurred_at=at(7, 9), mood=-3, energy=0),
        ]
    )
    assert report.counts(WEEK) == ReportCounts(
        days=7,
        days_with_entries=4,
        cried=3,
        almost_cried=2,
        days_with_crying=2,
        check_ins=5,
        days_without_crying=2,
        mean_mood=pytest.approx((-2 + 0 + 1 + 2 + 1) / 5),  # type: ignore[arg-type]  # approx compares equal to the float
    )


def test_an_empty_period(journal: Journal, report: ReportService) -> None:
    journal.entries.record(CheckIn(occurred_at=at(9, 9), mood=1, energy=0))
    content = report.content(WEEK, include_notes=False)
    assert content.counts == ReportCounts(
        days=7,
        days_with_entries=0,
        cried=0,
        almost_cried=0,
        days_with_crying=0,
        check_ins=0,
        days_without_crying=0,
        mean_mood=None,
    )
    assert not content.has_entries
    assert not content.has_relief


def episode(n: int, reaction: Reaction, after: MoodChange | None) -> CryingEpisode:
    return CryingEpisode(occurred_at=at(n, 20), intensity=3, reaction=reaction, mood_after=after)


def test_relief_groups_under_the_minimum_are_kept_apart(
    journal: Journal, report: ReportService
) -> None:
    better, same, worse = MoodChange.BETTER, MoodChange.SAME, MoodChange.WORSE
    comforted, nobody = Reaction.COMFORTED, Reaction.NOBODY
    journal.entries.save_many(
        [
            *(episode(n, comforted, after) for n, after in enumerate([better] * 3 + [same] * 2)),
            episode(5, nobody, same),
            episode(6, nobody, worse),
            episode(6, nobody, None),  # the mood afterwards was not written down
        ]
    )
    content = report.content(WEEK, include_notes=False)
    split = content.relief[ReliefContext.REACTION]
    assert MIN_SPLIT_EPISODES == 5
    assert split.shown == [ReliefGroup(group="comforted", better=3, same=2, worse=0)]
    assert split.hidden == [ReliefGroup(group="nobody", better=0, same=1, worse=1)]
    assert list(content.relief) == list(ReliefContext)
    assert content.relief[ReliefContext.COMPANY].shown == []  # nobody wrote down who was there
    assert content.relief[ReliefContext.COMPANY].hidden == []
    assert content.has_relief
    assert content.without_mood_after == 1


def test_the_four_charts_are_those_of_the_charts_view(
    journal: Journal, report: ReportService
) -> None:
    fill_demo_journal(journal, years=0.5)
    span = DateRange(date(2026, 9, 1), date(2026, 11, 26))
    content = report.content(span, include_notes=False, first_weekday=6)
    charts = ChartService(journal.now)
    options = ChartOptions(first_weekday=6)
    assert list(content.charts) == list(ChartKind)
    for kind, data in content.charts.items():
        assert data == charts.chart(kind, span, options)
    assert content.first_weekday == 6
    assert content.made_on == NOW.date()
    assert {e.key for e in content.emotions} >= {"sadness", "joy"}


def test_counts_agree_with_the_entries_of_the_demo_journal(
    journal: Journal, report: ReportService
) -> None:
    fill_demo_journal(journal, years=0.5)
    span = DateRange(date(2026, 9, 1), date(2026, 11, 26))
    entries = journal.entries.entries(span.start, span.end)
    episodes = [e for e in entries if isinstance(e, CryingEpisode)]
    check_ins = [e for e in entries if isinstance(e, CheckIn)]
    counts = report.counts(span)
    assert counts.days == 87
    assert counts.days_with_entries == len({e.local_date for e in entries})
    assert counts.cried == sum(not e.almost for e in episodes) > 0
    assert counts.almost_cried == sum(e.almost for e in episodes)
    assert counts.days_with_crying == len({e.local_date for e in episodes if not e.almost})
    assert counts.check_ins == len(check_ins)
    assert counts.mean_mood == pytest.approx(sum(c.mood for c in check_ins) / len(check_ins))


def test_notes_are_read_only_when_chosen(
    store: Store,
    journal: Journal,
    report: ReportService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    insights = Journal(store, lambda: NOW).insights
    for sunday, text in ((1, "The week before."), (8, "A week of talking things through."),
                         (15, "The week after.")):  # fmt: skip
        insights.save_reflection(Week.containing(date(2026, 11, sunday), 0), text)

    chosen = report.content(WEEK, include_notes=True)
    assert chosen.include_notes
    assert [n.text for n in chosen.notes] == ["A week of talking things through."]

    def refuse(*_: object) -> None:
        raise AssertionError("notes were read without being chosen")

    monkeypatch.setattr("moodapp.store.reflections.read_reflections", refuse)
    left_out = report.content(WEEK, include_notes=False)
    assert not left_out.include_notes
    assert left_out.notes == []


@pytest.mark.parametrize("pattern", FORBIDDEN)
def test_no_report_sentence_uses_a_forbidden_word(pattern: str) -> None:
    assert [w for w in words.ALL_WORDS if re.search(pattern, w, re.IGNORECASE)] == []


def test_every_report_sentence_can_be_filled() -> None:
    assert len(words.ALL_WORDS) > 30
    for template in words.ALL_WORDS:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        template.format(**dict.fromkeys(names, "x"))
