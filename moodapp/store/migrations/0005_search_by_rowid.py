"""The search index keys each entry by a rowid its own row determines.

Until now the index (0002) gave its rows rowids of its own and found an entry's row
by ``uid``, a column FTS5 does not index: every save, edit and delete read the whole
index. From here on an episode's words have the rowid 2 * id and a check-in's
2 * id + 1, so a write finds them by rowid. The index is made again with those rowids,
holding the same words as before.

Frozen like every migration: the SQL is written out here, even though
moodapp/store/search.py keeps the index in step with the same words.
"""

DROP = "DROP TABLE IF EXISTS entry_search"

CREATE = """
CREATE VIRTUAL TABLE entry_search USING fts5(
    uid UNINDEXED,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
)
"""

FILL_EPISODES = """
INSERT INTO entry_search (rowid, uid, body)
SELECT 2 * e.id, e.uid,
       e.note || ' · ' || e.what_helped
       || ' · ' || COALESCE((SELECT group_concat(m.label, ', ') FROM episode_emotion x
                           JOIN emotion m ON m.id = x.emotion_id
                           WHERE x.episode_id = e.id AND x.intensity > 0), '')
       || ' · ' || COALESCE((SELECT group_concat(t.label, ', ') FROM episode_trigger x
                           JOIN "trigger" t ON t.id = x.trigger_id
                           WHERE x.episode_id = e.id), '')
       || ' · ' || COALESCE((SELECT group_concat(g.name, ', ') FROM entry_tag x
                           JOIN tag g ON g.id = x.tag_id
                           WHERE x.episode_id = e.id), '')
FROM crying_episode e
"""

FILL_CHECK_INS = """
INSERT INTO entry_search (rowid, uid, body)
SELECT 2 * c.id + 1, c.uid,
       c.note
       || ' · ' || COALESCE((SELECT group_concat(m.label, ', ') FROM check_in_emotion x
                           JOIN emotion m ON m.id = x.emotion_id
                           WHERE x.check_in_id = c.id AND x.intensity > 0), '')
       || ' · ' || COALESCE((SELECT group_concat(g.name, ', ') FROM entry_tag x
                           JOIN tag g ON g.id = x.tag_id
                           WHERE x.check_in_id = c.id), '')
FROM check_in c
"""


def up(migrator, db):
    db.execute_sql(DROP)
    db.execute_sql(CREATE)
    db.execute_sql(FILL_EPISODES)
    db.execute_sql(FILL_CHECK_INS)
