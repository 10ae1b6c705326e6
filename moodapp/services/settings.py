"""The journal's settings, read and written with their declared types and limits.

Each is declared in ``domain/settings.py``; a value outside its limits is refused here,
whoever asks (the window, the command line, a test), naming the setting.
"""

from __future__ import annotations

from typing import TypeVar

from moodapp.domain.settings import Scope, Setting
from moodapp.services.changes import Changes
from moodapp.services.writes import write_transaction
from moodapp.store import settings as stored
from moodapp.store.database import Store

T = TypeVar("T")


class SettingsService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def value(self, setting: Setting[T]) -> T:
        """The setting's value; its default while it is unset or stored in a form that does
        not fit its declaration."""
        text = stored.read_setting(_journal_key(setting))
        value = None if text is None else setting.parse(text)
        return setting.default if value is None else value

    def change(self, setting: Setting[T], value: T) -> Changes:
        """Keep ``value``; None forgets the setting, so that its default applies again.
        Raises InvalidInput, naming the setting, for a value outside its limits."""
        key = _journal_key(setting)
        setting.check(value)
        with write_transaction(self._store):
            if value is None:
                stored.clear_setting(key)
            else:
                stored.write_setting(key, setting.text(value))
        return Changes(settings=frozenset({key}))


def _journal_key(setting: Setting[T]) -> str:
    assert setting.scope is Scope.JOURNAL, f"{setting.key} belongs to this computer"
    return setting.key
