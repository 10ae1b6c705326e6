"""JSON with indentation, made fast, is what Python's json module writes, to the character."""

from __future__ import annotations

import json
from enum import IntEnum
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from moodapp.exchange.json_text import indented


class Level(IntEnum):
    LOW = 1


class Name(str):
    pass


scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats()  # NaN and the infinities too, as json writes them by default
    | st.text()  # control characters, quotes, backslashes, characters beyond ASCII
)
keys = st.text() | st.integers() | st.floats() | st.booleans() | st.none()
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(keys, inner, max_size=5)
    ),
    max_leaves=40,
)


@given(values, st.integers(min_value=0, max_value=4))
@example({"a": [], "b": {}, "c": [[]], "d": [{}]}, 2)
@example([1.0, -0.0, 1e300, float("nan"), float("inf"), -float("inf")], 1)
@example({1: "one", False: "false", None: "null", 2.5: "x", "": ""}, 1)
@example({"uid": "a", "emotions": {"sadness": 3}, "tags": ["a", "b"]}, 1)
@example({Name("key"): Name("value"), "level": Level.LOW, "levels": [Level.LOW]}, 2)
def test_written_as_json_dumps_writes_it(value: Any, indent: int) -> None:
    assert indented(value, indent) == json.dumps(value, ensure_ascii=False, indent=indent)


@pytest.mark.parametrize("value", [{"a": object()}, [set()], {(1, 2): 3}])
def test_what_json_cannot_write_is_refused_as_json_refuses_it(value: Any) -> None:
    with pytest.raises(TypeError):
        json.dumps(value, indent=1)
    with pytest.raises(TypeError):
        indented(value, 1)
