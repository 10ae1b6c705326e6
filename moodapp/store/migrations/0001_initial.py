"""The whole data model of docs/ARCHITECTURE.md, and the built-in emotions and triggers.

Frozen: the tables are written out as SQL so that this file keeps meaning the
same thing when the models change. Later changes are new numbered files.
"""

from moodapp.domain.catalogue import BUILTIN_EMOTIONS, BUILTIN_TRIGGERS

TABLES = """
CREATE TABLE "emotion" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "valence" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "builtin" INTEGER NOT NULL,
    "archived" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX "emotion_key" ON "emotion" ("key");

CREATE TABLE "trigger" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "valence" TEXT NOT NULL,
    "builtin" INTEGER NOT NULL,
    "archived" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX "trigger_key" ON "trigger" ("key");

CREATE TABLE "tag" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL COLLATE NOCASE
) STRICT;
CREATE UNIQUE INDEX "tag_name" ON "tag" ("name");

CREATE TABLE "crying_episode" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "uid" TEXT NOT NULL,
    "occurred_at" TEXT NOT NULL,
    "utc_offset_minutes" INTEGER NOT NULL,
    "local_date" TEXT NOT NULL,
    "kind" TEXT NOT NULL CHECK (kind IN ('cried', 'almost-cried')),
    "intensity" INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 5),
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
) STRICT;
CREATE UNIQUE INDEX "crying_episode_uid" ON "crying_episode" ("uid");
CREATE INDEX "crying_episode_occurred_at" ON "crying_episode" ("occurred_at");
CREATE INDEX "crying_episode_local_date" ON "crying_episode" ("local_date");

CREATE TABLE "episode_emotion" (
    "episode_id" INTEGER NOT NULL,
    "emotion_id" INTEGER NOT NULL,
    "intensity" INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 4),
    PRIMARY KEY ("episode_id", "emotion_id"),
    FOREIGN KEY ("episode_id") REFERENCES "crying_episode" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("emotion_id") REFERENCES "emotion" ("id") ON DELETE RESTRICT
) STRICT;
CREATE INDEX "episode_emotion_episode_id" ON "episode_emotion" ("episode_id");
CREATE INDEX "episode_emotion_emotion_id" ON "episode_emotion" ("emotion_id");

CREATE TABLE "episode_trigger" (
    "episode_id" INTEGER NOT NULL,
    "trigger_id" INTEGER NOT NULL,
    PRIMARY KEY ("episode_id", "trigger_id"),
    FOREIGN KEY ("episode_id") REFERENCES "crying_episode" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("trigger_id") REFERENCES "trigger" ("id") ON DELETE RESTRICT
) STRICT;
CREATE INDEX "episode_trigger_episode_id" ON "episode_trigger" ("episode_id");
CREATE INDEX "episode_trigger_trigger_id" ON "episode_trigger" ("trigger_id");

CREATE TABLE "check_in" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "uid" TEXT NOT NULL,
    "occurred_at" TEXT NOT NULL,
    "utc_offset_minutes" INTEGER NOT NULL,
    "local_date" TEXT NOT NULL,
    "mood" INTEGER NOT NULL CHECK (mood BETWEEN -3 AND 3),
    "energy" INTEGER NOT NULL CHECK (energy BETWEEN -3 AND 3),
    "urge_to_cry" INTEGER CHECK (urge_to_cry BETWEEN 0 AND 4),
    "no_crying_today" INTEGER NOT NULL,
    "sleep_hours" REAL CHECK (sleep_hours BETWEEN 0 AND 24),
    "daily_life_hard" INTEGER CHECK (daily_life_hard BETWEEN 0 AND 3),
    "note" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX "check_in_uid" ON "check_in" ("uid");
CREATE INDEX "check_in_occurred_at" ON "check_in" ("occurred_at");
CREATE INDEX "check_in_local_date" ON "check_in" ("local_date");

CREATE TABLE "check_in_emotion" (
    "check_in_id" INTEGER NOT NULL,
    "emotion_id" INTEGER NOT NULL,
    "intensity" INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 4),
    PRIMARY KEY ("check_in_id", "emotion_id"),
    FOREIGN KEY ("check_in_id") REFERENCES "check_in" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("emotion_id") REFERENCES "emotion" ("id") ON DELETE RESTRICT
) STRICT;
CREATE INDEX "check_in_emotion_check_in_id" ON "check_in_emotion" ("check_in_id");
CREATE INDEX "check_in_emotion_emotion_id" ON "check_in_emotion" ("emotion_id");

CREATE TABLE "entry_tag" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "episode_id" INTEGER,
    "check_in_id" INTEGER,
    "tag_id" INTEGER NOT NULL,
    FOREIGN KEY ("episode_id") REFERENCES "crying_episode" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("check_in_id") REFERENCES "check_in" ("id") ON DELETE CASCADE,
    FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE RESTRICT,
    CHECK ((episode_id IS NULL) <> (check_in_id IS NULL))
) STRICT;
CREATE INDEX "entry_tag_episode_id" ON "entry_tag" ("episode_id");
CREATE INDEX "entry_tag_check_in_id" ON "entry_tag" ("check_in_id");
CREATE INDEX "entry_tag_tag_id" ON "entry_tag" ("tag_id");
CREATE UNIQUE INDEX "entry_tag_episode_id_tag_id" ON "entry_tag" ("episode_id", "tag_id");
CREATE UNIQUE INDEX "entry_tag_check_in_id_tag_id" ON "entry_tag" ("check_in_id", "tag_id");

CREATE TABLE "setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
) STRICT;
"""


def up(migrator, db):
    for statement in TABLES.split(";"):
        if statement.strip():
            db.execute_sql(statement)
    for e in BUILTIN_EMOTIONS:
        db.execute_sql(
            'INSERT INTO "emotion" (key, label, valence, colour, builtin, archived, sort_order) '
            "VALUES (?, ?, ?, ?, 1, 0, ?)",
            (e.key, e.label, e.valence.value, e.colour, e.sort_order),
        )
    for t in BUILTIN_TRIGGERS:
        db.execute_sql(
            'INSERT INTO "trigger" (key, label, valence, builtin, archived, sort_order) '
            "VALUES (?, ?, ?, 1, 0, ?)",
            (t.key, t.label, t.valence.value, t.sort_order),
        )
