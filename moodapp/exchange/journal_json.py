"""The whole journal as one JSON file, described in docs/EXPORT-FORMATS.md and
docs/moodapp-journal.schema.json.

    {"format": "moodapp-journal", "version": 1, "exported_at": ..., "app_version": ...,
     "range": {"from": ..., "to": ...}, "emotions": [...], "triggers": [...],
     "tags": [...], "settings": {...}, "entries": [...], "reflections": [...]}
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from moodapp.collector import collector_paused
from moodapp.domain.storable import non_text_character
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.exchange.batch import (
    ExportInfo,
    FormatError,
    ImportBatch,
    JournalContent,
    Progress,
    newer_version,
    no_progress,
)
from moodapp.exchange.json_text import indented
from moodapp.exchange.limits import SizeLimit, check_json_size, check_rows
from moodapp.exchange.records import (
    emotion_from_dict,
    emotion_to_dict,
    entry_from_dict,
    entry_to_dict,
    reflection_from_dict,
    reflection_to_dict,
    tag_from_file,
    trigger_from_dict,
    trigger_to_dict,
)

FORMAT_NAME = "moodapp-journal"
FORMAT_VERSION = 1
PROGRESS_EVERY = 1000  # entries between two progress reports

# Messages for people, one place per module.
NESTED_TOO_DEEPLY = QT_TRANSLATE_NOOP(
    "ImportFile",
    "has lists or objects nested far more deeply than a moodapp export; the file may be damaged",
)
SETTING_NOT_TEXT = QT_TRANSLATE_NOOP(
    "ImportFile", "a setting holds a character that is not text; the file may be damaged"
)
NUMBER_TOO_LONG = QT_TRANSLATE_NOOP(
    "ImportFile",
    "holds a number with thousands of digits, which no moodapp export has; the file may be damaged",
)
NOT_UTF8 = QT_TRANSLATE_NOOP("ImportFile", "is not a text file in UTF-8, so not a moodapp export")
EMPTY = QT_TRANSLATE_NOOP("ImportFile", "is empty")
NOT_JSON = QT_TRANSLATE_NOOP(
    "ImportFile", "is not valid JSON ({error}); the file may be cut short or damaged"
)
NOT_A_LIST = QT_TRANSLATE_NOOP("ImportFile", "\u201c{name}\u201d must be a list")
SETTINGS_NOT_TEXTS = QT_TRANSLATE_NOOP("ImportFile", "\u201csettings\u201d must map names to texts")
NOT_AN_EXPORT = QT_TRANSLATE_NOOP("ImportFile", "is JSON, but not a moodapp journal export")
NO_VERSION = QT_TRANSLATE_NOOP("ImportFile", "has no format version")


def _date_or_none(day: Any) -> str | None:
    return None if day is None else day.isoformat()


def journal_to_dict(
    content: JournalContent, info: ExportInfo, progress: Progress = no_progress
) -> dict[str, Any]:
    total = len(content.entries)
    entries = []
    for done, entry in enumerate(content.entries):
        if done % PROGRESS_EVERY == 0:
            progress("entries", done, total)
        entries.append(entry_to_dict(entry))
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": info.exported_at.isoformat(),
        "app_version": info.app_version,
        "range": {"from": _date_or_none(info.start), "to": _date_or_none(info.end)},
        "emotions": [emotion_to_dict(e) for e in content.emotions],
        "triggers": [trigger_to_dict(t) for t in content.triggers],
        "tags": sorted(content.tags, key=str.casefold),
        "settings": dict(sorted(content.settings.items())),
        "entries": entries,
        "reflections": [reflection_to_dict(r) for r in content.reflections],
    }


def write_journal_json(
    content: JournalContent, info: ExportInfo, path: Path, progress: Progress = no_progress
) -> None:
    # What json.dump(document, out, ensure_ascii=False, indent=1) writes, made in one piece
    # in under half the time (see json_text) and written at once, not a value at a time.
    with collector_paused():
        text = indented(journal_to_dict(content, info, progress), 1)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(text)
        out.write("\n")


def _load(path: Path) -> Any:
    name = path.name
    try:
        text = SizeLimit(name).read_file(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FormatError(name, NOT_UTF8) from None
    if not text.strip():
        raise FormatError(name, EMPTY)
    check_json_size(text, name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"{name} line {error.lineno}, column {error.colno}"
        raise FormatError(where, NOT_JSON, error=error.msg) from None
    except RecursionError:
        raise FormatError(name, NESTED_TOO_DEEPLY) from None
    except ValueError:  # an integer longer than Python converts (sys.get_int_max_str_digits)
        raise FormatError(name, NUMBER_TOO_LONG) from None


def _list_of(document: dict[str, Any], name: str, source: str) -> list[Any]:
    value = document.get(name, [])
    if not isinstance(value, list):
        raise FormatError(source, NOT_A_LIST, name=name)
    check_rows(len(value), f"{source}, {name}")
    return value


def _settings(document: dict[str, Any], source: str) -> dict[str, str]:
    value = document.get("settings", {})
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise FormatError(source, SETTINGS_NOT_TEXTS)
    if any(non_text_character(k + v) for k, v in value.items()):
        raise FormatError(f"{source}, settings", SETTING_NOT_TEXT)
    return value


def _check_header(document: Any, source: str) -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise FormatError(source, NOT_AN_EXPORT)
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise FormatError(source, NO_VERSION)
    if version > FORMAT_VERSION:
        raise FormatError(source, newer_version(version, FORMAT_VERSION))
    return document


def _record_name(kind: str, index: int, record: Any) -> str:
    uid = record.get("uid") if isinstance(record, dict) else None
    suffix = f" (uid {uid})" if isinstance(uid, str) else ""
    return f"{kind} {index + 1}{suffix}"


def read_journal_json(path: Path, progress: Progress = no_progress) -> ImportBatch:
    """Everything a moodapp JSON export holds; raises FormatError naming the record and field."""
    source = path.name
    document = _check_header(_load(path), source)
    batch = ImportBatch(source=source)
    content = batch.content
    content.emotions = [
        emotion_from_dict(item, f"{source}, emotion {i + 1}")
        for i, item in enumerate(_list_of(document, "emotions", source))
    ]
    content.triggers = [
        trigger_from_dict(item, f"{source}, trigger {i + 1}")
        for i, item in enumerate(_list_of(document, "triggers", source))
    ]
    content.tags = [
        tag_from_file(tag, f"{source}, tag {i + 1}")
        for i, tag in enumerate(_list_of(document, "tags", source))
    ]
    content.settings = _settings(document, source)
    records = _list_of(document, "entries", source)
    for index, record in enumerate(records):
        if index % PROGRESS_EVERY == 0:
            progress("entries", index, len(records))
        where = f"{source}, {_record_name('entry', index, record)}"
        entry = entry_from_dict(record, where)
        content.entries.append(entry)
        batch.locations[entry.uid] = where
    for index, item in enumerate(_list_of(document, "reflections", source)):
        where = f"{source}, {_record_name('reflection', index, item)}"
        reflection = reflection_from_dict(item, where)
        content.reflections.append(reflection)
        batch.reflection_locations[reflection.uid] = where
    return batch
