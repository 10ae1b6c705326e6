"""Rows of the journal database (peewee models).

The schema itself is owned by the numbered files in ``migrations/``; these
classes describe the current schema, and a test checks that the two agree.
Only ``store`` and ``services`` use these classes; services hand domain objects
to everything else.

Times: ``occurred_at`` is the local date-time the person lived
("2026-11-26T21:30:00"), ``utc_offset_minutes`` its offset, ``local_date`` its
day (kept as a column so that calendars and charts can GROUP BY it with an
index). ``created_at``/``updated_at`` are UTC ("2026-11-26T20:30:00.000000Z").
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    Check,
    CompositeKey,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from moodapp.store.bound_database import models_database


class BaseRow(Model):
    class Meta:
        database = models_database
        legacy_table_names = False
        strict_tables = True


class CatalogueItemRow(BaseRow):
    """The columns an emotion's row and a trigger's have alike (no table of its own)."""

    id = AutoField()
    key = TextField(unique=True)
    label = TextField()
    valence = TextField()
    builtin = BooleanField(default=False)
    archived = BooleanField(default=False)
    sort_order = IntegerField(default=0)


class EmotionRow(CatalogueItemRow):
    colour = TextField()

    class Meta:
        table_name = "emotion"


class TriggerRow(CatalogueItemRow):
    class Meta:
        table_name = "trigger"


class TagRow(BaseRow):
    id = AutoField()
    name = TextField(unique=True, collation="NOCASE")

    class Meta:
        table_name = "tag"


class EntryRow(BaseRow):
    """The columns every entry's row has (no table of its own)."""

    id = AutoField()
    uid = TextField(unique=True)
    occurred_at = TextField(index=True)
    utc_offset_minutes = IntegerField()
    local_date = TextField(index=True)
    note = TextField(default="")
    created_at = TextField()
    updated_at = TextField()


class EpisodeRow(EntryRow):
    kind = TextField(constraints=[Check("kind IN ('cried', 'almost-cried')")])
    intensity = IntegerField(null=True, constraints=[Check("intensity BETWEEN 1 AND 5")])
    duration_minutes = IntegerField(
        null=True, constraints=[Check("duration_minutes BETWEEN 0 AND 1440")]
    )
    company = TextField(null=True)
    reaction = TextField(null=True)
    held_back = BooleanField(null=True)
    ashamed = BooleanField(null=True)
    resolved = TextField(null=True)
    mood_after = TextField(null=True)
    mood_after_score = IntegerField(
        null=True, constraints=[Check("mood_after_score BETWEEN 0 AND 10")]
    )
    mood_later_score = IntegerField(
        null=True, constraints=[Check("mood_later_score BETWEEN 0 AND 10")]
    )
    what_helped = TextField(default="")

    class Meta:
        table_name = "crying_episode"


class EpisodeEmotionRow(BaseRow):
    episode = ForeignKeyField(EpisodeRow, on_delete="CASCADE", backref="emotion_links")
    emotion = ForeignKeyField(EmotionRow, on_delete="RESTRICT")
    intensity = IntegerField(constraints=[Check("intensity BETWEEN 0 AND 4")])

    class Meta:
        table_name = "episode_emotion"
        primary_key = CompositeKey("episode", "emotion")


class EpisodeTriggerRow(BaseRow):
    episode = ForeignKeyField(EpisodeRow, on_delete="CASCADE", backref="trigger_links")
    trigger = ForeignKeyField(TriggerRow, on_delete="RESTRICT")

    class Meta:
        table_name = "episode_trigger"
        primary_key = CompositeKey("episode", "trigger")


class CheckInRow(EntryRow):
    mood = IntegerField(constraints=[Check("mood BETWEEN -3 AND 3")])
    energy = IntegerField(null=True, constraints=[Check("energy BETWEEN -3 AND 3")])
    urge_to_cry = IntegerField(null=True, constraints=[Check("urge_to_cry BETWEEN 0 AND 4")])
    no_crying_today = BooleanField(default=False)
    sleep_hours = FloatField(null=True, constraints=[Check("sleep_hours BETWEEN 0 AND 24")])
    daily_life_hard = IntegerField(
        null=True, constraints=[Check("daily_life_hard BETWEEN 0 AND 3")]
    )

    class Meta:
        table_name = "check_in"


class CheckInEmotionRow(BaseRow):
    check_in = ForeignKeyField(CheckInRow, on_delete="CASCADE", backref="emotion_links")
    emotion = ForeignKeyField(EmotionRow, on_delete="RESTRICT")
    intensity = IntegerField(constraints=[Check("intensity BETWEEN 0 AND 4")])

    class Meta:
        table_name = "check_in_emotion"
        primary_key = CompositeKey("check_in", "emotion")


class EntryTagRow(BaseRow):
    """A tag on an episode or on a check-in (exactly one of the two)."""

    id = AutoField()
    episode = ForeignKeyField(EpisodeRow, null=True, on_delete="CASCADE", backref="tag_links")
    check_in = ForeignKeyField(CheckInRow, null=True, on_delete="CASCADE", backref="tag_links")
    tag = ForeignKeyField(TagRow, on_delete="RESTRICT")

    class Meta:
        table_name = "entry_tag"
        constraints = (Check("(episode_id IS NULL) <> (check_in_id IS NULL)"),)
        indexes = ((("episode", "tag"), True), (("check_in", "tag"), True))


class ReflectionRow(BaseRow):
    """What the person noticed about the week ending on ``week_end`` (a local date)."""

    id = AutoField()
    uid = TextField(unique=True)
    week_end = TextField(unique=True)
    text = TextField()
    created_at = TextField()
    updated_at = TextField()

    class Meta:
        table_name = "reflection"


class SettingRow(BaseRow):
    """Preferences that belong to the journal (a machine's window layout lives in QSettings)."""

    key = TextField(primary_key=True)
    value = TextField()

    class Meta:
        table_name = "setting"


MODELS: tuple[type[BaseRow], ...] = (
    EmotionRow,
    TriggerRow,
    TagRow,
    EpisodeRow,
    EpisodeEmotionRow,
    EpisodeTriggerRow,
    CheckInRow,
    CheckInEmotionRow,
    EntryTagRow,
    ReflectionRow,
    SettingRow,
)
