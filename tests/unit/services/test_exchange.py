"""Export then import: the same journal comes back; imports merge by uid, whole or not at all."""

from __future__ import annotations

import contextlib
import json
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moodapp.cli.exchange import summary_lines
from moodapp.domain.catalogue import Valence
from moodapp.domain.entries import CheckIn, CryingEpisode, Entry
from moodapp.domain.reflection import Week
from moodapp.domain.settings import SUGGESTION_DISMISSED_ON
from moodapp.domain.text import Words
from moodapp.exchange.batch import Cancelled, FormatError, JournalContent
from moodapp.exchange.kinds import ExportFormat
from moodapp.services.catalogue import CatalogueService
from moodapp.services.clock import Clock
from moodapp.services.demo import fill_demo_journal
from moodapp.services.exchange import ExchangeService
from moodapp.services.journal import Journal
from moodapp.store import settings as journal_settings
from moodapp.store.database import open_store
from tests.conftest import NOW
from tests.strategies import check_ins, episodes

LATER = NOW + timedelta(hours=1)
EXPORTS = [("journal.json", ExportFormat.JSON), ("journal.zip", ExportFormat.CSV),
           ("tables", ExportFormat.CSV)]  # fmt: skip


# The journal database is one at a time per process, so each test opens and closes
# its journals in turn.
@contextlib.contextmanager
def opened(folder: Path, clock: Clock = lambda: NOW) -> Iterator[Journal]:
    with open_store(folder / "journal.sqlite3", folder / "backups") as store:
        yield Journal(store, clock)


@contextlib.contextmanager
def fresh_journal(clock: Clock = lambda: NOW) -> Iterator[Journal]:
    with tempfile.TemporaryDirectory() as folder, opened(Path(folder), clock) as journal:
        yield journal


def exchange(journal: Journal) -> ExchangeService:
    return ExchangeService(journal.store, journal.now)


def everything(journal: Journal) -> JournalContent:
    return exchange(journal).content()


def personalise(journal: Journal) -> None:
    """The things a person changes besides entries, so that the export carries them too."""
    catalogue = CatalogueService(journal.store)
    sadness = next(e for e in catalogue.emotions() if e.key == "sadness")
    catalogue.change_emotion(replace(sadness, label="Sad", colour="#224488"))
    catalogue.add_emotion("Awe", Valence.POSITIVE, "#6688aa")
    anger = next(e for e in catalogue.emotions() if e.key == "anger")
    catalogue.change_emotion(replace(anger, archived=True))
    catalogue.add_trigger("Deadlines", Valence.NEGATIVE)
    insights = journal.insights
    insights.dismiss_suggestion()
    insights.save_reflection(Week(date(2026, 11, 16)), "A heavy week; the walk on Sunday helped.")
    day_ago = NOW - timedelta(days=1)
    journal.entries.record(CryingEpisode(occurred_at=day_ago, intensity=2, emotions={"awe": 3},
                                 triggers=frozenset({"deadlines"})))  # fmt: skip
    tagged = journal.entries.record(CheckIn(occurred_at=day_ago, mood=1, energy=None,
                                    tags=frozenset({"gone-tag"}))).saved  # fmt: skip
    journal.entries.delete(tagged.uid)  # its tag stays in the journal


@dataclass(frozen=True)
class BigExport:
    folder: Path
    content: JournalContent  # the journal as it was exported


@pytest.fixture(scope="module")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> BigExport:
    """Six years of demo entries and a personalised catalogue (a few thousand entries),
    exported in every format."""
    folder = tmp_path_factory.mktemp("big")
    with opened(folder) as journal:
        fill_demo_journal(journal, years=6)
        personalise(journal)
        for name, chosen in EXPORTS:
            exchange(journal).export(folder / name, chosen)
        return BigExport(folder, everything(journal))


