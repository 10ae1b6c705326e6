"""The options of `add cry` and `add check-in`: every field the two forms record, in the
forms' words, and the option that names each field in a message.

Only the parser's needs are imported here (the domain's words), no service.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from moodapp.cli.errors import BadInput
from moodapp.domain.entries import (
    DAILY_LIFE_WORDS,
    EMOTION_INTENSITY_WORDS,
    INTENSITY_WORDS,
    URGE_WORDS,
    Company,
    MoodChange,
    Reaction,
    Resolution,
)
from moodapp.domain.storable import TIME_OUT_OF_RANGE, date_problem
from moodapp.exchange.local_times import local_time, skipped

# Messages for people, one place per module.
NOT_A_TIME = "\u201c{text}\u201d is not a time like 2026-11-25T21:30 or 2026-11-25T21:30+01:00"
OUT_OF_RANGE = "\u201c{text}\u201d: {problem}"
TIME_SKIPPED = (
    "{text} did not happen on this computer's clock: the clocks moved forward that night. "
    "Give the time after the change (like {after:%H:%M}) or add a UTC offset."
)
BAD_EMOTION = (
    "expected NAME=INTENSITY with INTENSITY from 0 to 4, like sadness=3, not \u201c{pair}\u201d."
)
# A whole number as a person types it: ASCII digits ("²" passes str.isdigit but is none),
# and few enough of them that no scale is that long.
_WHOLE_NUMBER = re.compile(r"\s*([+-]?[0-9]{1,9})\s*", re.ASCII)


def whole_number(text: str) -> int | None:
    """The number ``text`` spells, or None if it spells none."""
    match = _WHOLE_NUMBER.fullmatch(text)
    return None if match is None else int(match[1])


# Which option to name when a field is rejected.
OPTION_OF_FIELD = {
    "occurred_at": "--at",
    "intensity": "--intensity",
    "emotions": "--emotion",
    "duration_minutes": "--duration",
    "triggers": "--trigger",
    "mood_after_score": "--mood-after-score",
    "mood_later_score": "--mood-later-score",
    "what_helped": "--what-helped",
    "tags": "--tag",
    "note": "--note",
    "mood": "--mood",
    "energy": "--energy",
    "urge_to_cry": "--urge",
    "sleep_hours": "--sleep",
    "daily_life_hard": "--daily-life-hard",
}


@dataclass(frozen=True)
class Choice:
    """An episode detail that is one of a few answers, asked as the form asks it."""

    option: str
    field: str
    label: str  # the form's question
    words: Mapping[Any, str]  # each answer -> the form's word for it

    @staticmethod
    def option_word(answer: object) -> str:
        if isinstance(answer, StrEnum):
            return answer.value
        return "yes" if answer else "no"

    @property
    def option_words(self) -> list[str]:
        return [self.option_word(a) for a in self.words]

    @property
    def help(self) -> str:
        if self.option_words == list(self.words.values()):
            return self.label
        return f"{self.label}: {', '.join(self.words.values())}"

    def answer(self, text: str | None) -> Any:
        """The answer an option's word stands for (None when the option was not given)."""
        if text is None:
            return None
        for answer in self.words:
            if self.option_word(answer) == text.strip().casefold():
                return answer
        raise BadInput(
            self.option, f"\u201c{text}\u201d is not one of {', '.join(self.option_words)}."
        )


YES_NO = {True: "yes", False: "no"}
COMPANY = Choice(
    "--company",
    "company",
    "who was there",
    {Company.ALONE: "alone", Company.ONE_PERSON: "one person", Company.SEVERAL: "several people"},
)
REACTION = Choice(
    "--reaction",
    "reaction",
    "how others reacted",
    {
        Reaction.COMFORTED: "comforted me",
        Reaction.NEUTRAL: "neutral",
        Reaction.NEGATIVE: "negative",
        Reaction.NOBODY: "nobody noticed",
    },
)
HELD_BACK = Choice("--held-back", "held_back", "held tears back", YES_NO)
ASHAMED = Choice("--ashamed", "ashamed", "felt ashamed", YES_NO)
RESOLVED = Choice(
    "--resolved",
    "resolved",
    "resolved or understood",
    {Resolution.YES: "yes", Resolution.PARTLY: "partly", Resolution.NO: "no"},
)
MOOD_AFTER = Choice(
    "--mood-after",
    "mood_after",
    "mood right after",
    {MoodChange.BETTER: "better", MoodChange.SAME: "the same", MoodChange.WORSE: "worse"},
)
EPISODE_CHOICES = (COMPANY, REACTION, HELD_BACK, ASHAMED, RESOLVED, MOOD_AFTER)


