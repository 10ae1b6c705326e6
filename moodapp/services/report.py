"""The content of the report to share: counts, charts, relief by situation, weekly notes.

Everything is read in one transaction, so the counts, the charts and the table
describe the same journal even if an entry is saved meanwhile. Weekly notes are
private writing: they are read only when the person chooses to include them.
"""

from __future__ import annotations

from moodapp.domain.charts import ChartKind, ChartOptions, ReliefContext
from moodapp.domain.report import ReportContent, ReportCounts
from moodapp.domain.series import DateRange
from moodapp.services.charts import ChartService
from moodapp.services.clock import Clock, local_now
from moodapp.store import catalogue as catalogue_store
from moodapp.store import chart_data, reflections
from moodapp.store.database import Store
from moodapp.store.day_summaries import read_day_summaries


class ReportService:
    def __init__(self, store: Store, charts: ChartService, clock: Clock = local_now) -> None:
        self._store = store
        self._charts = charts
        self._clock = clock

    def content(
        self, span: DateRange, *, include_notes: bool, first_weekday: int = 0
    ) -> ReportContent:
        """What the report of ``span`` shows; ``first_weekday`` (0 Monday) starts weekly bars."""
        options = ChartOptions(first_weekday=first_weekday)
        with self._store.db.atomic():
            return ReportContent(
                span=span,
                made_on=self._clock().date(),
                counts=self.counts(span),
                charts={kind: self._charts.chart(kind, span, options) for kind in ChartKind},
                relief={context: self._charts.relief(span, context) for context in ReliefContext},
                include_notes=include_notes,
                notes=reflections.read_reflections(span.start, span.end) if include_notes else [],
                emotions=catalogue_store.read_emotions(include_archived=True),
                triggers=catalogue_store.read_triggers(include_archived=True),
                first_weekday=first_weekday,
            )

    def counts(self, span: DateRange) -> ReportCounts:
        days = read_day_summaries(span.start, span.end).values()
        mood_sums, check_ins = chart_data.daily_moods(span)
        total = sum(check_ins.values())
        return ReportCounts(
            days=span.days,
            days_with_entries=sum(1 for d in days if d.has_entries),
            cried=sum(d.cried for d in days),
            almost_cried=sum(d.almost_cried for d in days),
            days_with_crying=sum(1 for d in days if d.cried),
            check_ins=total,
            days_without_crying=sum(1 for d in days if d.no_crying),
            mean_mood=sum(mood_sums.values()) / total if total else None,
        )
