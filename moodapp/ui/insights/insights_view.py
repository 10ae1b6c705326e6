"""The Insights view: what the person's own entries show, in plain words, without judging.

Each statement says what it rests on and links to the chart or day that shows it.
An invitation to talk with someone appears only on GROUNDING.md's grounds and can
be dismissed; "Need help now?" is always one click away. Below, the weekly
reflection: a summary of the week and a note on what the person noticed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.field_errors import InvalidInput
from moodapp.domain.insight import Insight, InsightKind
from moodapp.domain.reflection import Week
from moodapp.domain.safety import mentions_self_harm
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.services.changes import Changes
from moodapp.services.writes import SaveFailed
from moodapp.ui.common.form_parts import ErrorLabel, named, typed_text
from moodapp.ui.common.locale_info import first_weekday
from moodapp.ui.common.refresh_when_shown import RefreshWhenShown
from moodapp.ui.common.words import message_of, said
from moodapp.ui.help.need_help_dialog import show_need_help
from moodapp.ui.insights.insight_text import link_text, wording
from moodapp.ui.insights.trend_bars import TrendBars
from moodapp.ui.look import tokens
from moodapp.ui.shell.journal_controller import JournalController

TREND_AT_LEAST = 4  # weeks: fewer make no picture of a trend

WAITING_NAMES = {
    InsightKind.USUAL_RANGE: QT_TRANSLATE_NOOP("InsightsView", "your usual range"),
    InsightKind.RELIEF: QT_TRANSLATE_NOOP("InsightsView", "relief by context"),
    InsightKind.DELAYED_RELIEF: QT_TRANSLATE_NOOP("InsightsView", "mood right after and later"),
    InsightKind.EMOTIONS_AROUND_TEARS: QT_TRANSLATE_NOOP("InsightsView", "emotions around tears"),
    InsightKind.MOOD_AROUND: QT_TRANSLATE_NOOP("InsightsView", "mood around crying days"),
    InsightKind.WHEN: QT_TRANSLATE_NOOP("InsightsView", "time of day and weekday"),
    InsightKind.BALANCE: QT_TRANSLATE_NOOP("InsightsView", "balance across emotions"),
}


def _label(
    text: str, parent: QWidget, *, size: float = 1.0, faint: bool = False, bold: bool = False
) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(bold)
    label.setFont(font)
    if faint:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class InsightCard(QFrame):
    """One statement: its figure large, what it says, what it rests on, where to see it."""

    link_requested = Signal(object)

    def __init__(self, insight: Insight, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.insight = insight
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(insight.text)
        row = QHBoxLayout(self)
        row.setSpacing(2 * tokens.SPACE)
        # Empty where the statement has no single figure, so that the sentences line up.
        self.figure = _label(insight.headline, self, size=tokens.FIGURE, bold=True)
        self.figure.setWordWrap(False)
        self.figure.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.addWidget(_label(insight.text, self, size=tokens.LEAD))
        pictured = len(insight.trend) >= TREND_AT_LEAST
        self.trend = TrendBars(insight.trend, self) if pictured else None
        if self.trend is not None:
            column.addWidget(self.trend)
        below = QHBoxLayout()
        below.addWidget(_label(insight.basis, self, size=tokens.CAPTION, faint=True), 1)
        if insight.link is not None:
            button = named(QPushButton(link_text(insight.link), self), link_text(insight.link))
            button.clicked.connect(lambda: self.link_requested.emit(insight.link))
            below.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(below)
        row.addLayout(column, 1)


def _touches_insights(changes: Changes) -> bool:
    """Insights come from the entries, the weekly notes and the invitation's dismissal."""
    return changes.touches_entries() or changes.touches_reflections() or bool(changes.settings)


