"""The installed `moodapp help-lines`: at hand in a terminal, with nothing to open first."""

from __future__ import annotations

from tests.e2e.conftest import RunMoodapp


def test_help_lines_for_germany(moodapp: RunMoodapp) -> None:
    done = moodapp("help-lines", "--country", "DE")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("If you are in crisis")
    assert "Germany" in done.stdout and "emergency number, 112" in done.stdout
    assert "TelefonSeelsorge" in done.stdout and "0800 111 0 111" in done.stdout
    assert "https://findahelpline.com" in done.stdout and done.stderr == ""


def test_a_bad_country_exits_2_and_names_the_option(moodapp: RunMoodapp) -> None:
    done = moodapp("help-lines", "--country", "Germany")
    assert done.returncode == 2
    assert "--country" in done.stderr and done.stdout == ""
