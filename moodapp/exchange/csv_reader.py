"""Reading a moodapp CSV export, a folder or a zip, back into a journal's content: the
tables of ``csv_tables`` joined by entry uid. Anything wrong is named by table, line and
column."""

from __future__ import annotations

import zipfile
import zlib
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from moodapp.domain.storable import canonical_uid
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.exchange.batch import FormatError, ImportBatch, Progress, newer_version, no_progress
from moodapp.exchange.csv_rows import shortened, table_rows
from moodapp.exchange.csv_sources import Opener, folder_opener, zip_opener
from moodapp.exchange.csv_tables import (
    ABOUT,
    CHECK_INS,
    EMOTIONS,
    ENTRY_EMOTIONS,
    ENTRY_TAGS,
    ENTRY_TRIGGERS,
    EPISODES,
    FORMAT_NAME,
    FORMAT_VERSION,
    REFLECTIONS,
    SETTINGS,
    TAGS,
    TRIGGERS,
)
from moodapp.exchange.limits import SizeLimit
from moodapp.exchange.records import (
    emotion_from_dict,
    entry_from_dict,
    reflection_from_dict,
    tag_from_file,
    trigger_from_dict,
)

# Messages for people, one place per module.
NO_VERSION = QT_TRANSLATE_NOOP(
    "ImportFile",
    "gives \u201c{version}\u201d as its format version, which is not one moodapp writes",
)
ZIP_NOT_A_ZIP = QT_TRANSLATE_NOOP("ImportFile", "is not a zip file, or it is damaged")
ZIP_VERSION = QT_TRANSLATE_NOOP(
    "ImportFile", "is a zip of a kind moodapp cannot unpack, or it is damaged"
)
NOT_DESCRIBED = QT_TRANSLATE_NOOP("ImportFile", "does not describe a moodapp CSV export")
NO_SUCH_ENTRY = QT_TRANSLATE_NOOP("ImportFile", "no entry has the uid \u201c{uid}\u201d")
SINGLE_TABLE = QT_TRANSLATE_NOOP(
    "ImportFile",
    "is a single table; a moodapp CSV export is a folder or zip of tables. "
    "For a Daylio export, choose the Daylio format.",
)


def _check_about(opener: Opener, source: str) -> None:
    about = {row["key"]: row["value"] for _, row in table_rows(opener, ABOUT, source, no_progress)}
    if about and about.get("format") != FORMAT_NAME:
        raise FormatError(f"{source}, export.csv", NOT_DESCRIBED)
    version = about.get("version", "1")
    number = version.lstrip("0") or "0"  # at most nine digits: int() refuses thousands
    if not (number.isascii() and number.isdigit()) or len(number) > 9:
        raise FormatError(f"{source}, export.csv", NO_VERSION, version=shortened(version))
    if int(number) > FORMAT_VERSION:
        raise FormatError(f"{source}, export.csv", newer_version(version, FORMAT_VERSION))


def _same_uid(value: str) -> str:
    """The uid as the entry's own reader spells it, so that links find their entry."""
    return canonical_uid(value) or value


def _links(
    rows: Iterable[tuple[str, dict[str, Any]]], column: str, uids: set[str]
) -> dict[str, list[tuple[Any, dict[str, Any]]]]:
    """entry uid -> [(value of ``column``, the row)] of a link table's rows."""
    links: dict[str, list[tuple[Any, dict[str, Any]]]] = defaultdict(list)
    for where, row in rows:
        uid = _same_uid(row["entry_uid"])
        if uid not in uids:
            raise FormatError(where, NO_SUCH_ENTRY, uid=row["entry_uid"])
        links[uid].append((row[column], row))
    return links


def _read_tables(opener: Opener, source: str, progress: Progress) -> ImportBatch:
    _check_about(opener, source)
    batch = ImportBatch(source=source)
    content = batch.content
    records: list[tuple[str, dict[str, Any]]] = [
        *table_rows(opener, EPISODES, source, progress),
        *(
            (where, {**row, "kind": "check-in"})
            for where, row in table_rows(opener, CHECK_INS, source, progress)
        ),
    ]
    uids = {_same_uid(row["uid"]) for _, row in records}
    emotions = _links(table_rows(opener, ENTRY_EMOTIONS, source, progress), "emotion", uids)
    triggers = _links(table_rows(opener, ENTRY_TRIGGERS, source, progress), "trigger", uids)
    tags = _links(table_rows(opener, ENTRY_TAGS, source, progress), "tag", uids)
    for where, row in records:
        uid = _same_uid(row["uid"])
        row["emotions"] = {key: link["intensity"] for key, link in emotions.get(uid, [])}
        row["tags"] = [tag for tag, _ in tags.get(uid, [])]
        if row["kind"] != "check-in":
            row["triggers"] = [key for key, _ in triggers.get(uid, [])]
        entry = entry_from_dict(row, where)
        content.entries.append(entry)
        batch.locations[entry.uid] = where
    content.emotions = [
        emotion_from_dict(r, w) for w, r in table_rows(opener, EMOTIONS, source, progress)
    ]
    content.triggers = [
        trigger_from_dict(r, w) for w, r in table_rows(opener, TRIGGERS, source, progress)
    ]
    content.tags = [
        tag_from_file(r["tag"], w) for w, r in table_rows(opener, TAGS, source, progress)
    ]
    for where, row in table_rows(opener, REFLECTIONS, source, progress):
        reflection = reflection_from_dict(row, where)
        content.reflections.append(reflection)
        batch.reflection_locations[reflection.uid] = where
    for where, row in table_rows(opener, SETTINGS, source, progress):
        content.settings[row["key"]] = row["value"]
        batch.setting_locations[row["key"]] = where
    return batch


def read_csv_export(path: Path, progress: Progress = no_progress) -> ImportBatch:
    """The journal in a moodapp CSV export, a folder or a zip; raises FormatError."""
    limit = SizeLimit(path.name)
    if path.is_dir():
        return _read_tables(folder_opener(path, limit), path.name, progress)
    if path.suffix.lower() == ".csv":
        raise FormatError(path.name, SINGLE_TABLE)
    try:
        archive = zipfile.ZipFile(path)
    except NotImplementedError:  # a zip format newer than Python's (zip file version 8.4)
        raise FormatError(path.name, ZIP_VERSION) from None
    except (zipfile.BadZipFile, EOFError, UnicodeDecodeError):  # names said to be UTF-8
        raise FormatError(path.name, ZIP_NOT_A_ZIP) from None
    try:
        with archive:
            return _read_tables(zip_opener(archive, limit), path.name, progress)
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise FormatError(path.name, ZIP_NOT_A_ZIP) from None
