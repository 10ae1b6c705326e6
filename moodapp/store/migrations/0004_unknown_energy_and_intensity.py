"""Energy of a check-in and intensity of an episode may be unknown (NULL).

Imports from other apps (Daylio has neither) must not invent them. SQLite cannot
drop NOT NULL in place, so both tables are rebuilt the way SQLite documents
(https://www.sqlite.org/lang_altertable.html, "other kinds of table schema
changes"): foreign keys off, then in one transaction create the new table, copy,
drop the old, rename, recreate the indexes, check the foreign keys; then foreign
keys on again. The runner's own transaction is switched off for that reason.
"""

atomic = False

CHECK_IN = """
CREATE TABLE "check_in_new" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "uid" TEXT NOT NULL,
    "occurred_at" TEXT NOT NULL,
    "utc_offset_minutes" INTEGER NOT NULL,
    "local_date" TEXT NOT NULL,
    "mood" INTEGER NOT NULL CHECK (mood BETWEEN -3 AND 3),
    "energy" INTEGER CHECK (energy BETWEEN -3 AND 3),
    "urge_to_cry" INTEGER CHECK (urge_to_cry BETWEEN 0 AND 4),
    "no_crying_today" INTEGER NOT NULL,
    "sleep_hours" REAL CHECK (sleep_hours BETWEEN 0 AND 24),
    "daily_life_hard" INTEGER CHECK (daily_life_hard BETWEEN 0 AND 3),
    "note" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL
) STRICT
"""
CHECK_IN_INDEXES = (
    'CREATE UNIQUE INDEX "check_in_uid" ON "check_in" ("uid")',
    'CREATE INDEX "check_in_occurred_at" ON "check_in" ("occurred_at")',
    'CREATE INDEX "check_in_local_date" ON "check_in" ("local_date")',
)

EPISODE = """
CREATE TABLE "crying_episode_new" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "uid" TEXT NOT NULL,
    "occurred_at" TEXT NOT NULL,
    "utc_offset_minutes" INTEGER NOT NULL,
    "local_date" TEXT NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('cried', 'almost-cried')),
    "intensity" INTEGER CHECK (intensity BETWEEN 1 AND 5),
    "duration_minutes" INTEGER CHECK (duration_minutes BETWEEN 0 AND 1440),
    "company" TEXT,
    "reaction" TEXT,
    "held_back" INTEGER,
    "ashamed" INTEGER,
    "resolved" TEXT,
    "mood_after" TEXT,
    "mood_after_score" INTEGER CHECK (mood_after_score BETWEEN 0 AND 10),
    "mood_later_score" INTEGER CHECK (mood_later_score BETWEEN 0 AND 10),
    "what_helped" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL
) STRICT
"""
EPISODE_INDEXES = (
    'CREATE UNIQUE INDEX "crying_episode_uid" ON "crying_episode" ("uid")',
    'CREATE INDEX "crying_episode_occurred_at" ON "crying_episode" ("occurred_at")',
    'CREATE INDEX "crying_episode_local_date" ON "crying_episode" ("local_date")',
)


def _rebuild(db, table, create, indexes):
    columns = ", ".join(f'"{c.name}"' for c in db.get_columns(table))
    db.execute_sql(create)
    db.execute_sql(f'INSERT INTO "{table}_new" ({columns}) SELECT {columns} FROM "{table}"')
    db.execute_sql(f'DROP TABLE "{table}"')
    db.execute_sql(f'ALTER TABLE "{table}_new" RENAME TO "{table}"')
    for index in indexes:
        db.execute_sql(index)


def up(migrator, db):
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            _rebuild(db, "check_in", CHECK_IN, CHECK_IN_INDEXES)
            _rebuild(db, "crying_episode", EPISODE, EPISODE_INDEXES)
            broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"foreign keys broken by the rebuild: {broken[:5]}")
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")
