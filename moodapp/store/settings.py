"""Preferences that belong to the journal, as key/value rows."""

from __future__ import annotations

from moodapp.store.models import SettingRow


def read_setting(key: str) -> str | None:
    row = SettingRow.get_or_none(SettingRow.key == key)
    return None if row is None else str(row.value)


def write_setting(key: str, value: str) -> None:
    SettingRow.insert(key=key, value=value).on_conflict_replace().execute()
