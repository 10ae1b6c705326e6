"""The database of the open journal: the one the peewee models and the store's queries use.

The models are bound to one proxy, so a process has one journal open at a time. Opening
binds its database (``bind``) and closing lets it go (``unbind``); opening a second
journal while one is bound is refused (AnotherJournalOpen) rather than re-binding the
models under the first, whose writes would land in the second. The store's queries reach
the database only through ``execute`` and ``cursor`` here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from peewee import DatabaseProxy

from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.store.journal_database import JournalDatabase
from moodapp.store.open_errors import JournalOpenError, opening_words

_proxy = DatabaseProxy()
models_database = _proxy  # named only by models.py, whose rows use it


class AnotherJournalOpen(JournalOpenError):
    """A journal is open in this process already; it must be closed before another opens."""


ANOTHER_OPEN = QT_TRANSLATE_NOOP(
    "OpenJournal", "{open} is open in this process: close it before opening {path}."
)


class NoJournalOpen(RuntimeError):
    """A query ran while no journal is open."""


def refuse_another(path: object) -> None:
    """Raise AnotherJournalOpen when a journal is bound already (``path``: the one that was
    about to open, named in the message)."""
    if _proxy.obj is not None:
        raise AnotherJournalOpen(
            opening_words(ANOTHER_OPEN, open=str(_proxy.obj.database), path=str(path))
        )


def bind(db: JournalDatabase) -> None:
    """Bind the models to ``db``; AnotherJournalOpen if another database is bound."""
    if _proxy.obj is not None and _proxy.obj is not db:
        refuse_another(db.database)
    _proxy.initialize(db)


def unbind(db: JournalDatabase) -> None:
    """Let ``db`` go, if it is the one bound."""
    if _proxy.obj is db:
        _proxy.initialize(None)


def bound() -> JournalDatabase | None:
    """The open journal's database, None while none is open."""
    db = _proxy.obj
    return db if isinstance(db, JournalDatabase) else None


def _database() -> Any:
    if _proxy.obj is None:
        raise NoJournalOpen("no journal is open")
    return _proxy.obj


def execute(sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
    """Run ``sql`` on the open journal's database; its cursor."""
    return _database().execute_sql(sql, params)


def cursor() -> Any:
    """A cursor of the open journal's database (for ``executemany``)."""
    return _database().cursor()
