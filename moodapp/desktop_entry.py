"""The menu entry of a pip or pipx install: the desktop entry and the icon, written into the
person's own data folder (``$XDG_DATA_HOME``, else ``~/.local/share``) with the absolute path
of the command that runs, so that the menu finds moodapp whatever PATH the session has.

Every file is written beside its place and renamed into it. The entry carries a key of its
own (``X-Moodapp-Installed-By``) and the SHA-256 of each icon written with it, so that a
reinstall replaces, and a removal deletes, exactly the files this wrote and nothing else.
No Qt, no journal.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import os
import re
import secrets
import shutil
import stat
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from moodapp import APP_ID, APP_NAME
from moodapp.files import fsync_folder

MARK_KEY = "X-Moodapp-Installed-By"
MARK = f"{APP_NAME} desktop-entry install"
ICONS_KEY = "X-Moodapp-Icons"
ENTRY_FILE = f"{APP_ID}.desktop"
# The icons the package ships, and where each goes in the hicolor theme.
ICON_FILES = {
    f"{APP_ID}.svg": Path("scalable", "apps", f"{APP_ID}.svg"),
    f"{APP_ID}-256.png": Path("256x256", "apps", f"{APP_ID}.png"),
}
_EXEC_LINE = re.compile(rf"^(Exec=){re.escape(APP_NAME)}(?=\s|$)", re.MULTILINE)
_TRY_EXEC_LINE = re.compile(r"^TryExec=.*\n", re.MULTILINE)
# Characters that make a desktop entry's Exec argument need quotes (the specification's list).
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class NotAvailable(Exception):
    """Desktop entries are not how this system's menus work."""


class NotOurs(Exception):
    """A file at one of the places is not one this wrote; nothing was changed."""


class NoLauncher(Exception):
    """The command that starts moodapp could not be found."""


class Done(enum.Enum):
    WROTE = "Wrote"
    REPLACED = "Replaced"
    KEPT = "Already in place:"
    REMOVED = "Removed"
    LEFT = "Left as it is (moodapp did not write it):"
    ABSENT = "There was no"


@dataclass(frozen=True)
class Step:
    done: Done
    what: str  # "the desktop entry", "the icon"
    path: Path


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """``$XDG_DATA_HOME`` when it is an absolute path (the specification ignores others),
    else ``~/.local/share``."""
    chosen = environ.get("XDG_DATA_HOME", "")
    if chosen and os.path.isabs(chosen):
        return Path(chosen)
    return Path.home() / ".local" / "share"


def entry_path(home: Path) -> Path:
    return home / "applications" / ENTRY_FILE


def icon_paths(home: Path) -> dict[str, Path]:
    """Each shipped icon's name -> where it is installed."""
    return {name: home / "icons" / "hicolor" / place for name, place in ICON_FILES.items()}


def check_available(platform: str | None = None, environ: Mapping[str, str] = os.environ) -> None:
    """Refused with NotAvailable where menus are not made of desktop entries in the data
    folder: Windows, macOS, and inside the Flatpak."""
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        raise NotAvailable(
            "desktop-entry is not available on Windows: its Start menu does not read "
            "desktop entries. Make a shortcut to the moodapp command instead."
        )
    if platform == "darwin":
        raise NotAvailable(
            "desktop-entry is not available on macOS: its Launchpad and Dock do not read "
            "desktop entries. Put the moodapp.app of the ready-to-run build in "
            "Applications instead."
        )
    if "FLATPAK_ID" in environ or Path("/.flatpak-info").exists():
        raise NotAvailable(
            "desktop-entry is not needed in the Flatpak: Flatpak puts moodapp in the "
            "application menu itself."
        )


def _executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def launcher(argv0: str | None = None, executable: str | None = None) -> Path:
    """The absolute path of the program that starts moodapp's window: the bundle's program,
    the ``moodapp`` beside the command that runs, or the venv's ``moodapp`` beside Python."""
    argv0 = sys.argv[0] if argv0 is None else argv0
    executable = sys.executable if executable is None else executable
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return Path(executable).resolve()
    started = Path(argv0)
    if started.name.startswith(APP_NAME) and _executable(started):
        started = started.resolve()
        beside = started.with_name(APP_NAME)  # `moodapp`, also when run as `moodapp-cli`
        return beside if _executable(beside) else started
    # python -m moodapp: the script installed with this Python (not resolved: a venv's
    # python is a link to the system's, and its scripts are beside the link)
    beside_python = Path(os.path.abspath(executable)).with_name(APP_NAME)
    if _executable(beside_python):
        return beside_python
    found = shutil.which(APP_NAME)
    if found:
        return Path(found).resolve()
    raise NoLauncher(
        f"the `{APP_NAME}` command was not found beside {executable} nor on PATH, so there "
        "is nothing for the menu to start; run this from the installed `moodapp` command."
    )


def exec_value(program: Path) -> str:
    """``program`` as the first word of an Exec key: quoted if need be, with the escapes of
    the desktop entry specification (quoting, then %%, then the string's backslashes)."""
    text = str(program)
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in text):
        raise NoLauncher(f"the path of the moodapp command holds control characters: {text!r}")
    if any(c in _RESERVED for c in text):
        text = '"' + re.sub(r'(["`$\\])', r"\\\1", text) + '"'
    return text.replace("%", "%%").replace("\\", "\\\\")


def _string_value(text: str) -> str:
    return text.replace("\\", "\\\\")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def shipped_icons() -> dict[str, bytes]:
    folder = resources.files("moodapp") / "assets" / "icons"
    return {name: (folder / name).read_bytes() for name in ICON_FILES}


