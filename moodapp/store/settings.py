"""The journal's settings as key/value rows, each value kept as the text its declaration
(``domain/settings.py``) writes.

A value is checked when a file brings it (``setting_problem``) and again when it is read:
a stored value that does not fit its declaration reads as unset.
"""

from __future__ import annotations

from moodapp.domain.settings import BAD_SETTING, JOURNAL_SETTINGS, UNKNOWN_SETTING
from moodapp.store.models import SettingRow


def setting_problem(key: str, value: str) -> str | None:
    """Why ``value`` cannot be stored as the journal setting ``key``, or None."""
    setting = JOURNAL_SETTINGS.get(key)
    if setting is None:
        return UNKNOWN_SETTING.format(key=key[:60])
    if setting.parse(value) is None:
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
