"""This computer's preferences for the app, kept in QSettings beside the window's layout.

They belong to the machine, not the journal: a theme or a reminder time suits
one computer, and the journal may move between several.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QSettings

from moodapp.ui.theme import Theme

DEFAULT_REMINDER = time(20, 0)


@dataclass(frozen=True)
class Preferences:
    theme: Theme = Theme.SYSTEM
    first_weekday: int | None = None  # 0 Monday ... 6 Sunday; None: the locale's
    reminder_on: bool = False
    reminder_at: time = DEFAULT_REMINDER
    keep_in_tray: bool = False  # closing the window leaves moodapp in the tray


def _int_or_none(value: object) -> int | None:
    try:
        number = int(str(value))
    except ValueError:
        return None
    return number if 0 <= number <= 6 else None


def _time(value: object) -> time:
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        return DEFAULT_REMINDER


def load(settings: QSettings) -> Preferences:
    """The saved preferences; anything missing or unreadable takes its default."""
    theme = str(settings.value("preferences/theme", Theme.SYSTEM.value))
    return Preferences(
        theme=Theme(theme) if theme in {t.value for t in Theme} else Theme.SYSTEM,
        first_weekday=_int_or_none(settings.value("preferences/first_weekday", "")),
        reminder_on=str(settings.value("preferences/reminder_on", "false")) == "true",
        reminder_at=_time(settings.value("preferences/reminder_at", "20:00")),
        keep_in_tray=str(settings.value("preferences/keep_in_tray", "false")) == "true",
    )


def save(settings: QSettings, preferences: Preferences) -> None:
    settings.setValue("preferences/theme", preferences.theme.value)
    first = preferences.first_weekday
    settings.setValue("preferences/first_weekday", "" if first is None else str(first))
    settings.setValue("preferences/reminder_on", "true" if preferences.reminder_on else "false")
    settings.setValue("preferences/reminder_at", preferences.reminder_at.strftime("%H:%M"))
    settings.setValue("preferences/keep_in_tray", "true" if preferences.keep_in_tray else "false")
    settings.sync()
