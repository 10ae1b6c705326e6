"""Words for people that are made below the UI, kept as data until they are said.

A ``Words`` is an English template, marked with ``QT_TRANSLATE_NOOP`` so that Qt's
lupdate extracts it, and the values that fill it (a value may be ``Words`` itself). The
window says it in the person's language through ``QCoreApplication.translate``; the
command line says it in English.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Translate = Callable[[str, str], str]  # (context, English template) -> the person's template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    del context
    return text


def _as_written(context: str, template: str) -> str:
    del context
    return template


@dataclass(frozen=True)
class Words:
    context: str
    template: str
    values: tuple[tuple[str, object], ...] = ()

    def said(self, translate: Translate = _as_written) -> str:
        """The sentence in the words ``translate`` gives each template (English by default).
        A template without values is said as it is, braces and all."""
        text = translate(self.context, self.template)
        if not self.values:
            return text
        return text.format(
            **{
                name: value.said(translate) if isinstance(value, Words) else value
                for name, value in self.values
            }
        )

    def __str__(self) -> str:
        return self.said()


def words(context: str, template: str, **values: object) -> Words:
    return Words(context, template, tuple(values.items()))


class Refusal(Exception):
    """An error whose message is ``Words``: ``str()`` is English, the window translates."""

    def __init__(self, message: Words | str) -> None:
        self.words = message if isinstance(message, Words) else Words("", message)
        super().__init__(str(self.words))
