"""The Calendar view: a month or a year of moods and tears, and the chosen day beside it."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.calendar_grid import add_months, month_grid, year_bounds
from moodapp.domain.days import ALL_EPISODES, DaySummary, EpisodeFilter
from moodapp.services.changes import Changes
from moodapp.services.entries import EntryNotFound
from moodapp.ui.calendar.calendar_bar import MONTH, CalendarBar
from moodapp.ui.calendar.calendar_legend import CalendarLegend
from moodapp.ui.calendar.day_panel import DayPanel
from moodapp.ui.calendar.month_grid import MonthGrid
from moodapp.ui.calendar.year_grid import YearGrid
from moodapp.ui.common import date_text
from moodapp.ui.common.locale_info import first_weekday
from moodapp.ui.common.refresh_when_shown import RefreshWhenShown
from moodapp.ui.common.words import message_of
from moodapp.ui.entry.entry_actions import delete_entry
from moodapp.ui.entry.entry_dialog import EntryDialog
from moodapp.ui.shell.journal_controller import JournalController

EVENING = time(20, 0)  # new entries for a past day default to its evening


class CalendarView(QWidget):
    status_message = Signal(str)

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._day = controller.today()
        self._filter: EpisodeFilter = ALL_EPISODES
        self.bar = CalendarBar(self)
        self.month_grid = MonthGrid(self.tr("Month"), self)
        self.year_grid = YearGrid(self.tr("Year"), self)
        self.grids = QStackedWidget(self)
        self.grids.addWidget(self.month_grid)
        self.grids.addWidget(self.year_grid)
        self.legend = CalendarLegend(self)
        self.day_panel = DayPanel(self)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.bar)
        column.addWidget(self.grids, 1)
        column.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("calendarSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.day_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._connect()
        self.refresh_filters()
        self.refresh()

    def _connect(self) -> None:
        self.bar.step_requested.connect(self._on_bar_step_requested)
        self.bar.today_requested.connect(lambda: self.go_to(self._controller.today()))
        self.bar.mode_chosen.connect(self.set_mode)
        self.bar.date_chosen.connect(self._on_bar_date_chosen)
        self.bar.filter_chosen.connect(self._on_bar_filter_chosen)
        self.month_grid.navigate_requested.connect(self.go_to)
        self.month_grid.open_requested.connect(self._on_month_grid_open_requested)
        self.year_grid.open_requested.connect(self.show_day)
        self.year_grid.selectionModel().currentChanged.connect(self._on_year_grid_current_changed)
        self.day_panel.add_episode_requested.connect(lambda day: self._add(day, check_in=False))
        self.day_panel.add_check_in_requested.connect(lambda day: self._add(day, check_in=True))
        self.day_panel.entries.edit_requested.connect(self._edit)
        self.day_panel.entries.delete_requested.connect(self._delete)
        RefreshWhenShown(self, self._controller, self.refresh, Changes.touches_entries, drawn=True)
        RefreshWhenShown(
            self, self._controller, self.refresh_filters, Changes.touches_catalogue, drawn=True
        )

    # -- what the window asks for ---------------------------------------------

    @property
    def day(self) -> date:
        return self._day

    @property
    def mode(self) -> int:
        return self.grids.currentIndex()

    def show_day(self, day: date, uid: str | None = None) -> None:
        """Open ``day`` in the month view (and select the entry ``uid`` in the day panel)."""
        self.set_mode(MONTH)
        self.go_to(day)
        if uid is not None:
            self.day_panel.entries.select(uid)

    def set_mode(self, mode: int) -> None:
        self.grids.setCurrentIndex(mode)
        self.refresh()

    def go_to(self, day: date) -> None:
        """Show the month (or year) of ``day`` and select it."""
        shown = self._day
        self._day = day
        if self.mode == MONTH and (day.year, day.month) == (shown.year, shown.month):
            self._move_within_page(self.month_grid.month_model.summary_of(day))
        else:
            self.refresh()

    def refresh(self) -> None:
        """Repaint the shown month or year and the day panel from the journal."""
        labels = self._controller.emotion_labels()
        today = self._controller.today()
        if self.mode == MONTH:
            shown = month_grid(self._day.year, self._day.month, first_weekday())
            summaries = self._controller.day_summaries(shown[0], shown[-1], self._filter)
            self.month_grid.month_model.show_month(
                self._day, first_weekday(), summaries, labels, today
            )
            self.month_grid.select_date(self._day)
        else:
            start, end = year_bounds(self._day.year)
            summaries = self._controller.day_summaries(start, end, self._filter)
            self.year_grid.year_model.show_year(self._day.year, summaries, labels, today)
            self.year_grid.select_date(self._day)
        self.bar.show_state(self.mode, self._title(), self._day)
        self.day_panel.show_day(
            self._day,
            summaries.get(self._day),
            self._controller.entries_on(self._day),
            today,
            labels,
        )

    def _move_within_page(self, summary: DaySummary | None) -> None:
        """Another day of the month or year already painted: select it, show its entries."""
        (self.month_grid if self.mode == MONTH else self.year_grid).select_date(self._day)
        self.bar.show_state(self.mode, self._title(), self._day)
        self.day_panel.show_day(
            self._day,
            summary,
            self._controller.entries_on(self._day),
            self._controller.today(),
            self._controller.emotion_labels(),
        )

    def _title(self) -> str:
        if self.mode == MONTH:
            return date_text.written(self._day.replace(day=1), date_text.MONTH_YEAR)
        return str(self._day.year)

    def refresh_filters(self) -> None:
        """The choices of which tears to mark, from the current catalogue."""
        self.bar.set_filters(self._controller.emotions(), self._controller.triggers())

    # -- events ---------------------------------------------------------------

    def _on_bar_step_requested(self, direction: int) -> None:
        months = direction if self.mode == MONTH else 12 * direction
        self.go_to(add_months(self._day, months))

    def _on_bar_date_chosen(self, day: date) -> None:
        if day != self._day:
            self.go_to(day)

    def _on_bar_filter_chosen(self, episodes: EpisodeFilter) -> None:
        self._filter = episodes
        self.refresh()

    def _on_month_grid_open_requested(self, day: date) -> None:
        self.go_to(day)
        self.day_panel.entries.list.setFocus()
        if self.day_panel.entries.list.count():
            self.day_panel.entries.list.setCurrentRow(0)

    def _on_year_grid_current_changed(self) -> None:
        """Arrows in the year move the day; the year itself stays as painted."""
        model = self.year_grid.year_model
        day = model.date_at(self.year_grid.currentIndex())
        if day is not None and day != self._day:
            self._day = day
            self._move_within_page(model.summary_of(day))

    def _add(self, day: date, check_in: bool) -> None:
        today = self._controller.today()
        at = None if day == today else datetime.combine(day, EVENING).astimezone()
        dialog = EntryDialog(self._controller, check_in=check_in, at=at, parent=self)
        if dialog.exec():
            self.status_message.emit(dialog.message)

    def _edit(self, uid: str) -> None:
        try:
            entry = self._controller.get(uid)
        except EntryNotFound as error:
            self.status_message.emit(message_of(error))
            return
        dialog = EntryDialog(self._controller, editing=entry, parent=self)
        if dialog.exec():
            self.status_message.emit(dialog.message)

    def _delete(self, uid: str) -> None:
        self.status_message.emit(delete_entry(uid, self._controller, self))
