"""The journal as tidy CSV tables, in a folder or a zip, described in docs/EXPORT-FORMATS.md.

One table per kind of thing, one row per thing, a header row, UTF-8 with a
byte-order mark (so spreadsheets pick the right encoding), ISO 8601 dates and
times, ``true``/``false``, ``.`` as the decimal point, and an empty cell for a
detail that was not recorded. Reading back names the table, line and column of
anything wrong.
"""

from __future__ import annotations

import csv
import io
import operator
import zipfile
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any

from moodapp.collector import collector_paused
from moodapp.domain.entries import CryingEpisode
from moodapp.domain.storable import canonical_uid
from moodapp.exchange.batch import (
    ExportInfo,
    FormatError,
    ImportBatch,
    JournalContent,
    Progress,
    csv_problem,
    no_progress,
)
from moodapp.exchange.limits import SizeLimit, check_rows
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

FORMAT_NAME = "moodapp-csv"
FORMAT_VERSION = 1
ENCODING = "utf-8-sig"
PROGRESS_EVERY = 1000

# How a column's cells become values: "text" keeps an empty cell as "", the others
# read an empty cell as "not recorded".
TEXT, OPTIONAL, INT, FLOAT, BOOL = "text", "optional", "int", "float", "bool"


@dataclass(frozen=True)
class Table:
    file: str
    columns: tuple[tuple[str, str], ...]  # (name, kind)

    @property
    def header(self) -> list[str]:
        return [name for name, _ in self.columns]


ABOUT = Table("export.csv", (("key", TEXT), ("value", TEXT)))
EPISODES = Table(
    "episodes.csv",
    (
        ("uid", TEXT), ("kind", TEXT), ("occurred_at", OPTIONAL), ("local_date", TEXT),
        ("intensity", INT), ("duration_minutes", INT), ("company", OPTIONAL),
        ("reaction", OPTIONAL), ("held_back", BOOL), ("ashamed", BOOL), ("resolved", OPTIONAL),
        ("mood_after", OPTIONAL), ("mood_after_score", INT), ("mood_later_score", INT),
        ("what_helped", TEXT), ("note", TEXT), ("created_at", OPTIONAL), ("updated_at", OPTIONAL),
    ),
)  # fmt: skip
CHECK_INS = Table(
    "check_ins.csv",
    (
        ("uid", TEXT), ("occurred_at", OPTIONAL), ("local_date", TEXT), ("mood", INT),
        ("energy", INT), ("urge_to_cry", INT), ("no_crying_today", BOOL), ("sleep_hours", FLOAT),
        ("daily_life_hard", INT), ("note", TEXT), ("created_at", OPTIONAL),
        ("updated_at", OPTIONAL),
    ),
)  # fmt: skip
ENTRY_EMOTIONS = Table(
    "entry_emotions.csv", (("entry_uid", TEXT), ("emotion", TEXT), ("intensity", INT))
)
ENTRY_TRIGGERS = Table("entry_triggers.csv", (("entry_uid", TEXT), ("trigger", TEXT)))
ENTRY_TAGS = Table("entry_tags.csv", (("entry_uid", TEXT), ("tag", TEXT)))
EMOTIONS = Table(
    "emotions.csv",
    (
        ("key", TEXT), ("label", TEXT), ("valence", OPTIONAL), ("colour", TEXT),
        ("builtin", BOOL), ("archived", BOOL), ("sort_order", INT),
    ),
)  # fmt: skip
TRIGGERS = Table(
    "triggers.csv",
    (
        ("key", TEXT), ("label", TEXT), ("valence", OPTIONAL), ("builtin", BOOL),
        ("archived", BOOL), ("sort_order", INT),
    ),
)  # fmt: skip
TAGS = Table("tags.csv", (("tag", TEXT),))
REFLECTIONS = Table(
    "reflections.csv",
    (("uid", TEXT), ("week_end", TEXT), ("text", TEXT), ("created_at", OPTIONAL),
     ("updated_at", OPTIONAL)),
)  # fmt: skip
SETTINGS = Table("settings.csv", (("key", TEXT), ("value", TEXT)))

TABLES = (
    ABOUT, EPISODES, CHECK_INS, ENTRY_EMOTIONS, ENTRY_TRIGGERS, ENTRY_TAGS,
    EMOTIONS, TRIGGERS, TAGS, REFLECTIONS, SETTINGS,
)  # fmt: skip
IDENTIFYING = (EPISODES, CHECK_INS)  # the tables that make a folder a moodapp export
# Every table but export.csv must be there: one left out would drop details silently. An
# export writes each table, with only its header row when it has nothing.
REQUIRED = tuple(t for t in TABLES if t is not ABOUT)

