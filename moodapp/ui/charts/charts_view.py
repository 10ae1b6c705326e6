"""The Charts view: one chart at a time, a range shared by all of them, export and copy.

pyqtgraph is imported the first time the view is shown (or a chart is exported),
so the other views never pay for it at start-up.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from moodapp.domain.charts import (
    DEFAULT_HEIGHT,
    DEFAULT_WIDTH,
    ChartData,
    ChartKind,
    ChartOptions,
    ReliefContext,
)
from moodapp.domain.series import DateRange
from moodapp.services.changes import Changes
from moodapp.ui.charts.chart_controls import CUSTOM, ChartControls
from moodapp.ui.charts.export_chart_dialog import ExportChartDialog
from moodapp.ui.charts.plots.look import ChartLook
from moodapp.ui.common.locale_info import first_weekday
from moodapp.ui.common.refresh_when_shown import RefreshWhenShown
from moodapp.ui.common.words import message_of
from moodapp.ui.shell.journal_controller import JournalController

if TYPE_CHECKING:
    from moodapp.ui.charts.plots.chart_widget import ChartWidget


class ChartsView(QWidget):
    status_message = Signal(str)

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.controls = ChartControls(self)
        self.chart: ChartWidget | None = None  # created when first shown
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.controls)
        self.controls.changed.connect(self._on_controls_changed)
        self.controls.export_requested.connect(self.export_chart)
        self.controls.copy_requested.connect(self.copy_chart)
        self._refresher = RefreshWhenShown(self, controller, self.redraw, Changes.touches_entries)

    # -- drawing ---------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):  # theme, size
            self._on_controls_changed()

    def redraw(self) -> None:
        """Draw the chosen chart from the journal as it is now (pyqtgraph is loaded then)."""
        if self.chart is None:
            from moodapp.ui.charts.plots.chart_widget import ChartWidget

            self.chart = ChartWidget(self)
            self._layout.addWidget(self.chart, 1)
        self.chart.show_chart(self.chart_data(), self._look())

    def span(self) -> DateRange:
        if self.controls.range_key() == CUSTOM:
            return self.controls.custom_range()
        span = self._controller.journal.charts.range_from_text(self.controls.range_key())
        self.controls.show_range(span)
        return span

    def chart_data(self) -> ChartData:
        span = self.span()
        kind = self.controls.chart_kind()
        emotions = self.controls.chosen_emotions()
        if kind is ChartKind.CRYING_VS_EMOTIONS:  # the only chart that draws emotions over time
            if emotions is None:
                emotions = self._controller.journal.charts.default_emotions(span)
            self.controls.set_emotions(self._controller.emotions(), emotions)
        options = ChartOptions(
            emotions=tuple(emotions) if emotions is not None else None,
            context=self.controls.relief_context(),
            size=self.controls.bin_size(),
            first_weekday=first_weekday(),
        )
        return self._controller.journal.charts.chart(kind, span, options)

    def _look(self) -> ChartLook:
        return ChartLook.of(
            self._controller.emotions_with_archived(),
            self._controller.triggers_with_archived(),
            palette=self.palette(),
            first_weekday=first_weekday(),
            show_mood=self.controls.mood.isChecked(),
            text_points=max(8.0, self.font().pointSizeF() * 0.95),
        )

    def _on_controls_changed(self) -> None:
        self._refresher.now_or_when_shown()

    def show_chart_of(self, kind: ChartKind, days: int, context: ReliefContext | None) -> None:
        """Show one chart over the last ``days`` days (a preset when there is one)."""
        self.controls.show_choice(kind, days, context, self._controller.journal.charts.today())
        self.redraw()

    # -- export ------------------------------------------------------------------

    def export_chart(self) -> None:
        if self.chart is None:
            return
        kind = self.controls.chart_kind()
        name = f"moodapp-{kind.value}-{date.today().isoformat()}.png"
        dialog = ExportChartDialog(name, self)
        if not dialog.exec() or (chosen := dialog.chosen()) is None:
            return
        path, width, height = chosen
        try:
            self.chart.export(path, width, height)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Chart not saved"), message_of(error))
            return
        self.status_message.emit(self.tr("Saved the chart as %1.").replace("%1", str(path)))

    def copy_chart(self) -> None:
        if self.chart is None:
            return
        self.chart.copy_to_clipboard(DEFAULT_WIDTH, DEFAULT_HEIGHT)
        self.status_message.emit(self.tr("The chart is on the clipboard."))
