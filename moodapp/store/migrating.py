"""Bringing a journal's schema up to date with the numbered files in ``migrations/``,
after a copy of a journal that has entries already."""

from __future__ import annotations

import contextlib
from importlib import resources
from pathlib import Path

from peewee import SqliteDatabase

from moodapp.store.snapshot import snapshot, timestamp

MIGRATION_TABLE = "schema_migration"


class MigrationBroken(Exception):
    """A migration file that peewee's runner cannot use (its MigrationError, loaded only
    when opening runs the migrations)."""


def default_migrations_dir() -> contextlib.AbstractContextManager[Path]:
    return resources.as_file(resources.files("moodapp.store") / "migrations")


def known_migrations(migrations_dir: Path) -> set[str]:
    return {p.stem for p in migrations_dir.glob("[0-9]*.py")}


def migrate(db: SqliteDatabase, path: Path, backup_dir: Path, migrations_dir: Path) -> None:
    from playhouse.migrations import MigrationError, Runner  # not loaded when none can be due

    try:
        runner = Runner(db, str(migrations_dir), table_name=MIGRATION_TABLE)
        status = runner.status()
        pending = [m.name for m in status if not m.applied]
        if pending and any(m.applied for m in status):
            snapshot(db, backup_dir / f"{path.stem}-{timestamp()}-before-{pending[0]}.sqlite3")
        runner.up()
    except MigrationError as error:
        raise MigrationBroken(str(error)) from error
