"""`moodapp export` and `moodapp import`, run as the installed command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import pytest

from tests.e2e.conftest import RunMoodapp

pytestmark = pytest.mark.e2e

DAYLIO = (
    "\ufefffull_date,date,weekday,time,mood,activities,note_title,note\n"
    '2025-06-02,June 2,Monday,9:10 pm,Tired,work | crying,,"Long day, ""very"" long."\n'
    "2025-06-01,June 1,Sunday,10:00,good,friends,,\n"
)


def listing(moodapp: RunMoodapp, data: Path) -> list[dict[str, Any]]:
    result = moodapp("--data-dir", str(data), "list", "--json")
    assert result.returncode == 0, result.stderr
    return cast("list[dict[str, Any]]", json.loads(result.stdout))


def test_export_then_import_elsewhere_gives_the_same_entries(
    moodapp: RunMoodapp, tmp_path: Path
) -> None:
    for args in (["cry", "--intensity", "3", "--emotion", "sadness=2", "--tag", "work"],
                 ["check-in", "--mood", "1", "--energy", "0", "--note", "a, b\nc"]):  # fmt: skip
        added = moodapp("add", *args, "--at", "2026-11-20T21:30:00+01:00")
        assert added.returncode == 0, added.stderr

    for name in ("journal.json", "journal.zip", "tables"):
        exported = moodapp("export", "--output", name)
        assert exported.returncode == 0, exported.stderr
        assert exported.stdout.startswith("Exported 2 entries")

        other = tmp_path / f"other-{name}"
        imported = moodapp("--data-dir", str(other), "import", name)
        assert imported.returncode == 0, imported.stderr
        assert "Added 2 new entries" in imported.stdout
        assert listing(moodapp, other) == listing(moodapp, tmp_path / "data")

        again = moodapp("--data-dir", str(other), "import", name)
        assert "Added 0 new entries" in again.stdout and "skipped 2" in again.stdout


def test_a_dry_run_says_what_would_happen_and_writes_nothing(
    moodapp: RunMoodapp, tmp_path: Path
) -> None:
    moodapp("add", "check-in", "--mood", "2", "--energy", "1")
    moodapp("export", "--output", "journal.json")
    dry = moodapp("--data-dir", str(tmp_path / "other"), "import", "journal.json", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Would add 1 new entry," in dry.stdout
    assert "nothing was written" in dry.stdout
    assert listing(moodapp, tmp_path / "other") == []


def test_a_daylio_export_with_custom_moods(moodapp: RunMoodapp, tmp_path: Path) -> None:
    (tmp_path / "daylio.csv").write_text(DAYLIO, encoding="utf-8")
    asked = moodapp("import", "daylio.csv")
    assert asked.returncode == 2
    assert "“Tired”" in asked.stderr and "--mood-map" in asked.stderr
    assert "Nothing was imported." in asked.stderr

    done = moodapp("import", "daylio.csv", "--mood-map", "tired=-1")
    assert done.returncode == 0, done.stderr
    assert "Daylio rows read: 2" in done.stdout and "1 with a crying activity" in done.stdout
    first, *same_time = listing(moodapp, tmp_path / "data")
    assert (first["kind"], first["mood"], first["tags"]) == ("check-in", 2, ["friends"])
    check_in, episode = sorted(same_time, key=lambda e: e["kind"])
    assert (check_in["mood"], check_in["note"]) == (-1, 'Long day, "very" long.')
    assert (episode["kind"], episode["intensity"]) == ("cried", None)
    assert episode["occurred_at"] == check_in["occurred_at"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "missing.json"], "missing.json: does not exist"),
        (["import", "daylio.csv", "--mood-map", "tired"], "--mood-map: expected NAME=VALUE"),
        (["import", "daylio.csv", "--mood-map", "tired=9"], "--mood-map: expected NAME=VALUE"),
        (["export", "--output", "nowhere/journal.json"], "--output: the folder nowhere"),
        (["export", "--output", "journal.txt"], "--output: cannot tell the format"),
        (["export", "--output", "j.json", "--from", "2026-02-01", "--to", "2026-01-01"],
         "--from: the first day is after the last day"),
    ],
)  # fmt: skip
def test_bad_options_are_refused_with_status_2(
    moodapp: RunMoodapp, tmp_path: Path, args: list[str], message: str
) -> None:
    (tmp_path / "daylio.csv").write_text(DAYLIO, encoding="utf-8")
    refused = moodapp(*args)
    assert refused.returncode == 2
    assert message in refused.stderr


def test_an_export_never_overwrites_the_journal_or_a_full_folder(
    moodapp: RunMoodapp, tmp_path: Path
) -> None:
    moodapp("add", "check-in", "--mood", "2", "--energy", "1")
    journal = tmp_path / "data" / "journal.sqlite3"
    before = journal.read_bytes()
    refused = moodapp("export", "--format", "json", "--output", str(journal))
    assert refused.returncode == 2 and "the journal itself" in refused.stderr
    assert journal.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"

    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "mine.txt").write_text("keep me")
    refused = moodapp("export", "--format", "csv", "--output", "full")
    assert refused.returncode == 2 and "exists" in refused.stderr
    assert (tmp_path / "full" / "mine.txt").read_text() == "keep me"
