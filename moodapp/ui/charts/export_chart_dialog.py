"""Export the chart: choose a size, then a file; PNG or SVG follows the file name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.charts import DEFAULT_HEIGHT, DEFAULT_WIDTH, MAX_SIZE, MIN_SIZE
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.ui.common.form_parts import named
from moodapp.ui.common.save_as import save_as_buttons

PNG_FILTER = QT_TRANSLATE_NOOP("ExportChartDialog", "PNG image (*.png)")
SVG_FILTER = QT_TRANSLATE_NOOP("ExportChartDialog", "SVG image (*.svg)")


class ExportChartDialog(QDialog):
    """``chosen()`` gives the file and size after the person picked a file, else None."""

    def __init__(self, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export chart"))
        self._suggested = suggested_name
        self._path: Path | None = None
        self.width_box = self._size_box(self.tr("Width in pixels"), DEFAULT_WIDTH)
        self.height_box = self._size_box(self.tr("Height in pixels"), DEFAULT_HEIGHT)
        size = QHBoxLayout()
        size.addWidget(self.width_box)
        size.addWidget(QLabel("\u00d7", self))
        size.addWidget(self.height_box)
        form = QFormLayout()
        form.addRow(self.tr("Size:"), size)
        hint = QLabel(self.tr("PNG for sharing and printing, SVG to scale without blur."), self)
        hint.setWordWrap(True)
        buttons = save_as_buttons(self, self._on_buttons_accepted)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _size_box(self, name: str, value: int) -> QSpinBox:
        box = named(QSpinBox(self), name)
        box.setRange(MIN_SIZE, MAX_SIZE)
        box.setValue(value)
        box.setSuffix(self.tr(" px"))
        return box

    def _on_buttons_accepted(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export chart"),
            str(Path(folder or Path.home()) / self._suggested),
            f"{self.tr(PNG_FILTER)};;{self.tr(SVG_FILTER)}",
        )
        if not path:
            return
        chosen = Path(path)
        if chosen.suffix.lower() not in (".png", ".svg"):
            chosen = chosen.with_name(
                chosen.name + (".svg" if chosen_filter == self.tr(SVG_FILTER) else ".png")
            )
        self._path = chosen
        self.accept()

    def chosen(self) -> tuple[Path, int, int] | None:
        if self._path is None:
            return None
        return self._path, self.width_box.value(), self.height_box.value()