# Messages for people, one place per module.
NOT_AN_EXPORT = "has no {file}, so it is not a moodapp CSV export"
TABLE_MISSING = (
    "has no {file}. A moodapp CSV export always has it (with only its header row when it "
    "is empty), so the export is incomplete; nothing of it was imported"
)
ZIP_ENCRYPTED = "is protected with a password; moodapp exports are not, so it cannot be read"
ZIP_METHOD = "is compressed in a way moodapp cannot unpack; unzip it and import the folder"
NO_VERSION = "gives \u201c{version}\u201d as its format version, which is not one moodapp writes"
ZIP_NOT_A_ZIP = "is not a zip file, or it is damaged"
ZIP_VERSION = "is a zip of a kind moodapp cannot unpack, or it is damaged"
ZIP_DAMAGED = "cannot be unzipped: the zip file is damaged or cut short"


# -- writing -----------------------------------------------------------------


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


# -- reading -----------------------------------------------------------------

Opener = Callable[[str], IO[bytes] | None]


def _folder_opener(folder: Path, limit: SizeLimit) -> Opener:
    def open_table(name: str) -> IO[bytes] | None:
        path = folder / name
        return limit.stream(path.open("rb")) if path.is_file() else None

    return open_table


def _zip_opener(archive: zipfile.ZipFile, limit: SizeLimit) -> Opener:
    """Tables at the top of the zip, or in its one folder (a zipped export folder)."""
    # Not ZipInfo.is_dir(), which fails on an empty name.
    tables = [i for i in archive.infolist() if not i.filename.endswith("/")]
    members = {PurePosixPath(i.filename).name: i for i in tables}

    def open_table(name: str) -> IO[bytes] | None:
        member = members.get(name)
        if member is None:
            return None
        where = f"{limit.source}, {name}"
        if member.flag_bits & 0x1:
            raise FormatError(where, ZIP_ENCRYPTED)
        try:
            return limit.stream(archive.open(member))
        except NotImplementedError:
            raise FormatError(where, ZIP_METHOD) from None

    return open_table


def _value(kind: str, column: str, cell: str, where: str) -> Any:
    if kind == TEXT:
        return cell
    if cell == "":
        return None
    try:
        if kind == INT:
            return int(cell)
        if kind == FLOAT:
            return float(cell)
    except ValueError:
        what = "a whole number" if kind == INT else "a number like 7.5"
        quoted = cell if len(cell) <= 40 else cell[:40] + "\u2026"
        raise FormatError(where, f"column {column}: \u201c{quoted}\u201d is not {what}") from None
    if kind == BOOL:
        if cell.casefold() not in ("true", "false"):
            raise FormatError(where, f"column {column}: \u201c{cell}\u201d is not true or false")
        return cell.casefold() == "true"
    return cell


