"""Render the app icon's PNG sizes from its SVG, and copy the runtime icons into the package.

    .venv/bin/python packaging/render_icons.py

Reads   resources/icons/io.github.moodapp.Moodapp.svg
Writes  resources/icons/io.github.moodapp.Moodapp-<size>.png for every size below,
        moodapp/assets/icons/io.github.moodapp.Moodapp.svg and the 256 px PNG beside it.

Uses rsvg-convert (Debian: librsvg2-bin) when it is installed, Qt's SVG renderer
(PySide6.QtSvg) otherwise; both draw this icon the same.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.moodapp.Moodapp"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
RUNTIME_PNG_SIZE = 256
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / f"{APP_ID}.svg"
ASSET_ICONS = ROOT / "moodapp" / "assets" / "icons"


def png_path(size: int) -> Path:
    return ICONS / f"{APP_ID}-{size}.png"


def render_with_rsvg(size: int, target: Path) -> None:
    subprocess.run(
        [
            "rsvg-convert",
            "--width",
            str(size),
            "--height",
            str(size),
            "--output",
            str(target),
            str(SVG),
        ],
        check=True,
    )


def render_with_qt(size: int, target: Path) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target)):
        raise SystemExit(f"could not write {target}")


def main() -> int:
    render = render_with_rsvg if shutil.which("rsvg-convert") else render_with_qt
    for size in SIZES:
        render(size, png_path(size))
        print(png_path(size).relative_to(ROOT))
    ASSET_ICONS.mkdir(parents=True, exist_ok=True)
    for source in (SVG, png_path(RUNTIME_PNG_SIZE)):
        target = ASSET_ICONS / source.name
        shutil.copyfile(source, target)
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
