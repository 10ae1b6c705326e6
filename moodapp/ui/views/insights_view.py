"""The Insights view: what the person's own entries show, in plain words, without judging.

Each statement says what it rests on and links to the chart or day that shows it.
An invitation to talk with someone appears only on GROUNDING.md's grounds and can
be dismissed; "Need help now?" is always one click away. Below, the weekly
reflection: a summary of the week and a note on what the person noticed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.insights import Insight, InsightKind
from moodapp.domain.safety import mentions_self_harm
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.domain.validation import InvalidInput
from moodapp.ui.dialogs.need_help_dialog import NeedHelpDialog
from moodapp.ui.insight_text import link_text, wording
from moodapp.ui.journal_controller import JournalController
from moodapp.ui.widgets.form_parts import named

WAITING_NAMES = {
    InsightKind.USUAL_RANGE: QT_TRANSLATE_NOOP("InsightsView", "your usual range"),
    InsightKind.RELIEF: QT_TRANSLATE_NOOP("InsightsView", "relief by context"),
    InsightKind.DELAYED_RELIEF: QT_TRANSLATE_NOOP("InsightsView", "mood right after and later"),
    InsightKind.EMOTIONS_AROUND_TEARS: QT_TRANSLATE_NOOP("InsightsView", "emotions around tears"),
    InsightKind.MOOD_AROUND: QT_TRANSLATE_NOOP("InsightsView", "mood around crying days"),
    InsightKind.WHEN: QT_TRANSLATE_NOOP("InsightsView", "time of day and weekday"),
    InsightKind.BALANCE: QT_TRANSLATE_NOOP("InsightsView", "balance across emotions"),
}


def _label(text: str, parent: QWidget, *, size: float = 1.0, faint: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * size)
    label.setFont(font)
    if faint:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class _Card(QFrame):
    """One statement: what it says, what it rests on, and where to see it."""

    link_requested = Signal(object)

    def __init__(self, insight: Insight, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.insight = insight
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(insight.text)
        column = QVBoxLayout(self)
        column.addWidget(_label(insight.text, self, size=1.1))
        row = QHBoxLayout()
        row.addWidget(_label(insight.basis, self, size=0.9, faint=True), 1)
        if insight.link is not None:
            button = named(QPushButton(link_text(insight.link), self), link_text(insight.link))
            button.clicked.connect(lambda: self.link_requested.emit(insight.link))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(row)


class InsightsView(QWidget):
    status_message = Signal(str)
    link_requested = Signal(object)  # a Link: open the chart or the day it names

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._stale = True
        tr = self.tr
        heading = _label(tr("Insights"), self, size=1.4)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.need_help = named(QPushButton(tr("Need help now?"), self), tr("Need help now?"))
        self.need_help.clicked.connect(self._on_need_help_clicked)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.need_help)
        intro = _label(
            tr(
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
        area = QScrollArea(self)
        area.setWidget(body)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)
        controller.entries_changed.connect(self._on_controller_entries_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_controller_entries_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        say = wording()
        while (item := self.cards.takeAt(0)) is not None:
            if (old := item.widget()) is not None:
                old.hide()
                old.deleteLater()
        invitation = self._controller.insights.suggestion(say)
        if invitation is not None:
            self.cards.addWidget(self._invitation_card(invitation))
        found = self._controller.insights.insights(say)
        if not found.shown:
            self.cards.addWidget(
                _label(self.tr("Nothing to show yet: the insights come from your entries."), self)
            )
        for insight in found.shown:
            card = _Card(insight, self)
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
        self._stale = False

    def _invitation_card(self, invitation: Insight) -> QFrame:
        card = QFrame(self)
        card.setObjectName("invitation")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAccessibleName(invitation.text)
        column = QVBoxLayout(card)
        column.addWidget(_label(invitation.text, card, size=1.1))
        row = QHBoxLayout()
        row.addStretch(1)
        help_button = named(QPushButton(self.tr("Need help now?"), card), self.tr("Need help now?"))
        help_button.clicked.connect(self._on_need_help_clicked)
        dismiss = named(QPushButton(self.tr("Not now"), card), self.tr("Dismiss the invitation"))
        dismiss.clicked.connect(self._on_dismiss_clicked)
        row.addWidget(help_button)
        row.addWidget(dismiss)
        column.addLayout(row)
        return card

    def _on_dismiss_clicked(self) -> None:
        self._controller.insights.dismiss_suggestion()
        self.refresh()
        self.status_message.emit(self.tr("The invitation will not come back for two weeks."))

    def _on_need_help_clicked(self) -> None:
        NeedHelpDialog(self).exec()


class _ReflectionBox(QFrame):
    """The week in a few sentences, and a note on what the person noticed."""

    status_message = Signal(str)

    def __init__(self, controller: JournalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        tr = self.tr
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = _label(tr("Your week"), self, size=1.2)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.weekday = named(QComboBox(self), tr("Day of the weekly reflection"))
        for day in range(7):
            self.weekday.addItem(QLocale().dayName(day + 1), day)
        row = QHBoxLayout()
        row.addWidget(heading, 1)
        row.addWidget(QLabel(tr("Reflect on:"), self))
        row.addWidget(self.weekday)
        self.summary = _label("", self)
        self.note = named(QPlainTextEdit(self), tr("What I noticed"))
        self.note.setPlaceholderText(tr("What did you notice this week?"))
        self.note.setMaximumHeight(7 * self.note.fontMetrics().lineSpacing())
        self.note.setTabChangesFocus(True)
        self.save = named(QPushButton(tr("Save note"), self), tr("Save what I noticed"))
        self.save.clicked.connect(self._on_save_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.summary)
        column.addWidget(QLabel(tr("What I noticed:"), self))
        column.addWidget(self.note)
        column.addLayout(buttons)
        self.weekday.currentIndexChanged.connect(self._on_weekday_current_index_changed)

    def refresh(self) -> None:
        insights = self._controller.insights
        self.weekday.blockSignals(True)
        self.weekday.setCurrentIndex(insights.reflection_weekday())
        self.weekday.blockSignals(False)
        self.summary.setText("\n".join(insights.week_summary(wording())))
        stored = insights.reflection(insights.week_end())
        self.note.setPlainText(stored.text if stored is not None else "")

    def _on_weekday_current_index_changed(self, index: int) -> None:
        self._controller.insights.set_reflection_weekday(index)
        self.refresh()

    def _on_save_clicked(self) -> None:
        text = self.note.toPlainText()
        if mentions_self_harm(text):
            NeedHelpDialog(self).exec()
        try:
            self._controller.insights.save_reflection(self._controller.insights.week_end(), text)
        except InvalidInput as error:
            self.status_message.emit(str(error.errors[0].message))
            return
        self.status_message.emit(self.tr("Saved what you noticed this week."))
