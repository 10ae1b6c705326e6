"""Noticing self-harm language in what a person writes, to offer help, never to block.

The list is short and deliberate: phrases that commonly express thoughts of
suicide or self-harm (see docs/SAFETY.md for why each is there and what the app
does). Matching ignores case, accents and extra spaces. A match never stops a
save and is never stored or reported anywhere: the app only shows the crisis
lines ("Need help now?") before it saves.
"""

from __future__ import annotations

import re
import unicodedata

SELF_HARM_PHRASES: tuple[str, ...] = (
    "kill myself",
    "killing myself",
    "suicide",
    "suicidal",
    "end my life",
    "ending my life",
    "take my own life",
    "want to die",
    "wish i was dead",
    "wish i were dead",
    "better off dead",
    "better off without me",
    "no reason to live",
    "not want to live",
    "don't want to live",
    "dont want to live",
    "hurt myself",
    "hurting myself",
    "harm myself",
    "self-harm",
    "self harm",
    "cut myself",
    "cutting myself",
    "overdose",
    # German; words of one piece (Suizidgedanken) are listed whole, as German joins them.
    "will nicht mehr leben",
    "möchte nicht mehr leben",
    "nicht mehr leben will",
    "nicht mehr leben möchte",
    "will sterben",
    "möchte sterben",
    "sterben will",
    "wäre lieber tot",
    "wär lieber tot",
    "mich umbringen",
    "mich umzubringen",
    "bringe mich um",
    "mir das leben nehmen",
    "mir das leben zu nehmen",
    "mein leben beenden",
    "mein leben zu beenden",
    "selbstmord",
    "selbstmordgedanken",
    "suizid",
    "suizidal",
    "suizidgedanken",
    "lebensmüde",
    "ohne mich besser dran",
    "besser dran ohne mich",
    "kein grund mehr zu leben",
    "mich selbst verletzen",
    "mich selbst zu verletzen",
    "selbstverletzung",
    "mich ritzen",
    "mich zu ritzen",
    "überdosis",
)


def _normal(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in folded if not unicodedata.combining(c))
    letters = letters.replace("\u2019", "'")
    return " " + re.sub(r"\s+", " ", letters) + " "


# The phrases are folded as the text is (so "möchte" is written as spoken, "ß" as "ss").
_PATTERN = re.compile("|".join(rf"\b{re.escape(_normal(p).strip())}\b" for p in SELF_HARM_PHRASES))


def mentions_self_harm(*texts: str) -> bool:
    """Whether any of the texts holds one of the phrases, as whole words."""
    return any(_PATTERN.search(_normal(text)) for text in texts if text)
