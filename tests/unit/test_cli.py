"""The command line in-process: same validation as the window, clear messages, exit codes."""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from moodapp.__main__ import main


@pytest.fixture(autouse=True)
def _restore_umask() -> Iterator[None]:
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


@pytest.fixture
def moodapp(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """Run ``moodapp --data-dir TMP ARGS...``; returns (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(tmp_path / "data"), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def listed(moodapp) -> list[dict]:
    code, out, _ = moodapp("list", "--json")
    assert code == 0
    return json.loads(out)


def test_add_cry_prints_the_uid_of_the_saved_episode(moodapp) -> None:
    code, out, err = moodapp(
        "add", "cry", "--intensity", "3", "--emotion", "sadness=3", "--emotion", "Helplessness=2",
        "--at", "2026-11-20T21:30+01:00", "--duration", "10", "--note", "long day",
    )  # fmt: skip
    assert (code, err) == (0, "")
    uid = out.strip()
    uuid.UUID(uid)
    (entry,) = listed(moodapp)
    assert entry["uid"] == uid
    assert entry["kind"] == "cried"
    assert entry["occurred_at"] == "2026-11-20T21:30:00+01:00"
    assert entry["emotions"] == {"sadness": 3, "helplessness": 2}
    assert (entry["duration_minutes"], entry["note"]) == (10, "long day")


def test_add_almost_cried_and_check_in(moodapp) -> None:
    assert moodapp("add", "cry", "--intensity", "1", "--almost", "--at", "2026-11-20T10:00")[0] == 0
    code, _, _ = moodapp(
        "add", "check-in", "--mood", "-1", "--energy", "0", "--no-crying", "--urge", "1",
        "--sleep", "6.5", "--tag", "work", "--emotion", "calm=1", "--at", "2026-11-20T22:00",
    )  # fmt: skip
    assert code == 0
    almost, check_in = listed(moodapp)
    assert almost["kind"] == "almost-cried"
    assert check_in["kind"] == "check-in"
    assert (check_in["mood"], check_in["energy"], check_in["no_crying_today"]) == (-1, 0, True)
    assert (check_in["urge_to_cry"], check_in["sleep_hours"], check_in["tags"]) == (
        1,
        6.5,
        ["work"],
    )


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["cry", "--intensity", "6"], "--intensity"),
        (["cry", "--intensity", "2", "--duration", "1441"], "--duration"),
        (["cry", "--intensity", "2", "--at", "2999-01-01T10:00"], "--at"),
        (["cry", "--intensity", "2", "--emotion", "glee=2"], "--emotion"),
        (["cry", "--intensity", "2", "--emotion", "sadness"], "--emotion"),
        (["cry", "--intensity", "2", "--emotion", "sadness=7"], "--emotion"),
        (["cry", "--intensity", "2", "--trigger", "moon"], "--trigger"),
        (["cry", "--intensity", "2", "--note", "x" * 20_001], "--note"),
        (["check-in", "--mood", "4", "--energy", "0"], "--mood"),
        (["check-in", "--mood", "0", "--energy", "0", "--sleep", "25"], "--sleep"),
    ],
)
def test_bad_input_exits_2_names_the_option_and_saves_nothing(
    moodapp, args: list[str], option: str
) -> None:
    code, out, err = moodapp("add", *args)
    assert code == 2
    assert out == ""
    assert f"moodapp: {option}: " in err
    assert listed(moodapp) == []


def test_unparseable_values_are_argparse_errors(moodapp) -> None:
    with pytest.raises(SystemExit) as exited:
        moodapp("add", "cry", "--intensity", "3", "--at", "yesterday evening")
    assert exited.value.code == 2


def test_list_filters_by_local_date(moodapp) -> None:
    for day in ("2026-11-01", "2026-11-02", "2026-11-03"):
        moodapp("add", "check-in", "--mood", "0", "--energy", "0", "--at", f"{day}T23:30+09:00")
    code, out, _ = moodapp("list", "--from", "2026-11-02", "--to", "2026-11-02", "--json")
    assert [e["local_date"] for e in json.loads(out)] == ["2026-11-02"]
    code, out, _ = moodapp("list", "--from", "2026-11-02")
    assert code == 0
    assert out.count("check-in") == 2


def test_list_says_when_there_is_nothing(moodapp) -> None:
    assert moodapp("list") == (0, "No entries in that period.\n", "")


def test_a_time_without_offset_is_local_time(moodapp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        moodapp("add", "cry", "--intensity", "2", "--at", "2026-07-01T21:30")
        moodapp("add", "cry", "--intensity", "2", "--at", "2026-01-01T21:30")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert [e["occurred_at"] for e in listed(moodapp)] == [
        "2026-01-01T21:30:00+01:00",
        "2026-07-01T21:30:00+02:00",
    ]


def test_a_journal_that_cannot_be_read_is_reported_and_kept(moodapp, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "journal.sqlite3").write_bytes(b"not a journal")
    code, _, err = moodapp("list")
    assert code == 1
    assert "left as it is" in err
    assert (data / "journal.sqlite3").read_bytes() == b"not a journal"


def test_the_demo_journal_is_filled_and_then_removed(moodapp, tmp_path: Path) -> None:
    code, out, _ = moodapp("--demo", "list", "--json")
    assert code == 0
    assert len(json.loads(out)) > 200
    assert list((tmp_path / "data").iterdir()) == []


def test_a_write_failure_exits_3_with_the_reason(moodapp, monkeypatch: pytest.MonkeyPatch) -> None:
    from moodapp.services.journal import JournalService, SaveFailed

    def fail(self, entry):
        raise SaveFailed("The journal could not be written (disk I/O error). Nothing was saved.")

    monkeypatch.setattr(JournalService, "record", fail)
    code, out, err = moodapp("add", "cry", "--intensity", "2")
    assert (code, out) == (3, "")
    assert "disk I/O error" in err
