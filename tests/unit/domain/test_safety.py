"""Self-harm language is noticed in notes, as whole phrases, whatever the case or accents."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moodapp.domain.safety import SELF_HARM_PHRASES, mentions_self_harm


@pytest.mark.parametrize(
    "text",
    [
        "Some days I just want to die.",
        "I thought about SUICIDE again",
        "i don\u2019t want to live like this",
        "Thinking of self-harm",
        "urge to   cut   myself",
        "they would be better off without me",
        "ich will nicht mehr leben",
        "Heute Abend wieder Suizidgedanken.",
        "Ich möchte STERBEN",
        "manchmal denke ich, sie wären ohne mich besser dran",
        "Ich hab an Selbstmord gedacht",
        "Ich wollte mich ritzen",
        "Ich mochte nicht mehr leben",  # without its Umlaut, as typed on some keyboards
    ],
)
def test_phrases_are_noticed(text: str) -> None:
    assert mentions_self_harm(text)


@pytest.mark.parametrize(
    "text",
    [
        "This film killed me, in a good way",
        "I overdosed on coffee",
        "Cut my hair myself",
        "The heat was unbearable",
        "Der Film hat mich umgehauen",
        "Ich bin todmüde und will schlafen",
        "Ich habe mich beim Sport verletzt",
        "Das bringt mich um den Verstand",
        "Ich will mehr vom Leben",
        "",
    ],
)
def test_ordinary_words_are_not(text: str) -> None:
    assert not mentions_self_harm(text)


def test_any_of_several_texts() -> None:
    assert mentions_self_harm("a long walk", "", "no reason to live")


@given(st.sampled_from(SELF_HARM_PHRASES), st.text(max_size=30), st.text(max_size=30))
def test_every_phrase_is_found_inside_other_text(phrase: str, before: str, after: str) -> None:
    assert mentions_self_harm(f"{before} {phrase.upper()} {after}")
