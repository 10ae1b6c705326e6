"""resources/translations.py: what lupdate is shown, and translations that follow a string
to another context."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
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


HELPER_MODULE = '''\
from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    """Translated in this module's context."""
    return QCoreApplication.translate("DayText", text)


def words(kind: str) -> str:
    first = _tr("Mood %1 · “calm”").replace("%1", kind)
    return first + _tr(
        "a long sentence "
        "over two lines"
    ) + _tr(kind)
'''

ALIAS_MODULE = """\
class Form:
    def build(self) -> None:
        tr = self.tr
        self.title = tr("When:")
        self.other = other.tr("Left alone")

    def later(self) -> None:
        tr("Not an alias here")
"""


def test_helper_calls_are_spelled_out_on_the_same_lines(pipeline: ModuleType) -> None:
    out = pipeline.spelled_out(HELPER_MODULE)

    assert len(out.splitlines()) == len(HELPER_MODULE.splitlines())
    lines = out.splitlines()
    assert 'QCoreApplication.translate("DayText", "Mood %1 · “calm”")' in lines[9]
    assert lines[10].endswith("return first + QCoreApplication.translate(")
    assert lines[11].strip() == '"DayText", "a long sentence "'
    assert lines[13].strip() == ") + _tr(kind)"  # not a literal: left as it is
    assert 'return QCoreApplication.translate("DayText", text)' in out  # the helper itself


def test_tr_aliases_become_self_tr_only_where_they_are_bound(pipeline: ModuleType) -> None:
    out = pipeline.spelled_out(ALIAS_MODULE).splitlines()

    assert out[3] == '        self.title = self.tr("When:")'
    assert out[4] == '        self.other = other.tr("Left alone")'
    assert out[7] == '        tr("Not an alias here")'


TRIPLE_QUOTED_MODULE = '''\
TEXT = QT_TRANSLATE_NOOP(
    "NeedHelpDialog",
    """\\
<h3>If you are in crisis</h3>
<p>“Please” reach out.</p>
""",
)
AFTER = 1
'''


def test_triple_quoted_texts_reach_lupdate_as_python_reads_them(pipeline: ModuleType) -> None:
    out = pipeline.spelled_out(TRIPLE_QUOTED_MODULE)

    assert len(out.splitlines()) == len(TRIPLE_QUOTED_MODULE.splitlines())
    assert out.splitlines()[7] == "AFTER = 1"
    namespace: dict[str, object] = {"QT_TRANSLATE_NOOP": lambda context, text: text}
    exec(out, namespace)
    assert namespace["TEXT"] == "<h3>If you are in crisis</h3>\n<p>“Please” reach out.</p>\n"
    assert '"<h3>If you are in crisis</h3>\\n<p>“Please” reach out.</p>\\n"' in out


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
