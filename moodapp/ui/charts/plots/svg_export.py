"""SVG of a chart through pyqtgraph's exporter, with a fix for pyqtgraph 0.14.0.

pyqtgraph 0.14.0 cannot export a closed path (one ending in "Z"): its coordinate
correction splits every token into "x,y" (upstream issue 3495, fixed after
0.14.0). Until a release with the fix is required, closed paths are rewritten
with an explicit line back to their start, which draws the same shape.

Bars are drawn without outlines on purpose: the exporter keeps rectangles in
scaled groups with ``vector-effect="non-scaling-stroke"``, which librsvg ignores,
so outlines would come out as wide as the scale factor there.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsScene

_exporter_module: Any = importlib.import_module("pyqtgraph.exporters.SVGExporter")
AFFECTED_VERSIONS = ("0.14.0",)


def close_paths_explicitly(d: str) -> str:
    """ "M0,0 L1,0 L1,1 Z" -> "M0,0 L1,0 L1,1 L0,0": every close becomes a line to the start."""
    tokens: list[str] = []
    start: str | None = None
    for token in d.split():
        if token in ("Z", "z"):
            if start is not None:
                tokens.append("L" + start)
            continue
        if token[0] in "Mm":
            start = token[1:]
        tokens.append(token)
    return " ".join(tokens)


def _install_fix() -> None:
    original = _exporter_module.correctCoordinates
    if getattr(original, "moodapp_fixed", False):
        return

    def correct_coordinates(node: Any, defs: Any, item: Any, options: Any) -> Any:
        for path in node.getElementsByTagName("path"):
            d = path.getAttribute("d")
            if "Z" in d or "z" in d:
                path.setAttribute("d", close_paths_explicitly(d))
        return original(node, defs, item, options)

    correct_coordinates.moodapp_fixed = True  # type: ignore[attr-defined]
    _exporter_module.correctCoordinates = correct_coordinates


if pg.__version__ in AFFECTED_VERSIONS:
    _install_fix()


def svg_bytes(scene: QGraphicsScene, width: int, height: int) -> bytes:
    """The scene as an SVG document of ``width`` x ``height`` pixels."""
    exporter = _exporter_module.SVGExporter(scene)
    svg: bytes = exporter.export(toBytes=True)
    text = svg.decode("utf-8")
    text = re.sub(r"<svg\b", f'<svg width="{width}px" height="{height}px"', text, count=1)
    return text.encode("utf-8")
