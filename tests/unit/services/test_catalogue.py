"""Renaming, recolouring, archiving and adding emotions and triggers."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from moodapp.domain.catalogue import Valence
from moodapp.domain.entries import CheckIn, CryingEpisode
from moodapp.domain.field_errors import InvalidInput
from moodapp.services.catalogue import CatalogueService
from moodapp.services.journal import Journal
from moodapp.store.database import Store
from tests.conftest import NOW


@pytest.fixture
def catalogue(store: Store) -> CatalogueService:
    return CatalogueService(store)


def test_a_renamed_emotion_keeps_its_entries(catalogue: CatalogueService, journal: Journal) -> None:
    saved = journal.entries.record(
        CryingEpisode(occurred_at=NOW - timedelta(hours=1), intensity=2, emotions={"sadness": 3})
    ).saved
    sadness = next(e for e in catalogue.emotions() if e.key == "sadness")
    catalogue.change_emotion(replace(sadness, label="Grief", colour="#123456"))
    assert journal.entries.get(saved.uid).emotions == {"sadness": 3}
    renamed = next(e for e in catalogue.emotions() if e.key == "sadness")
    assert (renamed.label, renamed.colour, renamed.builtin) == ("Grief", "#123456", True)


def test_archiving_hides_an_emotion_from_the_pickers_only(catalogue: CatalogueService) -> None:
    fear = next(e for e in catalogue.emotions() if e.key == "fear")
    catalogue.change_emotion(replace(fear, archived=True))
    assert "fear" not in [e.key for e in catalogue.emotions()]
    assert "fear" in [e.key for e in catalogue.emotions(include_archived=True)]


def test_a_new_emotion_gets_a_free_key_and_goes_last(catalogue: CatalogueService) -> None:
    (awe,) = catalogue.add_emotion("Awe", Valence.POSITIVE, "#aa88ff").catalogue
    assert awe.key == "awe" and not awe.builtin
    assert catalogue.emotions()[-1] == awe
    catalogue.change_emotion(replace(awe, label="Wonder"))
    (again,) = catalogue.add_emotion("Awe", Valence.POSITIVE, "#aa88ff").catalogue
    assert again.key == "awe-2"


def test_a_new_trigger_can_be_added_and_renamed(catalogue: CatalogueService) -> None:
    (exam,) = catalogue.add_trigger("Exams", Valence.NEGATIVE).catalogue
    assert catalogue.triggers()[-1] == exam
    catalogue.change_trigger(replace(exam, label="Tests at school"))
    assert catalogue.triggers()[-1].label == "Tests at school"


@pytest.mark.parametrize(
    ("label", "colour", "field"),
    [("", "#aa88ff", "label"), ("   ", "#aa88ff", "label"), ("sadness", "#aa88ff", "label"),
     ("x" * 61, "#aa88ff", "label"), ("Awe", "purple", "colour")],
)  # fmt: skip
def test_bad_names_and_colours_are_refused(
    catalogue: CatalogueService, label: str, colour: str, field: str
) -> None:
    before = catalogue.emotions(include_archived=True)
    with pytest.raises(InvalidInput) as refused:
        catalogue.add_emotion(label, Valence.MIXED, colour)
    assert [e.field for e in refused.value.errors] == [field]
    assert catalogue.emotions(include_archived=True) == before


def test_changing_something_that_does_not_exist_is_refused(catalogue: CatalogueService) -> None:
    ghost = replace(catalogue.emotions()[0], key="ghost")
    with pytest.raises(InvalidInput, match="nothing called"):
        catalogue.change_emotion(ghost)


def test_reordering_numbers_every_place_in_one_go(store: Store) -> None:
    service = CatalogueService(store)
    emotions = service.emotions()
    service.reorder([emotions[1], emotions[0], *emotions[2:]])
    again = service.emotions()
    assert [e.key for e in again[:2]] == [emotions[1].key, emotions[0].key]
    assert [e.sort_order for e in again] == [10 * n for n in range(1, len(again) + 1)]


def test_the_emotions_felt_lately_are_counted_per_entry(journal: Journal) -> None:
    """What the forms put first: entries of the last 90 days in which an emotion was felt."""
    record = journal.entries.record
    record(CheckIn(occurred_at=NOW, mood=0, energy=0, emotions={"calm": 2, "joy": 1}))
    record(CheckIn(occurred_at=NOW - timedelta(days=89), mood=0, energy=0, emotions={"calm": 1}))
    record(CryingEpisode(occurred_at=NOW - timedelta(days=3), intensity=2, emotions={"calm": 4}))
    record(CheckIn(occurred_at=NOW - timedelta(days=90), mood=0, energy=0, emotions={"shame": 3}))
    assert journal.entries.emotion_uses() == {"calm": 3, "joy": 1}
    assert journal.entries.emotion_uses(days=91) == {"calm": 3, "joy": 1, "shame": 1}
