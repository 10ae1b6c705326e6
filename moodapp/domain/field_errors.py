"""A broken rule of one field, and the error that carries all of them.

A message is an English template with its values apart: the window says it in the
person's language (the templates are marked for translation in the context
"Validation"), the command line as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from moodapp.domain.text import Words


@dataclass(frozen=True)
class FieldError:
    """A broken rule of one field: ``template`` is English with ``{name}`` places for
    ``values`` (a template without values is said as it is)."""

    field: str
    template: str
    values: tuple[tuple[str, object], ...] = ()

    @property
    def words(self) -> Words:
        return Words("Validation", self.template, self.values)

    @property
    def message(self) -> str:
        """The message in English, as the command line says it."""
        return self.words.said()

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def field_error(name: str, template: str, **values: object) -> FieldError:
    return FieldError(name, template, tuple(values.items()))


class InvalidInput(ValueError):
    """Raised instead of writing anything that breaks a rule."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(str(e) for e in self.errors))
