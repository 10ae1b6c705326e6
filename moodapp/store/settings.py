"""Preferences that belong to the journal, as key/value rows."""

from __future__ import annotations

from moodapp.store.models import SettingRow


def read_setting(key: str) -> str | None:
    row = SettingRow.get_or_none(SettingRow.key == key)
    return None if row is None else str(row.value)


def write_setting(key: str, value: str) -> None:
    SettingRow.insert(key=key, value=value).on_conflict_replace().execute()


def read_settings() -> dict[str, str]:
    return {str(r.key): str(r.value) for r in SettingRow.select().order_by(SettingRow.key)}
