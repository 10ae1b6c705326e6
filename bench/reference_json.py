"""The yardstick for `moodapp list --json` and the JSON export: a plain script that reads the
same rows with Python's sqlite3 module and writes the same JSON shape, nothing more.

    python -m bench.reference_json list JOURNAL_FILE          (to standard output)
    python -m bench.reference_json export JOURNAL_FILE OUTPUT

It imports nothing of moodapp, so its time is what the work itself costs in Python.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from datetime import UTC, datetime
from typing import Any

EPISODE_FIELDS = ("intensity", "duration_minutes", "triggers", "company", "reaction",
                  "held_back", "ashamed", "resolved", "mood_after", "mood_after_score",
                  "mood_later_score", "what_helped")  # fmt: skip
CHECK_IN_FIELDS = ("mood", "energy", "urge_to_cry", "no_crying_today", "sleep_hours",
                   "daily_life_hard")  # fmt: skip
FLAGS = ("held_back", "ashamed", "no_crying_today", "builtin", "archived")


def _offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _utc(text: str) -> str:
    return text.removesuffix("Z") + "+00:00"


def _links(db: sqlite3.Connection, sql: str) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = {}
    for owner, *value in db.execute(sql):
        found.setdefault(owner, []).append(value)
    return found


def _entries(db: sqlite3.Connection, table: str, owner: str, fields: tuple[str, ...]) -> list[
        dict[str, Any]]:  # fmt: skip
    emotions = _links(db, f"SELECT l.{owner}, e.key, l.intensity FROM {table}_emotion l "
                          "JOIN emotion e ON e.id = l.emotion_id")  # fmt: skip
    tags = _links(db, f"SELECT l.{owner}, t.name FROM entry_tag l JOIN tag t ON t.id = l.tag_id "
                      f"WHERE l.{owner} IS NOT NULL")  # fmt: skip
    triggers = _links(db, "SELECT l.episode_id, t.key FROM episode_trigger l "
                          "JOIN trigger t ON t.id = l.trigger_id")  # fmt: skip
    source = "crying_episode" if table == "episode" else table
    entries = []
    for row in db.execute(f"SELECT * FROM {source}"):
        entry = {
            "uid": row["uid"],
            "kind": row["kind"] if table == "episode" else "check-in",
            "occurred_at": row["occurred_at"] + _offset(row["utc_offset_minutes"]),
            "local_date": row["local_date"],
            "emotions": dict(emotions.get(row["id"], [])),
            "tags": sorted(name for (name,) in tags.get(row["id"], [])),
            "note": row["note"],
        }
        for field in fields:
            if field == "triggers":
                entry[field] = sorted(key for (key,) in triggers.get(row["id"], []))
            elif field in FLAGS and row[field] is not None:
                entry[field] = bool(row[field])
            else:
                entry[field] = row[field]
        entry["created_at"] = _utc(row["created_at"])
        entry["updated_at"] = _utc(row["updated_at"])
        entries.append(entry)
    return entries


def all_entries(db: sqlite3.Connection) -> list[dict[str, Any]]:
    entries = [*_entries(db, "episode", "episode_id", EPISODE_FIELDS),
               *_entries(db, "check_in", "check_in_id", CHECK_IN_FIELDS)]  # fmt: skip
    entries.sort(key=lambda e: (e["occurred_at"][:19], e["uid"]))
    return entries


def _catalogue(db: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    rows = db.execute(f"SELECT * FROM {table} ORDER BY sort_order, key")
    names = [column[0] for column in rows.description]
    items = []
    for row in rows:
        item = {name: value for name, value in zip(names, row, strict=True) if name != "id"}
        items.append({**item, "builtin": bool(item["builtin"]), "archived": bool(item["archived"])})
    return items


def document(db: sqlite3.Connection) -> dict[str, Any]:
    reflections = [{"uid": r["uid"], "week_end": r["week_end"], "text": r["text"],
                    "created_at": _utc(r["created_at"]), "updated_at": _utc(r["updated_at"])}
                   for r in db.execute("SELECT * FROM reflection ORDER BY week_end")]  # fmt: skip
    return {
        "format": "moodapp-journal",
        "version": 1,
        "exported_at": datetime.now(UTC).isoformat(),
        "app_version": "reference",
        "range": {"from": None, "to": None},
        "emotions": _catalogue(db, "emotion"),
        "triggers": _catalogue(db, "trigger"),
        "tags": sorted((n for (n,) in db.execute("SELECT name FROM tag")), key=str.casefold),
        "settings": dict(db.execute("SELECT key, value FROM setting ORDER BY key")),
        "entries": all_entries(db),
        "reflections": reflections,
    }


def main(args: list[str]) -> None:
    db = sqlite3.connect(f"file:{args[1]}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    if args[0] == "list":
        sys.stdout.write(json.dumps(all_entries(db), ensure_ascii=False, indent=2) + "\n")
    else:
        with open(args[2], "w", encoding="utf-8", newline="\n") as out:
            json.dump(document(db), out, ensure_ascii=False, indent=1)
            out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
