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

What lupdate finds
------------------
lupdate reads ``self.tr("...")`` inside a class (its context is the class),
``translate("Context", "...")`` (``moodapp/ui/common/words.py``) or
``QCoreApplication.translate("Context", "...")``, and ``QT_TRANSLATE_NOOP("Context",
"...")`` (from ``moodapp/domain/text.py``) for words kept as data. A call with anything
but a string literal (``self.tr(WORDS[value])``) cannot be extracted: the words it
translates must be marked where they are defined. A count that decides a sentence's
grammar is ``self.tr("... %n ...", "", count)`` inside a class: only there does lupdate
mark the message as plural forms. English's own plural forms are in
``moodapp_en.ts``, which holds only those messages (``-pluralonly``).

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


def lupdate(ts: Path, listing: Path, drop_obsolete: bool) -> list[str]:
    """The lupdate command that merges the package's strings into ``ts``."""
    english = ts == ts_file(SOURCE_LANGUAGE)
    return [
        *tool("lupdate"),
        "-locations",
        "absolute",
        "-source-language",
        SOURCE_LANGUAGE,
        # English needs only its plural forms: every other text is already English.
        *(["-target-language", SOURCE_LANGUAGE, "-pluralonly"] if english else []),
        *(["-no-obsolete"] if drop_obsolete else []),
        f"@{listing}",
        "-ts",
        str(ts),
    ]


def update(languages: list[str], drop_obsolete: bool) -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    targets = sorted({*ts_files(), *(ts_file(language) for language in languages)})
    if not targets:
        sys.exit("translations.py: no .ts file yet; name a language, e.g. `update de`")
    with tempfile.TemporaryDirectory(prefix="moodapp-lupdate-") as tmp:
        listing = Path(tmp) / "sources.lst"
        sources = sorted(PACKAGE.rglob("*.py"))
        listing.write_text("\n".join(str(s) for s in sources) + "\n", encoding="utf-8")
        for ts in targets:
            command = lupdate(ts, listing, drop_obsolete)
            run(command)
            carried = carry_over(ts)
            if carried:
                for note in carried:
                    print("translations.py:", note)
                run(command)  # lupdate writes the file back in its own layout
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
