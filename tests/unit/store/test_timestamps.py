"""Times as the database keeps them: every time that can be stored reads back the same."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from moodapp.domain.storable import time_problem
from moodapp.store.timestamps import from_local_parts, from_utc_text, local_parts, utc_text

aware_times = st.builds(
    lambda local, minutes: local.replace(tzinfo=timezone(timedelta(minutes=minutes))),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9998, 12, 31, 23, 59, 59)),
    st.integers(-23 * 60 - 59, 23 * 60 + 59),
).filter(lambda moment: time_problem(moment) is None)


def test_years_are_written_with_four_digits() -> None:
    assert utc_text(datetime(900, 1, 1, tzinfo=UTC)) == "0900-01-01T00:00:00.000000Z"


def test_a_year_written_with_fewer_digits_by_an_earlier_version_is_read() -> None:
    assert from_utc_text("900-01-01T00:00:00.000000Z") == datetime(900, 1, 1, tzinfo=UTC)


@given(aware_times)
def test_every_time_that_may_be_stored_reads_back_the_same(moment: datetime) -> None:
    assert from_utc_text(utc_text(moment)) == moment
    text, offset, day = local_parts(moment)
    back = from_local_parts(text, offset)
    assert back == moment.replace(microsecond=0)
    assert back.utcoffset() == moment.utcoffset()
    assert day == moment.date().isoformat()


def strptime_reading(text: str) -> datetime:
    """How from_utc_text read times before it used fromisoformat, kept to compare with."""
    year, rest = text.split("-", 1)
    return datetime.strptime(f"{int(year):04d}-{rest}", "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def same_reading(text: str) -> None:
    try:
        expected = strptime_reading(text)
    except ValueError:
        with pytest.raises(ValueError):
            from_utc_text(text)
        return
    found = from_utc_text(text)
    assert found == expected
    assert found.tzinfo is UTC
    assert (found.year, found.microsecond) == (expected.year, expected.microsecond)


@given(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)))
def test_a_stored_time_reads_as_strptime_read_it(moment: datetime) -> None:
    same_reading(utc_text(moment.replace(tzinfo=UTC)))
    # As an earlier version wrote it, the year without leading zeros.
    same_reading(moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ").lstrip("0"))
    same_reading(f"{moment.year}-{moment.strftime('%m-%dT%H:%M:%S.%fZ')}")


@given(
    st.text(alphabet="0123456789-T:.Z +,\u0663", min_size=20, max_size=30)
    | st.datetimes()
    .map(lambda m: utc_text(m.replace(tzinfo=UTC)))
    .flatmap(
        lambda text: st.tuples(
            st.just(text), st.integers(0, len(text) - 1), st.sampled_from("0 9-T:.Z,+\u0663x")
        ).map(lambda t: t[0][: t[1]] + t[2] + t[0][t[1] + 1 :])
    )
)
@example("+001-01-01T00:00:00.000000Z")
@example("2026-11- 5T20:30:00.000000Z")
@example("2026-11-26T20:30:60.000000Z")
@example("2026-11-26T24:00:00.000000Z")
@example("2026-11-26T20:30:00,000000Z")
@example("2026-11-26 20:30:00.000000Z")
def test_a_damaged_time_is_read_or_refused_as_strptime_did(text: str) -> None:
    same_reading(text)
