"""Every setting moodapp keeps, declared once: its key, type, default, scope, limits, and the
words Settings shows beside it.

A setting of this computer lives in QSettings (``ui/preferences.py`` reads and writes it);
one of the journal lives in the journal's ``setting`` table (``services/settings.py``), so
it goes with the journal to another computer and into its exports. Both keep a value as
text: ``text()`` writes it, ``parse()`` reads it back, and a text that does not fit the
declaration (written by hand, or by a version that did not check) reads as unset, so it
can never stop the window. ``problem()`` is what a write is checked against, and
``check()`` refuses a value outside the limits, whoever writes it (not only the window).

A setting Settings shows names its ``editor`` (a choice from a list, a number within its
limits, a time, a yes or no) and its ``section`` (a tab of the dialog); ``SHOWN`` lists
them in the order of their rows, and the dialog makes one row for each.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import Any, Generic, TypeVar

from moodapp.domain.field_errors import FieldError, InvalidInput
from moodapp.domain.help_lines import country_codes
from moodapp.domain.storable import date_problem
from moodapp.domain.text import QT_TRANSLATE_NOOP

T = TypeVar("T")

_WHOLE_NUMBER = re.compile(r"-?[0-9]{1,9}", re.ASCII)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_TIME_FORMAT = "%H:%M"
_BOOLS = {"true": True, "false": False}
# The words of the settings the dialog shows are translated in the context "SettingsDialog".

# Messages for people, one place per module.
UNKNOWN_SETTING = "\u201c{key}\u201d is not a setting this version of moodapp knows"
BAD_SETTING = "the setting \u201c{key}\u201d must be {meaning}, not \u201c{value}\u201d"


class Scope(StrEnum):
    COMPUTER = "computer"  # QSettings: this computer's look, reminder and window layout
    JOURNAL = "journal"  # the journal's setting table: exported and imported with it


class Editor(StrEnum):
    """How Settings lets a person change a setting."""

    CHOICE = "choice"  # one of a list of values
    NUMBER = "number"  # a whole number within the setting's limits
    TIME = "time"  # a time of day
    YES_NO = "yes-no"  # a box to tick


class Section(StrEnum):
    """The tab of Settings a setting's row is on."""

    GENERAL = "general"
    REMINDER = "reminder"
    PRIVACY = "privacy"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    kind: type  # bool, int, str, date, time; bytes for Qt's saved window states
    default: T  # the value while it is unset (None: unset has its own meaning)
    scope: Scope
    meaning: str  # what a value must be, for messages
    label: str = ""  # the words of its row in Settings ("" where Settings does not show it)
    minimum: int | None = None
    maximum: int | None = None
    choices: Callable[[], Collection[str]] | None = None  # the values a text setting may take
    editor: Editor | None = None  # how Settings changes it (None: Settings does not show it)
    section: Section | None = None  # where Settings shows it

    def bounds(self) -> tuple[int, int]:
        """The smallest and the largest value of a whole-number setting."""
        assert self.minimum is not None and self.maximum is not None, f"{self.key}: no range"
        return self.minimum, self.maximum

    def allowed(self) -> Collection[str]:
        """The values a text setting may take."""
        assert self.choices is not None, f"{self.key}: no choices"
        return self.choices()

    def problem(self, value: object) -> str | None:
        """Why ``value`` cannot be kept as this setting, or None (None itself: unset)."""
        if value is None or self._fits(value):
            return None
        shown = value.isoformat() if isinstance(value, date | time) else str(value)
        return BAD_SETTING.format(key=self.key, meaning=self.meaning, value=shown[:60])

    def check(self, value: object) -> None:
        """Refuse ``value`` when it cannot be kept: InvalidInput, naming the setting."""
        problem = self.problem(value)
        if problem is not None:
            raise InvalidInput([FieldError(self.key, problem)])

    def _fits(self, value: object) -> bool:
        if type(value) is not self.kind:  # not isinstance: True is no whole number of minutes
            return False
        if isinstance(value, int) and not isinstance(value, bool):
            low, high = self.bounds()
            return low <= value <= high
        if isinstance(value, date):
            return date_problem(value) is None
        if isinstance(value, str) and self.choices is not None:
            return value in self.allowed()
        return True

    def text(self, value: T) -> str:
        """How ``value`` is stored ("" for None)."""
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, time):
            return value.strftime(_TIME_FORMAT)
        if isinstance(value, date):
            return value.isoformat()
        return str(value)

    def parse(self, text: str) -> T | None:
        """The value stored as ``text``, or None when the text does not fit the declaration."""
        value = _PARSERS[self.kind](text)
        return value if value is not None and self._fits(value) else None  # type: ignore[return-value]


def _whole_number(text: str) -> int | None:
    return int(text) if _WHOLE_NUMBER.fullmatch(text) else None


def _date(text: str) -> date | None:
    if _DATE.fullmatch(text) is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _time(text: str) -> time | None:
    try:
        return time.fromisoformat(text)
    except ValueError:
        return None


