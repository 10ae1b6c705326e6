"""Files written whole or not at all, and what a killed run leaves of them.

An export, a report, a chart or a backup is written under a temporary name noted in
the data folder; the next run removes what a killed one left, and nothing else.
"""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest

from moodapp import unfinished
from moodapp.domain.entries import CryingEpisode
from moodapp.files import atomic_file, atomic_folder
from moodapp.paths import AppPaths
from moodapp.services.journal import opened_journal
from tests.conftest import NOW
from tests.pause_at import killed_at

MARKER = "wombatmarker42c1"


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    """Notes kept in TMP/unfinished for the test (as opening a journal there would)."""
    folder = tmp_path / "unfinished"
    unfinished.keep_notes_in(folder)
    return folder


def test_a_file_is_written_under_a_noted_temporary_name(tmp_path: Path, notes: Path) -> None:
    target = tmp_path / "out" / "journal.json"
    target.parent.mkdir()
    with atomic_file(target) as partial:
        assert partial.parent == target.parent
        assert partial.name.startswith(".journal.json.") and partial.name.endswith(".partial.json")
        (names,) = notes.glob("*.json")
        assert json.loads(names.read_text())["path"] == str(partial)
        partial.write_text("{}")
    assert target.read_text() == "{}"
    assert hidden(target.parent) == [] and list(notes.iterdir()) == []


def test_a_failed_write_leaves_neither_file_nor_note(tmp_path: Path, notes: Path) -> None:
    target = tmp_path / "tables"
    with pytest.raises(RuntimeError), atomic_folder(target) as partial:
        (partial / "entries.csv").write_text("uid\n")
        raise RuntimeError("disk full")
    assert list(tmp_path.iterdir()) == [notes]
    assert list(notes.iterdir()) == []


def test_the_sweep_leaves_what_a_run_still_writes(tmp_path: Path, notes: Path) -> None:
    """A note whose writer is alive (here, this very process) keeps its file."""
    with atomic_file(tmp_path / "report.pdf") as partial:
        partial.write_bytes(b"%PDF half")
        assert unfinished.sweep(notes) == []
        assert partial.read_bytes() == b"%PDF half"


def test_the_sweep_removes_only_temporary_names_a_note_gives(tmp_path: Path, notes: Path) -> None:
    """A note left by a run that ended names a temporary file: it goes. A note that names
    anything else (not a name moodapp gives a temporary file) changes nothing. Notes cut
    short, or naming a file never made, just go."""
    partial = tmp_path / ".journal.json.0123456789abcdef.partial.json"
    partial.write_text(MARKER)
    mine = tmp_path / "journal.json"
    mine.write_text("the person's own export")
    also_mine = tmp_path / ".journal.json.draft.partial"
    also_mine.write_text("the person's, named a little like moodapp's")
    notes.mkdir()
    for n, path in enumerate((partial, mine, also_mine)):
        (notes / f"{n}.json").write_text(json.dumps({"path": str(path)}))
        (notes / f"{n}.lock").touch()
    (notes / "3.json").write_text('{"path": "/cut sh')  # cut short: names nothing
    (notes / "4.lock").touch()  # killed before the path was written down
    (notes / "5.json").write_text(
        json.dumps({"path": str(tmp_path / ".a.0123456789abcdef.partial")})
    )
    assert unfinished.sweep(notes) == [partial]
    assert not partial.exists()
    assert mine.read_text() == "the person's own export"
    assert also_mine.exists()
    assert list(notes.iterdir()) == []


@pytest.fixture
def journal_folder(tmp_path: Path) -> AppPaths:
    paths = AppPaths.under(tmp_path / "data")
    with opened_journal(paths, clock=lambda: NOW) as journal:
        journal.entries.record(CryingEpisode(occurred_at=NOW - timedelta(hours=1), intensity=3,
                                     note=MARKER))  # fmt: skip
    return paths


def child_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MOODAPP_", "XDG_"))}
    return {**env, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}


@pytest.mark.parametrize("name", ["journal.json", "tables.zip", "tables"])
def test_an_export_killed_before_its_rename_is_cleaned_at_the_next_run(
    tmp_path: Path, journal_folder: AppPaths, name: str
) -> None:
    """Killed with the whole export written under its temporary name: the next run of
    moodapp removes it, and leaves the person's own files in that folder alone."""
    target_dir = tmp_path / "exports"
    target_dir.mkdir()
    (target_dir / ".keep").write_text("the person's")
    arguments = ["--data-dir", str(journal_folder.data_dir), "export", "--output",
                 str(target_dir / name)]  # fmt: skip
    killed_at("os:replace", f".{name}.", 1, arguments, child_env(tmp_path))
    (left,) = (p for p in target_dir.iterdir() if p.name != ".keep")
    assert left.name.startswith(f".{name}.")
    assert not (target_dir / name).exists()

    with opened_journal(journal_folder) as journal:  # the next run
        assert [e.note for e in journal.entries.entries()] == [MARKER]
    assert hidden(target_dir) == [".keep"] and (target_dir / ".keep").read_text() == "the person's"
    assert list(target_dir.iterdir()) == [target_dir / ".keep"]
    assert list((journal_folder.data_dir / "unfinished").iterdir()) == []
