"""The Charts view's choices: which chart, which time range, and what each chart depends on."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from moodapp.domain.catalogue import Emotion
from moodapp.domain.charts import ChartKind, ReliefContext
from moodapp.domain.series import Bin, DateRange
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.ui.charts.chart_text import chart_title, context_name
from moodapp.ui.common import date_text
from moodapp.ui.common.catalogue_text import catalogue_label
from moodapp.ui.common.flow_layout import FlowLayout, kept_together
from moodapp.ui.common.form_parts import named
from moodapp.ui.common.value_combo import ValueCombo

RANGES = (
    ("30d", QT_TRANSLATE_NOOP("ChartControls", "Last 30 days")),
    ("90d", QT_TRANSLATE_NOOP("ChartControls", "Last 90 days")),
    ("1y", QT_TRANSLATE_NOOP("ChartControls", "Last year")),
    ("all", QT_TRANSLATE_NOOP("ChartControls", "Everything")),
)
CUSTOM = "custom"
BINS = (
    (None, QT_TRANSLATE_NOOP("ChartControls", "Bars: automatic")),
    (Bin.DAY, QT_TRANSLATE_NOOP("ChartControls", "Bars: days")),
    (Bin.WEEK, QT_TRANSLATE_NOOP("ChartControls", "Bars: weeks")),
    (Bin.MONTH, QT_TRANSLATE_NOOP("ChartControls", "Bars: months")),
)


class ChartControls(QWidget):
    changed = Signal()  # any choice changed: draw again
    export_requested = Signal()
    copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ValueCombo(
            self.tr("Chart"), [(chart_title(kind), kind) for kind in ChartKind], self
        )
        self.range = ValueCombo(
            self.tr("Time range"),
            [
                *((self.tr(text), key) for key, text in RANGES),
                (self.tr("Dates of my choice"), CUSTOM),
            ],
            self,
        )
        self.range.set_value("90d")
        self.start = named(QDateEdit(self), self.tr("From"))
        self.end = named(QDateEdit(self), self.tr("To"))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_text.pattern(date_text.SHORT))
        self.bins: ValueCombo[Bin | None] = ValueCombo(
            self.tr("Bars"), [(self.tr(text), size) for size, text in BINS], self
        )
        # A push button leaves room for its menu's arrow beside the text; a tool button draws
        # the arrow over the text's end.
        self.emotions = named(QPushButton(self.tr("Emotions"), self), self.tr("Emotions to draw"))
        self.emotions.setMenu(QMenu(self.emotions))
        self.mood = named(QCheckBox(self.tr("Mood strip"), self), self.tr("Show mood"))
        self.mood.setChecked(True)
        self.context = ValueCombo(
            self.tr("Split by"),
            [(context_name(context), context) for context in ReliefContext],
            self,
        )
        # Comfort went with relief in the research (GROUNDING.md): the first split to look at.
        self.context.set_value(ReliefContext.REACTION)
        self.export_button = named(
            QPushButton(self.tr("Export chart..."), self), self.tr("Export chart")
        )
        self.copy_button = named(QPushButton(self.tr("Copy chart"), self), self.tr("Copy chart"))
        self._explicit_emotions: list[str] | None = None
        self._layout_rows()
        self._connect()
        self._show_kind_choices()

    def _layout_rows(self) -> None:
        for combo in (self.kind, self.range, self.bins, self.context):
            # As wide as the longest item in the words and font of the moment, never narrower.
            combo.setSizeAdjustPolicy(ValueCombo.SizeAdjustPolicy.AdjustToContents)
        self.depends = QLabel(self.tr("Show:"), self)
        # "Show:" stays beside the one choice it introduces (the kind shows one of the two).
        self.introduced = kept_together(self, self.depends, self.bins, self.context)
        flow = FlowLayout(self)
        flow.setContentsMargins(0, 0, 0, 0)
        for part in (
            self.kind,
            self.range,
            kept_together(self, self.start, self.end),
            self.introduced,
            self.emotions,
            self.mood,
            self.export_button,
            self.copy_button,
        ):
            flow.addWidget(part)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.range.currentIndexChanged.connect(self._on_range_current_index_changed)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._on_custom_date_changed)
        for combo in (self.bins, self.context):
            combo.currentIndexChanged.connect(self.changed)
        self.mood.toggled.connect(self.changed)
        self.export_button.clicked.connect(self.export_requested)
        self.copy_button.clicked.connect(self.copy_requested)

    # -- what the view reads -----------------------------------------------------

    def chart_kind(self) -> ChartKind:
        return self.kind.value()

    def range_key(self) -> str:
        """A preset ("30d", "90d", "1y", "all") or "custom"."""
        return self.range.value()

    def custom_range(self) -> DateRange:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return DateRange(min(start, end), max(start, end))

    def bin_size(self) -> Bin | None:
        return self.bins.value()

    def relief_context(self) -> ReliefContext:
        return self.context.value()

    def chosen_emotions(self) -> list[str] | None:
        """The emotions the person ticked, or None while the defaults apply."""
        return self._explicit_emotions

    # -- what the view sets ----------------------------------------------------------

    def show_choice(
        self, kind: ChartKind, days: int, context: ReliefContext | None, today: date
    ) -> None:
        """Choose a chart, a range of the last ``days`` days and a relief context, quietly."""
        widgets = (self.kind, self.range, self.context, self.start, self.end)
        for widget in widgets:
            widget.blockSignals(True)
        self.kind.set_value(kind)
        preset = {30: "30d", 90: "90d", 365: "1y"}.get(days)
        self.range.set_value(preset or CUSTOM)
        if preset is None:
            self.show_range(DateRange(today - timedelta(days=days - 1), today))
        if context is not None:
            self.context.set_value(context)
        for widget in widgets:
            widget.blockSignals(False)
        self._show_kind_choices()

    def show_range(self, span: DateRange) -> None:
        """Show the dates a preset stands for (and where a custom range starts)."""
        for edit, day in ((self.start, span.start), (self.end, span.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def set_emotions(self, emotions: Sequence[Emotion], shown: Sequence[str]) -> None:
        """Offer the emotions as ticks in the menu; ``shown`` are ticked."""
        menu = self.emotions.menu()
        menu.clear()
        for emotion in emotions:
            action = QAction(catalogue_label(emotion), menu)
            action.setCheckable(True)
            action.setChecked(emotion.key in shown)
            action.setData(emotion.key)
            action.toggled.connect(self._on_emotion_toggled)
            menu.addAction(action)
        names = ", ".join(catalogue_label(e) for e in emotions if e.key in shown) or self.tr("none")
        self.emotions.setText(self.tr("Emotions (%1)").replace("%1", str(len(shown))))
        self.emotions.setToolTip(self.tr("Drawn: %1").replace("%1", names))
        self.emotions.setAccessibleDescription(self.emotions.toolTip())

    def _on_emotion_toggled(self) -> None:
        self._explicit_emotions = [
            str(action.data()) for action in self.emotions.menu().actions() if action.isChecked()
        ]
        self.changed.emit()

    def _on_kind_current_index_changed(self) -> None:
        self._show_kind_choices()
        self.changed.emit()

    def _show_kind_choices(self) -> None:
        kind = self.chart_kind()
        over_time = kind is ChartKind.CRYING_VS_EMOTIONS
        for widget in (self.bins, self.emotions, self.mood):
            widget.setVisible(over_time)
        self.context.setVisible(kind is ChartKind.RELIEF)
        self.introduced.setVisible(kind in (ChartKind.CRYING_VS_EMOTIONS, ChartKind.RELIEF))
        custom = self.range_key() == CUSTOM
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)

    def _on_range_current_index_changed(self) -> None:
        self._show_kind_choices()
        self.changed.emit()

    def _on_custom_date_changed(self) -> None:
        if self.range_key() == CUSTOM:
            self.changed.emit()
