"""Every sentence the insights can say, in one place, checked against GROUNDING.md's rules.

Describe; compare only with the person's own usual pattern; say "went with",
never that one thing brought about another; no diagnoses, no "normal", no
streaks, scores or goals for crying. ``tests/unit/domain/test_insight_words.py``
scans every template here for words that break these rules.

Templates are marked for translation and filled with ``str.format``; the UI
passes its translate function in through ``Wording``.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from moodapp.domain.text import QT_TRANSLATE_NOOP


def _plain_date(day: date) -> str:
    return f"{day.day} {day.strftime('%b %Y')}"


def _english_weekday(weekday: int) -> str:
    return calendar.day_name[weekday]


@dataclass(frozen=True)
class Wording:
    """How templates become sentences: translated, then filled; how dates and weekdays read."""

    translate: Callable[[str], str] = field(default=lambda text: text)
    date_text: Callable[[date], str] = field(default=_plain_date)
    weekday_text: Callable[[int], str] = field(default=_english_weekday)  # 0 is Monday
    # A built-in emotion's or trigger's name in the person's language ("Emotion"/"Trigger").
    label: Callable[[str, str], str] = field(default=lambda context, name: name)
    # How such a name reads inside a sentence: "sadness" in English, "Traurigkeit" in German.
    in_sentence: Callable[[str], str] = field(default=lambda name: name[:1].lower() + name[1:])
    # A number with one decimal, as the locale writes it: "1.5" in English, "1,5" in German.
    decimal: Callable[[float], str] = field(default=lambda value: f"{value:.1f}")

    def signed(self, value: float) -> str:
        """+1.5, -0.5, or 0: a mean on a scale around zero."""
        rounded = round(value, 1)
        if not rounded:
            return "0"
        return ("+" if rounded > 0 else "-") + self.decimal(abs(rounded))

    def say(self, template: str, **values: object) -> str:
        return self.translate(template).format(**values)

    def name(self, context: str, name: str) -> str:
        """A catalogue name, translated, as it reads in a sentence."""
        return self.in_sentence(self.label(context, name))

    def period(self, start: date, end: date) -> str:
        return self.say(PERIOD, start=self.date_text(start), end=self.date_text(end))

    def listed(self, items: list[str]) -> str:
        """ "a", "a and b", "a, b and c"."""
        if len(items) <= 1:
            return "".join(items)
        return self.say(AND, first=", ".join(items[:-1]), last=items[-1])

    def times(self, count: int) -> str:
        if count == 1:
            return self.say(ONCE)
        if count == 2:
            return self.say(TWICE)
        return self.say(TIMES, n=count)


PERIOD = QT_TRANSLATE_NOOP("Insights", "{start} to {end}")
AND = QT_TRANSLATE_NOOP("Insights", "{first} and {last}")
ONCE = QT_TRANSLATE_NOOP("Insights", "once")
TWICE = QT_TRANSLATE_NOOP("Insights", "twice")
TIMES = QT_TRANSLATE_NOOP("Insights", "{n} times")
# The figure an insight's card shows large, beside its sentence.
HEADLINE_SHARE = QT_TRANSLATE_NOOP("Insights", "{n} of {total}")
HEADLINE_CHANGE = QT_TRANSLATE_NOOP("Insights", "{before} → {after}")
HEADLINE_DAYS = QT_TRANSLATE_NOOP("Insights", "{days} days")
HEADLINE_WEEKS = QT_TRANSLATE_NOOP("Insights", "{weeks} weeks")
HEADLINE_EMOTIONS = QT_TRANSLATE_NOOP("Insights", "{n} emotions")

# 1. Frequency against the usual range
USUAL_LEARNING = QT_TRANSLATE_NOOP(
    "Insights",
    "In the last 28 days you cried {count}. Your usual range is still being learned: "
    "it appears once you have been writing for four weeks ({days} days so far).",
)
USUAL_MORE = QT_TRANSLATE_NOOP(
    "Insights",
    "In the last 28 days you cried {count}; your usual is {usual} in 28 days. "
    "That is more than your usual.",
)
USUAL_ABOUT = QT_TRANSLATE_NOOP(
    "Insights",
    "In the last 28 days you cried {count}; your usual is {usual} in 28 days. "
    "That is about as often as usual for you.",
)
USUAL_LESS = QT_TRANSLATE_NOOP(
    "Insights",
    "In the last 28 days you cried {count}; your usual is {usual} in 28 days. "
    "That is less than your usual.",
)
USUAL_SPAN = QT_TRANSLATE_NOOP("Insights", "{low} to {high} times")
USUAL_ONE = QT_TRANSLATE_NOOP("Insights", "about {n} times")
USUAL_BASIS = QT_TRANSLATE_NOOP(
    "Insights",
    "Your usual range is how often you cried in a typical 28 days, leaving out the quietest "
    "and the heaviest stretches, from your entries over {period} ({episodes} times you "
    "cried).",
)

# 2. Sustained change
SUSTAINED_CRYING = QT_TRANSLATE_NOOP(
    "Insights",
    "For {weeks} weeks in a row you have cried more often than you usually do in a week: "
    "{counts} times in those weeks, where you usually cry {usual} a week.",
)
# How often a usual week holds crying: "up to about twice", or for a fraction of once a week:
USUAL_UP_TO = QT_TRANSLATE_NOOP("Insights", "up to about {times}")
USUAL_LESS_THAN_ONCE = QT_TRANSLATE_NOOP("Insights", "less than once")
SUSTAINED_URGE = QT_TRANSLATE_NOOP(
    "Insights",
    "For the last two weeks your urge to cry has been stronger than usual for you: "
    "{recent} on average, on a scale from 0 (none) to 4 (overwhelming). Before that, it "
    "usually stayed at {high} or below.",
)
SUSTAINED_BASIS = QT_TRANSLATE_NOOP(
    "Insights", "A change is shown only when it has lasted two weeks or more."
)

# 3. Relief by context
RELIEF_PAIR = QT_TRANSLATE_NOOP(
    "Insights",
    "Crying was followed by feeling better {a_better} of {a_total} times {a_group}, "
    "and {b_better} of {b_total} times {b_group}.",
)
RELIEF_ONE = QT_TRANSLATE_NOOP(
    "Insights", "Crying was followed by feeling better {better} of {total} times {group}."
)
RELIEF_BASIS = QT_TRANSLATE_NOOP(
    "Insights",
    "From {total} times you cried with the mood afterwards written down, {period}. This shows "
    "what went together with feeling better; it does not show why.",
)
RELIEF_GROUPS = {
    "company": {
        "alone": QT_TRANSLATE_NOOP("Insights", "when you were alone"),
        "one-person": QT_TRANSLATE_NOOP("Insights", "when one person was with you"),
        "several": QT_TRANSLATE_NOOP("Insights", "when several people were there"),
    },
    "reaction": {
        "comforted": QT_TRANSLATE_NOOP("Insights", "when someone comforted you"),
        "neutral": QT_TRANSLATE_NOOP("Insights", "when others reacted neutrally"),
        "negative": QT_TRANSLATE_NOOP("Insights", "when others reacted unkindly"),
        "nobody": QT_TRANSLATE_NOOP("Insights", "when nobody noticed"),
    },
    "held-back": {
        "yes": QT_TRANSLATE_NOOP("Insights", "when you held tears back"),
        "no": QT_TRANSLATE_NOOP("Insights", "when you let the tears come"),
    },
    "ashamed": {
        "yes": QT_TRANSLATE_NOOP("Insights", "when you felt ashamed"),
        "no": QT_TRANSLATE_NOOP("Insights", "when you did not feel ashamed"),
    },
    "resolved": {
        "yes": QT_TRANSLATE_NOOP("Insights", "when the situation was resolved or understood"),
        "partly": QT_TRANSLATE_NOOP("Insights", "when the situation was partly resolved"),
        "no": QT_TRANSLATE_NOOP("Insights", "when the situation was not resolved"),
    },
}
RELIEF_TRIGGER = QT_TRANSLATE_NOOP("Insights", "when it came with {trigger}")

# 4. Delayed relief
DELAYED = QT_TRANSLATE_NOOP(
    "Insights",
    "Right after crying your mood averaged {after} out of 10; later it averaged {later} out of 10.",
)
DELAYED_BASIS = QT_TRANSLATE_NOOP(
    "Insights",
    "From {total} times you cried with both moods written down, {period}. Mood often dips "
    "right after crying and recovers within an hour or so.",
)

# 5. Emotions around tears, and positive tears
TEAR_EMOTIONS = QT_TRANSLATE_NOOP(
    "Insights", "The emotions that came with crying most often: {emotions}."
)
TEAR_EMOTION_SHARE = QT_TRANSLATE_NOOP("Insights", "{emotion} ({n} of {total})")
CRYING_DAY_MOOD = QT_TRANSLATE_NOOP(
    "Insights",
    "On days you cried, your mood averaged {crying}; on other days, {other}. The scale runs "
    "from -3 (unpleasant) to +3 (pleasant).",
)
POSITIVE_TEARS_HALF = QT_TRANSLATE_NOOP(
    "Insights",
    "Over half of your tears came with being moved, joy or other pleasant feelings "
    "({n} of {total}).",
)
POSITIVE_TEARS = QT_TRANSLATE_NOOP(
    "Insights",
    "{n} of the {total} times you cried came with being moved, joy or other pleasant feelings.",
)
CRYING_DAY_BASIS = QT_TRANSLATE_NOOP(
    "Insights", "From {days} days with crying and a check-in, {period}."
)
EPISODES_BASIS = QT_TRANSLATE_NOOP("Insights", "From {total} times you cried, {period}.")

# 6. Mood around episodes
MOOD_AROUND = QT_TRANSLATE_NOOP(
    "Insights",
    "Your mood averaged {before} in the two days before crying and {after} in the two days "
    "after. The scale runs from -3 (unpleasant) to +3 (pleasant).",
)
MOOD_AROUND_BASIS = QT_TRANSLATE_NOOP(
    "Insights", "From {days} crying days with check-ins around them, {period}."
)

# 7. When
WHEN_PART = QT_TRANSLATE_NOOP("Insights", "You cried most often {part}: {n} of {total} times.")
DAY_PARTS = {
    "morning": QT_TRANSLATE_NOOP("Insights", "in the morning (5:00 to 12:00)"),
    "afternoon": QT_TRANSLATE_NOOP("Insights", "in the afternoon (12:00 to 17:00)"),
    "evening": QT_TRANSLATE_NOOP("Insights", "in the evening (17:00 to 22:00)"),
    "night": QT_TRANSLATE_NOOP("Insights", "at night (22:00 to 5:00)"),
}
WHEN_WEEKDAY = QT_TRANSLATE_NOOP(
    "Insights", "You cried more often on {weekday}s than on other days: {n} of {total} times."
)
WHEN_SPREAD = QT_TRANSLATE_NOOP(
    "Insights", "Across the week, crying was spread without one day standing out."
)

# 8. Quiet stretches
QUIET_NOW = QT_TRANSLATE_NOOP(
    "Insights", "The last {days} days went by without tears or an urge to cry."
)
QUIET_LONGEST = QT_TRANSLATE_NOOP(
    "Insights",
    "Your longest stretch without tears or an urge to cry was {days} days ({period}).",
)
QUIET_QUESTION = QT_TRANSLATE_NOOP(
    "Insights",
    "You have not cried for {days} days, and your mood has been low through the last two "
    "weeks. How has that been for you?",
)
QUIET_BASIS = QT_TRANSLATE_NOOP(
    "Insights",
    "Days with no crying, no almost crying and no urge to cry, {period}. A stretch counts "
    "when you checked in on at least half of its days.",
)

# 9. Balance across emotions
BALANCE_VARIETY = QT_TRANSLATE_NOOP(
    "Insights", "In the last 28 days you noted {n} different emotions; {top} came up most."
)
BALANCE_EVEN = QT_TRANSLATE_NOOP("Insights", "They were spread fairly evenly.")
BALANCE_FEW = QT_TRANSLATE_NOOP("Insights", "A few of them took up most of the room.")
BALANCE_LINGER = QT_TRANSLATE_NOOP(
    "Insights", "{emotion} stayed strong for {days} days in a row ({period})."
)
BALANCE_BASIS = QT_TRANSLATE_NOOP(
    "Insights",
    "From {days} days on which you noted emotions, {period}. Feeling a range of emotions, and "
    "not one for too long, has gone with feeling well.",
)

# A gentle invitation, only when the rules of GROUNDING.md are met
SUGGEST_CHANGE = QT_TRANSLATE_NOOP(
    "Insights",
    "The last two weeks seem to have been heavy: more crying than usual for you, together "
    "with low mood. If it would help, you could talk about it with someone you trust, or "
    "with a professional.",
)
SUGGEST_HARD = QT_TRANSLATE_NOOP(
    "Insights",
    "In the last two weeks you noted more than once that feelings made daily life very hard. If "
    "it would help, you could talk about it with someone you trust, or with a professional.",
)

# Minimum data
NOT_ENOUGH = QT_TRANSLATE_NOOP(
    "Insights", "Not enough entries yet: this needs at least {n} {what}."
)
WHAT_EPISODES = QT_TRANSLATE_NOOP("Insights", "crying episodes")
WHAT_DAYS = QT_TRANSLATE_NOOP("Insights", "days with entries")

# The weekly reflection. A day without entries is a day not written down, never a day
# without crying: the sentences count days with entries and say nothing about the others.
WEEK_NOTHING = QT_TRANSLATE_NOOP("Insights", "Nothing was written down in the week {period}.")
WEEK_NOTHING_YET = QT_TRANSLATE_NOOP(
    "Insights", "Nothing has been written down yet in the week {period}."
)
WEEK_DAYS = QT_TRANSLATE_NOOP(
    "Insights", "In the week {period} you wrote something on {days} of its 7 days."
)
WEEK_FIRST_DAY = QT_TRANSLATE_NOOP(
    "Insights", "In the week {period} you wrote something today, its first day."
)
WEEK_DAYS_SO_FAR = QT_TRANSLATE_NOOP(
    "Insights", "In the week {period} you wrote something on {days} of its {so_far} days so far."
)
WEEK_CRIED = QT_TRANSLATE_NOOP("Insights", "You cried {cried}.")
WEEK_NO_TEARS = QT_TRANSLATE_NOOP("Insights", "You noted no crying on the days you wrote.")
WEEK_ALMOST = QT_TRANSLATE_NOOP("Insights", "You almost cried {almost}.")
WEEK_MOOD = QT_TRANSLATE_NOOP(
    "Insights", "Your mood averaged {mood}. The scale runs from -3 (unpleasant) to +3 (pleasant)."
)
WEEK_EMOTIONS = QT_TRANSLATE_NOOP("Insights", "The emotions you noted most: {emotions}.")
WEEK_HELPED = QT_TRANSLATE_NOOP("Insights", "What helped: {helped}.")

ALL_TEMPLATES: tuple[str, ...] = (
    tuple(
        value
        for name, value in dict(globals()).items()
        if name.isupper() and isinstance(value, str)
    )
    + tuple(phrase for groups in RELIEF_GROUPS.values() for phrase in groups.values())
    + tuple(DAY_PARTS.values())
)