_PARSERS: dict[type, Callable[[str], object]] = {
    bool: _BOOLS.get,
    int: _whole_number,
    str: lambda text: text,
    date: _date,
    time: _time,
}

# -- the journal's ------------------------------------------------------------------------

AUTO_LOCK_MINUTES: Setting[int] = Setting(
    "auto-lock-minutes", int, 0, Scope.JOURNAL,
    "a whole number of minutes from 0 (never) to 1,440",
    QT_TRANSLATE_NOOP("SettingsDialog", "Lock the window after this long without use:"),
    minimum=0, maximum=24 * 60, editor=Editor.NUMBER, section=Section.PRIVACY,
)  # fmt: skip
# The day the invitation to talk was last dismissed; it stays away for two weeks after.
SUGGESTION_DISMISSED_ON: Setting[date | None] = Setting(
    "suggestion-dismissed-on", date, None, Scope.JOURNAL,
    "a date like 2026-11-20 (from 1900 to 9998)",
)  # fmt: skip
# Not set: the system's country (its locale's territory) comes first in "Need help now?".
HELP_LINES_COUNTRY: Setting[str | None] = Setting(
    "help-lines-country", str, None, Scope.JOURNAL,
    "a country code that moodapp holds help lines for, like DE",
    QT_TRANSLATE_NOOP("SettingsDialog", "Country for help lines:"),
    choices=country_codes, editor=Editor.CHOICE, section=Section.GENERAL,
)  # fmt: skip

# -- this computer's ----------------------------------------------------------------------

THEME: Setting[str] = Setting(
    "preferences/theme", str, "system", Scope.COMPUTER, "system, light or dark",
    QT_TRANSLATE_NOOP("SettingsDialog", "Theme:"), choices=lambda: ("system", "light", "dark"),
    editor=Editor.CHOICE, section=Section.GENERAL,
)  # fmt: skip
# None: the locale's first day.
FIRST_WEEKDAY: Setting[int | None] = Setting(
    "preferences/first_weekday", int, None, Scope.COMPUTER, "0 (Monday) to 6 (Sunday)",
    QT_TRANSLATE_NOOP("SettingsDialog", "Weeks start on:"), minimum=0, maximum=6,
    editor=Editor.CHOICE, section=Section.GENERAL,  # the days by name
)  # fmt: skip
REMINDER_ON: Setting[bool] = Setting(
    "preferences/reminder_on", bool, False, Scope.COMPUTER, "true or false",
    QT_TRANSLATE_NOOP("SettingsDialog", "Remind me to check in every day"),
    editor=Editor.YES_NO, section=Section.REMINDER,
)  # fmt: skip
REMINDER_AT: Setting[time] = Setting(
    "preferences/reminder_at", time, time(20, 0), Scope.COMPUTER, "a time like 20:00",
    QT_TRANSLATE_NOOP("SettingsDialog", "At:"), editor=Editor.TIME, section=Section.REMINDER,
)  # fmt: skip
# Closing the window leaves moodapp in the tray.
KEEP_IN_TRAY: Setting[bool] = Setting(
    "preferences/keep_in_tray", bool, False, Scope.COMPUTER, "true or false",
    QT_TRANSLATE_NOOP(
        "SettingsDialog", "Keep moodapp running in the tray when its window is closed"
    ),
    editor=Editor.YES_NO, section=Section.REMINDER,
)  # fmt: skip
# The window's layout, as Qt saves it; the view shown is a row of the window's four.
WINDOW_GEOMETRY: Setting[bytes | None] = Setting(
    "window/geometry", bytes, None, Scope.COMPUTER, "the window's place and size"
)
ENTRY_SPLITTER: Setting[bytes | None] = Setting(
    "entry/splitter", bytes, None, Scope.COMPUTER, "the Entry view's division"
)
WINDOW_VIEW: Setting[int] = Setting(
    "window/view", int, 0, Scope.COMPUTER, "a view from 0 to 3", minimum=0, maximum=3
)
# The welcome of a new journal was gone through or skipped: it does not come back by itself.
WELCOME_DONE: Setting[bool] = Setting("welcome/done", bool, False, Scope.COMPUTER, "true or false")

DECLARED: tuple[Setting[Any], ...] = (
    AUTO_LOCK_MINUTES, SUGGESTION_DISMISSED_ON, HELP_LINES_COUNTRY,
    THEME, FIRST_WEEKDAY, REMINDER_ON, REMINDER_AT, KEEP_IN_TRAY,
    WINDOW_GEOMETRY, ENTRY_SPLITTER, WINDOW_VIEW, WELCOME_DONE,
)  # fmt: skip
JOURNAL_SETTINGS: dict[str, Setting[Any]] = {s.key: s for s in DECLARED if s.scope is Scope.JOURNAL}
# The settings Settings shows, in the order of their rows (each in its section's tab).
SHOWN: tuple[Setting[Any], ...] = (
    THEME, FIRST_WEEKDAY, HELP_LINES_COUNTRY,
    REMINDER_ON, REMINDER_AT, KEEP_IN_TRAY,
    AUTO_LOCK_MINUTES,
)  # fmt: skip
