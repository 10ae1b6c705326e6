"""Times as the database keeps them: every time that can be stored reads back the same."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from moodapp.domain.validation import time_problem
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
