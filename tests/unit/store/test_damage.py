"""A damaged journal, as the commands meet it: each command works or says the journal is
damaged (exit status 1, never a traceback), and a refused journal stays byte for byte as
it was. Damage found while reading is refused at the next open too, until the file changes."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import peewee
import pytest

from moodapp.__main__ import main
from moodapp.domain.entries import CheckIn, CryingEpisode, Entry
from moodapp.paths import AppPaths
from moodapp.services.clock import local_now
from moodapp.services.journal import JournalDamaged, open_journal, opened_journal

COMMANDS = (
    ("list",),
    ("list", "--json"),
    ("export", "--output", "{folder}/out.json"),
    ("add", "check-in", "--mood", "1", "--energy", "0", "--note", "after the damage"),
)
FLIPS = 30
CUTS = 10


@pytest.fixture(autouse=True)
def _restore_umask() -> Iterator[None]:  # main() sets 077 for the process
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


@pytest.fixture(scope="module")
def whole_journal(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a closed journal with episodes and check-ins, their emotions, triggers,
    tags and notes, so that damage can land in every kind of page."""
    paths = AppPaths.under(tmp_path_factory.mktemp("whole"))
    now = local_now()
    with opened_journal(paths) as journal:
        entries: list[Entry] = []
        for n in range(40):
            when = now - timedelta(days=n, hours=n % 5)
            episode = CryingEpisode(
                occurred_at=when,
                intensity=1 + n % 5,
                emotions={"sadness": n % 5, "relief": 1},
                triggers=frozenset({"loss"}),
                tags=frozenset({f"t{n}"}),
                note=f"episode note {n} " * 3,
            )
            check_in = CheckIn(
                occurred_at=when - timedelta(hours=2),
                mood=n % 7 - 3,
                energy=0,
                emotions={"calm": 2},
                note=f"check-in {n}",
            )
            entries += [episode, check_in]
        journal.entries.save_many(entries)
    return paths.journal_file.read_bytes()


def every_command_works_or_says_damaged(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> list[int]:
    journal = data / "journal.sqlite3"
    codes = []
    for command in COMMANDS:
        before = journal.read_bytes()
        code = main(["--data-dir", str(data), *(a.format(folder=data) for a in command)])
        err = capsys.readouterr().err
        assert code in (0, 1), (command, code, err)
        if code == 1:
            assert "is damaged" in err or "is empty" in err or "was found damaged" in err, err
            assert "Traceback" not in err
            assert journal.read_bytes() == before, f"{command} changed a refused journal"
        codes.append(code)
    return codes


def damaged_copy(tmp_path: Path, content: bytes) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    (data / "journal.sqlite3").write_bytes(content)
    return data


@pytest.mark.parametrize("seed", range(FLIPS))
def test_sixteen_random_bytes_changed_anywhere(
    seed: int, whole_journal: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(seed)
    content = bytearray(whole_journal)
    at = rng.randrange(100, len(content) - 16)  # past the header: it has tests of its own
    content[at : at + 16] = rng.randbytes(16)
    every_command_works_or_says_damaged(damaged_copy(tmp_path, bytes(content)), capsys)


@pytest.mark.parametrize("seed", range(CUTS))
def test_cut_short_anywhere(
    seed: int, whole_journal: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    length = [len(whole_journal) - 1, len(whole_journal) - 4096, 0][seed] if seed < 3 else (
        random.Random(seed).randrange(1, len(whole_journal))
    )  # fmt: skip
    data = damaged_copy(tmp_path, whole_journal[:length])
    assert every_command_works_or_says_damaged(data, capsys) == [1] * len(COMMANDS)


def write_text_that_is_not_utf8(journal: Path) -> None:
    """Bytes that are no text where a note belongs: well formed for SQLite's checks."""
    conn = sqlite3.connect(journal)
    conn.execute("UPDATE check_in SET note = CAST(x'6e6fff7465' AS TEXT) WHERE id = 3")
    conn.commit()
    conn.close()


def test_damage_found_while_reading_is_refused_until_the_file_changes(
    whole_journal: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = damaged_copy(tmp_path, whole_journal)
    journal = data / "journal.sqlite3"
    write_text_that_is_not_utf8(journal)
    damaged = journal.read_bytes()
    assert every_command_works_or_says_damaged(data, capsys) == [1] * len(COMMANDS)
    assert journal.read_bytes() == damaged
    with pytest.raises(JournalDamaged, match="was found damaged when it was last read"):
        open_journal(AppPaths.under(data))  # as the window opens it
    journal.write_bytes(whole_journal)  # a good copy put in its place
    assert every_command_works_or_says_damaged(data, capsys) == [0] * len(COMMANDS)


def malformed_error(tmp_path: Path) -> sqlite3.DatabaseError:
    """SQLite's own error for a damaged page, from a file whose pages are garbage."""
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    conn = sqlite3.connect(garbage)
    try:
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as error:
        return error
    finally:
        conn.close()
    raise AssertionError("garbage pages were read as a database")


def test_damage_met_while_saving_is_said_as_damage(
    whole_journal: bytes,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A save that meets damage SQLite's checks did not see says so, like a read."""
    from moodapp.store import entries

    error = malformed_error(tmp_path)

    def meet_damage(entry: object) -> None:
        raise peewee.DatabaseError(error)  # as peewee wraps the driver's error

    monkeypatch.setattr(entries, "write_entry", meet_damage)
    data = damaged_copy(tmp_path, whole_journal)
    before = (data / "journal.sqlite3").read_bytes()
    code = main(["--data-dir", str(data), *COMMANDS[-1]])
    err = capsys.readouterr().err
    assert code == 1, err
    assert f"is damaged: reading it failed (SQLite says: {error})" in err
    assert (data / "journal.sqlite3").read_bytes() == before
    monkeypatch.undo()
    with pytest.raises(JournalDamaged, match="was found damaged"):
        open_journal(AppPaths.under(data))
