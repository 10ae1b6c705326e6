"""JSON laid out with indentation, as ``json.dumps(value, ensure_ascii=False, indent=n)``
writes it, character for character, in a fraction of the time.

Python's json module encodes in C only without indentation; with it, every value goes
through generators written in Python (a 40-year journal is over a million of them).
Here each container is one loop that hands its texts, numbers and literals straight to
the same C string encoder and joins the lines once.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from json.encoder import encode_basestring  # the C one when there is one
from typing import Any

_INFINITY = float("inf")


def _float(value: float) -> str:
    # As json does by default (allow_nan): NaN and the infinities as JavaScript names them.
    if math.isnan(value):
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)


def _literal(value: bool | None) -> str:
    return "null" if value is None else "true" if value else "false"


# Values of exactly these types, the bulk of any export; subclasses take the long way.
_SCALARS: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    int: int.__repr__,
    float: _float,
    bool: _literal,
    type(None): _literal,
}


def _scalar(value: Any) -> str | None:
    """The JSON of a value that is no list or object, tested in json's order; None for a
    list or an object."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None or value is True or value is False:
        return _literal(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, (list, tuple, dict)):
        return None
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _key(key: Any) -> str:
    if isinstance(key, str):
        text = key
    elif isinstance(key, float):
        text = _float(key)
    elif key is None or key is True or key is False:
        text = _literal(key)
    elif isinstance(key, int):
        text = int.__repr__(key)
    else:
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
    return f"{encode_basestring(text)}: "


def indented(value: Any, indent: int) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=indent)``, for values without cycles."""
    newlines = ["\n"]  # a line break and the indentation of each level
    keys: dict[Any, str] = {}  # each key as JSON, with its colon: objects share their keys

    def newline(level: int) -> str:
        while len(newlines) <= level:
            newlines.append(newlines[-1] + " " * indent)
        return newlines[level]

    def encoded(item: Any, level: int) -> str:
        scalar = _SCALARS.get(type(item))
        if scalar is not None:
            return scalar(item)
        text = _scalar(item)
        if text is not None:
            return text
        inner = newline(level + 1)
        lines: list[str] = []
        if isinstance(item, dict):
            if not item:
                return "{}"
            for key, member in item.items():
                name = keys.get(key) if type(key) is str else None  # (1 and True are equal)
                if name is None:
                    name = _key(key)
                    if type(key) is str:
                        keys[key] = name
                scalar = _SCALARS.get(type(member))
                lines.append(name + (scalar(member) if scalar else encoded(member, level + 1)))
            return "{" + inner + ("," + inner).join(lines) + newline(level) + "}"
        if not item:
            return "[]"
        for member in item:
            scalar = _SCALARS.get(type(member))
            lines.append(scalar(member) if scalar else encoded(member, level + 1))
        return "[" + inner + ("," + inner).join(lines) + newline(level) + "]"

    return encoded(value, 0)
