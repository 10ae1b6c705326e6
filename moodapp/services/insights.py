"""Insights, the invitation to talk, and the weekly reflection, from the journal's recent data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from moodapp.domain.catalogue import Valence
from moodapp.domain.charts import ReliefContext
from moodapp.domain.field_errors import InvalidInput, field_error
from moodapp.domain.insight import Insight, Insights
from moodapp.domain.insight_facts import INSIGHT_PERIOD_DAYS, RECENT_DAYS, JournalFacts
from moodapp.domain.insight_frequency import usual_range_insight
from moodapp.domain.insight_suggestion import suggestion
from moodapp.domain.insight_words import Wording
from moodapp.domain.insights import compute_insights
from moodapp.domain.reflection import Reflection, Week, WeekNotes, week_notes
from moodapp.domain.series import DateRange
from moodapp.domain.settings import SUGGESTION_DISMISSED_ON
from moodapp.domain.validation import NOTE_MAX_CHARS, NOTE_TOO_LONG
from moodapp.domain.week_summary import week_summary
from moodapp.services.changes import Changes
from moodapp.services.charts import ChartService
from moodapp.services.clock import Clock, local_now
from moodapp.services.settings import SettingsService
from moodapp.services.writes import write_transaction
from moodapp.store import catalogue as catalogue_store
from moodapp.store import chart_data, insight_data, reflections
from moodapp.store.database import Store

SUGGESTION_QUIET_DAYS = 14  # a dismissed invitation stays away this long


class InsightService:
    def __init__(
        self,
        store: Store,
        charts: ChartService,
        settings: SettingsService,
        clock: Clock = local_now,
    ) -> None:
        self._store = store
        self._charts = charts
        self._settings = settings
        self._clock = clock

    def today(self) -> date:
        return self._clock().date()

    def facts(self) -> JournalFacts:
        """Aggregates of the last six months, and of the four weeks before for the usual range."""
        today = self.today()
        period = DateRange(today - timedelta(days=INSIGHT_PERIOD_DAYS - 1), today)
        reach = DateRange(period.start - timedelta(days=RECENT_DAYS), today)
        emotions = catalogue_store.read_emotions(include_archived=True)
        triggers = catalogue_store.read_triggers(include_archived=True)
        return JournalFacts(
            today=today,
            first_entry=chart_data.first_entry_date(),
            days=insight_data.day_facts(reach),
            episodes=insight_data.episode_facts(period),
            relief={context: self._charts.relief(period, context) for context in ReliefContext},
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
        dismissed = self._settings.value(SUGGESTION_DISMISSED_ON)
        if dismissed and self.today() - dismissed < timedelta(days=SUGGESTION_QUIET_DAYS):
            return None
        return suggestion(self.facts(), say or Wording())

    def dismiss_suggestion(self) -> Changes:
        return self._settings.change(SUGGESTION_DISMISSED_ON, self.today())

    # -- the weekly reflection -------------------------------------------------------------
    # Its weeks are the calendar's: they start on ``first_weekday`` (0 Monday), which the
    # window takes from the settings.

    def this_week(self, first_weekday: int) -> Week:
        return Week.containing(self.today(), first_weekday)

    def week_summary(self, week: Week, say: Wording | None = None) -> list[str]:
        """A few sentences about what was written down in ``week``."""
        span = DateRange(week.start, week.end)
        helped = [e.what_helped for e in insight_data.episode_facts(span)]
        labels = {e.key: e.label for e in catalogue_store.read_emotions(include_archived=True)}
        return week_summary(
            week,
            self.today(),
            days=insight_data.day_facts(span),
            helped=helped,
            emotion_labels=labels,
            say=say or Wording(),
        )

    def notes(self, week: Week) -> WeekNotes:
        """The notes shown with ``week``, also those kept when weeks ended on another day."""
        return week_notes(week, reflections.read_reflections(*week.note_ends))

    def save_reflection(self, week: Week, text: str) -> Changes:
        """Keep what the person noticed about ``week`` in its own note; an empty text removes
        that note."""
        if len(text) > NOTE_MAX_CHARS:
            too_long = field_error("text", NOTE_TOO_LONG, length=len(text), limit=NOTE_MAX_CHARS)
            raise InvalidInput([too_long])
        own = self.notes(week).own
        if not text.strip():
            if own is None:
                return Changes()
            with write_transaction(self._store):
                reflections.delete_reflection(own.uid)
            return Changes(reflections=True)
        now = self._clock()
        reflection = (
            replace(own, text=text, updated_at=now)
            if own is not None
            else Reflection(week_end=week.end, text=text, created_at=now, updated_at=now)
        )
        with write_transaction(self._store):
            reflections.write_reflection(reflection)
        return Changes(reflections=True)
