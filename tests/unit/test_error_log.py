"""The error log: where in the code, never what the person wrote; private; bounded."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from moodapp import error_log
from moodapp.error_log import MESSAGE_LEFT_OUT, error_report, write_error


def raised(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as caught:
        return caught


def test_a_message_built_from_the_code_is_kept() -> None:
    error = raised(AttributeError("'str' object has no attribute 'value'"))
    report = error_report(error, for_file=True)
    assert "AttributeError: 'str' object has no attribute 'value'" in report
    assert ", in raised" in report and "test_error_log.py" in report


@pytest.mark.parametrize("kind", [ValueError, KeyError, RuntimeError, OSError])
def test_a_message_that_may_quote_what_was_typed_stays_out_of_the_file(kind: type) -> None:
    error = raised(kind("Dear diary, today I cried at work"))
    in_file = error_report(error, for_file=True)
    assert "diary" not in in_file
    assert f"{kind.__qualname__} {MESSAGE_LEFT_OUT}" in in_file
    assert "Dear diary" in error_report(error, for_file=False)  # the window may show it


def test_no_local_variables_reach_the_file(tmp_path: Path) -> None:
    def fails() -> None:
        note = "a private note"  # noqa: F841  (what a frame's locals would hold)
        raise TypeError("unsupported operand")

    try:
        fails()
    except TypeError as error:
        write_error(tmp_path / "logs" / "moodapp.log", error)
    text = (tmp_path / "logs" / "moodapp.log").read_text(encoding="utf-8")
    assert "private" not in text and "note =" not in text
    assert "in fails" in text and "TypeError: unsupported operand" in text


def test_causes_are_reported_first_cause_first() -> None:
    try:
        try:
            raise KeyError("sadness")
        except KeyError as inner:
            raise TypeError("bad lookup") from inner
    except TypeError as outer:
        report = error_report(outer, for_file=True)
    assert report.index("KeyError") < report.index("TypeError: bad lookup")
    assert "sadness" not in report


def test_the_file_is_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        log = tmp_path / "logs" / "moodapp.log"
        write_error(log, raised(TypeError("x")))
        write_error(log, raised(TypeError("y")))
    finally:
        os.umask(old)
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    assert log.read_text(encoding="utf-8").count("== ") == 2  # appended, one header each


def test_a_long_log_starts_afresh_and_keeps_the_previous_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(error_log, "MAX_LOG_BYTES", 10)
    log = tmp_path / "moodapp.log"
    write_error(log, raised(TypeError("first")))
    write_error(log, raised(TypeError("second")))
    assert "second" in log.read_text(encoding="utf-8")
    assert "first" not in log.read_text(encoding="utf-8")
    assert "first" in (tmp_path / "moodapp.log.1").read_text(encoding="utf-8")
