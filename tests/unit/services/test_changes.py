"""Every operation that writes the journal says what it changed, so that the window can
undo it and refresh what it touches."""

from __future__ import annotations

import ast
import inspect
import textwrap
from dataclasses import fields, is_dataclass, replace
from datetime import timedelta
from typing import get_type_hints

import pytest

from moodapp.domain.entries import CheckIn
from moodapp.services.backups import BackupService
from moodapp.services.catalogue import CatalogueService
from moodapp.services.changes import NOTHING, Changes, EntryChange
from moodapp.services.entries import EntryService
from moodapp.services.exchange import ExchangeService
from moodapp.services.insights import InsightService
from moodapp.services.journal import Journal
from moodapp.services.privacy import PrivacyService
from moodapp.services.settings import SettingsService
from tests.conftest import NOW

SERVICES = (
    EntryService,
    CatalogueService,
    InsightService,
    SettingsService,
    PrivacyService,
    BackupService,
    ExchangeService,
)
# The ways a service writes the journal: a transaction, a conversion of its file, a swap,
# a journal setting (SettingsService.change).
WRITES = {"write_transaction", "convert_with_backups", "replace_journal_with", "change"}


def _called(node: ast.AST) -> set[str]:
    names = set()
    for call in ast.walk(node):
        if isinstance(call, ast.Call):
            function = call.func
            if isinstance(function, ast.Name):
                names.add(function.id)
            elif isinstance(function, ast.Attribute):
                names.add(function.attr)  # self._write(), store.alone(), ...
    return names


def writing_methods(service: type) -> set[str]:
    """The public methods of ``service`` that write, themselves or through its own methods."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(service)))
    (cls,) = tree.body
    assert isinstance(cls, ast.ClassDef)
    calls = {node.name: _called(node) for node in cls.body if isinstance(node, ast.FunctionDef)}
    writing = {name for name, called in calls.items() if called & WRITES}
    while grown := {name for name, called in calls.items() if called & writing} - writing:
        writing |= grown
    return {name for name in writing if not name.startswith("_")}


def says_what_changed(result: object) -> bool:
    if result is Changes:
        return True
    return is_dataclass(result) and any(
        f.name == "changes" and get_type_hints(result)["changes"] is Changes for f in fields(result)
    )


def test_the_writing_methods_are_found() -> None:
    found = {name for service in SERVICES for name in writing_methods(service)}
    assert {
        "record", "update", "save", "save_many", "delete", "add_emotion", "reorder",
        "save_reflection", "dismiss_suggestion", "change",
        "encrypt", "decrypt", "change_passphrase", "restore", "import_batch", "import_file",
    } <= found  # fmt: skip
    assert "emotions" not in found and "take" not in found  # reading, and a backup's own file


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.__name__)
def test_every_write_returns_what_it_changed(service: type) -> None:
    for name in sorted(writing_methods(service)):
        returned = get_type_hints(getattr(service, name))["return"]
        assert says_what_changed(returned), f"{service.__name__}.{name} returns {returned}"


def test_an_entry_change_holds_the_entry_before_and_after(journal: Journal) -> None:
    entries = journal.entries
    check_in = CheckIn(occurred_at=NOW - timedelta(hours=1), mood=1, energy=0)
    recorded = entries.record(check_in)
    (change,) = recorded.entries
    assert change.before is None and change.after == entries.get(check_in.uid)
    assert recorded.undoable
    assert isinstance(recorded.saved, CheckIn)
    edited = entries.update(replace(recorded.saved, mood=-2))
    assert edited.entries == (EntryChange(recorded.saved, entries.get(check_in.uid)),)
    deleted = entries.delete(check_in.uid)
    assert deleted.deleted == edited.saved and deleted.entries[0].after is None
    assert deleted.undone().entries == (EntryChange(None, edited.saved),)


def test_what_cannot_be_undone_step_by_step(journal: Journal) -> None:
    assert not journal.entries.save_many([]).undoable  # the whole journal may differ
    (sadness,) = [e for e in journal.entries.emotions() if e.key == "sadness"]
    renamed = journal.catalogue.change_emotion(replace(sadness, label="Grief"))
    assert renamed.catalogue[0].label == "Grief" and not renamed.undoable
    assert renamed.touches_entries() and renamed.touches_catalogue()  # entries show labels
    dismissed = journal.insights.dismiss_suggestion()
    assert dismissed.settings and not dismissed.touches_entries()
    assert journal.insights.save_reflection(journal.insights.this_week(0), "") == NOTHING
