"""Preferences that belong to the journal, as key/value rows, each declared here once with
the values it may take.

A value is checked when a file brings it (``setting_problem``) and again when it is read:
a stored value that does not fit its declaration (written by hand, or by a version that
did not check) reads as unset, so it can never stop the window.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from moodapp.domain.help_lines import country_codes
from moodapp.domain.validation import date_problem
from moodapp.store.models import SettingRow

AUTO_LOCK_MAX_MINUTES = 24 * 60
_MINUTES = re.compile(r"[0-9]{1,4}", re.ASCII)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)

# Messages for people, one place per module.
UNKNOWN_SETTING = "\u201c{key}\u201d is not a setting this version of moodapp knows"
BAD_SETTING = "the setting \u201c{key}\u201d must be {meaning}, not \u201c{value}\u201d"


def _is_minutes(value: str) -> bool:
    return _MINUTES.fullmatch(value) is not None and int(value) <= AUTO_LOCK_MAX_MINUTES


def _is_date(value: str) -> bool:
    if _DATE.fullmatch(value) is None:
        return False
    try:
        return date_problem(date.fromisoformat(value)) is None
    except ValueError:
        return False


def _is_help_lines_country(value: str) -> bool:
    return value in country_codes()


@dataclass(frozen=True)
class Setting:
    key: str
    meaning: str  # what a value must be, for messages
    accepts: Callable[[str], bool]


AUTO_LOCK_MINUTES = Setting(
    "auto-lock-minutes",
    f"a whole number of minutes from 0 (never) to {AUTO_LOCK_MAX_MINUTES:,}",
    _is_minutes,
)
SUGGESTION_DISMISSED_ON = Setting(
    "suggestion-dismissed-on", "a date like 2026-11-20 (from 1900 to 9998)", _is_date
)
# Not set: the system's country (its locale's territory) comes first in "Need help now?".
HELP_LINES_COUNTRY = Setting(
    "help-lines-country",
    "a country code that moodapp holds help lines for, like DE",
    _is_help_lines_country,
)
DECLARED = {s.key: s for s in (AUTO_LOCK_MINUTES, SUGGESTION_DISMISSED_ON, HELP_LINES_COUNTRY)}


def setting_problem(key: str, value: str) -> str | None:
    """Why ``value`` cannot be stored as the setting ``key``, or None."""
    setting = DECLARED.get(key)
    if setting is None:
        return UNKNOWN_SETTING.format(key=key[:60])
    if not setting.accepts(value):
        return BAD_SETTING.format(key=key, meaning=setting.meaning, value=value[:60])
    return None


def read_setting(key: str) -> str | None:
    """The stored value, or None when it is not set or does not fit its declaration."""
    row = SettingRow.get_or_none(SettingRow.key == key)
    if row is None:
        return None
    value = str(row.value)
    return value if setting_problem(key, value) is None else None


def write_setting(key: str, value: str) -> None:
    problem = setting_problem(key, value)
    if problem is not None:
        raise ValueError(problem)  # a mistake in the code: what people give is checked first
    SettingRow.insert(key=key, value=value).on_conflict_replace().execute()


def clear_setting(key: str) -> None:
    """Forget the setting, so that its default applies again."""
    SettingRow.delete().where(SettingRow.key == key).execute()


def read_settings() -> dict[str, str]:
    """Every setting that is set, with a value that fits its declaration."""
    rows = SettingRow.select().order_by(SettingRow.key)
    stored = {str(r.key): str(r.value) for r in rows}
    return {k: v for k, v in stored.items() if setting_problem(k, v) is None}
