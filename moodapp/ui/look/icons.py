"""The app's icon and the views' icons, from the package's assets."""

from __future__ import annotations

import functools
from importlib import resources

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

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


VIEW_ICONS = "views"  # Lucide's line icons (assets/icons/views/LICENSE)


@functools.cache
def _view_svg(name: str) -> bytes:
    found = resources.files("moodapp") / "assets" / ICON_FOLDER / VIEW_ICONS / f"{name}.svg"
    return found.read_bytes()


def _drawn(name: str, colour: QColor, pixels: int) -> QPixmap:
    svg = _view_svg(name).replace(b"currentColor", colour.name().encode())
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    return QPixmap.fromImage(image)


def view_icon(name: str, colour: QColor, selected: QColor, size: int) -> QIcon:
    """The view's line icon in ``colour``, and in ``selected`` while it is chosen: drawn
    at ``size`` and twice that, for screens of twice the density."""
    icon = QIcon()
    for mode, ink in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Selected, selected)):
        for scale in (1, 2):
            icon.addPixmap(_drawn(name, ink, size * scale), mode)
    return icon
