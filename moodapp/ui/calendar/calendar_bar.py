"""The calendar's controls: previous / today / next, month or year, go to a date, which tears."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from moodapp.domain.catalogue import Emotion, Trigger
from moodapp.domain.days import ALL_EPISODES, EpisodeFilter
from moodapp.ui.common import date_text
from moodapp.ui.common.catalogue_text import catalogue_label
from moodapp.ui.common.flow_layout import FlowLayout, kept_together
from moodapp.ui.common.form_parts import heading, named
from moodapp.ui.common.value_combo import ValueCombo
from moodapp.ui.look import tokens

MONTH, YEAR = 0, 1


class CalendarBar(QWidget):
    step_requested = Signal(int)  # -1 back, +1 forward, by a month or a year
    today_requested = Signal()
    mode_chosen = Signal(int)  # MONTH or YEAR
    date_chosen = Signal(object)  # date
    filter_chosen = Signal(object)  # EpisodeFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous = named(QToolButton(self), self.tr("Previous month"))
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.today_button = named(QPushButton(self.tr("Today"), self), self.tr("Today"))
        self.next = named(QToolButton(self), self.tr("Next month"))
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.title = heading("", self, tokens.TITLE)
        self.month_button = named(QPushButton(self.tr("Month"), self), self.tr("Month view"))
        self.year_button = named(QPushButton(self.tr("Year"), self), self.tr("Year view"))
        self._modes = QButtonGroup(self)
        for mode, button in ((MONTH, self.month_button), (YEAR, self.year_button)):
            button.setCheckable(True)
            self._modes.addButton(button, mode)
        self.month_button.setChecked(True)
        self.jump = named(QDateEdit(self), self.tr("Go to date"))
        self.jump.setCalendarPopup(True)
        self.jump.setDisplayFormat(date_text.pattern(date_text.SHORT))
        self.filter: ValueCombo[EpisodeFilter] = ValueCombo(
            self.tr("Which tears to mark"), [(self.tr("All crying"), ALL_EPISODES)], self
        )
        self.filter.setSizeAdjustPolicy(
            ValueCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter.setMinimumContentsLength(12)

        # One flow, so that a narrow window (or longer words) moves controls down a row
        # instead of widening the window past the screen.
        flow = FlowLayout(self)
        flow.setContentsMargins(0, 0, 0, 0)
        for part in (
            kept_together(self, self.previous, self.today_button, self.next),
            self.title,
            kept_together(self, self.month_button, self.year_button),
            kept_together(self, QLabel(self.tr("Go to:"), self), self.jump),
            kept_together(self, QLabel(self.tr("Mark tears:"), self), self.filter),
        ):
            flow.addWidget(part)

        self.previous.clicked.connect(lambda: self.step_requested.emit(-1))
        self.next.clicked.connect(lambda: self.step_requested.emit(1))
        self.today_button.clicked.connect(self.today_requested)
        self._modes.idClicked.connect(self.mode_chosen)
        self.jump.editingFinished.connect(self._on_jump_editing_finished)
        self.filter.currentIndexChanged.connect(self._on_filter_current_index_changed)

    def show_state(self, mode: int, title: str, day: date) -> None:
        """Reflect what the calendar shows, without emitting anything."""
        (self.month_button if mode == MONTH else self.year_button).setChecked(True)
        unit_back, unit_on = (
            (self.tr("Previous month"), self.tr("Next month"))
            if mode == MONTH
            else (self.tr("Previous year"), self.tr("Next year"))
        )
        self.previous.setAccessibleName(unit_back)
        self.previous.setToolTip(unit_back)
        self.next.setAccessibleName(unit_on)
        self.next.setToolTip(unit_on)
        self.title.setText(title)
        self.jump.blockSignals(True)
        self.jump.setDate(QDate(day.year, day.month, day.day))
        self.jump.blockSignals(False)

    def set_filters(self, emotions: Sequence[Emotion], triggers: Sequence[Trigger]) -> None:
        """Offer all tears, tears with each emotion, and tears set off by each trigger.
        The chosen filter stays when it is still offered; when its emotion or trigger is
        gone, the calendar is told that all tears are marked again."""
        chosen = self.current_filter()
        self.filter.set_choices(
            [
                (self.tr("All crying"), ALL_EPISODES),
                *(
                    (
                        self.tr("With %1").replace("%1", catalogue_label(e)),
                        EpisodeFilter(emotion=e.key),
                    )
                    for e in emotions
                ),
                *(
                    (
                        self.tr("Set off by: %1").replace("%1", catalogue_label(t)),
                        EpisodeFilter(trigger=t.key),
                    )
                    for t in triggers
                ),
            ]
        )
        if self.current_filter() != chosen:
            self.filter_chosen.emit(self.current_filter())

    def current_filter(self) -> EpisodeFilter:
        return self.filter.value()

    def _on_jump_editing_finished(self) -> None:
        chosen = self.jump.date().toPython()
        if isinstance(chosen, date):
            self.date_chosen.emit(chosen)

    def _on_filter_current_index_changed(self) -> None:
        self.filter_chosen.emit(self.current_filter())
