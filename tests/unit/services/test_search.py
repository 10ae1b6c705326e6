"""Finding entries by their words; the index follows every change."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from moodapp.domain.entries import CheckIn, CryingEpisode, EntryKind
from moodapp.services.catalogue import CatalogueService
from moodapp.services.journal import Journal
from moodapp.store.database import Store, open_store
from moodapp.store.migrating import MIGRATION_TABLE
from moodapp.store.search import match_expression
from tests.conftest import NOW

EPISODE = CryingEpisode(
    occurred_at=NOW - timedelta(days=2),
    intensity=3,
    emotions={"sadness": 3},
    triggers=frozenset({"conflict"}),
    tags=frozenset({"Work"}),
    note="Argument with my sister about the holidays",
    what_helped="a long walk",
)


def found(journal: Journal, text: str) -> list[str]:
    return [hit.uid for hit in journal.entries.search(text)]


def test_words_in_notes_tags_emotions_triggers_and_what_helped(journal: Journal) -> None:
    journal.entries.record(EPISODE)
    for words in ("sister", "holiday", "work", "Sadness", "conflict", "walk", "ARGUMENT sister"):
        assert found(journal, words) == [EPISODE.uid], words
    assert found(journal, "brother") == []
    assert found(journal, "sister brother") == []  # every word must be there


def test_a_hit_says_when_and_what_with_a_snippet(journal: Journal) -> None:
    journal.entries.record(EPISODE)
    (hit,) = journal.entries.search("sister")
    assert hit.kind is EntryKind.CRIED
    assert hit.occurred_at == EPISODE.occurred_at.replace(microsecond=0)
    assert "sister" in hit.snippet


def test_newest_first(journal: Journal) -> None:
    older = CheckIn(occurred_at=NOW - timedelta(days=9), mood=0, energy=0, note="rain again")
    newer = CheckIn(occurred_at=NOW - timedelta(days=1), mood=0, energy=0, note="rain and wind")
    journal.entries.save_many([older, newer])
    assert found(journal, "rain") == [newer.uid, older.uid]


def test_the_index_follows_edits_deletes_and_restores(journal: Journal) -> None:
    journal.entries.record(EPISODE)
    journal.entries.update(replace(EPISODE, note="a quiet evening", tags=frozenset()))
    assert found(journal, "sister") == []
    assert found(journal, "quiet") == [EPISODE.uid]
    deleted = journal.entries.delete(EPISODE.uid).deleted
    assert found(journal, "quiet") == []
    journal.entries.save(deleted)  # what undo does
    assert found(journal, "quiet") == [EPISODE.uid]


def test_a_renamed_emotion_is_found_by_its_new_name(journal: Journal, store: Store) -> None:
    journal.entries.record(EPISODE)
    catalogue = CatalogueService(store)
    sadness = next(e for e in catalogue.emotions() if e.key == "sadness")
    catalogue.change_emotion(replace(sadness, label="Grief"))
    assert found(journal, "grief") == [EPISODE.uid]
    assert found(journal, "sadness") == []


def test_accents_and_punctuation_do_not_get_in_the_way(journal: Journal) -> None:
    journal.entries.record(
        CheckIn(occurred_at=NOW, mood=0, energy=0, note="Café with Zoë, finally!")
    )
    assert len(found(journal, "cafe zoe")) == 1
    assert found(journal, '"); DROP TABLE check_in; --') == []
    assert found(journal, "   ") == []
    assert match_expression("it's") == '"it"* "s"*'


def test_upgrading_a_journal_indexes_what_it_already_holds(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with open_store(path, tmp_path / "backups") as store:
        Journal(store, clock=lambda: NOW).entries.record(EPISODE)
        store.db.execute_sql("DROP TABLE entry_search")
        store.db.execute_sql(
            f"DELETE FROM {MIGRATION_TABLE} WHERE name IN ('0002_search', '0005_search_by_rowid')"
        )
    with open_store(path, tmp_path / "backups") as store:
        assert found(Journal(store, clock=lambda: NOW), "sister") == [EPISODE.uid]


def test_a_hit_marks_each_word_found_in_its_snippet(journal: Journal) -> None:
    journal.entries.record(EPISODE)
    (hit,) = journal.entries.search("sister holi")
    assert [text for text, found in hit.pieces() if found] == ["sister", "holidays"]
    assert "".join(text for text, _ in hit.pieces()) == hit.snippet
    assert "\x02" not in hit.snippet and "\x03" not in hit.snippet


def test_marks_follow_accents_and_leave_the_persons_signs_alone(journal: Journal) -> None:
    note = "<b>Café</b> & Zoë's cake"
    journal.entries.record(CheckIn(occurred_at=NOW, mood=0, energy=0, note=note))
    (hit,) = journal.entries.search("cafe zoe")
    assert hit.snippet == note
    assert [text for text, found in hit.pieces() if found] == ["Café", "Zoë"]


def test_a_word_may_also_match_a_stored_name_given_for_it() -> None:
    """A built-in emotion is stored under its English name; a German word of its
    translation finds it through that name, and only as a whole."""
    also = {"Traurig": ["Sadness"], "Ruhe": ["Calm", '"odd" one', "..."]}
    assert match_expression("Traurig Ruhe Regen", also) == (
        '("Traurig"* OR "Sadness") ("Ruhe"* OR "Calm" OR """odd"" one") "Regen"*'
    )