class InsightsView(QWidget):
    status_message = Signal(str)
    link_requested = Signal(object)  # a Link: open the chart or the day it names

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        heading = _label(self.tr("Insights"), self, size=tokens.TITLE, bold=True)
        self.need_help = named(
            QPushButton(self.tr("Need help now?"), self), self.tr("Need help now?")
        )
        self.need_help.clicked.connect(self._on_need_help_clicked)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.need_help)
        intro = _label(
            self.tr(
                "What your own entries show, mostly from the last six months. Each statement "
                "says what it rests on; none of them is a judgement."
            ),
            self,
            faint=True,
        )
        self.cards = QVBoxLayout()
        self.waiting = _label("", self, faint=True)
        self.reflection = _ReflectionBox(controller, self)
        self.reflection.status_message.connect(self.status_message)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addLayout(top)
        column.addWidget(intro)
        column.addLayout(self.cards)
        column.addWidget(self.waiting)
        column.addWidget(self.reflection)
        column.addStretch(1)
        body.setMaximumWidth(body.fontMetrics().averageCharWidth() * tokens.STATEMENTS_WIDTH)
        area = QScrollArea(self)
        area.setWidget(body)
        area.setWidgetResizable(True)
        area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)
        RefreshWhenShown(self, controller, self.refresh, _touches_insights)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reflection.refresh()  # one week, cheap to read again: today may be in a new week

    def refresh(self) -> None:
        say = wording()
        while (item := self.cards.takeAt(0)) is not None:
            if (old := item.widget()) is not None:
                old.hide()
                old.deleteLater()
        invitation = self._controller.journal.insights.suggestion(say)
        if invitation is not None:
            self.cards.addWidget(self._invitation_card(invitation))
        found = self._controller.journal.insights.insights(say)
        if not found.shown:
            self.cards.addWidget(
                _label(self.tr("Nothing to show yet: the insights come from your entries."), self)
            )
        cards = [InsightCard(insight, self) for insight in found.shown]
        widest = max((card.figure.sizeHint().width() for card in cards), default=0)
        for card in cards:
            card.figure.setFixedWidth(widest)  # every card's sentence starts at one line
            card.link_requested.connect(self.link_requested)
            self.cards.addWidget(card)
        names = [self.tr(WAITING_NAMES[k]) for k in found.waiting if k in WAITING_NAMES]
        self.waiting.setText(
            self.tr("Waiting for more entries: %1.").replace("%1", ", ".join(names))
            if names
            else ""
        )
        self.waiting.setVisible(bool(names))
        self.reflection.refresh()

    def _invitation_card(self, invitation: Insight) -> QFrame:
        card = QFrame(self)
        card.setObjectName("invitation")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAccessibleName(invitation.text)
        column = QVBoxLayout(card)
        column.addWidget(_label(invitation.text, card, size=tokens.LEAD))
        row = QHBoxLayout()
        row.addStretch(1)
        help_button = named(QPushButton(self.tr("Need help now?"), card), self.tr("Need help now?"))
        help_button.clicked.connect(self._on_need_help_clicked)
        dismiss = named(QPushButton(self.tr("Not now"), card), self.tr("Dismiss the invitation"))
        row.addWidget(help_button)
        row.addWidget(dismiss)
        column.addLayout(row)
        problem = ErrorLabel(self.tr("the invitation"), card)
        column.addWidget(problem)
        dismiss.clicked.connect(lambda: self._on_dismiss_clicked(problem))
        return card

    def _on_dismiss_clicked(self, problem: ErrorLabel) -> None:
        try:
            self._controller.run(self._controller.journal.insights.dismiss_suggestion)
        except SaveFailed as error:
            problem.show_messages([message_of(error)])
            self.status_message.emit(message_of(error))
            return
        self.status_message.emit(self.tr("The invitation will not come back for two weeks."))

    def _on_need_help_clicked(self) -> None:
        show_need_help(self, self._controller)


