"""The app icon: one SVG, PNGs of every size rendered from it, and the copies the app loads."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

from moodapp import APP_ID

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_svg_is_square_and_has_no_text() -> None:
    root = ET.parse(ICONS / f"{APP_ID}.svg").getroot()
    assert root.get("viewBox") == "0 0 512 512"
    assert not list(root.iter("{http://www.w3.org/2000/svg}text"))


@pytest.mark.parametrize("size", SIZES)
def test_png_has_its_size(size: int) -> None:
    assert png_size(ICONS / f"{APP_ID}-{size}.png") == (size, size)


def test_the_package_carries_the_runtime_icons() -> None:
    icons = resources.files("moodapp") / "assets" / "icons"
    svg = icons / f"{APP_ID}.svg"
    png = icons / f"{APP_ID}-256.png"
    assert svg.read_bytes() == (ICONS / f"{APP_ID}.svg").read_bytes()
    assert png.read_bytes() == (ICONS / f"{APP_ID}-256.png").read_bytes()
