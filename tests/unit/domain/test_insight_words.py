"""Every sentence the insights can say keeps GROUNDING.md's wording rules."""

from __future__ import annotations

import re
import string

import pytest

from moodapp.domain import insight_words
from moodapp.domain.insight_words import ALL_TEMPLATES

# Words that diagnose, judge against a norm, claim causes, or gamify crying.
FORBIDDEN = [
    r"\bnormal", r"abnormal", r"diagnos", r"disorder", r"\bcaus", r"\bstreak", r"\bscore",
    r"\bbadge", r"\bgoal", r"\bshould\b", r"\bmust\b", r"too much", r"too little",
    r"\bhealthy", r"unhealthy", r"depress", r"symptom", r"patholog", r"congrat",
    r"well done", r"great job", r"\bfail", r"\bcure", r"\bfix\b", r"\bweak",
]  # fmt: skip


def test_there_are_templates_to_check() -> None:
    assert len(ALL_TEMPLATES) > 40


@pytest.mark.parametrize("pattern", FORBIDDEN)
def test_no_template_uses_a_forbidden_word(pattern: str) -> None:
    offending = [t for t in ALL_TEMPLATES if re.search(pattern, t, re.IGNORECASE)]
    assert offending == []


def test_every_template_can_be_filled() -> None:
    for template in ALL_TEMPLATES:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        template.format(**dict.fromkeys(names, "x"))


def test_relief_is_said_to_go_with_not_to_come_from() -> None:
    assert "went together" in insight_words.RELIEF_BASIS


def string_literals() -> list[tuple[str, str]]:
    """Every string literal in the app's code except docstrings, with its file."""
    import ast
    from pathlib import Path

    import moodapp

    found = []
    for path in Path(moodapp.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        found += [
            (path.name, node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ]
    return found


@pytest.mark.parametrize(
    "pattern", [r"abnormal", r"diagnos", r"disorder", r"\bcaused?\b", r"\bstreak", r"\bbadge"]
)
def test_nothing_the_app_says_uses_the_worst_words(pattern: str) -> None:
    offending = [
        (name, text) for name, text in string_literals() if re.search(pattern, text, re.IGNORECASE)
    ]
    assert offending == []
