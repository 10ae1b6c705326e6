"""The weekly reflection's sentences: a day not written down is never a day without crying."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from moodapp.domain.insight_facts import DayFacts
from moodapp.domain.insight_words import Wording
from moodapp.domain.reflection import Week
from moodapp.domain.week_summary import week_summary

WEEK = Week(date(2026, 11, 16))  # Monday 16 to Sunday 22 November
PERIOD = "16 Nov 2026 to 22 Nov 2026"
LATER = date(2026, 11, 26)  # the week is over
SAY = Wording()


def summary(
    days: dict[date, DayFacts], today: date = LATER, helped: tuple[str, ...] = ()
) -> list[str]:
    return week_summary(
        WEEK, today, days=days, helped=helped, emotion_labels={"calm": "Calm"}, say=SAY
    )


def day(n: int) -> date:
    return WEEK.start + timedelta(days=n)


def test_a_week_without_entries_says_that_nothing_was_written_down() -> None:
    assert summary({}) == [f"Nothing was written down in the week {PERIOD}."]
    assert summary({}, today=day(3)) == [f"Nothing has been written down yet in the week {PERIOD}."]


def test_check_ins_without_crying_speak_only_of_the_days_with_entries() -> None:
    three = {day(n): DayFacts(check_ins=1, mood_sum=float(n)) for n in (0, 2, 4)}
    assert summary(three) == [
        f"In the week {PERIOD} you wrote something on 3 of its 7 days.",
        "You noted no crying on the days you wrote.",
        "Your mood averaged +2.0. The scale runs from -3 (unpleasant) to +3 (pleasant).",
    ]


def test_a_week_still_going_counts_its_days_so_far() -> None:
    assert summary({day(1): DayFacts(check_ins=1)}, today=day(2))[0] == (
        f"In the week {PERIOD} you wrote something on 1 of its 3 days so far."
    )
    assert summary({day(0): DayFacts(cried=1)}, today=day(0)) == [
        f"In the week {PERIOD} you wrote something today, its first day.",
        "You cried once.",
    ]


def test_crying_almost_crying_emotions_and_what_helped() -> None:
    days = {
        day(4): DayFacts(cried=2, emotions={"calm": 1, "sadness": 3}),
        day(5): DayFacts(almost=1, check_ins=2, mood_sum=-1.0, emotions={"calm": 2}),
        WEEK.end + timedelta(days=1): DayFacts(cried=5, check_ins=1),  # the week after
    }
    assert summary(days, helped=(" A walk ", "", "A walk", "Tea")) == [
        f"In the week {PERIOD} you wrote something on 2 of its 7 days.",
        "You cried twice.",
        "You almost cried once.",
        "Your mood averaged -0.5. The scale runs from -3 (unpleasant) to +3 (pleasant).",
        "The emotions you noted most: calm, sadness.",
        "What helped: A walk; Tea.",
    ]


day_facts = st.builds(
    DayFacts,
    cried=st.integers(0, 3),
    almost=st.integers(0, 2),
    check_ins=st.integers(0, 2),
)


@given(st.dictionaries(st.integers(-3, 9).map(day), day_facts), st.integers(0, 9).map(day))
def test_the_days_counted_are_the_days_with_entries_in_the_week(
    days: dict[date, DayFacts], today: date
) -> None:
    lines = summary(days, today=today)
    written = [d for d, f in days.items() if d in WEEK and (f.cried or f.almost or f.check_ins)]
    if not written:
        assert lines[0].startswith("Nothing")
        assert len(lines) == 1
        return
    assert not any("did not cry" in line or line.startswith("Nothing") for line in lines)
    assert f" {len(written)} of its " in lines[0] or "today, its first day" in lines[0]
    cried = sum(days[d].cried for d in written)
    assert (lines[1] == "You noted no crying on the days you wrote.") == (cried == 0)
