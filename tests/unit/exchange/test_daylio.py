"""Daylio CSV exports, as people have them: every variation of the format, and broken files."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from datetime import time as dt_time
from pathlib import Path
from typing import cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moodapp.domain.entries import CheckIn, CryingEpisode
from moodapp.exchange.batch import FormatError
from moodapp.exchange.daylio import (
    _ROW_NAMESPACE,
    DaylioOptions,
    UnknownMoods,
    _row_uid,
    _time_or_problem,
    read_daylio,
    survey,
)
from moodapp.exchange.formats import detect_format
from moodapp.exchange.kinds import ImportFormat

HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"
BOM = "\ufeff"


@pytest.fixture(autouse=True)
def berlin_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Daylio's times have no offset; they take this computer's zone, here Berlin's."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def write(tmp_path: Path, text: str, name: str = "daylio_export.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_a_standard_export_becomes_check_ins(tmp_path: Path) -> None:
    path = write(tmp_path, BOM + HEADER + (
        '2025-07-14,July 14,Monday,21:05,rad,friends | walk | reading,Lake day,'
        '"Swam, laughed, ate ""too much"".\nSlept well."\n'
        '2025-01-03,January 3,Friday,7:45,awful,,,\n'
    ))  # fmt: skip
    assert detect_format(path) is ImportFormat.DAYLIO
    batch = read_daylio(path)
    summer, winter = batch.content.entries
    assert isinstance(summer, CheckIn) and isinstance(winter, CheckIn)
    assert summer.occurred_at == datetime(2025, 7, 14, 21, 5, tzinfo=timezone(timedelta(hours=2)))
    assert winter.occurred_at == datetime(2025, 1, 3, 7, 45, tzinfo=timezone(timedelta(hours=1)))
    assert (summer.mood, winter.mood) == (3, -3)
    assert summer.energy is None  # Daylio does not ask; unknown, not "neutral"
    assert summer.tags == {"friends", "walk", "reading"}
    assert summer.note == 'Lake day\n\nSwam, laughed, ate "too much".\nSlept well.'
    assert winter.tags == frozenset() and winter.note == ""
    assert batch.where(summer.uid) == "daylio_export.csv line 2"
    assert batch.where(winter.uid) == "daylio_export.csv line 4"  # the note took two lines


def test_the_five_standard_moods_span_the_mood_scale(tmp_path: Path) -> None:
    rows = "".join(f"2025-03-0{i + 1},x,x,12:00,{m},,,\n"
                   for i, m in enumerate(["rad", "good", "meh", "bad", "awful"]))  # fmt: skip
    moods = [
        cast(CheckIn, e).mood for e in read_daylio(write(tmp_path, HEADER + rows)).content.entries
    ]
    assert moods == [3, 2, 0, -2, -3]


@pytest.mark.parametrize(
    ("written", "hour", "minute"),
    [("8:30 am", 8, 30), ("8:30 PM", 20, 30), ("12:05 am", 0, 5), ("12:40 pm", 12, 40),
     ("08:30", 8, 30), ("23:59", 23, 59), ("9:15\u202fp.m.", 21, 15)],
)  # fmt: skip
def test_times_in_24_hour_and_12_hour_form(
    tmp_path: Path, written: str, hour: int, minute: int
) -> None:
    path = write(tmp_path, HEADER + f"2025-03-01,x,x,{written},meh,,,\n")
    (entry,) = read_daylio(path).content.entries
    assert (entry.occurred_at.hour, entry.occurred_at.minute) == (hour, minute)


def test_older_exports_without_a_note_title_and_newer_ones_with_scales(tmp_path: Path) -> None:
    old = write(tmp_path, "full_date,date,weekday,time,mood,activities,note\n"
                "2024-02-02,x,x,10:00,good,work,Busy.\n", "old.csv")  # fmt: skip
    new = write(tmp_path, HEADER.strip() + ",scales\n"
                "2025-02-02,x,x,10:00,good,work,,Busy.,Stress 2/5\n", "new.csv")  # fmt: skip
    (old_entry,) = read_daylio(old).content.entries
    (new_entry,) = read_daylio(new).content.entries
    assert old_entry.note == "Busy."
    assert new_entry.note == "Busy.\n\nDaylio scales: Stress 2/5"


def test_custom_mood_names_are_asked_about_then_mapped(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "2025-03-01,x,x,12:00,Tired,,,\n"
                 "2025-03-02,x,x,12:00,super,,,\n2025-03-03,x,x,12:00,tired,,,\n")  # fmt: skip
    assert survey(path).unknown_moods == ["Tired", "super"]
    with pytest.raises(UnknownMoods, match=r"“Tired”, “super”.*--mood-map"):
        read_daylio(path)
    options = DaylioOptions(mood_map={"tired": -1, "Super": 3})
    assert survey(path, options).unknown_moods == []
    assert [cast(CheckIn, e).mood
            for e in read_daylio(path, options).content.entries] == [-1, 3, -1]  # fmt: skip


def test_a_standard_mood_can_be_given_another_value(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "2025-03-01,x,x,12:00,meh,,,\n")
    (entry,) = read_daylio(path, DaylioOptions(mood_map={"meh": -1})).content.entries
    assert isinstance(entry, CheckIn)
    assert entry.mood == -1


def test_crying_activities_also_become_crying_episodes(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + (
        "2025-03-01,x,x,21:00,bad,work | Crying,,\n"
        "2025-03-02,x,x,21:00,good,tears of joy,,\n"
        "2025-03-03,x,x,21:00,meh,sad film,,\n"
        "2025-03-04,x,x,21:00,meh,crystal shop,,\n"
    ))  # fmt: skip
    batch = read_daylio(path)
    episodes = [e for e in batch.content.entries if isinstance(e, CryingEpisode)]
    assert [e.local_date.day for e in episodes] == [1, 2]  # "crystal" is not crying
    first = episodes[0]
    assert first.intensity is None and first.emotions == {} and first.company is None
    check_in = batch.content.entries[0]
    assert isinstance(check_in, CheckIn) and check_in.tags == {"work", "Crying"}
    assert first.occurred_at == check_in.occurred_at
    assert str(batch.notes[0]).startswith("Daylio rows read: 4. Each became a check-in; 2 with")

    assert survey(path).activities == ["work", "Crying", "tears of joy", "sad film", "crystal shop"]
    chosen = read_daylio(path, DaylioOptions(crying_activities=frozenset({"Sad film"})))
    assert sum(isinstance(e, CryingEpisode) for e in chosen.content.entries) == 3
    only = DaylioOptions(crying_activities=frozenset({"crying"}), crying_words=False)
    assert sum(isinstance(e, CryingEpisode) for e in read_daylio(path, only).content.entries) == 1


def test_every_row_keeps_its_id_from_one_read_to_the_next(tmp_path: Path) -> None:
    text = HEADER + "2025-03-01,x,x,21:00,bad,cry,,\n2025-03-01,x,x,21:00,good,,,\n"
    first = [e.uid for e in read_daylio(write(tmp_path, text, "a.csv")).content.entries]
    again = [e.uid for e in read_daylio(write(tmp_path, text, "b.csv")).content.entries]
    assert first == again
    assert len(set(first)) == 3  # two rows at the same minute, and one episode


def test_activity_names_become_valid_tags(tmp_path: Path) -> None:
    long_name = "a very long activity name that goes on and on"
    path = write(
        tmp_path, HEADER + f'2025-03-01,x,x,9:00,good,"tea, green | Tea, Green | {long_name}",,\n'
    )
    (entry,) = read_daylio(path).content.entries
    assert entry.tags == {"tea green", long_name[:39] + "…"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("full_date,mood,activities\n2025-01-01,meh,\n", "line 1: is missing the Daylio column"),
        (HEADER + "2025-13-01,x,x,9:00,meh,,,\n", "line 2: column full_date: “2025-13-01”"),
        (HEADER + "2025-01-01,x,x,25:00,meh,,,\n", "line 2: column time: “25:00”"),
        (HEADER + "2025-01-01,x,x,9 o'clock,meh,,,\n", "line 2: column time"),
        (HEADER + "2025-01-01,x,x,9:00,meh\n", "line 2: has 5 cells, but the header has 8"),
    ],
)
def test_broken_files_are_refused_with_the_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        read_daylio(write(tmp_path, text))


def test_row_ids_are_name_based_uuids() -> None:
    moment = datetime(2025, 3, 1, 21, 0)
    for repeat, what in ((0, "check-in"), (3, "crying")):
        expected = uuid.uuid5(_ROW_NAMESPACE, f"2025-03-01T21:00:00#{repeat}#{what}")
        assert _row_uid(moment, repeat, what) == str(expected)


@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_any_minute_reads_the_same_in_24_hour_and_12_hour_form(moment: dt_time) -> None:
    half = "am" if moment.hour < 12 else "pm"
    twelve = f"{(moment.hour % 12) or 12}:{moment.minute:02d} {half}"
    twenty_four = f"{moment.hour}:{moment.minute:02d}"
    assert _time_or_problem(twelve) == _time_or_problem(twenty_four) == moment


def test_a_file_with_old_mac_line_ends_reads_like_any_other(tmp_path: Path) -> None:
    rows = "2025-07-14,x,x,21:05,rad,walk,,\r2025-07-15,x,x,8:00,bad,,,\r"
    path = write(tmp_path, HEADER.replace("\n", "\r") + rows)
    assert detect_format(path) is ImportFormat.DAYLIO
    first, second = read_daylio(path).content.entries
    assert isinstance(first, CheckIn) and isinstance(second, CheckIn)
    assert (first.mood, first.tags, second.mood) == (3, frozenset({"walk"}), -2)


BERLIN_SUMMER = timezone(timedelta(hours=2))


def test_a_time_the_clocks_skipped_is_read_as_the_clock_would_have_shown_it(
    tmp_path: Path,
) -> None:
    # On 2025-03-30 Berlin's clocks went from 02:00 straight to 03:00.
    path = write(tmp_path, HEADER + "2025-03-30,x,x,2:30,good,,,\n")
    (entry,) = read_daylio(path).content.entries
    assert entry.occurred_at == datetime(2025, 3, 30, 3, 30, tzinfo=BERLIN_SUMMER)


def test_a_time_that_came_twice_is_the_first_of_the_two(tmp_path: Path) -> None:
    # On 2025-10-26 Berlin's clocks went back from 03:00 to 02:00.
    path = write(tmp_path, HEADER + "2025-10-26,x,x,2:30,good,,,\n")
    (entry,) = read_daylio(path).content.entries
    assert entry.occurred_at == datetime(2025, 10, 26, 2, 30, tzinfo=BERLIN_SUMMER)


@pytest.mark.parametrize("day", ["0001-01-01", "1899-12-31", "9999-12-31"])
def test_days_outside_1900_to_9998_are_refused_with_the_range(tmp_path: Path, day: str) -> None:
    path = write(tmp_path, HEADER + f"{day},x,x,23:59,good,,,\n")
    with pytest.raises(FormatError, match=rf"line 2: column full_date: “{day}”\. Dates must be"):
        read_daylio(path)


def test_a_bad_date_or_time_is_named_on_the_line_it_is_on_each_time(tmp_path: Path) -> None:
    good = "2025-01-01,x,x,9:00,meh,,,\n"
    for lines, bad in ((1, "2025-02-30,x,x,9:00,meh,,,\n"), (3, "2025-01-01,x,x,7:75,meh,,,\n")):
        for before in (0, 2):  # the same mistake, read again further down another file
            path = write(tmp_path, HEADER + good * before + bad * lines)
            with pytest.raises(FormatError, match=f"line {before + 2}: column"):
                read_daylio(path)


def test_rows_with_the_same_activities_each_follow_the_options(tmp_path: Path) -> None:
    rows = "".join(f"2025-01-0{d},x,x,9:00,meh,Crying | work,,\n" for d in (1, 2, 3))
    path = write(tmp_path, HEADER + rows + "2025-01-04,x,x,9:00,meh,work,,\n")
    kinds = [type(e) for e in read_daylio(path).content.entries]
    assert kinds.count(CryingEpisode) == 3 and kinds.count(CheckIn) == 4
    only_chosen = DaylioOptions(crying_activities=frozenset({"sad film"}), crying_words=False)
    assert {type(e) for e in read_daylio(path, only_chosen).content.entries} == {CheckIn}
    tags = {e.tags for e in read_daylio(path).content.entries if isinstance(e, CheckIn)}
    assert tags == {frozenset({"Crying", "work"}), frozenset({"work"})}
