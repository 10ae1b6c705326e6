"""The data of each chart, from SQL aggregates and the domain's binning."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from moodapp.domain.charts import (
    MIN_SPLIT_EPISODES,
    ChartData,
    ChartKind,
    ChartOptions,
    CryingOverTime,
    EmotionsBehindTears,
    EmotionShare,
    ReliefContext,
    ReliefGroup,
    ReliefSplit,
    Timing,
)
from moodapp.domain.series import (
    USUAL_LOOKBACK_DAYS,
    USUAL_WINDOW_DAYS,
    Bin,
    Binning,
    DateRange,
    UsualRange,
    auto_bin,
    parse_range,
    ratios,
    usual_range,
)
from moodapp.services.clock import Clock, local_now
from moodapp.store import catalogue as catalogue_store
from moodapp.store import chart_data

DEFAULT_OVERLAID_EMOTIONS = 3


class ChartService:
    def __init__(self, clock: Clock = local_now) -> None:
        self._clock = clock

    def today(self) -> date:
        return self._clock().date()

    def first_entry(self) -> date | None:
        return chart_data.first_entry_date()

    def range_from_text(self, text: str) -> DateRange:
        """``30d``, ``90d``, ``1y``, ``all`` or ``FROM:TO``; raises RangeError."""
        return parse_range(text, self.today(), self.first_entry())

    def default_emotions(self, span: DateRange) -> list[str]:
        """The emotions felt in the most check-ins of the span."""
        return chart_data.most_felt_emotions(span, DEFAULT_OVERLAID_EMOTIONS)

    def crying_over_time(
        self,
        span: DateRange,
        emotions: Sequence[str],
        first_weekday: int = 0,
        size: Bin | None = None,
    ) -> CryingOverTime:
        bins = Binning(span, size or auto_bin(span), first_weekday)
        cried, almost = chart_data.binned_episodes(bins)
        mood_sums, check_ins = chart_data.binned_moods(bins)
        felt = chart_data.binned_check_in_emotions(bins, emotions)
        return CryingOverTime(
            span=span,
            bin=bins.size,
            starts=bins.starts,
            days=bins.days,
            cried=cried,
            almost=almost,
            emotions={key: ratios(felt[key], check_ins) for key in emotions},
            mood=ratios(mood_sums, check_ins),
            usual=self._usual_range(span.end),
        )

    def _usual_range(self, end: date) -> UsualRange | None:
        lookback = DateRange(end - timedelta(days=USUAL_LOOKBACK_DAYS + USUAL_WINDOW_DAYS), end)
        cried, _ = chart_data.daily_episodes(lookback)
        return usual_range(cried, end, self.first_entry())

    def emotions_behind_tears(
        self, span: DateRange, emotion_keys: Sequence[str]
    ) -> EmotionsBehindTears:
        """For each emotion (in catalogue order), its share of crying and of other days."""
        episodes, in_episodes = chart_data.emotions_in_episodes(span)
        other_days, on_other_days = chart_data.emotions_on_days_without_crying(span)
        shares = [
            EmotionShare(
                key=key,
                in_episodes=in_episodes.get(key, 0),
                on_other_days=on_other_days.get(key, 0),
            )
            for key in emotion_keys
            if in_episodes.get(key) or on_other_days.get(key)
        ]
        return EmotionsBehindTears(
            span=span, episodes=episodes, other_days=other_days, shares=shares
        )

    def relief(self, span: DateRange, context: ReliefContext) -> ReliefSplit:
        groups = [
            ReliefGroup(
                group=group,
                better=counts.get("better", 0),
                same=counts.get("same", 0),
                worse=counts.get("worse", 0),
            )
            for group, counts in chart_data.relief_by_group(span, context).items()
        ]
        groups.sort(key=lambda g: (-g.episodes, g.group))
        return ReliefSplit(
            span=span,
            context=context,
            shown=[g for g in groups if g.episodes >= MIN_SPLIT_EPISODES],
            hidden=[g for g in groups if g.episodes < MIN_SPLIT_EPISODES],
            without_mood_after=chart_data.episodes_without_mood_after(span),
        )

    def chart(self, kind: ChartKind, span: DateRange, options: ChartOptions) -> ChartData:
        """The data of one chart."""
        if kind is ChartKind.CRYING_VS_EMOTIONS:
            emotions = (
                options.emotions if options.emotions is not None else self.default_emotions(span)
            )
            return self.crying_over_time(span, emotions, options.first_weekday, options.size)
        if kind is ChartKind.EMOTIONS:
            order = [e.key for e in catalogue_store.read_emotions(include_archived=True)]
            return self.emotions_behind_tears(span, order)
        if kind is ChartKind.RELIEF:
            return self.relief(span, options.context)
        return self.timing(span)

    def timing(self, span: DateRange) -> Timing:
        by_hour, by_weekday = chart_data.crying_by_hour_and_weekday(span)
        return Timing(span=span, by_hour=by_hour, by_weekday=by_weekday)
