"""Weekly reflections: what the person noticed about a week, one note per week."""

TABLE = """
CREATE TABLE "reflection" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "uid" TEXT NOT NULL,
    "week_end" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX "reflection_uid" ON "reflection" ("uid");
CREATE UNIQUE INDEX "reflection_week_end" ON "reflection" ("week_end");
"""


def up(migrator, db):
    for statement in TABLE.split(";"):
        if statement.strip():
            db.execute_sql(statement)