@pytest.mark.parametrize(("name", "chosen"), EXPORTS)
def test_an_export_imported_into_an_empty_journal_gives_the_same_journal_back(
    big_export: BigExport, name: str, chosen: ExportFormat
) -> None:
    count = len(big_export.content.entries)
    assert count > 2000
    with fresh_journal(lambda: LATER) as journal:
        summary = exchange(journal).import_file(big_export.folder / name)
        assert (summary.added, summary.updated, summary.skipped) == (count, 0, 0)
        assert everything(journal) == big_export.content

        again = exchange(journal).import_file(big_export.folder / name)
        assert (again.added, again.updated, again.skipped) == (0, 0, count)
        assert everything(journal) == big_export.content
        assert again.before is None, "nothing was written: no way back is needed"
        assert summary.before is not None and summary.before.reason == "before-import"
        assert journal.backups.restore(summary.before), "the way back from the import"
        assert journal.entries.entries() == []


def test_a_period_exports_only_its_entries_and_reflections(tmp_path: Path) -> None:
    start, end = date(2026, 11, 1), date(2026, 11, 30)
    with opened(tmp_path / "source") as journal:
        fill_demo_journal(journal, years=0.5)
        personalise(journal)
        exchange(journal).export(tmp_path / "november.json", ExportFormat.JSON, start, end)
        expected = exchange(journal).content(start, end)
    with fresh_journal() as journal:
        exchange(journal).import_file(tmp_path / "november.json")
        content = everything(journal)
    assert content.entries == expected.entries
    assert content.entries and all(start <= e.local_date <= end for e in content.entries)
    assert [r.week_end for r in content.reflections] == [date(2026, 11, 22)]
    assert "gone-tag" in content.tags


@settings(max_examples=25)
@given(
    entries=st.lists(st.one_of(episodes(NOW), check_ins(NOW)), max_size=12),
    chosen=st.sampled_from(EXPORTS),
)
def test_random_journals_survive_export_then_import(
    entries: list[Entry], chosen: tuple[str, ExportFormat]
) -> None:
    name, export_format = chosen
    with tempfile.TemporaryDirectory() as folder:
        with fresh_journal() as source:
            source.entries.save_many(entries)
            exchange(source).export(Path(folder) / name, export_format)
            original = everything(source)
        with fresh_journal(lambda: LATER) as target:
            exchange(target).import_file(Path(folder) / name)
            assert everything(target) == original


def _export(journal: Journal, path: Path) -> Path:
    exchange(journal).export(path, ExportFormat.JSON)
    return path


def test_merging_keeps_the_newer_copy_of_each_entry(tmp_path: Path) -> None:
    here = tmp_path / "here"
    with opened(here) as journal:
        kept = journal.entries.record(
            CheckIn(occurred_at=NOW - timedelta(days=3), mood=1, energy=0)
        ).saved
        changed = journal.entries.record(
            CheckIn(occurred_at=NOW - timedelta(days=2), mood=1, energy=0)
        ).saved
        file = _export(journal, tmp_path / "old.json")
    with opened(here, lambda: LATER) as journal:
        # After the export: one entry edited, one deleted, one new.
        journal.entries.update(replace(kept, note="edited after the export"))
        journal.entries.delete(changed.uid)
        new = journal.entries.record(
            CheckIn(occurred_at=NOW - timedelta(days=1), mood=-1, energy=0)
        ).saved

        summary = exchange(journal).import_file(file)
        assert (summary.added, summary.updated, summary.skipped) == (1, 0, 1)
        by_uid = {e.uid: e for e in journal.entries.entries()}
    assert by_uid[kept.uid].note == "edited after the export"  # the journal's copy is newer
    assert by_uid[changed.uid] == changed  # deleted here, back from the file
    assert new.uid in by_uid


