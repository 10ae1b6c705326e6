"""This computer's settings, kept in QSettings beside the window's layout, each read and
written as its declaration in ``domain/settings.py`` says.

They belong to the machine, not the journal: a theme or a reminder time suits
one computer, and the journal may move between several.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import time
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from moodapp.domain.settings import (
    FIRST_WEEKDAY,
    KEEP_IN_TRAY,
    REMINDER_AT,
    REMINDER_ON,
    THEME,
    Scope,
    Setting,
)
from moodapp.ui.look.theme import Theme

T = TypeVar("T")


def read(settings: QSettings, setting: Setting[T]) -> T:
    """The stored value; the default when it is missing or does not fit its declaration."""
    _check_scope(setting)
    stored = settings.value(setting.key)
    value: object = None
    if setting.kind is bytes:
        value = bytes(stored.data()) if isinstance(stored, QByteArray) else None
    elif stored is not None:
        value = setting.parse(str(stored))
    return setting.default if value is None else value  # type: ignore[return-value]


def write(settings: QSettings, setting: Setting[T], value: T) -> None:
    """Keep ``value`` (not yet synced to the file: ``settings.sync()``). Raises
    InvalidInput, naming the setting, for a value outside its limits."""
    _check_scope(setting)
    setting.check(value)
    if isinstance(value, bytes):
        settings.setValue(setting.key, QByteArray(value))
    else:
        settings.setValue(setting.key, setting.text(value))


def _check_scope(setting: Setting[T]) -> None:
    assert setting.scope is Scope.COMPUTER, f"{setting.key} belongs to the journal"


_DEFAULT_THEME = Theme(THEME.default)


@dataclass(frozen=True)
class Preferences:
    theme: Theme = _DEFAULT_THEME
    first_weekday: int | None = FIRST_WEEKDAY.default  # 0 Monday ... 6 Sunday; None: locale's
    reminder_on: bool = REMINDER_ON.default
    reminder_at: time = REMINDER_AT.default
    keep_in_tray: bool = KEEP_IN_TRAY.default  # closing the window leaves moodapp in the tray


# The settings of this computer that Preferences holds, each with its field.
HELD: dict[Setting[Any], str] = {
    THEME: "theme",
    FIRST_WEEKDAY: "first_weekday",
    REMINDER_ON: "reminder_on",
    REMINDER_AT: "reminder_at",
    KEEP_IN_TRAY: "keep_in_tray",
}


def value_of(preferences: Preferences, setting: Setting[T]) -> T:
    """The value of ``setting`` in ``preferences``, as the setting declares it."""
    value: Any = getattr(preferences, HELD[setting])
    return value.value if isinstance(value, Theme) else value  # type: ignore[return-value]


def with_values(preferences: Preferences, values: Mapping[Setting[Any], Any]) -> Preferences:
    """``preferences`` with these settings' values instead."""
    fields: dict[str, Any] = {
        HELD[setting]: Theme(value) if setting is THEME else value
        for setting, value in values.items()
    }
    return replace(preferences, **fields)


def load(settings: QSettings) -> Preferences:
    """The saved preferences; anything missing or unreadable takes its default."""
    return with_values(Preferences(), {setting: read(settings, setting) for setting in HELD})


def save(settings: QSettings, preferences: Preferences) -> None:
    for setting in HELD:
        write(settings, setting, value_of(preferences, setting))
    settings.sync()
