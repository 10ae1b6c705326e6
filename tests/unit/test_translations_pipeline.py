"""resources/translations.py: translations that follow a string to another context, and
lupdate finding every text the code asks Qt to translate."""

from __future__ import annotations

import ast
import importlib.util
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "resources" / "translations.py"


@pytest.fixture(scope="module")
def pipeline() -> ModuleType:
    spec = importlib.util.spec_from_file_location("moodapp_translations_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TS = """\
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>app</name>
    <message>
        <source>Please try again.</source>
        <translation type="vanished">Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <source>moodapp is open already</source>
        <translation type="vanished">moodapp ist schon geöffnet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Öffnen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="80"/>
        <source>moodapp is open already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="82"/>
        <source>Please try again.</source>
        <translation type="unfinished">Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="81"/>
        <source>Something new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gone</name>
    <message>
        <source>Open</source>
        <translation type="vanished">Offen</translation>
    </message>
</context>
<context>
    <name>Other</name>
    <message>
        <location filename="../../ui/other.py" line="1"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def test_a_moved_string_keeps_its_translation(pipeline: ModuleType, tmp_path: Path) -> None:
    ts = tmp_path / "moodapp_de.ts"
    ts.write_text(TS, encoding="utf-8")

    notes = pipeline.carry_over(ts)

    assert notes == [
        "moodapp_de.ts: App: carried over 'moodapp is open already'",
        "moodapp_de.ts: App: carried over 'Please try again.'",
    ]
    found = {
        (c.findtext("name"), m.findtext("source")): m.find("translation")
        for c in ET.parse(ts).getroot().iter("context")
        for m in c.iter("message")
    }
    moved = found["App", "moodapp is open already"]
    assert moved is not None and moved.text == "moodapp ist schon geöffnet"
    assert moved.get("type") is None
    guessed = found["App", "Please try again."]  # lupdate's guess, confirmed
    assert guessed is not None and guessed.get("type") is None
    new = found["App", "Something new"]
    assert new is not None and new.get("type") == "unfinished"
    # Two different earlier translations of "Open": which one fits is for a person to say.
    ambiguous = found["Other", "Open"]
    assert ambiguous is not None and ambiguous.get("type") == "unfinished"


def _asked(tree: ast.AST) -> Iterator[tuple[str, str]]:
    """(context, text) of each call in ``tree`` that translates a string literal:
    ``self.tr("...")`` in a class (its context is the class), ``translate("Context",
    "...")`` and ``QCoreApplication.translate("Context", "...")``."""

    def literal(node: ast.expr) -> str | None:
        return (
            node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
        )

    def visit(node: ast.AST, owner: str) -> Iterator[tuple[str, str]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else owner
            if isinstance(child, ast.Call) and child.args:
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name == "tr" and owner and (text := literal(child.args[0])) is not None:
                    yield owner, text
                if name == "translate" and len(child.args) >= 2:
                    context, text = literal(child.args[0]), literal(child.args[1])
                    if context is not None and text is not None:
                        yield context, text
            yield from visit(child, inner)

    yield from visit(tree, "")


def test_lupdate_finds_every_text_the_code_asks_to_translate() -> None:
    """A text lupdate cannot see (asked through an alias or a helper, say) would reach no
    translator and stay English in every language."""
    package = SCRIPT.parents[1] / "moodapp"
    asked = {
        (context, text, str(path.relative_to(package)))
        for path in sorted(package.rglob("*.py"))
        for context, text in _asked(ast.parse(path.read_text(encoding="utf-8")))
    }
    ts = ET.parse(package / "assets" / "i18n" / "moodapp_de.ts")
    found = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ts.getroot().iter("context")
        for message in context.iter("message")
    }
    assert len(asked) > 500  # the walk found the package's calls
    assert not sorted(a for a in asked if a[:2] not in found)