def _rows(
    opener: Opener, table: Table, source: str, progress: Progress
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, values) of each row; where is like "journal.zip, episodes.csv line 12"."""
    raw = opener(table.file)
    if raw is None:
        if table in IDENTIFYING:
            raise FormatError(source, NOT_AN_EXPORT.format(file=table.file))
        if table in REQUIRED:
            raise FormatError(source, TABLE_MISSING.format(file=table.file))
        return
    with io.TextIOWrapper(raw, encoding=ENCODING, newline="") as text:
        reader = csv.reader(text)
        name = f"{source}, {table.file}"
        try:
            header = next(reader, None)
            if header is None:
                raise FormatError(f"{name} line 1", "the header row is missing")
            missing = [c for c in table.header if c not in header and c != "local_date"]
            if missing:
                names = ", ".join(missing)
                raise FormatError(
                    f"{name} line 1",
                    f"the column {names} is missing"
                    if len(missing) == 1
                    else f"the columns {names} are missing",
                )
            line = reader.line_num + 1
            for count, cells in enumerate(reader):
                if count % PROGRESS_EVERY == 0:
                    progress(table.file, count, 0)
                    check_rows(count, name)  # blank rows count too: they cost time
                where = f"{name} line {line}"
                line = reader.line_num + 1
                if not any(cells):
                    continue
                if len(cells) != len(header):
                    raise FormatError(
                        where, f"has {len(cells)} cells, but the header has {len(header)}"
                    )
                by_name = dict(zip(header, cells, strict=True))
                yield (
                    where,
                    {
                        column: _value(kind, column, by_name[column], where)
                        for column, kind in table.columns
                        if column in by_name
                    },
                )
        except UnicodeDecodeError:
            raise FormatError(name, "is not a text file in UTF-8") from None
        except csv.Error as error:
            raise FormatError(f"{name} line {reader.line_num}", csv_problem(error)) from None
        except (zlib.error, zipfile.BadZipFile, EOFError):
            raise FormatError(name, ZIP_DAMAGED) from None


def _check_about(opener: Opener, source: str) -> None:
    about = {row["key"]: row["value"] for _, row in _rows(opener, ABOUT, source, no_progress)}
    if about and about.get("format") != FORMAT_NAME:
        raise FormatError(f"{source}, export.csv", "does not describe a moodapp CSV export")
    version = about.get("version", "1")
    number = version.lstrip("0") or "0"  # at most nine digits: int() refuses thousands
    if not (number.isascii() and number.isdigit()) or len(number) > 9:
        quoted = version if len(version) <= 40 else version[:40] + "\u2026"
        raise FormatError(f"{source}, export.csv", NO_VERSION.format(version=quoted))
    if int(number) > FORMAT_VERSION:
        raise FormatError(
            f"{source}, export.csv",
            f"was written in format version {version} by a newer moodapp; "
            f"this version reads up to {FORMAT_VERSION}. Please update moodapp.",
        )


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
            raise FormatError(where, f"no entry has the uid \u201c{row['entry_uid']}\u201d")
        links[uid].append((row[column], row))
    return links


def _read_tables(opener: Opener, source: str, progress: Progress) -> ImportBatch:
    _check_about(opener, source)
    batch = ImportBatch(source=source)
    content = batch.content
    records: list[tuple[str, dict[str, Any]]] = [
        *_rows(opener, EPISODES, source, progress),
        *(
            (where, {**row, "kind": "check-in"})
            for where, row in _rows(opener, CHECK_INS, source, progress)
        ),
    ]
    uids = {_same_uid(row["uid"]) for _, row in records}
    emotions = _links(_rows(opener, ENTRY_EMOTIONS, source, progress), "emotion", uids)
    triggers = _links(_rows(opener, ENTRY_TRIGGERS, source, progress), "trigger", uids)
    tags = _links(_rows(opener, ENTRY_TAGS, source, progress), "tag", uids)
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
        emotion_from_dict(r, w) for w, r in _rows(opener, EMOTIONS, source, progress)
    ]
    content.triggers = [
        trigger_from_dict(r, w) for w, r in _rows(opener, TRIGGERS, source, progress)
    ]
    content.tags = [tag_from_file(r["tag"], w) for w, r in _rows(opener, TAGS, source, progress)]
    for where, row in _rows(opener, REFLECTIONS, source, progress):
        reflection = reflection_from_dict(row, where)
        content.reflections.append(reflection)
        batch.reflection_locations[reflection.uid] = where
    for where, row in _rows(opener, SETTINGS, source, progress):
        content.settings[row["key"]] = row["value"]
        batch.setting_locations[row["key"]] = where
    return batch


def read_csv_export(path: Path, progress: Progress = no_progress) -> ImportBatch:
    """The journal in a moodapp CSV export, a folder or a zip; raises FormatError."""
    limit = SizeLimit(path.name)
    if path.is_dir():
        return _read_tables(_folder_opener(path, limit), path.name, progress)
    if path.suffix.lower() == ".csv":
        raise FormatError(
            path.name,
            "is a single table; a moodapp CSV export is a folder or zip of tables. "
            "For a Daylio export, choose the Daylio format.",
        )
    try:
        archive = zipfile.ZipFile(path)
    except NotImplementedError:  # a zip format newer than Python's (zip file version 8.4)
        raise FormatError(path.name, ZIP_VERSION) from None
    except (zipfile.BadZipFile, EOFError, UnicodeDecodeError):  # names said to be UTF-8
        raise FormatError(path.name, ZIP_NOT_A_ZIP) from None
    try:
        with archive:
            return _read_tables(_zip_opener(archive, limit), path.name, progress)
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise FormatError(path.name, ZIP_NOT_A_ZIP) from None
