"""The country for help lines: a journal setting, declared with the values it may take."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from moodapp.paths import AppPaths
from moodapp.services.help_lines import HELP_LINES_COUNTRY, HelpLinesService
from moodapp.services.journal import Journal, opened_journal
from moodapp.store import settings
from moodapp.store.models import SettingRow


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with opened_journal(AppPaths.under(tmp_path / "data")) as opened:
        yield opened


def test_no_choice_means_the_systems_country(journal: Journal) -> None:
    assert HelpLinesService(journal.store).chosen_country() is None


def test_a_choice_is_kept_and_can_be_taken_back(journal: Journal) -> None:
    service = HelpLinesService(journal.store)
    service.choose_country("AT")
    assert service.chosen_country() == "AT"
    assert settings.read_settings()[HELP_LINES_COUNTRY] == "AT"  # exported with the journal
    service.choose_country(None)
    assert service.chosen_country() is None
    assert HELP_LINES_COUNTRY not in settings.read_settings()


def test_only_a_country_with_lines_can_be_chosen(journal: Journal) -> None:
    with pytest.raises(ValueError, match="no help lines for JP"):
        HelpLinesService(journal.store).choose_country("JP")
    assert settings.setting_problem(HELP_LINES_COUNTRY, "DE") is None
    for value in ("de", "JP", "DEU", ""):
        problem = settings.setting_problem(HELP_LINES_COUNTRY, value)
        assert problem is not None and "country code" in problem


def test_a_stored_value_that_does_not_fit_reads_as_unset(journal: Journal) -> None:
    SettingRow.insert(key=HELP_LINES_COUNTRY, value="Germany").execute()
    assert HelpLinesService(journal.store).chosen_country() is None
