"""The installed `moodapp` command, end to end, in its own process."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest

import moodapp
from moodapp.paths import AppPaths
from moodapp.ui.shell.single_instance import channel_name
from tests.e2e.conftest import RunMoodapp

pytestmark = pytest.mark.e2e


def test_version_and_help(moodapp: RunMoodapp) -> None:
    version = moodapp("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"moodapp {moodapp_version()}"
    help_text = moodapp("--help").stdout
    for word in ("--data-dir", "--demo", "add", "list"):
        assert word in help_text


def moodapp_version() -> str:
    return moodapp.__version__


def test_add_then_list_as_json(moodapp: RunMoodapp, tmp_path: Path) -> None:
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


def test_every_option_of_add_is_stored_and_listed(moodapp: RunMoodapp) -> None:
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


def test_bad_input_is_refused_with_status_2(moodapp: RunMoodapp) -> None:
    refused = moodapp("add", "cry", "--intensity", "9")
    assert refused.returncode == 2
    assert "--intensity" in refused.stderr and "Nothing was saved." in refused.stderr
    assert json.loads(moodapp("list", "--json").stdout) == []


def test_the_command_line_imports_no_qt(moodapp: RunMoodapp) -> None:
    listing = moodapp("list", extra_env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert listing.returncode == 0
    imported = listing.stderr
    assert "moodapp.cli" in imported  # the profile is really there
    for heavy in ("PySide6", "pyqtgraph", "numpy"):
        assert heavy not in imported


def test_the_demo_lists_a_year_and_leaves_nothing_behind(
    moodapp: RunMoodapp, tmp_path: Path
) -> None:
    demo = moodapp("--demo", "list", "--json")
    assert demo.returncode == 0
    assert len(json.loads(demo.stdout)) > 300
    assert list((tmp_path / "data").iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("how", ["cli", "window"])
def test_a_saved_entry_survives_sigkill_right_after_the_save(
    how: str, moodapp: RunMoodapp, env: dict[str, str], tmp_path: Path
) -> None:
    helper = Path(__file__).with_name("save_then_wait.py")
    with subprocess.Popen(
        [sys.executable, str(helper), how, str(tmp_path / "data")],
        env={**env, "PYTHONPATH": str(Path(__file__).parents[2])},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        uid = child.stdout.readline().strip()
        os.kill(child.pid, signal.SIGKILL)
        _, errors = child.communicate(timeout=60)
    assert uid, errors
    uuid.UUID(uid)
    assert child.returncode == -signal.SIGKILL
    assert (tmp_path / "data" / "journal.sqlite3-wal").exists()  # the save was not checkpointed yet
    entries = json.loads(moodapp("list", "--json").stdout)
    assert [e["uid"] for e in entries] == [uid]


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM and Ctrl+C as signals are POSIX")
@pytest.mark.parametrize("sent", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl+C"])
def test_the_window_closes_cleanly_on_sigterm_and_ctrl_c(
    sent: signal.Signals, command: str, env: dict[str, str], moodapp: RunMoodapp, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    assert moodapp("add", "check-in", "--mood", "1", "--energy", "0").returncode == 0
    with subprocess.Popen(
        [command, "--data-dir", str(data)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as window:
        # The window listens for later starts once its event loop runs.
        listening = Path(tempfile.gettempdir()) / channel_name(AppPaths.under(data))
        while not listening.exists():
            assert window.poll() is None, window.communicate()
            time.sleep(0.05)
        assert (data / "journal.sqlite3-wal").exists()
        window.send_signal(sent)
        _, errors = window.communicate(timeout=60)
    assert window.returncode == 0, errors
    assert "Traceback" not in errors
    assert not (data / "journal.sqlite3-wal").exists()  # the journal was closed
    assert not (data / "moodapp.lock").exists()  # the lock was released
    assert len(json.loads(moodapp("list", "--json").stdout)) == 1


def test_the_window_opens_without_the_charts_or_file_formats(tmp_path: Path) -> None:
    """pyqtgraph, numpy and the import/export readers load when first used, not at start;
    the command line not at all."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QTimer\n"
        "QApplication.exec = lambda *a: (QTimer.singleShot(0, QApplication.quit),"
        " QApplication.processEvents())[1] or 0\n"
        "from moodapp.__main__ import main\n"
        f"main(['--data-dir', {str(tmp_path / 'data')!r}])\n"
        "heavy = ('pyqtgraph', 'numpy', 'moodapp.exchange.formats',"
        " 'moodapp.ui.charts.charts_view', 'moodapp.cli', 'moodapp.services.demo')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    ran = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, timeout=120, check=False)  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("tray", [False, True], ids=["no tray", "a tray"])
