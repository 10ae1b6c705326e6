"""What a tag's name must be, and how many tags one entry can carry."""

from __future__ import annotations

import functools
from collections.abc import Collection

from moodapp.domain.field_errors import FieldError, field_error
from moodapp.domain.storable import text_error
from moodapp.domain.text import QT_TRANSLATE_NOOP

TAG_MAX_CHARS = 40
TAGS_MAX = 50

# Messages for people, one place per module.
TAG_EMPTY = QT_TRANSLATE_NOOP("Validation", "A tag cannot be empty or start or end with a space.")
TAG_SHAPE = QT_TRANSLATE_NOOP(
    "Validation",
    "The tag \u201c{tag}\u201d must be one line of at most {limit} characters without commas.",
)
TOO_MANY_TAGS = QT_TRANSLATE_NOOP("Validation", "At most {limit} tags fit on one entry.")
TAG_TWICE = QT_TRANSLATE_NOOP(
    "Validation", "The same tag is there twice (tags ignore upper and lower case)."
)


def tag_errors(tag: str) -> list[FieldError]:
    """What is wrong with one tag's name: empty, outer spaces, too long, commas or lines."""
    if len(tag) <= TAG_MAX_CHARS:  # only names that fit are kept for the next time
        return list(_known_tag_errors(tag))
    return _tag_errors(tag)


@functools.lru_cache(maxsize=4096)  # entries repeat the same few tags, imports by the thousand
def _known_tag_errors(tag: str) -> tuple[FieldError, ...]:
    return tuple(_tag_errors(tag))


def _tag_errors(tag: str) -> list[FieldError]:
    if not tag.strip() or tag != tag.strip():
        return [field_error("tags", TAG_EMPTY)]
    if len(tag) > TAG_MAX_CHARS or any(c in tag for c in "\r\n\t,"):
        return [field_error("tags", TAG_SHAPE, tag=tag[:TAG_MAX_CHARS], limit=TAG_MAX_CHARS)]
    broken = text_error("tags", tag, "A tag")
    return [] if broken is None else [broken]


def entry_tags_errors(values: Collection[str]) -> list[FieldError]:
    """What is wrong with the tags of one entry: too many, one twice, or any one's name."""
    errors = []
    if len(values) > TAGS_MAX:
        errors.append(field_error("tags", TOO_MANY_TAGS, limit=TAGS_MAX))
    if len({t.casefold() for t in values}) < len(values):
        errors.append(field_error("tags", TAG_TWICE))
    for tag in sorted(values):
        errors += tag_errors(tag)
    return errors
