"""The command line in-process: same validation as the window, clear messages, exit codes."""

from __future__ import annotations

import io
import json
import os
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn, Protocol, cast

import pytest
from hypothesis import given, settings

from moodapp.__main__ import main
from moodapp.domain.entries import CheckIn, CryingEpisode, Entry
from moodapp.paths import AppPaths
from moodapp.services.entries import EntryService
from moodapp.services.journal import opened_journal
from tests.strategies import check_ins, episodes


@pytest.fixture(autouse=True)
def _restore_umask() -> Iterator[None]:
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


class RunCli(Protocol):
    """The ``moodapp`` fixture: runs the command line in this process with these arguments."""

    def __call__(self, *args: str) -> tuple[int, str, str]: ...


@pytest.fixture
def moodapp(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> RunCli:
    """Run ``moodapp --data-dir TMP ARGS...``; returns (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(tmp_path / "data"), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def listed(moodapp: RunCli) -> list[dict[str, Any]]:
    code, out, _ = moodapp("list", "--json")
    assert code == 0
    return cast("list[dict[str, Any]]", json.loads(out))


def test_add_cry_prints_the_uid_of_the_saved_episode(moodapp: RunCli) -> None:
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


def test_add_almost_cried_and_check_in(moodapp: RunCli) -> None:
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
        (["cry", "--intensity", "2", "--company", "crowd"], "--company"),
        (["cry", "--intensity", "2", "--reaction", "laughed"], "--reaction"),
        (["cry", "--intensity", "2", "--held-back", "maybe"], "--held-back"),
        (["cry", "--intensity", "2", "--ashamed", "true"], "--ashamed"),
        (["cry", "--intensity", "2", "--resolved", "mostly"], "--resolved"),
        (["cry", "--intensity", "2", "--mood-after", "fine"], "--mood-after"),
        (["cry", "--intensity", "2", "--mood-after-score", "11"], "--mood-after-score"),
        (["cry", "--intensity", "2", "--mood-after-score", "-1"], "--mood-after-score"),
        (["cry", "--intensity", "2", "--mood-later-score", "11"], "--mood-later-score"),
        (["cry", "--intensity", "2", "--what-helped", "x" * 2_001], "--what-helped"),
        (["check-in", "--mood", "0", "--energy", "0", "--urge", "5"], "--urge"),
        (["check-in", "--mood", "0", "--energy", "4"], "--energy"),
        (
            ["check-in", "--mood", "0", "--energy", "0", "--daily-life-hard", "4"],
            "--daily-life-hard",
        ),
        (["check-in", "--mood", "0", "--energy", "0", "--tag", "a,b"], "--tag"),
    ],
)
def test_bad_input_exits_2_names_the_option_and_saves_nothing(
    moodapp: RunCli, args: list[str], option: str
) -> None:
    code, out, err = moodapp("add", *args)
    assert code == 2
    assert out == ""
    assert f"moodapp: {option}: " in err
    assert listed(moodapp) == []


def test_unparseable_values_are_argparse_errors(moodapp: RunCli) -> None:
    with pytest.raises(SystemExit) as exited:
        moodapp("add", "cry", "--intensity", "3", "--at", "yesterday evening")
    assert exited.value.code == 2


def test_list_filters_by_local_date(moodapp: RunCli) -> None:
    for day in ("2026-11-01", "2026-11-02", "2026-11-03"):
        moodapp("add", "check-in", "--mood", "0", "--energy", "0", "--at", f"{day}T23:30+09:00")
    code, out, _ = moodapp("list", "--from", "2026-11-02", "--to", "2026-11-02", "--json")
    assert [e["local_date"] for e in json.loads(out)] == ["2026-11-02"]
    code, out, _ = moodapp("list", "--from", "2026-11-02")
    assert code == 0
    assert out.count("check-in") == 2


def test_list_says_when_there_is_nothing(moodapp: RunCli) -> None:
    assert moodapp("list") == (0, "No entries in that period.\n", "")


def test_a_time_without_offset_is_local_time(
    moodapp: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
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


def test_a_journal_that_cannot_be_read_is_reported_and_kept(
    moodapp: RunCli, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "journal.sqlite3").write_bytes(b"not a journal")
    code, _, err = moodapp("list")
    assert code == 1
    assert "left as it is" in err
    assert (data / "journal.sqlite3").read_bytes() == b"not a journal"


def test_the_demo_journal_is_filled_and_then_removed(moodapp: RunCli, tmp_path: Path) -> None:
    code, out, _ = moodapp("--demo", "list", "--json")
    assert code == 0
    assert len(json.loads(out)) > 200
    assert list((tmp_path / "data").iterdir()) == []


def test_a_write_failure_exits_3_with_the_reason(
    moodapp: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from moodapp.services.writes import SaveFailed

    def fail(self: EntryService, entry: Entry) -> NoReturn:
        raise SaveFailed("The journal could not be written (disk I/O error). Nothing was saved.")

    monkeypatch.setattr(EntryService, "record", fail)
    code, out, err = moodapp("add", "cry", "--intensity", "2")
    assert (code, out) == (3, "")
    assert "disk I/O error" in err


def add_command(entry: Entry) -> list[str]:
    """The `add` command that records exactly this entry, each value attached with "="."""
    common = [f"--at={entry.occurred_at.isoformat()}", f"--note={entry.note}"]
    common += [f"--emotion={key}={value}" for key, value in entry.emotions.items()]
    common += [f"--tag={tag}" for tag in sorted(entry.tags)]
    if isinstance(entry, CryingEpisode):
        kind = "cry"
        yes_no = {True: "yes", False: "no", None: None}
        given: dict[str, object] = {
            "--intensity": entry.intensity,
            "--duration": entry.duration_minutes,
            "--company": entry.company,
            "--reaction": entry.reaction,
            "--held-back": yes_no[entry.held_back],
            "--ashamed": yes_no[entry.ashamed],
            "--resolved": entry.resolved,
            "--mood-after": entry.mood_after,
            "--mood-after-score": entry.mood_after_score,
            "--mood-later-score": entry.mood_later_score,
            "--what-helped": entry.what_helped,
        }
        flags = ["--almost"] if entry.almost else []
        flags += [f"--trigger={key}" for key in sorted(entry.triggers)]
    else:
        kind = "check-in"
        given = {
            "--mood": entry.mood,
            "--energy": entry.energy,
            "--urge": entry.urge_to_cry,
            "--sleep": entry.sleep_hours,
            "--daily-life-hard": entry.daily_life_hard,
        }
        flags = ["--no-crying"] if entry.no_crying_today else []
    options = [f"{name}={value}" for name, value in given.items() if value is not None]
    return ["add", kind, *options, *flags, *common]


def stored(data_dir: Path, uid: str) -> Entry:
    with opened_journal(AppPaths.under(data_dir)) as journal:
        return journal.entries.get(uid)


NOT_DRAWN = {"uid", "created_at", "updated_at"}


@settings(max_examples=60)
@given(data=episodes(datetime.now().astimezone()) | check_ins(datetime.now().astimezone()))
def test_every_field_given_on_the_command_line_is_stored_as_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: Entry
) -> None:
    # Each example in a journal of its own: one keeps a tag in the first spelling it saw.
    folder = tmp_path / data.uid
    code = main(["--data-dir", str(folder), *add_command(data)])
    out, err = capsys.readouterr()
    assert code == 0
    assert err == ""
    entry = stored(folder, out.strip())
    assert type(entry) is type(data)
    for field in fields(data):
        if field.name not in NOT_DRAWN:
            assert getattr(entry, field.name) == getattr(data, field.name), field.name
    assert entry.occurred_at.utcoffset() == data.occurred_at.utcoffset()


def test_list_json_shows_every_stored_field(moodapp: RunCli) -> None:
    moodapp("add", "cry", "--intensity", "2", "--at", "2026-11-20T21:30")
    moodapp("add", "check-in", "--mood", "0", "--energy", "0", "--at", "2026-11-20T22:00")
    cry, check_in = listed(moodapp)
    for shown, kind in ((cry, CryingEpisode), (check_in, CheckIn)):
        names = {f.name for f in fields(kind)} - {"almost"}  # the kind says "almost cried"
        assert names <= shown.keys()


def help_text(capsys: pytest.CaptureFixture[str], *command: str) -> str:
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    return " ".join(capsys.readouterr().out.split())


def test_add_help_asks_in_the_forms_words(capsys: pytest.CaptureFixture[str]) -> None:
    cry = help_text(capsys, "add", "cry")
    for words in (
        "--company alone|one-person|several who was there: alone, one person, several people",
        "--reaction comforted|neutral|negative|nobody how others reacted: comforted me, "
        "neutral, negative, nobody noticed",
        "--held-back yes|no held tears back",
        "--ashamed yes|no felt ashamed",
        "--resolved yes|partly|no resolved or understood",
        "--mood-after better|same|worse mood right after: better, the same, worse",
        "--mood-after-score 0-10 mood right after, 0-10",
        "--mood-later-score 0-10 mood later, 0-10",
        "--what-helped TEXT what helped",
    ):
        assert words in cry
    check_in = help_text(capsys, "add", "check-in")
    for words in (
        "-3 very unpleasant .. 0 neutral .. +3 very pleasant",
        "-3 very low .. 0 in between .. +3 very high",
        "urge to cry: 0 none, 1 slight, 2 some, 3 strong, 4 overwhelming",
        "--no-crying no crying today",
        "--sleep HOURS hours of sleep",
        "feelings made daily life hard: 0 not at all, 1 somewhat, 2 very, 3 extremely",
    ):
        assert words in check_in


def test_list_tells_every_detail_in_words(moodapp: RunCli) -> None:
    cried = moodapp(
        "add", "cry", "--intensity", "4", "--at", "2026-11-20T21:30", "--trigger", "conflict",
        "--company", "one-person", "--reaction", "comforted", "--held-back", "no",
        "--ashamed", "yes", "--resolved", "partly", "--mood-after", "better",
        "--mood-after-score", "6", "--mood-later-score", "7", "--what-helped", "a walk",
        "--tag", "work",
    )  # fmt: skip
    checked_in = moodapp(
        "add", "check-in", "--mood", "-1", "--energy", "2", "--urge", "3", "--sleep", "6.5",
        "--daily-life-hard", "2", "--at", "2026-11-20T22:00",
    )  # fmt: skip
    assert (cried[0], checked_in[0]) == (0, 0)
    cry, check_in = moodapp("list")[1].splitlines()
    for words in (
        "intensity 4 (crying hard)",
        "set off by Conflict",
        "who was there: one person",
        "how others reacted: comforted me",
        "held tears back: no",
        "felt ashamed: yes",
        "resolved or understood: partly",
        "mood right after: better, 6 of 10",
        "mood later: 7 of 10",
        "what helped: \u201ca walk\u201d",
        "tags: work",
    ):
        assert words in cry
    for words in (
        "mood -1",
        "energy +2",
        "urge to cry 3 (strong)",
        "6.5 h of sleep",
        "feelings made daily life hard: 2 (very)",
    ):
        assert words in check_in


def crying_also_logged(day: date) -> str:
    return (
        f"moodapp: crying is also logged on {day.isoformat()}; the check-in says no crying "
        "today. Both are kept.\n"
    )


def test_no_crying_on_a_day_with_crying_is_saved_with_a_word(moodapp: RunCli) -> None:
    assert moodapp("add", "cry", "--intensity", "2", "--at", "2026-11-20T10:00")[0] == 0
    code, out, err = moodapp(
        "add", "check-in", "--mood", "0", "--energy", "0", "--no-crying", "--at", "2026-11-20T22:00"
    )
    assert code == 0 and out.strip()
    assert err == crying_also_logged(date(2026, 11, 20))
    assert [e["no_crying_today"] for e in listed(moodapp) if e["kind"] == "check-in"] == [True]


# -- input that used to end in a traceback, or in a message about the code -----------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--emotion", "sadness=²"], "--emotion: expected NAME=INTENSITY with INTENSITY from 0"),
        (["--emotion", "sadness=" + "9" * 5000], "--emotion: expected NAME=INTENSITY"),
        (["--note", "sad " + os.fsdecode(b"\xff")], "--note: The note holds a character that"),
        (["--tag", os.fsdecode(b"caf\xe9")], "--tag: A tag holds a character that is not text"),
    ],
)
def test_unreadable_values_are_refused_by_option_and_save_nothing(
    moodapp: RunCli, args: list[str], message: str
) -> None:
    code, out, err = moodapp("add", "cry", "--intensity", "3", *args)
    assert (code, out) == (2, "")
    assert f"moodapp: {message}" in err
    assert "Traceback" not in err
    assert listed(moodapp) == []


def test_a_time_outside_the_years_that_can_be_stored_names_the_range(
    moodapp: RunCli, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        moodapp("add", "cry", "--intensity", "3", "--at", "0001-01-01T00:00")
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert (
        "argument --at: “0001-01-01T00:00”: Times must be from the year 1900 to the year 9998"
        in err
    )
    assert "_time" not in err
    code, _, err = moodapp("add", "cry", "--intensity", "3", "--at", "0001-01-01T00:00+01:00")
    assert code == 2 and "--at: Times must be from the year 1900" in err


def test_a_time_the_clocks_skipped_is_refused_in_words(
    moodapp: RunCli, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        with pytest.raises(SystemExit) as exited:  # 2026-03-29: 02:00 jumped to 03:00
            moodapp("add", "cry", "--intensity", "3", "--at", "2026-03-29T02:30")
        err = capsys.readouterr().err
        moodapp("add", "cry", "--intensity", "3", "--at", "2026-03-29T03:30")
        moodapp("add", "cry", "--intensity", "3", "--at", "2026-03-29T02:30+01:00")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert exited.value.code == 2
    assert "2026-03-29T02:30 did not happen on this computer's clock" in err
    assert "like 03:30" in err
    assert [e["occurred_at"] for e in listed(moodapp)] == [
        "2026-03-29T02:30:00+01:00",
        "2026-03-29T03:30:00+02:00",
    ]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


NOTE_WITH_ESCAPES = "\x1b]0;owned\x07\x1b[2Jred \u202eeman"


def test_list_shows_control_characters_escaped_on_a_terminal_only(
    moodapp: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    moodapp("add", "cry", "--intensity", "3", "--note", NOTE_WITH_ESCAPES, "--tag", "a\x1bb")
    _, piped, _ = moodapp("list")
    assert NOTE_WITH_ESCAPES in piped  # a pipe or a file gets the text as stored
    shown = {}
    for command in ("list", "--json"):
        terminal = Terminal()
        monkeypatch.setattr(sys, "stdout", terminal)
        options = [] if command == "list" else [command]
        assert main(["--data-dir", str(tmp_path / "data"), "list", *options]) == 0
        shown[command] = terminal.getvalue()
        assert not any(c in shown[command] for c in "\x1b\x07\u202e"), command
    assert "\\x1b]0;owned\\x07\\x1b[2Jred \\u202eeman" in shown["list"]
    assert "tags: a\\x1bb" in shown["list"]
    assert json.loads(shown["--json"])[0]["note"] == NOTE_WITH_ESCAPES
    monkeypatch.undo()
    (entry,) = listed(moodapp)
    assert entry["note"] == NOTE_WITH_ESCAPES  # what is stored is unchanged


def test_an_import_with_one_reflection_uid_twice_is_bad_input_not_a_write_failure(
    moodapp: RunCli, tmp_path: Path
) -> None:
    assert moodapp("export", "--output", str(tmp_path / "j.json"))[0] == 0
    document = json.loads((tmp_path / "j.json").read_text("utf-8"))
    uid = str(uuid.uuid4())
    document["reflections"] = [
        {"uid": uid, "week_end": week_end, "text": "calm", "created_at": None, "updated_at": None}
        for week_end in ("2026-11-15", "2026-11-22")
    ]
    (tmp_path / "j.json").write_text(json.dumps(document), "utf-8")
    code, out, err = moodapp("import", str(tmp_path / "j.json"))
    assert (code, out) == (2, "")
    assert f"j.json, reflection 2 (uid {uid}): the uid {uid} is in the file twice" in err
    assert "UNIQUE" not in err


@pytest.mark.parametrize(
    "argv",
    [
        [], ["--demo"], ["--data-dir", "d"], ["--data-dir=d"], ["--data-dir="],
        ["--data-dir", "a", "--demo", "--data-dir", "b"], ["--data-dir", "list"],
        ["--data-dir", "-d"], ["--data-dir"], ["--dem"], ["--data", "d"], ["--", "list"],
        ["list"], ["--demo", "list"], ["--help"], ["--version"], [""], ["--data-dir", "d", "x"],
        ["--in-tray"], ["--in-tray", "--data-dir", "d"], ["--in-tr"], ["--in-tray", "list"],
    ],
)  # fmt: skip
def test_the_window_options_read_without_the_parser_are_the_parsers(argv: list[str]) -> None:
    """main() reads the window's own options itself, to start the window without loading the
    command line; whatever it leaves to the parser, the parser reads (window or command)."""
    from moodapp.__main__ import window_options
    from moodapp.cli.parser import build_parser

    window = window_options(argv)
    if window is not None:
        args = build_parser().parse_args(argv)
        assert args.command is None
        assert window == (args.data_dir, args.demo, args.in_tray)
    else:
        assert argv not in ([], ["--demo"], ["--data-dir", "d"], ["--data-dir=d"], ["--in-tray"])
