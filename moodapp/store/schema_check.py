"""Whether a journal has every table, column and index its migrations made.

A journal that lost a table (dropped by another program, or damaged in a way
SQLite's own check does not see) would fail later, in the middle of a save or a
list. The expected schema is what the same migrations make in an empty database
in memory, read like the journal's own: from sqlite_master and table_info.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase
from playhouse.migrations import Runner

Schema = dict[tuple[str, str], frozenset[str]]  # (type, name) -> columns (none for an index)

_OBJECTS = "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index', 'view')"


def read_schema(conn: Any) -> Schema:
    """The tables (with their columns), indexes and views of an open DB-API connection."""
    schema: Schema = {}
    for kind, name in conn.execute(_OBJECTS).fetchall():
        columns: frozenset[str] = frozenset()
        if kind == "table":
            escaped = name.replace('"', '""')
            columns = frozenset(row[1] for row in conn.execute(f'PRAGMA table_info("{escaped}")'))
        schema[(kind, name)] = columns
    return schema


@functools.cache
def expected_schema(migrations_dir: Path, migration_table: str, last: str) -> Schema:
    """The schema the migrations up to ``last`` make."""
    db = SqliteDatabase(":memory:")
    db.connect()
    try:
        Runner(db, str(migrations_dir), table_name=migration_table).up(last)
        return read_schema(db.connection())  # type: ignore[no-untyped-call]
    finally:
        db.close()


def missing_parts(
    conn: Any, migrations_dir: Path, migration_table: str, applied: list[str]
) -> list[str]:
    """What the journal lacks of the schema its applied migrations made, in words."""
    if not applied:
        return []
    last = max(applied)  # numbered with leading zeros
    found = read_schema(conn)
    missing = []
    for (kind, name), columns in expected_schema(migrations_dir, migration_table, last).items():
        if (kind, name) not in found:
            missing.append(f"the {kind} {name}")
        else:
            missing += [f"the column {name}.{c}" for c in sorted(columns - found[(kind, name)])]
    return missing
