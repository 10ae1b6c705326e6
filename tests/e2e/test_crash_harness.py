"""A short run of the crash harness (`python -m bench.crash`), and proof that it can fail."""

from __future__ import annotations

import re
import subprocess
import sys
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from bench.crash import Tally, check_opened, check_read_only, prepare
from bench.crash_writer import expected
from moodapp.domain.entries import CryingEpisode
from moodapp.paths import AppPaths
from moodapp.services.journal import opened_journal
from tests.conftest import NOW

ROOT = Path(__file__).parents[2]


@pytest.mark.parametrize(("kills", "options"), [(10, []), (4, ["--encrypted"])])
def test_every_confirmed_save_survives_sigkill(
    env: dict[str, str], tmp_path: Path, kills: int, options: list[str]
) -> None:
    ran = subprocess.run(
        [sys.executable, "-m", "bench.crash", "--kills", str(kills), "--seed", "7", *options,
         "--data-dir", str(tmp_path / "data")],
        cwd=ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
        timeout=300, check=False,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stdout + ran.stderr
    summary = ran.stdout.strip().splitlines()[-1]
    assert f" {kills} kills " in summary
    assert " 0 lost, 0 with wrong content, 0 integrity failures" in summary
    confirmed = re.search(r"(\d+) entries confirmed", summary)
    assert confirmed is not None, summary


@pytest.mark.parametrize("check", [check_read_only, check_opened])
def test_the_checks_notice_a_lost_or_changed_save(
    tmp_path: Path, check: Callable[[AppPaths, str | None, list[str], Tally], None]
) -> None:
    paths = AppPaths.under(tmp_path / "data")
    prepare(paths, None)
    good, changed, missing = (str(uuid.uuid4()) for _ in range(3))
    with opened_journal(paths, clock=lambda: NOW) as journal:
        for uid, note in ((good, expected(good)[2]), (changed, "not what was written")):
            intensity, sadness, _ = expected(uid)
            journal.entries.record(
                CryingEpisode(uid=uid, occurred_at=NOW - timedelta(hours=1), intensity=intensity,
                              emotions={"sadness": sadness}, note=note)
            )  # fmt: skip
    tally = Tally(kills=1, confirmed={good, changed, missing})
    check(paths, None, [good, changed, missing], tally)
    assert tally.lost == {missing}
    assert tally.wrong_content == {changed}
    assert not tally.ok
