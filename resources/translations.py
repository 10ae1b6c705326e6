"""Translations of moodapp's window: extract the strings, then compile what was translated.

Usage (from the project root, in its environment):

    python resources/translations.py update [LANGUAGE ...] [--drop-obsolete]
    python resources/translations.py release

``update`` runs Qt's ``pyside6-lupdate`` over every ``.py`` file under ``moodapp/``
and merges what it finds into each ``moodapp/assets/i18n/moodapp_<language>.ts``:
translations that still match are kept, new strings arrive marked unfinished, and
strings that left the code stay in the file marked obsolete ("vanished"), so that
their translation is not lost if they come back. ``--drop-obsolete`` removes those.

``release`` runs ``pyside6-lrelease`` on every ``.ts`` file and writes the compiled
``moodapp_<language>.qm`` beside it; only finished translations go into it. The
``.qm`` files are what the app loads (``moodapp/ui/common/translations.py``). Run ``release``
after every change to a ``.ts`` file and commit both.

What lupdate finds, and what this script adds
---------------------------------------------
lupdate reads ``self.tr("...")``, ``QCoreApplication.translate("Context", "...")``
and ``QT_TRANSLATE_NOOP("Context", "...")`` (from ``moodapp/domain/text.py``). The code
also uses two shorthands that lupdate cannot follow on its own, so ``update`` shows
lupdate a copy of the sources with them spelled out (same files, same line numbers,
so the locations in the ``.ts`` file point at the real code):

* a module-level helper whose whole body is
  ``return QCoreApplication.translate("Context", text)``: each call with a string
  literal, ``_tr("...")``, is read as ``QCoreApplication.translate("Context", "...")``;
* ``tr = self.tr`` inside a method: each ``tr("...")`` after it in that method is
  read as ``self.tr("...")``, in the context of the enclosing class.

Calls with anything but a string literal (``self.tr(WORDS[value])``) cannot be
extracted; the words they translate must be marked where they are defined.

When a string moves to another context (for example from a ``_tr`` helper to
``QT_TRANSLATE_NOOP`` elsewhere), lupdate would ask for it again. ``update`` then
copies the translation of the obsolete copy with the very same English text into the
new place and prints a line for each, so a reviewer can check it in context.

Adding a language
-----------------
1. ``python resources/translations.py update fr`` creates
   ``moodapp/assets/i18n/moodapp_fr.ts`` (use Qt's language codes: ``fr``, ``pt_BR``).
2. Translate it in Qt Linguist (``pyside6-linguist moodapp/assets/i18n/moodapp_fr.ts``)
   or any editor for Qt TS files. Follow the wording rules of GROUNDING.md: describe,
   never diagnose or judge, no scores or streaks for crying; keep ``%1``, ``%s`` and
   ``{name}`` placeholders exactly, and give every menu entry its own ``&`` letter.
3. ``python resources/translations.py release`` writes ``moodapp_fr.qm``.
4. ``pytest tests/gui/test_translations.py``: it checks every ``.ts`` file for
   unfinished strings and placeholders. The app picks the language up from the
   system's locale; Qt's own dialogs use ``qtbase_fr.qm`` from PySide6 when it
   ships one.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "moodapp"
I18N = PACKAGE / "assets" / "i18n"
BASENAME = "moodapp"
SOURCE_LANGUAGE = "en"


# -- the tools -----------------------------------------------------------------------


def tool(name: str) -> list[str]:
    """The command that runs Qt's ``lupdate`` or ``lrelease`` as PySide6 installs it."""
    suffix = ".exe" if os.name == "nt" else ""
    beside = Path(sys.executable).with_name(f"pyside6-{name}{suffix}")
    if beside.exists():
        return [str(beside)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    import PySide6  # the wheel also ships the bare binaries

    bare = Path(PySide6.__file__).parent / f"{name}{suffix}"
    if bare.exists():
        return [str(bare)]
    sys.exit(f"translations.py: cannot find pyside6-{name}; is PySide6 installed here?")


def ts_files() -> list[Path]:
    return sorted(I18N.glob(f"{BASENAME}_*.ts"))


def ts_file(language: str) -> Path:
    return I18N / f"{BASENAME}_{language}.ts"


# -- the copy of the sources that lupdate reads --------------------------------------


def _helper_context(function: ast.FunctionDef) -> str | None:
    """The context of ``def f(text): return QCoreApplication.translate("Context", text)``."""
    body = [
        s
        for s in function.body
        if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
    ]
    params = function.args.args
    if len(body) != 1 or len(params) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not isinstance(call, ast.Call) or len(call.args) != 2 or call.keywords:
        return None
    name = call.func.attr if isinstance(call.func, ast.Attribute) else None
    context, text = call.args
    if (
        name == "translate"
        and isinstance(context, ast.Constant)
        and isinstance(context.value, str)
        and isinstance(text, ast.Name)
        and text.id == params[0].arg
    ):
        return context.value
    return None


def _is_tr_alias(statement: ast.stmt) -> str | None:
    """The name bound by ``name = self.tr``, if the statement is one."""
    if (
        isinstance(statement, ast.Assign)
        and len(statement.targets) == 1
        and isinstance(statement.targets[0], ast.Name)
        and isinstance(statement.value, ast.Attribute)
        and statement.value.attr == "tr"
        and isinstance(statement.value.value, ast.Name)
        and statement.value.value.id == "self"
    ):
        return statement.targets[0].id
    return None


def _literal_call(node: ast.AST, names: set[str]) -> ast.Call | None:
    """``node`` if it calls one of ``names`` with a string literal first."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in names
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        return node
    return None


Edit = tuple[int, int, int, str]  # line, first and last byte (UTF-8) replaced, new text


def _rename(call: ast.Call, name: str, context: str | None = None) -> list[Edit]:
    """Call ``name`` instead, with ``context`` put before the first argument."""
    func, first = call.func, call.args[0]
    edits = [(func.lineno, func.col_offset, func.end_col_offset or func.col_offset, name)]
    if context is not None:
        edits.append((first.lineno, first.col_offset, first.col_offset, f'"{context}", '))
    return edits


# Where the text is the first argument, and where it is the second (after the context).
TEXT_FIRST = {"tr", "QT_TR_NOOP"}
TEXT_SECOND = {"translate", "QT_TRANSLATE_NOOP"}


def _text_argument(node: ast.AST) -> ast.Constant | None:
    """The string literal a translation call translates, if ``node`` is such a call."""
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    index = 0 if name in TEXT_FIRST else 1 if name in TEXT_SECOND else None
    if index is None or len(node.args) <= index:
        return None
    text = node.args[index]
    if isinstance(text, ast.Constant) and isinstance(text.value, str):
        return text
    return None


def _one_line(text: ast.Constant, source_lines: list[bytes]) -> list[Edit]:
    """A triple-quoted literal as a plain one with escapes, and the same number of lines.

    When a triple-quoted string opens with a backslash at the end of its first line,
    Python drops that line break but lupdate keeps it: the text in the .ts file would
    never match the one the code asks for.
    """
    first = source_lines[text.lineno - 1][text.col_offset :].lstrip(b"rRuU")
    if not first.startswith((b'"""', b"'''")) or text.end_lineno is None:
        return []
    value = str(text.value)
    escaped = "".join(ESCAPES.get(c, c) for c in value)
    padding = "\n" * (text.end_lineno - text.lineno)  # newlines inside the call's brackets
    return [
        (
            text.lineno,
            text.col_offset,
            len(source_lines[text.lineno - 1]),
            f'"{escaped}"{padding}' if padding else f'"{escaped}"',
        ),
        *(
            (line, 0, len(source_lines[line - 1]), "")
            for line in range(text.lineno + 1, text.end_lineno)
        ),
        (text.end_lineno, 0, text.end_col_offset or 0, ""),
    ]


ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def spelled_out(source: str) -> str:
    """``source`` with the helper and alias calls written as lupdate knows them.

    Only the called name is replaced and the context inserted, each on its own line,
    so every line keeps its number.
    """
    tree = ast.parse(source)
    lines = source.encode().splitlines(keepends=True)
    helpers = {
        statement.name: context
        for statement in tree.body
        if isinstance(statement, ast.FunctionDef)
        and (context := _helper_context(statement)) is not None
    }
    edits: list[Edit] = []
    texts: dict[int, ast.Constant] = {}  # each translated literal once, by node
    for node in ast.walk(tree):
        text = _text_argument(node)
        if text is not None:
            texts[id(text)] = text
        call = _literal_call(node, set(helpers))
        if call is not None:
            assert isinstance(call.func, ast.Name)
            edits += _rename(call, "QCoreApplication.translate", helpers[call.func.id])
            first = call.args[0]
            assert isinstance(first, ast.Constant)
            texts[id(first)] = first
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            aliases = {name for s in node.body if (name := _is_tr_alias(s))}
            for inner in ast.walk(node) if aliases else ():
                call = _literal_call(inner, aliases)
                if call is not None:
                    edits += _rename(call, "self.tr")
    for text in texts.values():
        edits += _one_line(text, lines)
    for line, start, end, new_text in sorted(edits, reverse=True):
        row = lines[line - 1]
        lines[line - 1] = row[:start] + new_text.encode() + row[end:]
    return b"".join(lines).decode()


def write_lupdate_sources(into: Path) -> list[Path]:
    """Copy every module of the package under ``into``, spelled out for lupdate."""
    written = []
    for path in sorted(PACKAGE.rglob("*.py")):
        target = into / path.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(spelled_out(path.read_text(encoding="utf-8")), encoding="utf-8")
        written.append(target)
    return written


# -- carrying translations over when a string changes context -------------------------


def _key(message: ET.Element) -> tuple[str, str, bool]:
    return (
        message.findtext("source") or "",
        message.findtext("comment") or "",
        message.get("numerus") == "yes",
    )


def _translation(message: ET.Element) -> ET.Element:
    found = message.find("translation")
    assert found is not None, "lupdate writes a translation element for every message"
    return found


def carry_over(ts: Path) -> list[str]:
    """Finish new messages from obsolete ones with the very same English text.

    A new message is empty, or holds lupdate's guess from the obsolete one, marked
    unfinished. Only a single, unambiguous earlier translation is used. Returns a line
    per message finished.
    """
    tree = ET.parse(ts)
    known: dict[tuple[str, str, bool], set[tuple[str, ...]]] = {}
    copies: dict[tuple[str, str, bool], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = _translation(message)
            texts = tuple(translation.itertext())
            if translation.get("type") in ("vanished", "obsolete") and "".join(texts).strip():
                known.setdefault(_key(message), set()).add(texts)
                copies[_key(message)] = translation
    notes = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = _translation(message)
            texts = tuple(translation.itertext())
            key = _key(message)
            earlier = known.get(key, set())
            if translation.get("type") != "unfinished" or len(earlier) != 1:
                continue
            if "".join(texts).strip() and texts not in earlier:
                continue  # lupdate guessed from a similar text: a person decides
            source = copies[key]
            translation.text = source.text
            translation[:] = [ET.fromstring(ET.tostring(child)) for child in source]
            del translation.attrib["type"]
            notes.append(f"{ts.name}: {name}: carried over {key[0]!r}")
    if notes:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return notes


# -- the commands ------------------------------------------------------------------


def run(command: list[str]) -> None:
    print(
        "translations.py:", " ".join(Path(c).name if i == 0 else c for i, c in enumerate(command))
    )
    subprocess.run(command, check=True)


def update(languages: list[str], drop_obsolete: bool) -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    targets = sorted({*ts_files(), *(ts_file(language) for language in languages)})
    if not targets:
        sys.exit("translations.py: no .ts file yet; name a language, e.g. `update de`")
    with tempfile.TemporaryDirectory(prefix="moodapp-lupdate-") as tmp:
        copy_root = Path(tmp)
        sources = write_lupdate_sources(copy_root)
        listing = copy_root / "sources.lst"
        listing.write_text("\n".join(str(s) for s in sources) + "\n", encoding="utf-8")
        copies = []
        for ts in targets:
            copy = copy_root / ts.relative_to(ROOT)  # same place relative to the sources
            copy.parent.mkdir(parents=True, exist_ok=True)
            if ts.exists():
                shutil.copyfile(ts, copy)
            copies.append(copy)
        command = [
            *tool("lupdate"),
            "-locations",
            "absolute",
            "-source-language",
            SOURCE_LANGUAGE,
            *(["-no-obsolete"] if drop_obsolete else []),
            f"@{listing}",
            "-ts",
            *map(str, copies),
        ]
        run(command)
        carried = [note for copy in copies for note in carry_over(copy)]
        if carried:
            for note in carried:
                print("translations.py:", note)
            run(command)  # lupdate writes the file back in its own layout
        for ts, copy in zip(targets, copies, strict=True):
            shutil.copyfile(copy, ts)
            print(f"translations.py: wrote {ts.relative_to(ROOT)}")


def release() -> None:
    targets = ts_files()
    if not targets:
        sys.exit("translations.py: no .ts file to compile; run `update` first")
    for ts in targets:
        run([*tool("lrelease"), "-nounfinished", str(ts), "-qm", str(ts.with_suffix(".qm"))])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    update_parser = commands.add_parser("update", help="extract the strings into the .ts files")
    update_parser.add_argument(
        "languages", nargs="*", metavar="LANGUAGE", help="also start a .ts file for these"
    )
    update_parser.add_argument(
        "--drop-obsolete", action="store_true", help="remove strings the code no longer has"
    )
    commands.add_parser("release", help="compile the .ts files into .qm files")
    arguments = parser.parse_args(argv)
    if arguments.command == "update":
        update(arguments.languages, arguments.drop_obsolete)
    else:
        release()


if __name__ == "__main__":
    main()