def _scale(words: Mapping[int, str]) -> str:
    return ", ".join(f"{n} {w}" for n, w in words.items())


def add_entry_parsers(add: argparse.ArgumentParser) -> None:
    kinds = add.add_subparsers(dest="kind", metavar="KIND", required=True)
    _add_cry_parser(kinds)
    _add_check_in_parser(kinds)


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--at", metavar="TIME", type=_time, help="when, e.g. 2026-11-25T21:30 (default: now)"
    )
    parser.add_argument(
        "--emotion",
        metavar="NAME=N",
        action="append",
        default=[],
        help=f"an emotion and how strongly it was felt, 0-4 ({_scale(EMOTION_INTENSITY_WORDS)}); "
        "repeat for more",
    )
    parser.add_argument("--tag", action="append", default=[], help="a tag; repeat for more")
    parser.add_argument("--note", metavar="TEXT", default="", help="a note")


def _add_cry_parser(kinds: Any) -> None:
    cry = kinds.add_parser("cry", help="a crying episode")
    cry.add_argument(
        "--intensity", type=int, metavar="1-5", required=True, help=_scale(INTENSITY_WORDS)
    )
    cry.add_argument("--almost", action="store_true", help="almost cried: an urge without tears")
    cry.add_argument("--duration", type=int, metavar="MINUTES", help="how long it lasted")
    cry.add_argument(
        "--trigger", action="append", default=[], help="what set it off; repeat for more"
    )
    for choice in EPISODE_CHOICES:
        cry.add_argument(
            choice.option,
            dest=choice.field,
            metavar="|".join(choice.option_words),
            help=choice.help,
        )
    cry.add_argument("--mood-after-score", type=int, metavar="0-10", help="mood right after, 0-10")
    cry.add_argument(
        "--mood-later-score",
        type=int,
        metavar="0-10",
        help="mood later, 0-10 (mood often dips right after crying and recovers "
        "within an hour or so)",
    )
    cry.add_argument(
        "--what-helped",
        metavar="TEXT",
        default="",
        help="what helped, e.g. a walk, talking to a friend",
    )
    _add_common_options(cry)


def _add_check_in_parser(kinds: Any) -> None:
    check_in = kinds.add_parser("check-in", help="a daily check-in")
    check_in.add_argument(
        "--mood",
        type=int,
        metavar="-3..3",
        required=True,
        help="-3 very unpleasant .. 0 neutral .. +3 very pleasant",
    )
    check_in.add_argument(
        "--energy",
        type=int,
        metavar="-3..3",
        required=True,
        help="-3 very low .. 0 in between .. +3 very high",
    )
    check_in.add_argument(
        "--urge", type=int, metavar="0-4", help=f"urge to cry: {_scale(URGE_WORDS)}"
    )
    check_in.add_argument(
        "--no-crying",
        action="store_true",
        help="no crying today (tells a day without tears apart from a day not written down)",
    )
    check_in.add_argument("--sleep", type=float, metavar="HOURS", help="hours of sleep")
    check_in.add_argument(
        "--daily-life-hard",
        type=int,
        metavar="0-3",
        help=f"feelings made daily life hard: {_scale(DAILY_LIFE_WORDS)}",
    )
    _add_common_options(check_in)


def _time(text: str) -> datetime:
    """An aware time; one without an offset is this computer's local time on that date. The
    journal checks the rest (range, whole-minute offset, not in the future)."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(NOT_A_TIME.format(text=text)) from None
    if moment.tzinfo is not None:
        return moment
    if date_problem(moment.date()) is not None:  # before the zone rules, which fail outside
        raise argparse.ArgumentTypeError(OUT_OF_RANGE.format(text=text, problem=TIME_OUT_OF_RANGE))
    if skipped(moment):
        raise argparse.ArgumentTypeError(TIME_SKIPPED.format(text=text, after=local_time(moment)))
    return local_time(moment)
