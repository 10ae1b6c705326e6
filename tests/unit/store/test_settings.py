"""The journal's settings: each declared with its values, checked when imported and when read."""

from __future__ import annotations

import pytest

from moodapp.domain.settings import (
    AUTO_LOCK_MINUTES,
    HELP_LINES_COUNTRY,
    JOURNAL_SETTINGS,
    SUGGESTION_DISMISSED_ON,
)
from moodapp.services.journal import Journal
from moodapp.services.writes import write_transaction
from moodapp.store import settings
from moodapp.store.models import SettingRow


def stored_as_is(journal: Journal, key: str, value: str) -> None:
    """What an earlier version's import, or an edit by hand, could leave in the table."""
    with write_transaction(journal.store):
        SettingRow.insert(key=key, value=value).on_conflict_replace().execute()


@pytest.mark.parametrize("value", ["banana", "2026-02-30", "0001-01-01", "２０２６-11-20", ""])
def test_a_dismissal_date_that_is_no_date_reads_as_unset(journal: Journal, value: str) -> None:
    stored_as_is(journal, "suggestion-dismissed-on", value)
    journal.insights.suggestion()  # what Insights asks on opening
    assert settings.read_setting("suggestion-dismissed-on") is None
    assert journal.settings.value(SUGGESTION_DISMISSED_ON) is None


@pytest.mark.parametrize("value", ["²", "-5", "1441", "99999999999999999999", "15.5", " 5"])
def test_an_auto_lock_time_out_of_its_range_reads_as_never(journal: Journal, value: str) -> None:
    stored_as_is(journal, "auto-lock-minutes", value)
    assert journal.settings.value(AUTO_LOCK_MINUTES) == 0  # asked as the window opens
    assert settings.read_settings() == {}


def test_a_country_without_lines_reads_as_the_systems(journal: Journal) -> None:
    stored_as_is(journal, "help-lines-country", "Germany")
    assert journal.settings.value(HELP_LINES_COUNTRY) is None


def test_values_within_their_declaration_read_back(journal: Journal) -> None:
    with write_transaction(journal.store):
        settings.write_setting(AUTO_LOCK_MINUTES.key, "1440")
        settings.write_setting(SUGGESTION_DISMISSED_ON.key, "2026-11-20")
    assert journal.settings.value(AUTO_LOCK_MINUTES) == 1440
    assert settings.read_settings() == {
        "auto-lock-minutes": "1440",
        "suggestion-dismissed-on": "2026-11-20",
    }


def test_every_setting_the_app_uses_is_declared_and_nothing_else_is_written(
    journal: Journal,
) -> None:
    assert set(JOURNAL_SETTINGS) == {
        "auto-lock-minutes",
        "suggestion-dismissed-on",
        "help-lines-country",
    }
    with pytest.raises(ValueError, match="“auto-lock-minutes” must be a whole number"):
        settings.write_setting(AUTO_LOCK_MINUTES.key, "forever")
    with pytest.raises(ValueError, match="“help-lines-country” must be a country code"):
        settings.write_setting(HELP_LINES_COUNTRY.key, "Germany")
    with pytest.raises(ValueError, match="“colour-scheme” is not a setting"):
        settings.write_setting("colour-scheme", "dark")
    with pytest.raises(ValueError, match="“preferences/theme” is not a setting"):
        settings.write_setting("preferences/theme", "dark")  # this computer's, not the journal's


def test_a_problem_names_the_setting_and_what_it_must_be() -> None:
    assert settings.setting_problem("auto-lock-minutes", "²") == (
        "the setting “auto-lock-minutes” must be a whole number of minutes from 0 (never) "
        "to 1,440, not “²”"
    )
    assert settings.setting_problem("suggestion-dismissed-on", "2026-11-20") is None
    assert settings.setting_problem(HELP_LINES_COUNTRY.key, "DE") is None
    for value in ("de", "JP", "DEU", ""):
        problem = settings.setting_problem(HELP_LINES_COUNTRY.key, value)
        assert problem is not None and "country code" in problem
