"""Words made below the UI stay data until said: English on the command line, the person's
language in the window."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from moodapp.domain.text import Refusal, Words, words

GERMAN = {
    ("Writes", "The journal could not be written: {why}. Nothing was saved."):
        "Das Tagebuch konnte nicht geschrieben werden: {why}. Es wurde nichts gespeichert.",
    ("Writes", "the disk is full; free some space and save again"):
        "der Datenträger ist voll; schaffe etwas Platz und speichere noch einmal",
}  # fmt: skip


def german(context: str, template: str) -> str:
    return GERMAN.get((context, template), template)


def test_words_inside_words_are_said_in_the_same_language() -> None:
    full = Words("Writes", "the disk is full; free some space and save again")
    failed = words(
        "Writes", "The journal could not be written: {why}. Nothing was saved.", why=full
    )
    assert str(failed) == (
        "The journal could not be written: the disk is full; free some space and save again. "
        "Nothing was saved."
    )
    assert failed.said(german) == (
        "Das Tagebuch konnte nicht geschrieben werden: der Datenträger ist voll; schaffe etwas "
        "Platz und speichere noch einmal. Es wurde nichts gespeichert."
    )


@given(st.text())
def test_a_value_is_put_in_as_it_is_and_a_sentence_without_values_too(text: str) -> None:
    assert (
        words("Backups", "cannot be read ({error})", error=text).said()
        == f"cannot be read ({text})"
    )
    assert Words("", text).said() == text  # braces in a finished sentence are not places


def test_a_refusal_says_its_words_in_english_and_keeps_them() -> None:
    refusal = Refusal(words("Validation", "At most {limit} tags fit on one entry.", limit=50))
    assert str(refusal) == "At most 50 tags fit on one entry."
    assert refusal.words.values == (("limit", 50),)
    assert Refusal("Plain words.").words.said(german) == "Plain words."