def test_a_newer_copy_in_the_file_replaces_the_journal_s(tmp_path: Path) -> None:
    with opened(tmp_path / "here") as journal:
        entry = journal.entries.record(
            CheckIn(occurred_at=NOW - timedelta(days=3), mood=1, energy=0)
        ).saved
    assert isinstance(entry, CheckIn)
    with opened(tmp_path / "elsewhere", lambda: LATER) as other:
        other.entries.save(replace(entry, mood=3, note="changed elsewhere"))
        file = _export(other, tmp_path / "newer.json")
    with opened(tmp_path / "here", lambda: LATER) as journal:
        summary = exchange(journal).import_file(file)
        assert (summary.added, summary.updated, summary.skipped) == (0, 1, 0)
        stored = journal.entries.get(entry.uid)
        assert isinstance(stored, CheckIn)
        assert (stored.mood, stored.note, stored.updated_at) == (3, "changed elsewhere", LATER)
        assert journal.entries.search("elsewhere")[0].uid == entry.uid  # the search index followed


def test_a_dry_run_writes_nothing(tmp_path: Path) -> None:
    with opened(tmp_path / "other") as other:
        other.entries.record(CheckIn(occurred_at=NOW, mood=2, energy=1))
        file = _export(other, tmp_path / "one.json")
    with fresh_journal() as journal:
        summary = exchange(journal).import_file(file, dry_run=True)
        assert summary.added == 1
        assert summary.dry_run and "dry run" in summary_lines(summary)[-1]
        assert journal.entries.entries() == []


def test_cancelling_an_import_keeps_nothing_of_it(big_export: BigExport) -> None:
    def cancel_while_saving(step: str, done: int, total: int) -> None:
        if step == "saving" and done > 0:
            raise Cancelled

    with fresh_journal() as journal:
        untouched = everything(journal)
        with pytest.raises(Cancelled):
            exchange(journal).import_file(
                big_export.folder / "journal.json", progress=cancel_while_saving
            )
        assert everything(journal) == untouched


def test_a_bad_record_stops_the_import_and_names_it(tmp_path: Path) -> None:
    with opened(tmp_path / "other") as other:
        other.entries.save_many([CheckIn(occurred_at=NOW - timedelta(days=d), mood=1, energy=0)
                         for d in range(5)])  # fmt: skip
        file = _export(other, tmp_path / "bad.json")
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace('"mood": 1', '"mood": 7', 3), encoding="utf-8")
    with fresh_journal() as journal:
        with pytest.raises(FormatError, match=r"bad.json, entry 1 \(uid .*\): mood: Mood must be"):
            exchange(journal).import_file(file)
        assert journal.entries.entries() == []


def test_catalogue_items_merge_by_key(tmp_path: Path) -> None:
    with opened(tmp_path / "other") as other:
        catalogue = CatalogueService(other.store)
        catalogue.add_emotion("Awe", Valence.POSITIVE, "#6688aa")
        joy = next(e for e in catalogue.emotions() if e.key == "joy")
        catalogue.change_emotion(replace(joy, label="Happiness"))
        file = _export(other, tmp_path / "other.json")
    with fresh_journal() as journal:
        here = CatalogueService(journal.store)
        sadness = next(e for e in here.emotions() if e.key == "sadness")
        here.change_emotion(replace(sadness, label="Blue"))

        summary = exchange(journal).import_file(file)
        labels = {e.key: e.label for e in here.emotions()}
    assert summary.catalogue_added == 1
    assert labels["awe"] == "Awe"
    assert labels["joy"] == "Happiness"  # never changed here, so the file's name is taken
    assert labels["sadness"] == "Blue"  # the person's own name here stays


def test_a_new_emotion_whose_name_is_taken_gets_a_distinct_one(tmp_path: Path) -> None:
    with opened(tmp_path / "other") as other:
        CatalogueService(other.store).add_emotion("Wonder", Valence.POSITIVE, "#6688aa")
        file = _export(other, tmp_path / "other.json")
    file.write_text(file.read_text().replace('"label": "Wonder"', '"label": "Awe"'))
    with fresh_journal() as journal:
        CatalogueService(journal.store).add_emotion("Awe", Valence.POSITIVE, "#6688aa")
        exchange(journal).import_file(file)
        labels = {e.key: e.label for e in CatalogueService(journal.store).emotions()}
    assert (labels["awe"], labels["wonder"]) == ("Awe", "Awe (2)")


