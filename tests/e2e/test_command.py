"""The installed `moodapp` command, end to end, in its own process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

import moodapp

pytestmark = pytest.mark.e2e


def test_version_and_help(moodapp) -> None:
    version = moodapp("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"moodapp {moodapp_version()}"
    help_text = moodapp("--help").stdout
    for word in ("--data-dir", "--demo", "add", "list"):
        assert word in help_text


def moodapp_version() -> str:
    return moodapp.__version__


def test_add_then_list_as_json(moodapp, tmp_path: Path) -> None:
    cry = moodapp("add", "cry", "--intensity", "3", "--emotion", "sadness=3",
                  "--emotion", "helplessness=2",
                  "--at", "2026-11-20T21:30:00+01:00", "--duration", "10")  # fmt: skip
    assert cry.returncode == 0, cry.stderr
    check_in = moodapp(
        "add",
        "check-in",
        "--mood",
        "-1",
        "--energy",
        "0",
        "--no-crying",
        "--at",
        "2026-11-21T21:00",
    )
    assert check_in.returncode == 0, check_in.stderr
    listing = moodapp("list", "--json")
    assert listing.returncode == 0
    entries = json.loads(listing.stdout)
    assert [e["uid"] for e in entries] == [cry.stdout.strip(), check_in.stdout.strip()]
    assert entries[0]["kind"] == "cried"
    assert entries[0]["emotions"] == {"sadness": 3, "helplessness": 2}
    assert entries[1]["kind"] == "check-in" and entries[1]["no_crying_today"] is True
    assert (tmp_path / "data" / "journal.sqlite3").exists()


def test_every_option_of_add_is_stored_and_listed(moodapp) -> None:
    cry = moodapp(
        "add", "cry", "--intensity", "4", "--almost", "--duration", "12",
        "--trigger", "conflict", "--trigger", "Loss", "--company", "several",
        "--reaction", "negative", "--held-back", "yes", "--ashamed", "no",
        "--resolved", "no", "--mood-after", "worse", "--mood-after-score", "3",
        "--mood-later-score", "5", "--what-helped", "tea", "--at", "2026-11-20T21:30+01:00",
        "--emotion", "sadness=4", "--tag", "work", "--tag", "evening", "--note", "hard call",
    )  # fmt: skip
    assert cry.returncode == 0, cry.stderr
    check_in = moodapp(
        "add", "check-in", "--mood", "-2", "--energy", "1", "--urge", "2", "--no-crying",
        "--sleep", "7.25", "--daily-life-hard", "3", "--at", "2026-11-21T08:00+01:00",
        "--emotion", "calm=1", "--tag", "walk", "--note", "slow morning",
    )  # fmt: skip
    assert check_in.returncode == 0, check_in.stderr
    episode, day = json.loads(moodapp("list", "--json").stdout)
    times = {"created_at", "updated_at"}
    assert {k: v for k, v in episode.items() if k not in times} == {
        "uid": cry.stdout.strip(), "kind": "almost-cried",
        "occurred_at": "2026-11-20T21:30:00+01:00", "local_date": "2026-11-20",
        "emotions": {"sadness": 4}, "tags": ["evening", "work"], "note": "hard call",
        "intensity": 4, "duration_minutes": 12, "triggers": ["conflict", "loss"],
        "company": "several", "reaction": "negative", "held_back": True, "ashamed": False,
        "resolved": "no", "mood_after": "worse", "mood_after_score": 3,
        "mood_later_score": 5, "what_helped": "tea",
    }  # fmt: skip
    assert {k: v for k, v in day.items() if k not in times} == {
        "uid": check_in.stdout.strip(), "kind": "check-in",
        "occurred_at": "2026-11-21T08:00:00+01:00", "local_date": "2026-11-21",
        "emotions": {"calm": 1}, "tags": ["walk"], "note": "slow morning",
        "mood": -2, "energy": 1, "urge_to_cry": 2, "no_crying_today": True,
        "sleep_hours": 7.25, "daily_life_hard": 3,
    }  # fmt: skip


def test_bad_input_is_refused_with_status_2(moodapp) -> None:
    refused = moodapp("add", "cry", "--intensity", "9")
    assert refused.returncode == 2
    assert "--intensity" in refused.stderr and "Nothing was saved." in refused.stderr
    assert json.loads(moodapp("list", "--json").stdout) == []


def test_the_command_line_imports_no_qt(moodapp) -> None:
    listing = moodapp("list", extra_env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert listing.returncode == 0
    imported = listing.stderr
    assert "moodapp.cli" in imported  # the profile is really there
    for heavy in ("PySide6", "pyqtgraph", "numpy"):
        assert heavy not in imported


def test_the_demo_lists_a_year_and_leaves_nothing_behind(moodapp, tmp_path: Path) -> None:
    demo = moodapp("--demo", "list", "--json")
    assert demo.returncode == 0
    assert len(json.loads(demo.stdout)) > 300
    assert list((tmp_path / "data").iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("how", ["cli", "window"])
def test_a_saved_entry_survives_sigkill_right_after_the_save(
    how: str, moodapp, env, tmp_path: Path
) -> None:
    helper = Path(__file__).with_name("save_then_wait.py")
    with subprocess.Popen(
        [sys.executable, str(helper), how, str(tmp_path / "data")],
        env={**env, "PYTHONPATH": str(Path(__file__).parents[2])},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        uid = child.stdout.readline().strip()
        os.kill(child.pid, signal.SIGKILL)
        _, errors = child.communicate(timeout=60)
    assert uid, errors
    uuid.UUID(uid)
    assert child.returncode == -signal.SIGKILL
    assert (tmp_path / "data" / "journal.sqlite3-wal").exists()  # the save was not checkpointed yet
    entries = json.loads(moodapp("list", "--json").stdout)
    assert [e["uid"] for e in entries] == [uid]


def test_the_window_opens_without_the_charts_or_file_formats(tmp_path: Path) -> None:
    """pyqtgraph, numpy and the import/export readers load when first used, not at start."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QTimer\n"
        "QApplication.exec = lambda *a: (QTimer.singleShot(0, QApplication.quit),"
        " QApplication.processEvents())[1] or 0\n"
        "from moodapp.__main__ import main\n"
        f"main(['--data-dir', {str(tmp_path / 'data')!r}])\n"
        "heavy = ('pyqtgraph', 'numpy', 'moodapp.exchange.formats',"
        " 'moodapp.ui.views.charts_view')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    ran = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, timeout=120, check=False)  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip().splitlines()[-1] == "[]"