def entry_text(
    program: Path,
    icons: Mapping[Path, bytes],
    home: Path,
    template: str | None = None,
    mark: str = MARK,
) -> str:
    """The packaged desktop entry (or ``template``) with an absolute Exec in every group
    (its actions' too) and TryExec, and the marks that make it the writer's (``mark``: this
    command's, or another writer's, such as the autostart entry's)."""
    if template is None:
        template = (resources.files("moodapp") / "assets" / ENTRY_FILE).read_text(encoding="utf-8")
    command = exec_value(program)
    text = _EXEC_LINE.sub(lambda m: m[1] + command, _TRY_EXEC_LINE.sub("", template))
    written = ";".join(
        f"{path.relative_to(home / 'icons').as_posix()}={_sha256(data)}"
        for path, data in icons.items()
    )
    extra = f"TryExec={_string_value(str(program))}\n{MARK_KEY}={mark}\n"
    if icons:
        extra += f"{ICONS_KEY}={_string_value(written)};\n"
    head, separator, rest = text.partition("\n[Desktop Action")  # keys of the main group
    return head.rstrip("\n") + "\n" + extra + (separator + rest if separator else "")


def _regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except FileNotFoundError:
        return False


def entry_keys(path: Path) -> dict[str, str] | None:
    """The main group's keys of the entry at ``path``, or None when it is not there (none
    for anything there that is not a readable regular file)."""
    if not path.exists() and not path.is_symlink():
        return None
    if not _regular_file(path):
        return {}
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return {}
    keys: dict[str, str] = {}
    group = None
    for line in text.splitlines():
        if line.startswith("["):
            group = line.strip()
        elif group == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            keys.setdefault(key.strip(), value.strip())
    return keys


def _recorded_icons(keys: Mapping[str, str], home: Path) -> dict[Path, str]:
    """The icons an entry of ours says it was written with: path -> SHA-256."""
    recorded: dict[Path, str] = {}
    for item in keys.get(ICONS_KEY, "").replace("\\\\", "\\").split(";"):
        relative, _, digest = item.partition("=")
        if relative and digest:
            recorded[home / "icons" / relative] = digest
    return recorded


def _ours(keys: Mapping[str, str] | None) -> bool:
    return marked(keys, MARK)


def marked(keys: Mapping[str, str] | None, mark: str) -> bool:
    """Whether an entry's keys (``entry_keys()``) carry ``mark``: the entry is its writer's."""
    return keys is not None and keys.get(MARK_KEY) == mark


def _icon_is_ours(path: Path, data: bytes, recorded: Mapping[Path, str]) -> bool:
    """An icon file there is this command's when it holds what the package ships, or what an
    entry of ours says it wrote there."""
    if not _regular_file(path):
        return False
    try:
        found = _sha256(path.read_bytes())
    except OSError:
        return False
    return found in (_sha256(data), recorded.get(path))


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be synced
        fsync_folder(folder)


@contextlib.contextmanager
def _beside(path: Path) -> Iterator[Path]:
    partial = path.with_name(f".{path.name}.{secrets.token_hex(8)}.partial")
    try:
        yield partial
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def write_whole(path: Path, data: bytes) -> None:
    """``path`` holds ``data``, written beside it and renamed into place (mode 0644 less the
    umask, like any file the person makes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _beside(path) as partial:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())


def install(home: Path, program: Path) -> list[Step]:
    """Write the entry and the icons (refused with NotOurs, nothing changed, where a file
    there is not this command's)."""
    entry = entry_path(home)
    keys = entry_keys(entry)
    if keys is not None and not _ours(keys):
        raise NotOurs(
            f"{entry} is there already and was not written by `{MARK}`, so nothing was "
            "changed. Remove it yourself (or move it aside) and run this again."
        )
    recorded = _recorded_icons(keys or {}, home)
    shipped = shipped_icons()
    icons = {icon_paths(home)[name]: data for name, data in shipped.items()}
    for path, data in icons.items():
        if (path.exists() or path.is_symlink()) and not _icon_is_ours(path, data, recorded):
            raise NotOurs(
                f"{path} is there already and was not written by `{MARK}`, so nothing was "
                "changed. Remove it yourself (or move it aside) and run this again."
            )
    steps = [_put(path, data, "the icon") for path, data in icons.items()]
    text = entry_text(program, icons, home).encode("utf-8")
    steps.insert(0, _put(entry, text, "the desktop entry"))
    return steps


def _put(path: Path, data: bytes, what: str) -> Step:
    existed = _regular_file(path)
    if existed and path.read_bytes() == data:
        return Step(Done.KEPT, what, path)
    write_whole(path, data)
    return Step(Done.REPLACED if existed else Done.WROTE, what, path)


def remove(home: Path) -> list[Step]:
    """Delete the entry and the icons this command wrote; leave anything else (an entry that
    is not ours is refused with NotOurs, nothing changed)."""
    entry = entry_path(home)
    keys = entry_keys(entry)
    if keys is not None and not _ours(keys):
        raise NotOurs(
            f"{entry} was not written by `{MARK}`, so it was left as it is (nothing was "
            "removed). Remove it yourself if you no longer want it."
        )
    recorded = _recorded_icons(keys or {}, home)
    steps: list[Step] = []
    if keys is None:
        steps.append(Step(Done.ABSENT, "the desktop entry", entry))
    else:
        entry.unlink()
        _fsync_folder(entry.parent)
        steps.append(Step(Done.REMOVED, "the desktop entry", entry))
    for name, data in shipped_icons().items():
        path = icon_paths(home)[name]
        if not path.exists() and not path.is_symlink():
            continue
        if _icon_is_ours(path, data, recorded):
            path.unlink()
            steps.append(Step(Done.REMOVED, "the icon", path))
        else:
            steps.append(Step(Done.LEFT, "the icon", path))
    return steps
