"""Writing the journal as the CSV tables of ``csv_tables``, into a folder or a zip."""

from __future__ import annotations

import csv
import io
import operator
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from moodapp.collector import collector_paused
from moodapp.domain.entries import CryingEpisode
from moodapp.exchange.batch import ExportInfo, JournalContent, Progress, no_progress
from moodapp.exchange.csv_tables import (
    ABOUT,
    CHECK_INS,
    EMOTIONS,
    ENCODING,
    ENTRY_EMOTIONS,
    ENTRY_TAGS,
    ENTRY_TRIGGERS,
    EPISODES,
    FORMAT_NAME,
    FORMAT_VERSION,
    REFLECTIONS,
    SETTINGS,
    TABLES,
    TAGS,
    TRIGGERS,
    Table,
)
from moodapp.exchange.records import (
    emotion_to_dict,
    entry_to_dict,
    reflection_to_dict,
    trigger_to_dict,
)


def _cells(row: Iterable[Any]) -> list[Any]:
    # csv writes None as an empty cell and any other value as str() gives it (a float as
    # repr, the same): only true and false need spelling out.
    return [
        ("true" if value else "false") if value is True or value is False else value
        for value in row
    ]


def _ordered(table: Table, record: dict[str, Any]) -> list[Any]:
    return [record[name] for name in table.header]


def _table_rows(content: JournalContent, info: ExportInfo) -> dict[Table, list[Sequence[Any]]]:
    rows: dict[Table, list[Sequence[Any]]] = defaultdict(list)
    rows[ABOUT] = [
        ["format", FORMAT_NAME],
        ["version", FORMAT_VERSION],
        ["exported_at", info.exported_at.isoformat()],
        ["app_version", info.app_version],
        ["from", info.start and info.start.isoformat()],
        ["to", info.end and info.end.isoformat()],
    ]
    # What _ordered gives, picked in one call for each of the journal's entries.
    episode_cells = operator.itemgetter(*EPISODES.header)
    check_in_cells = operator.itemgetter(*CHECK_INS.header)
    for entry in content.entries:
        data = entry_to_dict(entry)
        if isinstance(entry, CryingEpisode):
            rows[EPISODES].append(episode_cells(data))
            rows[ENTRY_TRIGGERS] += [[entry.uid, key] for key in data["triggers"]]
        else:
            rows[CHECK_INS].append(check_in_cells(data))
        rows[ENTRY_EMOTIONS] += [[entry.uid, k, v] for k, v in entry.emotions.items()]
        rows[ENTRY_TAGS] += [[entry.uid, tag] for tag in data["tags"]]
    rows[EMOTIONS] = [_ordered(EMOTIONS, emotion_to_dict(e)) for e in content.emotions]
    rows[TRIGGERS] = [_ordered(TRIGGERS, trigger_to_dict(t)) for t in content.triggers]
    rows[REFLECTIONS] = [_ordered(REFLECTIONS, reflection_to_dict(r)) for r in content.reflections]
    rows[TAGS] = [[tag] for tag in sorted(content.tags, key=str.casefold)]
    rows[SETTINGS] = [[k, v] for k, v in sorted(content.settings.items())]
    return rows


def _csv_bytes(table: Table, rows: list[Sequence[Any]]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text)  # RFC 4180: commas, "quotes", CRLF line ends
    writer.writerow(table.header)
    writer.writerows(map(_cells, rows))
    return text.getvalue().encode(ENCODING)


def _tables_as_bytes(
    content: JournalContent, info: ExportInfo, progress: Progress
) -> Iterator[tuple[str, bytes]]:
    with collector_paused():
        rows = _table_rows(content, info)
    for done, table in enumerate(TABLES):
        progress("tables", done, len(TABLES))
        yield table.file, _csv_bytes(table, rows[table])


def write_csv_folder(
    content: JournalContent, info: ExportInfo, folder: Path, progress: Progress = no_progress
) -> None:
    """Write every table into ``folder``, which exists and is empty."""
    for name, data in _tables_as_bytes(content, info, progress):
        (folder / name).write_bytes(data)


def write_csv_zip(
    content: JournalContent, info: ExportInfo, path: Path, progress: Progress = no_progress
) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in _tables_as_bytes(content, info, progress):
            archive.writestr(name, data)
