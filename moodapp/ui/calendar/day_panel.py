"""The side panel of the calendar: one day's summary and entries, and adding to that day."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from moodapp.domain.days import DaySummary
from moodapp.domain.entries import Entry
from moodapp.ui.common.day_text import day_lines, long_date
from moodapp.ui.common.flow_layout import FlowLayout, kept_together
from moodapp.ui.common.form_parts import named
from moodapp.ui.entry.entry_list import EntryList


class DayPanel(QWidget):
    add_episode_requested = Signal(object)  # date
    add_check_in_requested = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day = date.today()
        self.entries = EntryList(
            self.tr("Entries of the day"),
            self.tr("Nothing written down for this day."),
            by_day=False,
            parent=self,
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.add_episode = named(
            QPushButton(self.tr("Log crying"), self), self.tr("Log crying on this day")
        )
        self.add_check_in = named(
            QPushButton(self.tr("Check in"), self), self.tr("Check in for this day")
        )
        self.add_episode.clicked.connect(lambda: self.add_episode_requested.emit(self._day))
        self.add_check_in.clicked.connect(lambda: self.add_check_in_requested.emit(self._day))
        adding = FlowLayout()
        adding.addWidget(kept_together(self, QLabel(self.tr("Add:"), self), self.add_episode))
        adding.addWidget(self.add_check_in)
        self.entries.insert_below_heading(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entries, 1)
        layout.addLayout(adding)
        # The buttons on one row where the words allow, else they wrap: room for a day's
        # summary either way.
        room = self.fontMetrics().averageCharWidth() * 36
        self.setMinimumWidth(min(adding.sizeHint().width(), room))

    @property
    def day(self) -> date:
        return self._day

    def show_day(
        self,
        day: date,
        summary: DaySummary | None,
        entries: Sequence[Entry],
        today: date,
        emotion_labels: Mapping[str, str],
    ) -> None:
        self._day = day
        self.entries.heading.setText(long_date(day))
        self.summary.setText("\n".join(day_lines(summary, emotion_labels)) if entries else "")
        self.summary.setVisible(bool(entries))
        self.entries.show_entries(entries, today, emotion_labels)
        can_add = day <= today  # nothing can be logged for days that have not come yet
        self.add_episode.setEnabled(can_add)
        self.add_check_in.setEnabled(can_add)
