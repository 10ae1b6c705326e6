"""The emotions and triggers a person can pick, and the built-in ones seeded once.

Built-ins come from GROUNDING.md. A person may rename, recolour, archive and
add to them; the ``key`` never changes, so entries keep pointing at the same
emotion after a rename.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from moodapp.domain.text import QT_TRANSLATE_NOOP


class Valence(StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    MIXED = "mixed"
    NEUTRAL = "neutral"


@dataclass(frozen=True, kw_only=True)
class Emotion:
    key: str
    label: str
    valence: Valence
    colour: str  # "#rrggbb"
    builtin: bool = False
    archived: bool = False
    sort_order: int = 0


@dataclass(frozen=True, kw_only=True)
class Trigger:
    key: str
    label: str
    valence: Valence
    builtin: bool = False
    archived: bool = False
    sort_order: int = 0


def _emotion(key: str, label: str, valence: Valence, colour: str, order: int) -> Emotion:
    return Emotion(
        key=key, label=label, valence=valence, colour=colour, builtin=True, sort_order=order
    )


def _trigger(key: str, label: str, valence: Valence, order: int) -> Trigger:
    return Trigger(key=key, label=label, valence=valence, builtin=True, sort_order=order)


_P, _N, _M, _0 = Valence.POSITIVE, Valence.NEGATIVE, Valence.MIXED, Valence.NEUTRAL

BUILTIN_EMOTIONS: tuple[Emotion, ...] = (
    _emotion("joy", QT_TRANSLATE_NOOP("Emotion", "Joy"), _P, "#e8a317", 10),
    _emotion("sadness", QT_TRANSLATE_NOOP("Emotion", "Sadness"), _N, "#3b6fb6", 20),
    _emotion("anger", QT_TRANSLATE_NOOP("Emotion", "Anger"), _N, "#c8413a", 30),
    _emotion("frustration", QT_TRANSLATE_NOOP("Emotion", "Frustration"), _N, "#e07b39", 40),
    _emotion("fear", QT_TRANSLATE_NOOP("Emotion", "Fear"), _N, "#6a4c93", 50),
    _emotion("nervousness", QT_TRANSLATE_NOOP("Emotion", "Nervousness"), _N, "#9c7ac8", 60),
    _emotion("helplessness", QT_TRANSLATE_NOOP("Emotion", "Helplessness"), _N, "#5b7083", 70),
    _emotion("loneliness", QT_TRANSLATE_NOOP("Emotion", "Loneliness"), _N, "#4a90a4", 80),
    _emotion("shame", QT_TRANSLATE_NOOP("Emotion", "Shame"), _N, "#a05a7a", 90),
    _emotion("being-moved", QT_TRANSLATE_NOOP("Emotion", "Being moved"), _P, "#d9739b", 100),
    _emotion("relief", QT_TRANSLATE_NOOP("Emotion", "Relief"), _P, "#6baf6b", 110),
    _emotion("gratitude", QT_TRANSLATE_NOOP("Emotion", "Gratitude"), _P, "#b5a33a", 120),
    _emotion("calm", QT_TRANSLATE_NOOP("Emotion", "Calm"), _P, "#4fa3a5", 130),
    _emotion("overwhelm", QT_TRANSLATE_NOOP("Emotion", "Overwhelm"), _M, "#8a6e5a", 140),
)

BUILTIN_TRIGGERS: tuple[Trigger, ...] = (
    _trigger("conflict", QT_TRANSLATE_NOOP("Trigger", "Conflict"), _N, 10),
    _trigger("loss", QT_TRANSLATE_NOOP("Trigger", "Loss or separation"), _N, 20),
    _trigger("loneliness", QT_TRANSLATE_NOOP("Trigger", "Loneliness"), _N, 30),
    _trigger("powerlessness", QT_TRANSLATE_NOOP("Trigger", "Powerlessness"), _N, 40),
    _trigger("overload", QT_TRANSLATE_NOOP("Trigger", "Overload or stress"), _N, 50),
    _trigger("inadequacy", QT_TRANSLATE_NOOP("Trigger", "Feeling inadequate"), _N, 60),
    _trigger("others-suffering", QT_TRANSLATE_NOOP("Trigger", "Someone else's suffering"), _N, 70),
    _trigger("physical-pain", QT_TRANSLATE_NOOP("Trigger", "Physical pain"), _N, 80),
    _trigger("moving", QT_TRANSLATE_NOOP("Trigger", "Something moving or beautiful"), _P, 90),
    _trigger("achievement", QT_TRANSLATE_NOOP("Trigger", "Achievement or joy"), _P, 100),
    _trigger("media", QT_TRANSLATE_NOOP("Trigger", "Film, music or book"), _M, 110),
    _trigger("no-clear-reason", QT_TRANSLATE_NOOP("Trigger", "No clear reason"), _0, 120),
)

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
LABEL_MAX_CHARS = 60


def key_from_label(label: str) -> str:
    """A stable, lower-case key for a new catalogue item: "Awe & wonder" -> "awe-wonder"."""
    folded = unicodedata.normalize("NFKC", label).casefold()
    return re.sub(r"[\W_]+", "-", folded).strip("-")


def is_valid_colour(colour: str) -> bool:
    return bool(_COLOUR.match(colour))
