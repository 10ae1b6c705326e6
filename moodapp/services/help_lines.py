"""Which country's crisis lines come first, as chosen in Settings (a journal setting)."""

from __future__ import annotations

from moodapp.domain.help_lines import lines_for
from moodapp.services.changes import Changes
from moodapp.services.writes import write_transaction
from moodapp.store import settings
from moodapp.store.database import Store

HELP_LINES_COUNTRY = settings.HELP_LINES_COUNTRY.key


class HelpLinesService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def chosen_country(self) -> str | None:
        """The country chosen for help lines, or None: the system's comes first."""
        return settings.read_setting(HELP_LINES_COUNTRY)

    def choose_country(self, code: str | None) -> Changes:
        """Put ``code``'s lines first from now on; None goes back to the system's country."""
        if code is not None and lines_for(code) is None:
            raise ValueError(f"moodapp holds no help lines for {code}")  # a mistake in the code
        with write_transaction(self._store):
            if code is None:
                settings.clear_setting(HELP_LINES_COUNTRY)
            else:
                settings.write_setting(HELP_LINES_COUNTRY, code)
        return Changes(settings=frozenset({HELP_LINES_COUNTRY}))