class _ReflectionBox(QFrame):
    """A week in a few sentences, and a note on what the person noticed.

    Its weeks are the calendar's, from the first day chosen in the settings. Typing that
    is not saved yet stays in the editor when the view refreshes, and is saved before
    another week is shown.
    """

    status_message = Signal(str)

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._weeks_back = 0  # 0: the week holding today
        self._kept = ""  # the shown week's note as stored; other text in the editor is unsaved
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = _label(self.tr("Your week"), self, size=tokens.HEADING, bold=True)
        self.previous = named(QPushButton(self.tr("Previous week"), self), self.tr("Previous week"))
        self.previous.clicked.connect(self._on_previous_clicked)
        self.next = named(QPushButton(self.tr("Next week"), self), self.tr("Next week"))
        self.next.clicked.connect(self._on_next_clicked)
        row = QHBoxLayout()
        row.addWidget(heading, 1)
        row.addWidget(self.previous)
        row.addWidget(self.next)
        self.summary = _label("", self)
        self.others = _label("", self, faint=True)  # notes kept when weeks ended on another day
        self.note = named(QPlainTextEdit(self), self.tr("What I noticed"))
        self.note.setMaximumHeight(7 * self.note.fontMetrics().lineSpacing())
        self.note.setTabChangesFocus(True)
        self.problem = ErrorLabel(self.tr("What I noticed"), self)
        self.save = named(QPushButton(self.tr("Save note"), self), self.tr("Save what I noticed"))
        self.save.clicked.connect(self._on_save_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.summary)
        column.addWidget(self.others)
        column.addWidget(QLabel(self.tr("What I noticed:"), self))
        column.addWidget(self.note)
        column.addWidget(self.problem)
        column.addLayout(buttons)

    def week(self) -> Week:
        """The week shown: the one holding today, or one before it."""
        return self._controller.journal.insights.this_week(first_weekday()).shifted(
            -self._weeks_back
        )

    def refresh(self) -> None:
        insights = self._controller.journal.insights
        week = self.week()
        self.summary.setText("\n".join(insights.week_summary(week, wording())))
        notes = insights.notes(week)
        stored = notes.own.text if notes.own is not None else ""
        if typed_text(self.note) == self._kept:  # nothing typed since: show what is kept
            self.note.setPlainText(stored)
        self._kept = stored
        say = wording()
        self.others.setText(
            "\n\n".join(
                self.tr("Also kept for the week ending %1:\n%2")
                .replace("%1", say.date_text(other.week_end))
                .replace("%2", other.text)
                for other in notes.others
            )
        )
        self.others.setVisible(bool(notes.others))
        self.note.setPlaceholderText(
            self.tr("What did you notice this week?")
            if self._weeks_back == 0
            else self.tr("What did you notice in that week?")
        )
        self.next.setEnabled(self._weeks_back > 0)

    def _on_previous_clicked(self) -> None:
        self._move(1)

    def _on_next_clicked(self) -> None:
        self._move(-1)

    def _move(self, weeks_back: int) -> None:
        if typed_text(self.note) != self._kept and not self._save_typed():
            return  # the typing stays with its week, and the problem is shown
        self._weeks_back = max(0, self._weeks_back + weeks_back)
        self.refresh()

    def _on_save_clicked(self) -> None:
        self._save_typed()

    def _save_typed(self) -> bool:
        """Keep the editor's text as the shown week's note; whether it was stored."""
        text = typed_text(self.note)
        if mentions_self_harm(text):
            show_need_help(self, self._controller)  # before saving; the save goes on afterwards
        try:
            insights, week = self._controller.journal.insights, self.week()
            self._controller.run(lambda: insights.save_reflection(week, text))
        except InvalidInput as error:
            return self._not_saved(said(error.errors[0].words))
        except SaveFailed as error:
            return self._not_saved(message_of(error))
        self.problem.show_messages([])
        self._kept = text  # handled: what is stored now is shown
        self.refresh()
        self.status_message.emit(
            self.tr("Saved what you noticed.")
            if text.strip()
            else self.tr("The note is empty, so nothing is kept for that week.")
        )
        return True

    def _not_saved(self, why: str) -> bool:
        self.problem.show_messages([why, self.tr("What you typed is still here.")])
        self.status_message.emit(why)
        return False
