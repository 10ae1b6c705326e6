"""The journal's settings through their service: typed values, limits enforced whoever asks,
and every write saying which setting it changed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from moodapp.domain.field_errors import InvalidInput
from moodapp.domain.settings import (
    AUTO_LOCK_MINUTES,
    DECLARED,
    HELP_LINES_COUNTRY,
    JOURNAL_SETTINGS,
    SUGGESTION_DISMISSED_ON,
    Scope,
    Setting,
)
from moodapp.services.changes import Changes
from moodapp.services.journal import Journal
from moodapp.store import settings as stored

# A value other than the default for each journal setting, and the text it is stored as.
SAMPLES: dict[str, tuple[object, str]] = {
    AUTO_LOCK_MINUTES.key: (1440, "1440"),
    SUGGESTION_DISMISSED_ON.key: (date(2026, 11, 20), "2026-11-20"),
    HELP_LINES_COUNTRY.key: ("AT", "AT"),
}


def test_every_journal_setting_round_trips_through_the_journal(journal: Journal) -> None:
    assert set(SAMPLES) == set(JOURNAL_SETTINGS)  # a new setting needs its sample here
    for key, (value, text) in SAMPLES.items():
        setting = JOURNAL_SETTINGS[key]
        assert journal.settings.value(setting) == setting.default  # unset
        assert journal.settings.change(setting, value) == Changes(settings=frozenset({key}))
        assert journal.settings.value(setting) == value
        assert stored.read_settings()[key] == text  # as the table has always held it
    journal.store.reopen(None)  # read back from the file, not from memory
    assert {k: journal.settings.value(JOURNAL_SETTINGS[k]) for k in SAMPLES} == {
        k: value for k, (value, _) in SAMPLES.items()
    }


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        (AUTO_LOCK_MINUTES, 24 * 60 + 1),
        (AUTO_LOCK_MINUTES, -1),
        (AUTO_LOCK_MINUTES, True),  # a bool is no number of minutes
        (AUTO_LOCK_MINUTES, "5"),
        (HELP_LINES_COUNTRY, "JP"),  # moodapp holds no lines for it
        (SUGGESTION_DISMISSED_ON, date(1, 1, 1)),
    ],
)
def test_a_value_outside_its_limits_is_refused_below_the_window(
    journal: Journal, setting: Setting[Any], value: object
) -> None:
    with pytest.raises(InvalidInput) as refused:
        journal.settings.change(setting, value)
    (error,) = refused.value.errors
    assert error.field == setting.key
    assert error.message.startswith(f"the setting “{setting.key}” must be {setting.meaning}")
    assert setting.key not in stored.read_settings()
    assert journal.settings.value(setting) == setting.default  # nothing was written


def test_the_limits_of_auto_lock_are_its_declarations(journal: Journal) -> None:
    assert AUTO_LOCK_MINUTES.bounds() == (0, 24 * 60)
    journal.settings.change(AUTO_LOCK_MINUTES, 24 * 60)
    journal.settings.change(AUTO_LOCK_MINUTES, 0)
    assert stored.read_settings() == {AUTO_LOCK_MINUTES.key: "0"}


def test_none_forgets_a_setting_so_its_default_applies(journal: Journal) -> None:
    journal.settings.change(HELP_LINES_COUNTRY, "AT")
    assert journal.settings.change(HELP_LINES_COUNTRY, None).settings == {HELP_LINES_COUNTRY.key}
    assert journal.settings.value(HELP_LINES_COUNTRY) is None
    assert HELP_LINES_COUNTRY.key not in stored.read_settings()


def test_this_computers_settings_are_not_the_journals(journal: Journal) -> None:
    (theme,) = (s for s in DECLARED if s.key == "preferences/theme")
    assert theme.scope is Scope.COMPUTER
    with pytest.raises(AssertionError, match="belongs to this computer"):
        journal.settings.change(theme, "dark")


def test_every_declaration_is_whole() -> None:
    keys = [s.key for s in DECLARED]
    assert len(keys) == len(set(keys))
    for setting in DECLARED:
        assert setting.problem(setting.default) is None, setting.key
        if setting.kind is int:
            low, high = setting.bounds()
            assert low <= high
        if setting.kind is not bytes and setting.default is not None:
            assert setting.parse(setting.text(setting.default)) == setting.default