def test_in_tray_hides_the_window_only_where_there_is_a_tray(tmp_path: Path, tray: bool) -> None:
    """`moodapp --in-tray` (as the login starts it): with a tray, moodapp runs in it with the
    window hidden; without one (offscreen has none) the window shows, or it could never be
    reached. The tray is the platform's: offscreen, only its presence can be pretended."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QSystemTrayIcon\n"
        f"if {tray}:\n"
        "    QSystemTrayIcon.isSystemTrayAvailable = staticmethod(lambda: True)\n"
        "def run(*args):\n"
        "    from moodapp.ui.shell.main_window import MainWindow\n"
        "    QApplication.processEvents()\n"
        "    [w] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]\n"
        "    print(w.isVisible(), w.desktop.lives_in_tray, QApplication.quitOnLastWindowClosed())\n"
        "    return 0\n"
        "QApplication.exec = run\n"
        "from moodapp.__main__ import main\n"
        f"sys.exit(main(['--in-tray', '--data-dir', {str(tmp_path / 'data')!r}]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    ran = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, timeout=120, check=False)  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    visible, in_tray, quits_on_close = ran.stdout.split()
    if tray:
        assert (visible, in_tray, quits_on_close) == ("False", "True", "False")
    else:
        assert (visible, in_tray, quits_on_close) == ("True", "False", "True")


# -- a journal that cannot be opened as it is -----------------------------------


def fingerprint(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_an_empty_journal_is_refused_and_the_newest_good_backup_named(
    moodapp: RunMoodapp, tmp_path: Path
) -> None:
    for mood in ("1", "2"):
        assert moodapp("add", "check-in", "--mood", mood, "--energy", "0").returncode == 0
    assert moodapp("backup").returncode == 0
    journal = tmp_path / "data" / "journal.sqlite3"
    journal.write_bytes(b"")
    for command in (("list",), ("add", "check-in", "--mood", "1", "--energy", "0")):
        refused = moodapp(*command)
        assert refused.returncode == 1
        assert "is empty" in refused.stderr and "Traceback" not in refused.stderr
        assert "The newest good backup is" in refused.stderr and "2 entries" in refused.stderr
        assert journal.read_bytes() == b""


@pytest.mark.skipif(os.name != "posix", reason="links and modes are POSIX")
def test_a_journal_behind_a_link_is_refused_and_its_target_left_alone(
    moodapp: RunMoodapp, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    assert moodapp("--data-dir", str(elsewhere), "add", "check-in", "--mood", "1",
                   "--energy", "0").returncode == 0  # fmt: skip
    target = elsewhere / "journal.sqlite3"
    target.chmod(0o644)
    before = fingerprint(elsewhere)
    data = tmp_path / "data"
    data.mkdir()
    (data / "journal.sqlite3").symlink_to(target)
    for command in ("list", "add"):
        refused = moodapp(command, *(("check-in", "--mood", "1", "--energy", "0")
                                     if command == "add" else ()))  # fmt: skip
        assert refused.returncode == 1
        assert "never through a link" in refused.stderr and "Traceback" not in refused.stderr
    assert fingerprint(elsewhere) == before
    assert oct(target.stat().st_mode & 0o777) == oct(0o644)
    assert sorted(p.name for p in data.iterdir()) == ["journal.sqlite3"]


@pytest.mark.skipif(os.name != "posix", reason="links are POSIX")
@pytest.mark.parametrize("kind", ["folder", "dangling-link"])
def test_a_journal_path_that_is_no_file_gets_a_message(
    moodapp: RunMoodapp, tmp_path: Path, kind: str
) -> None:
    journal = tmp_path / "data" / "journal.sqlite3"
    journal.parent.mkdir()
    if kind == "folder":
        journal.mkdir()
    else:
        journal.symlink_to(tmp_path / "nowhere")
    refused = moodapp("list")
    assert refused.returncode == 1
    assert refused.stderr.startswith(f"moodapp: {journal} is ")
    assert "Traceback" not in refused.stderr
    assert not (tmp_path / "nowhere").exists()


# Root may write whatever the modes say; moodapp goes by the owner's permission bits, so these
# hold when the tests run as root too.
@pytest.mark.skipif(os.name != "posix", reason="modes are POSIX")
@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_a_read_only_journal_is_read_and_never_written(
    moodapp: RunMoodapp, tmp_path: Path, read_only: str
) -> None:
    data = tmp_path / "data"
    added = moodapp("add", "check-in", "--mood", "1", "--energy", "0")
    assert added.returncode == 0
    journal = data / "journal.sqlite3"
    changed, mode = (journal, 0o400) if read_only == "file" else (data, 0o500)
    changed.chmod(mode)
    try:
        before = fingerprint(data)
        listing = moodapp("list", "--json")
        assert listing.returncode == 0, listing.stderr
        assert [e["uid"] for e in json.loads(listing.stdout)] == [added.stdout.strip()]
        refused = moodapp("add", "check-in", "--mood", "2", "--energy", "0")
        assert refused.returncode == 3
        assert f"open for reading only (its {read_only} allows no writing)" in refused.stderr
        assert fingerprint(data) == before
        assert changed.stat().st_mode & 0o777 == mode
    finally:
        changed.chmod(0o700 if read_only == "folder" else 0o600)


def test_a_journal_found_damaged_while_listing_is_said_so(
    moodapp: RunMoodapp, tmp_path: Path
) -> None:
    assert (
        moodapp("add", "check-in", "--mood", "1", "--energy", "0", "--note", "kept").returncode == 0
    )
    journal = tmp_path / "data" / "journal.sqlite3"
    conn = sqlite3.connect(journal)
    conn.execute("UPDATE check_in SET note = CAST(x'6b65ff74' AS TEXT)")
    conn.commit()
    conn.close()
    damaged = journal.read_bytes()
    for command in (("list",), ("add", "check-in", "--mood", "1", "--energy", "0")):
        refused = moodapp(*command)
        assert refused.returncode == 1, refused.stderr
        assert "is damaged" in refused.stderr or "was found damaged" in refused.stderr
        assert "Traceback" not in refused.stderr
        assert journal.read_bytes() == damaged
