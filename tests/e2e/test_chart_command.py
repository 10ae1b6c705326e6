"""`moodapp chart`: every chart kind saved by the installed command, as PNG and SVG."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from tests.e2e.conftest import RunMoodapp

pytestmark = pytest.mark.e2e

KINDS = ["crying-vs-emotions", "emotions", "relief", "timing"]


def colours(image: QImage) -> int:
    """How many distinct colours a grid of samples over the image finds."""
    seen = set()
    for x in range(0, image.width(), max(1, image.width() // 80)):
        for y in range(0, image.height(), max(1, image.height() // 60)):
            seen.add(image.pixel(x, y))
    return len(seen)


def rendered_svg(path: Path, tmp_path: Path) -> QImage:
    """The SVG as another program draws it: rsvg-convert when installed, else Qt."""
    rsvg = shutil.which("rsvg-convert")
    if rsvg:
        png = tmp_path / (path.stem + "-rendered.png")
        subprocess.run([rsvg, str(path), "-o", str(png)], check=True, timeout=60)
        return QImage(str(png))
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    image = QImage(renderer.defaultSize(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_as_png_and_svg(
    moodapp: RunMoodapp, tmp_path: Path, qapp: QApplication, kind: str
) -> None:
    png, svg = tmp_path / f"{kind}.png", tmp_path / f"{kind}.svg"
    made = moodapp(
        "--demo",
        "chart",
        kind,
        "--range",
        "1y",
        "--output",
        str(png),
        "--width",
        "900",
        "--height",
        "500",
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == str(png)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (900, 500)
    assert colours(image) >= 6  # a drawn chart, not a blank or one-colour image

    made = moodapp(
        "--demo",
        "chart",
        kind,
        "--range",
        "1y",
        "--output",
        str(svg),
        "--width",
        "900",
        "--height",
        "500",
    )
    assert made.returncode == 0, made.stderr
    root = ElementTree.parse(svg).getroot()  # well-formed XML
    assert root.tag.endswith("svg") and (root.get("width"), root.get("height")) == (
        "900px",
        "500px",
    )
    drawn = rendered_svg(svg, tmp_path)
    assert (drawn.width(), drawn.height()) == (900, 500)
    assert colours(drawn) >= 6
    assert sorted(
        p.name for p in tmp_path.iterdir() if not p.name.endswith("-rendered.png")
    ) == sorted([png.name, svg.name, "data", "home"])


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["chart", "sadness-over-time", "--output", "x.png"], "invalid choice"),
        (["chart", "timing", "--range", "7 days", "--output", "x.png"], "--range"),
        (["chart", "timing", "--width", "50", "--output", "x.png"], "--width"),
        (["chart", "timing", "--output", "chart.jpg"], "--output"),
        (["chart", "timing", "--output", "no/such/folder/x.png"], "--output"),
        (["chart", "crying-vs-emotions", "--emotion", "glee", "--output", "x.png"], "--emotion"),
    ],
)
def test_bad_chart_requests_exit_2_and_write_nothing(
    moodapp: RunMoodapp, tmp_path: Path, args: list[str], says: str
) -> None:
    made = moodapp(*args)
    assert made.returncode == 2
    assert says in made.stderr
    assert not any(p.suffix in (".png", ".svg", ".jpg") for p in tmp_path.iterdir())
