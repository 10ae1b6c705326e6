"""The built-in catalogue and the keys of new items."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from moodapp.domain.catalogue import (
    BUILTIN_EMOTIONS,
    BUILTIN_TRIGGERS,
    Valence,
    is_valid_colour,
    key_from_label,
)


def test_built_in_emotions_are_those_of_the_grounding() -> None:
    assert [e.label for e in BUILTIN_EMOTIONS] == [
        "Joy", "Sadness", "Anger", "Frustration", "Fear", "Nervousness", "Helplessness",
        "Loneliness", "Shame", "Being moved", "Relief", "Gratitude", "Calm", "Overwhelm",
    ]  # fmt: skip


def test_built_ins_have_unique_keys_valid_colours_and_a_clear_order() -> None:
    for items in (BUILTIN_EMOTIONS, BUILTIN_TRIGGERS):
        assert len({i.key for i in items}) == len(items)
        orders = [i.sort_order for i in items]
        assert orders == sorted(set(orders))
    assert all(is_valid_colour(e.colour) for e in BUILTIN_EMOTIONS)


def test_positive_triggers_are_marked_positive() -> None:
    positive = {t.key for t in BUILTIN_TRIGGERS if t.valence is Valence.POSITIVE}
    assert positive == {"moving", "achievement"}


@given(st.text(max_size=60))
def test_keys_are_lower_case_words_joined_by_hyphens(label: str) -> None:
    key = key_from_label(label)
    assert key == key.casefold()
    assert not key.startswith("-") and not key.endswith("-")
    assert "--" not in key and " " not in key


def test_key_examples() -> None:
    assert key_from_label("Awe & wonder") == "awe-wonder"
    assert key_from_label("  Ärger ") == "ärger"
    assert key_from_label("!!!") == ""
