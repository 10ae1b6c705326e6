"""Say clearly why the window cannot open, before Qt aborts with a cryptic message.

On Linux under X11, Qt 6 needs a few xcb libraries that desktops do not always
have (libxcb-cursor0 most often). Without a display at all, Qt cannot start a
window either. Both are told in plain words, with what to do.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Mapping

# Shared library -> the Debian and Ubuntu package that provides it.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def display_problem(
    environ: Mapping[str, str],
    platform: str = sys.platform,
    loads: Callable[[str], bool] = _loads,
) -> str | None:
    """What keeps the window from opening, in words for the person, or None."""
    if platform != "linux":
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return None  # offscreen, wayland, ...: Qt is told what to use
    if not chosen and environ.get("WAYLAND_DISPLAY"):
        return None
    if not environ.get("DISPLAY"):
        return (
            "moodapp found no display to open its window on. Start it from a desktop "
            "session; the command line works without one (see moodapp --help)."
        )
    missing = [package for library, package in XCB_LIBRARIES.items() if not loads(library)]
    if not missing:
        return None
    return (
        "moodapp's window needs system libraries that are not installed: "
        + ", ".join(missing)
        + ". On Debian or Ubuntu: sudo apt install "
        + " ".join(missing)
        + " (on other systems, the packages for the same xcb libraries)."
    )
