"""Insights, the invitation to talk, and the weekly reflection, from the journal's recent data."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from moodapp.domain import insight_words as words
from moodapp.domain.catalogue import Valence
from moodapp.domain.charts import ReliefContext
from moodapp.domain.insight_facts import INSIGHT_PERIOD_DAYS, RECENT_DAYS, JournalFacts
from moodapp.domain.insight_words import Wording
from moodapp.domain.insights import (
    Insight,
    Insights,
    compute_insights,
    suggestion,
    usual_range_insight,
)
from moodapp.domain.reflection import Reflection
from moodapp.domain.series import DateRange
from moodapp.domain.validation import NOTE_MAX_CHARS, FieldError, InvalidInput
from moodapp.services.charts import ChartService
from moodapp.services.journal import Clock, local_now
from moodapp.store import catalogue as catalogue_store
from moodapp.store import chart_data, insight_data, reflections, settings
from moodapp.store.database import Store

SUGGESTION_DISMISSED = "suggestion-dismissed-on"
SUGGESTION_QUIET_DAYS = 14  # a dismissed invitation stays away this long
REFLECTION_WEEKDAY = "reflection-weekday"
DEFAULT_REFLECTION_WEEKDAY = 6  # Sunday


class InsightService:
    def __init__(self, store: Store, clock: Clock = local_now) -> None:
        self._store = store
        self._clock = clock

    def today(self) -> date:
        return self._clock().date()

    def facts(self) -> JournalFacts:
        """Aggregates of the last six months, and of the four weeks before for the usual range."""
        today = self.today()
        period = DateRange(today - timedelta(days=INSIGHT_PERIOD_DAYS - 1), today)
        reach = DateRange(period.start - timedelta(days=RECENT_DAYS), today)
        charts = ChartService(self._clock)
        emotions = catalogue_store.read_emotions(include_archived=True)
        triggers = catalogue_store.read_triggers(include_archived=True)
        return JournalFacts(
            today=today,
            first_entry=chart_data.first_entry_date(),
            days=insight_data.day_facts(reach),
            episodes=insight_data.episode_facts(period),
            relief={context: charts.relief(period, context) for context in ReliefContext},
            positive_emotions=frozenset(e.key for e in emotions if e.valence is Valence.POSITIVE),
            positive_triggers=frozenset(t.key for t in triggers if t.valence is Valence.POSITIVE),
            emotion_labels={e.key: e.label for e in emotions},
            trigger_labels={t.key: t.label for t in triggers},
        )

    def insights(self, say: Wording | None = None) -> Insights:
        return compute_insights(self.facts(), say)

    def summary(self, say: Wording | None = None) -> str:
        """Insight 1 alone, for the Entry view: the last four weeks against the usual range."""
        found = usual_range_insight(self.facts(), say or Wording())
        return found.text if found is not None else ""

    # -- the invitation to talk ---------------------------------------------------------

    def suggestion(self, say: Wording | None = None) -> Insight | None:
        """The invitation, when its grounds are met and it was not dismissed in two weeks."""
        dismissed = settings.read_setting(SUGGESTION_DISMISSED)
        if dismissed and self.today() - date.fromisoformat(dismissed) < timedelta(
            days=SUGGESTION_QUIET_DAYS
        ):
            return None
        return suggestion(self.facts(), say or Wording())

    def dismiss_suggestion(self) -> None:
        with self._store.db.atomic():
            settings.write_setting(SUGGESTION_DISMISSED, self.today().isoformat())

    # -- the weekly reflection -------------------------------------------------------------

    def reflection_weekday(self) -> int:
        stored = settings.read_setting(REFLECTION_WEEKDAY)
        return int(stored) if stored in {str(d) for d in range(7)} else DEFAULT_REFLECTION_WEEKDAY

    def set_reflection_weekday(self, weekday: int) -> None:
        if weekday not in range(7):
            raise InvalidInput(
                [FieldError("weekday", "A weekday is from 0 (Monday) to 6 (Sunday).")]
            )
        with self._store.db.atomic():
            settings.write_setting(REFLECTION_WEEKDAY, str(weekday))

    def week_end(self) -> date:
        """The last reflection day (today included): the end of the week a reflection is about."""
        today = self.today()
        return today - timedelta(days=(today.weekday() - self.reflection_weekday()) % 7)

    def week_summary(self, say: Wording | None = None) -> list[str]:
        """A few sentences about the seven days ending on the reflection day."""
        say = say or Wording()
        end = self.week_end()
        start = end - timedelta(days=6)
        days = insight_data.day_facts(DateRange(start, end))
        episodes = insight_data.episode_facts(DateRange(start, end))

        cried = sum(d.cried for d in days.values())
        almost = sum(d.almost for d in days.values())
        checked_in = sum(1 for d in days.values() if d.check_ins)
        period = say.period(start, end)
        lines = [
            say.say(words.WEEK_CRIED, period=period, cried=say.times(cried), days=checked_in)
            if cried
            else say.say(words.WEEK_NO_TEARS, period=period, days=checked_in)
        ]
        if almost:
            lines.append(say.say(words.WEEK_ALMOST, almost=say.times(almost)))
        moods = [d.mood for d in days.values() if d.mood is not None]
        if moods:
            mean = sum(moods) / len(moods)
            lines.append(say.say(words.WEEK_MOOD, mood=say.signed(mean)))
        felt = Counter(key for d in days.values() for key in d.emotions)
        if felt:
            labels = {e.key: e.label for e in catalogue_store.read_emotions(include_archived=True)}
            top = [
                say.name("Emotion", labels.get(k, k))
                for k, _ in sorted(felt.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
            ]
            lines.append(say.say(words.WEEK_EMOTIONS, emotions=", ".join(top)))
        helped = sorted({e.what_helped.strip() for e in episodes if e.what_helped.strip()})
        if helped:
            lines.append(say.say(words.WEEK_HELPED, helped="; ".join(helped)))
        return lines

    def reflection(self, week_end: date) -> Reflection | None:
        return reflections.read_reflection(week_end)

    def save_reflection(self, week_end: date, text: str) -> Reflection:
        """Keep what the person noticed about the week (replacing an earlier note on it)."""
        if len(text) > NOTE_MAX_CHARS:
            raise InvalidInput(
                [
                    FieldError(
                        "text",
                        f"The note is {len(text):,} characters long; "
                        f"the limit is {NOTE_MAX_CHARS:,}.",
                    )
                ]
            )
        now = self._clock()
        stored = reflections.read_reflection(week_end)
        reflection = (
            replace(stored, text=text, updated_at=now)
            if stored is not None
            else Reflection(week_end=week_end, text=text, created_at=now, updated_at=now)
        )
        with self._store.db.atomic():
            reflections.write_reflection(reflection)
        saved = reflections.read_reflection(week_end)
        assert saved is not None
        return saved
