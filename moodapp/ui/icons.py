"""The app's icon, from the package's assets."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap

from moodapp import APP_ID

ICON_FOLDER = "icons"


def app_icon() -> QIcon:
    """The icon in every size the assets hold (an empty icon if they are missing)."""
    icon = QIcon()
    folder = resources.files("moodapp") / "assets" / ICON_FOLDER
    if not folder.is_dir():
        return icon
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if item.name.startswith(APP_ID) and item.name.endswith((".png", ".svg")):
            pixmap = QPixmap()
            if pixmap.loadFromData(item.read_bytes()):
                icon.addPixmap(pixmap)
    return icon
