"""Start moodapp when the person logs in: an XDG autostart entry,
``$XDG_CONFIG_HOME/autostart/moodapp.desktop`` (else ``~/.config/autostart/``), that starts
the moodapp command by its absolute path with ``--in-tray``, so that the daily reminder
comes with the window closed.

Whether it is on is whether that file is there and ours: it lives on this computer, not in
the journal, and is read from the file each time. The entry carries a mark of its own
(``X-Moodapp-Installed-By``), so that moodapp replaces or removes only a file it wrote; a
file someone else put there is left as it is. The entry is made and written as the menu's
desktop entry is (desktop_entry.py: the command's path, the quoting, written beside its
place and renamed into it). No Qt, no journal.
"""

from __future__ import annotations

import contextlib
import enum
import os
from collections.abc import Mapping
from pathlib import Path

from moodapp import APP_ID, APP_NAME, desktop_entry
from moodapp.desktop_entry import NotAvailable, NotOurs
from moodapp.files import fsync_folder

IN_TRAY = "--in-tray"
MARK = f"{APP_NAME} start at login"
ENTRY_FILE = f"{APP_NAME}.desktop"
# Exec's first word is put in by desktop_entry.entry_text(). No startup notification:
# nothing appears that could end it, so the desktop would show "starting" until it gave up.
TEMPLATE = f"""[Desktop Entry]
Type=Application
Name={APP_NAME}
Comment=Starts moodapp in the tray when you log in, for the daily reminder
Icon={APP_ID}
Exec={APP_NAME} {IN_TRAY}
Terminal=false
StartupNotify=false
X-GNOME-Autostart-enabled=true
"""


class State(enum.Enum):
    OFF = "off"  # no file there
    ON = "on"  # our file is there
    NOT_OURS = "not ours"  # a file someone else put there: left as it is
    UNAVAILABLE = "unavailable"  # Windows, macOS, the Flatpak: no such folder is read


def config_home(environ: Mapping[str, str] = os.environ) -> Path:
    """``$XDG_CONFIG_HOME`` when it is an absolute path (the specification ignores others),
    else ``~/.config``."""
    chosen = environ.get("XDG_CONFIG_HOME", "")
    if chosen and os.path.isabs(chosen):
        return Path(chosen)
    return Path.home() / ".config"


def entry_path(environ: Mapping[str, str] = os.environ) -> Path:
    return config_home(environ) / "autostart" / ENTRY_FILE


def available(platform: str | None = None, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether this system starts programs from autostart entries (as desktop_entry's menus:
    not on Windows, macOS, nor inside the Flatpak, whose autostart goes through a portal)."""
    try:
        desktop_entry.check_available(platform, environ)
    except NotAvailable:
        return False
    return True


def state(path: Path, platform: str | None = None,
          environ: Mapping[str, str] = os.environ) -> State:  # fmt: skip
    if not available(platform, environ):
        return State.UNAVAILABLE
    keys = desktop_entry.entry_keys(path)
    if keys is None:
        return State.OFF
    return State.ON if desktop_entry.marked(keys, MARK) else State.NOT_OURS


def entry_text(program: Path) -> str:
    return desktop_entry.entry_text(program, {}, Path(), template=TEMPLATE, mark=MARK)


def switch_on(path: Path, program: Path) -> None:
    """Write the autostart entry (again: brought up to date, e.g. after moodapp moved);
    refused with NotOurs, nothing changed, when a file there is not ours."""
    keys = desktop_entry.entry_keys(path)
    if keys is not None and not desktop_entry.marked(keys, MARK):
        raise NotOurs(f"{path} was not written by moodapp, so it was left as it is.")
    data = entry_text(program).encode("utf-8")
    with contextlib.suppress(OSError):
        if path.read_bytes() == data:
            return
    desktop_entry.write_whole(path, data)


def switch_off(path: Path) -> None:
    """Remove the autostart entry if it is ours; refused with NotOurs, nothing removed, when
    the file there is not ours. Nothing there: nothing to do."""
    keys = desktop_entry.entry_keys(path)
    if keys is None:
        return
    if not desktop_entry.marked(keys, MARK):
        raise NotOurs(f"{path} was not written by moodapp, so it was left as it is.")
    path.unlink()
    with contextlib.suppress(OSError):  # not every file system lets a folder be synced
        fsync_folder(path.parent)
