"""Write moodapp's shell completion (bash, zsh, fish) and man page, generated from the
command line's own parser (moodapp.cli.parser.build_parser), so they never miss a command.

    .venv/bin/python packaging/shell_files.py [--output DIR]     (default: build/share)

Needs shtab (the completion) and argparse-manpage (the man page): `pip install -e
".[package]"` or ".[test]". The files are laid out as under /usr/share, to be copied
there (or into ~/.local/share, or the bundle's share/) as they are:

    bash-completion/completions/moodapp
    zsh/site-functions/_moodapp
    fish/vendor_completions.d/moodapp.fish
    man/man1/moodapp.1

They are reproducible: the same moodapp, Python and tool versions write the same bytes
(the man page's date is SOURCE_DATE_EPOCH's, else this version's release date in the
AppStream metainfo; argparse wraps nothing, whatever the terminal: man fills the lines).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
METAINFO = ROOT / "packaging" / "linux" / "io.github.moodapp.Moodapp.metainfo.xml"
DEFAULT_OUTPUT = ROOT / "build" / "share"
COMMAND = "moodapp"
FILES = {
    "bash": Path("bash-completion", "completions", COMMAND),
    "zsh": Path("zsh", "site-functions", f"_{COMMAND}"),
    "fish": Path("fish", "vendor_completions.d", f"{COMMAND}.fish"),
    "man": Path("man", "man1", f"{COMMAND}.1"),
}
_WORDS = re.compile(r"^[a-z][a-z-]*(\|[a-z][a-z-]*)+$")  # a metavar like yes|no

# The man page's sections beyond the parser's own help (roff).
ENVIRONMENT = r""".TP
.B MOODAPP_DATA_DIR
keep the journal and everything else moodapp stores in this folder (as \fB\-\-data\-dir\fR)
.TP
.B MOODAPP_PASSPHRASE
the passphrase of an encrypted journal (otherwise it is asked for on the terminal;
passphrases are never arguments)
.TP
.B MOODAPP_NEW_PASSPHRASE
the new passphrase for \fBencrypt\fR and \fBchange\-passphrase\fR
.TP
.B XDG_DATA_HOME
where \fBdesktop\-entry\fR writes the menu entry and icon (default \fI~/.local/share\fR)"""
EXIT_STATUS = r""".TP
.B 0
done
.TP
.B 1
the journal could not be opened (damaged, another program's file, or a passphrase
refused or not given)
.TP
.B 2
bad input, with a message naming the option, or the file and line of an import;
nothing was saved
.TP
.B 3
the journal or a file to write could not be written
.TP
.B 130
cancelled with Ctrl+C; no partial file and no partial import is left"""
FILES_SECTION = r""".TP
.I ~/.local/share/moodapp/journal.sqlite3
the journal (on Linux; macOS: \fI~/Library/Application Support/moodapp/\fR), with
\fIbackups/\fR beside it
.TP
.I ~/.config/moodapp/window.ini
the window's size and layout, and this computer's preferences"""


def release_date(version: str) -> str:
    """The date of ``version``'s release in the metainfo (the man page's date)."""
    for release in ET.parse(METAINFO).getroot().iter("release"):
        if release.get("version") == version and release.get("date"):
            return str(release.get("date"))
    raise SystemExit(f"shell_files: {METAINFO} has no release {version} with a date")


def page_date(version: str) -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        moment = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC)
        return moment.strftime("%Y-%m-%d")
    return release_date(version)


@contextlib.contextmanager
def columns(width: int) -> Iterator[None]:
    """argparse wraps help to the terminal's width (COLUMNS): the same width every time."""
    before = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(width)
    try:
        yield
    finally:
        if before is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = before


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """The parser and every subcommand's, depth first."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from parsers(child)


def commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    """Every subcommand, as typed after the program name: 'add', 'add cry', ..."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found.append(f"{prefix}{name}")
                found.extend(commands(child, f"{prefix}{name} "))
    return found


def for_completion(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """What the shells should offer beyond the parser's choices: files and folders for
    path arguments, and the words of a metavar like yes|no (this copy only)."""
    import shtab

    for each in parsers(parser):
        for action in each._actions:
            if action.dest == "data_dir":
                action.complete = shtab.DIRECTORY  # type: ignore[attr-defined]
            elif action.type is Path or action.dest == "backup":
                action.complete = shtab.FILE  # type: ignore[attr-defined]
            elif action.choices is None and _WORDS.match(str(action.metavar or "")):
                action.choices = str(action.metavar).split("|")
    return parser


def completion(shell: str) -> str:
    import shtab

    from moodapp.cli.parser import build_parser

    text = shtab.complete(for_completion(build_parser()), shell=shell)
    return text if text.endswith("\n") else text + "\n"


def man_page() -> str:
    from argparse_manpage.manpage import Manpage

    from moodapp import __version__
    from moodapp.cli.parser import build_parser

    with columns(10_000):  # one line each: man fills them to the reader's width
        page = Manpage(build_parser())
        page.date = page_date(__version__)
        page.source = f"{COMMAND} {__version__}"
        page.manual = "moodapp manual"
        page.description = "a private, offline journal for moods and crying"
        page.add_section("environment", ">", ENVIRONMENT)
        page.add_section("exit status", ">", EXIT_STATUS)
        page.add_section("files", ">", FILES_SECTION)
        return str(page)


def generate(output: Path) -> dict[str, Path]:
    """Write every file under ``output``; returns what was written, by kind."""
    written = {}
    for kind, relative in FILES.items():
        text = man_page() if kind == "man" else completion(kind)
        target = output / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
        written[kind] = target
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, metavar="DIR")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    try:
        written = generate(args.output)
    except ImportError as error:
        print(
            f"shell_files: {error.name} is missing: pip install -e '.[package]'",
            file=sys.stderr,
        )
        return 1
    for path in written.values():
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
