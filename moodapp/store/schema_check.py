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
def expected_schema(migrations_dir: Path, migration_table: str, applied: frozenset[str]) -> Schema:
    """The schema the ``applied`` migrations make, each in its turn. One that is not
    applied but numbered before the last applied one (still to be run on this journal)
    is marked as run without running it, so its tables are not expected yet."""
    from playhouse.migrations import Runner  # loaded for the full check only

    db = SqliteDatabase(":memory:")
    db.connect()
    try:
        runner = Runner(db, str(migrations_dir), table_name=migration_table)
        last = max(applied)  # numbered with leading zeros
        runner.History.create_table()
        for migration in runner.migrations():
            if migration.name < last and migration.name not in applied:
                runner.History.create(name=migration.name)
        runner.up(last)
        return read_schema(db.connection())  # type: ignore[no-untyped-call]
    finally:
        db.close()


def missing_parts(
    conn: Any, migrations_dir: Path, migration_table: str, applied: list[str]
) -> list[str]:
    """What the journal lacks of the schema its applied migrations made, in words."""
    if not applied:
        return []
    found = read_schema(conn)
    missing = []
    expected = expected_schema(migrations_dir, migration_table, frozenset(applied))
    for (kind, name), columns in expected.items():
        if (kind, name) not in found:
            missing.append(f"the {kind} {name}")
        else:
            missing += [f"the column {name}.{c}" for c in sorted(columns - found[(kind, name)])]
    return missing
