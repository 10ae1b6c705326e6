"""The app's icon, from the package's assets."""

from __future__ import annotations

import functools
from importlib import resources

from PySide6.QtGui import QIcon

from moodapp import APP_ID

ICON_FOLDER = "icons"


@functools.cache  # one icon for the app and its windows
def app_icon() -> QIcon:
    """The icon in every size the assets hold (an empty icon if they are missing). The
    files are read when a size is first drawn, not now."""
    icon = QIcon()
    folder = resources.files("moodapp") / "assets" / ICON_FOLDER
    if not folder.is_dir():
        return icon
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if item.name.startswith(APP_ID) and item.name.endswith((".png", ".svg")):
            icon.addFile(str(item))
    return icon