def test_settings_already_chosen_here_are_kept(tmp_path: Path) -> None:
    with opened(tmp_path / "other") as other:
        Journal(other.store, lambda: NOW - timedelta(days=9)).insights.dismiss_suggestion()
        file = _export(other, tmp_path / "other.json")
    with fresh_journal() as journal:
        journal.insights.dismiss_suggestion()
        exchange(journal).import_file(file)
        assert journal_settings.read_setting(SUGGESTION_DISMISSED_ON.key) == NOW.date().isoformat()


def test_entries_without_times_of_change_are_added_once_and_never_replace(
    tmp_path: Path,
) -> None:
    with opened(tmp_path / "other") as other:
        other.entries.record(CheckIn(occurred_at=NOW - timedelta(days=1), mood=2, energy=1))
        file = _export(other, tmp_path / "hand-made.json")
    document = json.loads(file.read_text(encoding="utf-8"))
    for entry in document["entries"]:
        del entry["created_at"], entry["updated_at"]
    file.write_text(json.dumps(document), encoding="utf-8")
    with fresh_journal(lambda: LATER) as journal:
        first = exchange(journal).import_file(file)
        again = exchange(journal).import_file(file)
        (entry,) = journal.entries.entries()
    assert (first.added, again.added, again.updated, again.skipped) == (1, 0, 0, 1)
    assert entry.created_at == entry.updated_at == LATER


def _respelled(uid: str, how: str) -> str:
    return {
        "upper case": uid.upper(),
        "braces": "{" + uid + "}",
        "urn": "urn:uuid:" + uid,
        "no dashes": uid.replace("-", ""),
    }[how]


@pytest.mark.parametrize("how", ["upper case", "braces", "urn", "no dashes"])
@pytest.mark.parametrize(("name", "export_format"), EXPORTS)
def test_another_spelling_of_a_uid_is_the_same_entry(
    tmp_path: Path, how: str, name: str, export_format: ExportFormat
) -> None:
    with opened(tmp_path / "here") as journal:
        entry = journal.entries.record(
            CryingEpisode(
                occurred_at=NOW - timedelta(days=1),
                intensity=2,
                emotions={"sadness": 2},
                tags=frozenset({"work"}),
            )
        ).saved
        exchange(journal).export(tmp_path / name, export_format)
        before = everything(journal)
    respell(tmp_path / name, entry.uid, _respelled(entry.uid, how))
    with opened(tmp_path / "here") as journal:
        summary = exchange(journal).import_file(tmp_path / name)
        assert (summary.added, summary.skipped) == (0, 1)
        assert everything(journal) == before


def respell(path: Path, old: str, new: str) -> None:
    """Write ``new`` for ``old`` everywhere in an export: a JSON file, a folder or a zip."""
    if path.is_dir():
        for table in path.iterdir():
            table.write_bytes(table.read_bytes().replace(old.encode(), new.encode()))
    elif path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            tables = {n: archive.read(n) for n in archive.namelist()}
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in tables.items():
                archive.writestr(name, data.replace(old.encode(), new.encode()))
    else:
        path.write_bytes(path.read_bytes().replace(old.encode(), new.encode()))


def test_settings_this_version_does_not_know_are_left_out_and_said(tmp_path: Path) -> None:
    with opened(tmp_path / "other") as other:
        file = _export(other, tmp_path / "other.json")
    document = json.loads(file.read_text("utf-8"))
    document["settings"] = {"suggestion-dismissed-on": "2026-11-20", "colour-scheme": "dark"}
    file.write_text(json.dumps(document), "utf-8")
    with fresh_journal() as journal:
        summary = exchange(journal).import_file(file)
        assert journal_settings.read_settings() == {"suggestion-dismissed-on": "2026-11-20"}
    assert isinstance(summary.notes[0], Words)
    assert str(summary.notes[0]) == (
        "The file's setting “colour-scheme” is not one this version of moodapp knows; "
        "it was left out."
    )
