"""This computer's settings, kept in QSettings beside the window's layout, each read and
written as its declaration in ``domain/settings.py`` says.

They belong to the machine, not the journal: a theme or a reminder time suits
one computer, and the journal may move between several.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import TypeVar

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
    """Keep ``value`` (not yet synced to the file: ``settings.sync()``)."""
    _check_scope(setting)
    problem = setting.problem(value)
    assert problem is None, problem  # the window offers only values that fit
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


def load(settings: QSettings) -> Preferences:
    """The saved preferences; anything missing or unreadable takes its default."""
    return Preferences(
        theme=Theme(read(settings, THEME)),
        first_weekday=read(settings, FIRST_WEEKDAY),
        reminder_on=read(settings, REMINDER_ON),
        reminder_at=read(settings, REMINDER_AT),
        keep_in_tray=read(settings, KEEP_IN_TRAY),
    )


def save(settings: QSettings, preferences: Preferences) -> None:
    write(settings, THEME, preferences.theme.value)
    write(settings, FIRST_WEEKDAY, preferences.first_weekday)
    write(settings, REMINDER_ON, preferences.reminder_on)
    write(settings, REMINDER_AT, preferences.reminder_at)
    write(settings, KEEP_IN_TRAY, preferences.keep_in_tray)
    settings.sync()
