"""The nine insights on small journals whose answers are worked out by hand."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from moodapp.domain.charts import ReliefContext, ReliefGroup, ReliefSplit
from moodapp.domain.insight import Insight, InsightKind
from moodapp.domain.insight_emotions import (
    balance_insights,
    emotions_around_tears_insights,
    mood_around_insight,
)
from moodapp.domain.insight_facts import DayFacts, EpisodeFacts, JournalFacts
from moodapp.domain.insight_frequency import sustained_change_insights, usual_range_insight
from moodapp.domain.insight_relief import delayed_relief_insight, relief_insights
from moodapp.domain.insight_suggestion import suggestion
from moodapp.domain.insight_timing import quiet_stretch_insight, when_insights
from moodapp.domain.insight_words import Wording
from moodapp.domain.insights import compute_insights
from moodapp.domain.series import DateRange

TODAY = date(2026, 11, 26)  # a Thursday
A_YEAR_AGO = TODAY - timedelta(days=365)
SAY = Wording()


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def facts(
    days: dict[date, DayFacts] | None = None,
    episodes: list[EpisodeFacts] | None = None,
    first_entry: date | None = A_YEAR_AGO,
    relief: dict[ReliefContext, ReliefSplit] | None = None,
) -> JournalFacts:
    return JournalFacts(
        today=TODAY,
        first_entry=first_entry,
        days=days or {},
        episodes=episodes or [],
        relief=relief or {},
        positive_emotions=frozenset({"joy", "being-moved"}),
        positive_triggers=frozenset({"moving"}),
        emotion_labels={"sadness": "Sadness", "joy": "Joy", "fear": "Fear", "calm": "Calm"},
        trigger_labels={"conflict": "Conflict"},
    )


def weekly_crying(weeks: int, per_week: int = 1) -> dict[date, DayFacts]:
    """``per_week`` crying episodes on every seventh day, for ``weeks`` weeks back from today."""
    return {ago(7 * w + 3): DayFacts(cried=per_week) for w in range(weeks)}


def check_ins(first: int, last: int, **values: object) -> dict[date, DayFacts]:
    """A check-in on each day from ``first`` to ``last`` days ago."""
    return {ago(n): DayFacts(check_ins=1, **values) for n in range(last, first + 1)}  # type: ignore[arg-type]


def kinds(found: Iterable[Insight]) -> list[InsightKind]:
    return [i.kind for i in found]


# no data, warm-up -----------------------------------------------------------------


def test_an_empty_journal_says_nothing() -> None:
    result = compute_insights(facts(first_entry=None))
    assert result.shown == [] and result.waiting == []


def test_during_the_first_four_weeks_the_usual_range_is_being_learned() -> None:
    young = facts(days={ago(2): DayFacts(cried=2), ago(9): DayFacts(cried=1)}, first_entry=ago(10))
    insight = usual_range_insight(young, SAY)
    assert insight is not None
    assert insight.text.startswith("In the last 28 days you cried 3 times.")
    assert "still being learned" in insight.text and "(11 days so far)" in insight.text
    assert insight.trend == (1, 2), "the weeks there are, oldest first"
    result = compute_insights(young)
    assert InsightKind.RELIEF in result.waiting and InsightKind.WHEN in result.waiting


# 1 -------------------------------------------------------------------------------------


def test_the_last_four_weeks_compared_with_the_usual_range() -> None:
    steady = weekly_crying(52)  # every 28-day window holds exactly 4
    insight = usual_range_insight(facts(steady), SAY)
    assert insight is not None
    assert insight.text == (
        "In the last 28 days you cried 4 times; your usual is about 4 times in 28 days. "
        "That is about as often as usual for you."
    )
    assert insight.headline == "4 times", "the card's figure is the count the sentence gives"
    assert insight.trend == (1,) * 12, "one a week, over the last twelve weeks"
    heavy = {**steady, ago(0): DayFacts(cried=3)}
    assert usual_range_insight(facts(heavy), SAY).trend[-1] == 4  # type: ignore[union-attr]
    assert "(30 times you cried)" in insight.basis  # one a week over 2 May to 26 Nov (209 days)
    more = {**steady, ago(1): DayFacts(cried=3), ago(2): DayFacts(cried=3)}
    assert "more than your usual" in usual_range_insight(facts(more), SAY).text  # type: ignore[union-attr]
    fewer = {d: f for d, f in steady.items() if d < ago(27)}
    assert "less than your usual" in usual_range_insight(facts(fewer), SAY).text  # type: ignore[union-attr]


# 2 -------------------------------------------------------------------------------------


def test_a_usual_week_of_less_than_one_time_is_said_so() -> None:
    fortnightly = {ago(14 * w + 20): DayFacts(cried=1) for w in range(26)}
    days = {**fortnightly, **{ago(n): DayFacts(cried=1) for n in (1, 9)}}
    (insight,) = sustained_change_insights(facts(days), SAY)
    assert insight.text.endswith("where you usually cry less than once a week.")


def test_two_heavy_weeks_are_a_sustained_change() -> None:
    days = {**weekly_crying(52), **{ago(n): DayFacts(cried=1) for n in range(14)}}
    (insight,) = sustained_change_insights(facts(days), SAY)
    assert insight.text == (
        "For 2 weeks in a row you have cried more often than you usually do in a week: "
        "7 and 7 times in those weeks, where you usually cry up to about once a week."
    )
    assert insight.headline == "2 weeks"


def test_one_heavy_day_or_one_heavy_week_is_not() -> None:
    one_day = {**weekly_crying(52), ago(1): DayFacts(cried=8)}
    assert sustained_change_insights(facts(one_day), SAY) == []
    one_week = {**weekly_crying(52), **{ago(n): DayFacts(cried=1) for n in range(7)}}
    assert sustained_change_insights(facts(one_week), SAY) == []


def test_a_stronger_urge_for_two_weeks_is_a_sustained_change() -> None:
    calm = check_ins(180, 14, urge_sum=1.0, urge_answers=1)
    stronger = {**calm, **check_ins(13, 0, urge_sum=3.0, urge_answers=1)}
    (insight,) = sustained_change_insights(facts(stronger), SAY)
    assert "urge to cry has been stronger than usual for you: 3.0" in insight.text
    assert insight.headline == "", "no single figure says it"
    only_this_week = {**calm, **check_ins(6, 0, urge_sum=3.0, urge_answers=1)}
    assert sustained_change_insights(facts(only_this_week), SAY) == []


# 3 -------------------------------------------------------------------------------------


def split(context: ReliefContext, *groups: tuple[str, int, int, int]) -> ReliefSplit:
    made = [ReliefGroup(group=g, better=b, same=s, worse=w) for g, b, s, w in groups]
    return ReliefSplit(
        span=DateRange(ago(181), TODAY),
        context=context,
        shown=[g for g in made if g.episodes >= 5],
        hidden=[g for g in made if g.episodes < 5],
        without_mood_after=0,
    )


def test_relief_compares_groups_of_five_or_more() -> None:
    relief = {
        ReliefContext.REACTION: split(
            ReliefContext.REACTION, ("comforted", 4, 1, 0), ("nobody", 1, 3, 1)
        ),
        ReliefContext.COMPANY: split(
            ReliefContext.COMPANY, ("alone", 2, 3, 0), ("several", 1, 2, 1)
        ),
    }
    (insight,) = relief_insights(facts(relief=relief), SAY)
    assert insight.text == (
        "Crying was followed by feeling better 4 of 5 times when someone comforted you, "
        "and 1 of 5 times when nobody noticed."
    )
    assert "does not show why" in insight.basis
    assert insight.link is not None and insight.link.context is ReliefContext.REACTION
    assert insight.headline == "4 of 5", "the group that felt better most often"


def test_a_group_of_four_is_never_shown() -> None:
    only_four = {ReliefContext.COMPANY: split(ReliefContext.COMPANY, ("alone", 2, 2, 0))}
    assert relief_insights(facts(relief=only_four), SAY) == []
    one_of_five = {
        ReliefContext.COMPANY: split(
            ReliefContext.COMPANY, ("alone", 2, 2, 1), ("several", 4, 0, 0)
        )
    }
    (insight,) = relief_insights(facts(relief=one_of_five), SAY)
    assert insight.text == "Crying was followed by feeling better 2 of 5 times when you were alone."


# 4 -------------------------------------------------------------------------------------


def episode(days_ago: int, hour: int = 21, **values: object) -> EpisodeFacts:
    return EpisodeFacts(day=ago(days_ago), hour=hour, cried=True, **values)  # type: ignore[arg-type]


def test_delayed_relief_needs_five_episodes_with_both_moods() -> None:
    scores = [(3, 5), (4, 6), (2, 6), (5, 5), (4, 7)]
    five = [episode(n, mood_after_score=a, mood_later_score=b) for n, (a, b) in enumerate(scores)]
    insight = delayed_relief_insight(facts(episodes=five), SAY)
    assert insight is not None
    assert (
        insight.text
        == "Right after crying your mood averaged 3.6 out of 10; later it averaged 5.8 out of 10."
    )
    assert insight.headline == "3.6 → 5.8"
    assert delayed_relief_insight(facts(episodes=five[:4]), SAY) is None


# 5 -------------------------------------------------------------------------------------


def test_emotions_around_tears_and_positive_tears() -> None:
    tears = [episode(n, emotions=frozenset({"sadness"})) for n in range(4)] + [
        episode(10, emotions=frozenset({"joy", "sadness"})),
        episode(11, triggers=frozenset({"moving"})),
    ]
    days = {
        **check_ins(40, 0, mood_sum=1.0),
        **{ago(n): DayFacts(cried=1, check_ins=1, mood_sum=-2.0) for n in range(6)},
    }
    found = emotions_around_tears_insights(facts(days, tears), SAY)
    texts = [i.text for i in found]
    assert (
        texts[0] == "The emotions that came with crying most often: sadness (5 of 6), joy (1 of 6)."
    )
    assert texts[1] == (
        "On days you cried, your mood averaged -2.0; on other days, +1.0."
        " The scale runs from -3 (unpleasant) to +3 (pleasant)."
    )
    assert (
        texts[2]
        == "2 of the 6 times you cried came with being moved, joy or other pleasant feelings."
    )
    assert [i.headline for i in found] == ["5 of 6", "", "2 of 6"]
    half = tears + [episode(20, emotions=frozenset({"being-moved"})) for _ in range(3)]
    assert (
        "Over half of your tears" in emotions_around_tears_insights(facts(days, half), SAY)[-1].text
    )


# 6 -------------------------------------------------------------------------------------


def test_mood_around_crying_days() -> None:
    days: dict[date, DayFacts] = {}
    for n in (10, 20, 30, 40, 50):
        days[ago(n)] = DayFacts(cried=1)
        days[ago(n + 1)] = DayFacts(check_ins=1, mood_sum=-2.0)  # the day before
        days[ago(n + 2)] = DayFacts(check_ins=1, mood_sum=-1.0)  # two days before
        days[ago(n - 1)] = DayFacts(check_ins=1, mood_sum=0.0)  # the day after
    insight = mood_around_insight(facts(days), SAY)
    assert insight is not None
    assert (
        insight.text
        == "Your mood averaged -1.5 in the two days before crying and 0 in the two days after."
        " The scale runs from -3 (unpleasant) to +3 (pleasant)."
    )
    assert insight.headline == "-1.5 → 0"
    del days[ago(51)], days[ago(52)]  # one crying day without a check-in before it: four left
    assert mood_around_insight(facts(days), SAY) is None


# 7 -------------------------------------------------------------------------------------


def test_when_by_part_of_day_and_weekday() -> None:
    # Thursdays: today, a week ago, two weeks ago ... and two on other days.
    tears = [episode(7 * w, hour=21) for w in range(4)] + [episode(2, hour=8), episode(5, hour=14)]
    part, week = when_insights(facts(episodes=tears), SAY)
    assert part.text == "You cried most often in the evening (17:00 to 22:00): 4 of 6 times."
    assert week.text == "You cried more often on Thursdays than on other days: 4 of 6 times."
    assert (part.headline, week.headline) == ("4 of 6", "4 of 6")
    spread = [episode(n, hour=21) for n in range(7)]
    assert when_insights(facts(episodes=spread), SAY)[1].text.startswith("Across the week")


# 8 -------------------------------------------------------------------------------------


def test_a_quiet_stretch_is_described_neutrally() -> None:
    days = {**check_ins(40, 0, mood_sum=1.0), ago(25): DayFacts(cried=1, check_ins=1, mood_sum=1.0)}
    insight = quiet_stretch_insight(facts(days), SAY)
    assert insight is not None and not insight.question
    assert insight.text == "The last 25 days went by without tears or an urge to cry."
    assert insight.headline == "25 days"


def test_a_quiet_stretch_with_two_weeks_of_low_mood_is_a_gentle_question() -> None:
    days = {
        **check_ins(40, 0, mood_sum=-2.0),
        ago(25): DayFacts(cried=1, check_ins=1, mood_sum=-2.0),
    }
    insight = quiet_stretch_insight(facts(days), SAY)
    assert insight is not None and insight.question
    assert insight.text.endswith("How has that been for you?")


def test_days_without_any_entries_are_not_a_quiet_stretch() -> None:
    days = {ago(25): DayFacts(cried=1), ago(2): DayFacts(check_ins=1)}  # nothing written between
    assert quiet_stretch_insight(facts(days), SAY) is None


def test_the_longest_past_stretch_when_today_is_not_quiet() -> None:
    tears = {ago(n): DayFacts(cried=1, check_ins=1) for n in (50, 30, 0)}
    days = {**check_ins(60, 0), **tears}
    insight = quiet_stretch_insight(facts(days), SAY)
    assert insight is not None
    assert insight.text.startswith(
        "Your longest stretch without tears or an urge to cry was 29 days"
    )
    assert insight.headline == "29 days"


# 9 -------------------------------------------------------------------------------------


def test_balance_describes_variety_and_a_lingering_emotion() -> None:
    days = {ago(n): DayFacts(check_ins=1, emotions={"sadness": 3, "calm": 1}) for n in range(12)}
    days |= {ago(n): DayFacts(check_ins=1, emotions={"joy": 2, "fear": 1}) for n in range(12, 20)}
    variety, linger = balance_insights(facts(days), SAY)
    assert variety.text.startswith(
        "In the last 28 days you noted 4 different emotions; calm and sadness"
    )
    assert (
        linger.text == f"Sadness stayed strong for 12 days in a row ({SAY.period(ago(11), TODAY)})."
    )
    assert (variety.headline, linger.headline) == ("4 emotions", "12 days")


def test_balance_needs_a_week_of_days() -> None:
    days = {ago(n): DayFacts(check_ins=1, emotions={"calm": 1}) for n in range(6)}
    assert balance_insights(facts(days), SAY) == []


# the invitation ---------------------------------------------------------------------


def test_an_invitation_only_on_change_with_low_mood_or_hard_days() -> None:
    heavy = {**weekly_crying(52), **{ago(n): DayFacts(cried=1) for n in range(14)}}
    low = {d: DayFacts(cried=heavy.get(d, DayFacts()).cried, check_ins=1, mood_sum=-2.0) for d in
           [ago(n) for n in range(14)]}  # fmt: skip
    assert suggestion(facts({**heavy, **low}), SAY) is not None
    assert suggestion(facts(heavy), SAY) is None  # more crying, but mood not known to be low
    hard = {
        ago(3): DayFacts(check_ins=1, hard_answers=(2,)),
        ago(8): DayFacts(check_ins=1, hard_answers=(3,)),
    }
    found = suggestion(facts(hard), SAY)
    assert found is not None and "daily life very hard" in found.text
    once = {ago(3): DayFacts(check_ins=1, hard_answers=(3, 1))}
    assert suggestion(facts(once), SAY) is None
