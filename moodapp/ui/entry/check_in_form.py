"""The daily check-in form: about a minute, several a day allowed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from moodapp.domain.catalogue import Emotion
from moodapp.domain.entries import DAILY_LIFE_WORDS, URGE_WORDS, CheckIn, Entry
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.ui.common.entry_text import entry_when
from moodapp.ui.common.form_parts import (
    Collapsible,
    named,
    optional_hours,
)
from moodapp.ui.common.scale_steps import ScaleSteps, Step
from moodapp.ui.common.value_combo import ChoiceCombo
from moodapp.ui.entry import bound
from moodapp.ui.entry.emotion_picker import EmotionPicker
from moodapp.ui.entry.entry_form import (
    EntryForm,
    form_layout,
    note_edit,
    tags_edit,
)
from moodapp.ui.look.palette import mood_colour

MOOD_WORDS = {
    -3: QT_TRANSLATE_NOOP("CheckInForm", "very unpleasant"),
    -2: QT_TRANSLATE_NOOP("CheckInForm", "unpleasant"),
    -1: QT_TRANSLATE_NOOP("CheckInForm", "a bit unpleasant"),
    0: QT_TRANSLATE_NOOP("CheckInForm", "neutral"),
    1: QT_TRANSLATE_NOOP("CheckInForm", "a bit pleasant"),
    2: QT_TRANSLATE_NOOP("CheckInForm", "pleasant"),
    3: QT_TRANSLATE_NOOP("CheckInForm", "very pleasant"),
}
ENERGY_WORDS = {
    -3: QT_TRANSLATE_NOOP("CheckInForm", "very low"),
    -2: QT_TRANSLATE_NOOP("CheckInForm", "low"),
    -1: QT_TRANSLATE_NOOP("CheckInForm", "a bit low"),
    0: QT_TRANSLATE_NOOP("CheckInForm", "in between"),
    1: QT_TRANSLATE_NOOP("CheckInForm", "a bit high"),
    2: QT_TRANSLATE_NOOP("CheckInForm", "high"),
    3: QT_TRANSLATE_NOOP("CheckInForm", "very high"),
}


class CheckInForm(EntryForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = form_layout()
        self.outer.addLayout(form)

        self.add_row(form, self.tr("When:"), self.when, "occurred_at")
        self.mood = ScaleSteps(
            self.tr("Mood"),
            {k: self.tr(v) for k, v in MOOD_WORDS.items()},
            mood_colour,
            parent=self,
        )
        self.bind(bound.scale("mood", self.mood, 0), form, self.tr("Mood:"), above=True)
        self.energy = ScaleSteps(
            self.tr("Energy"), {k: self.tr(v) for k, v in ENERGY_WORDS.items()}, parent=self
        )
        self.bind(bound.scale("energy", self.energy, 0), form, self.tr("Energy:"), above=True)
        self.urge = ScaleSteps(
            self.tr("Urge to cry"),
            {k: QCoreApplication.translate("Scale", v) for k, v in URGE_WORDS.items()},
            parent=self,
        )
        self.bind(
            bound.scale("urge_to_cry", self.urge, 0), form, self.tr("Urge to cry:"), above=True
        )
        # One tap, drawn like the steps above it: on, it is filled with the accent.
        self.no_crying = named(Step(self.tr("No crying today"), self), self.tr("No crying today"))
        self.no_crying.setFixedSize(self.no_crying.sizeHint())
        self.no_crying.setToolTip(
            self.tr("Tells a day without tears apart from a day you did not write down.")
        )
        form.addRow(self.no_crying)
        self.bind(bound.tick("no_crying_today", self.no_crying))
        self.emotions = EmotionPicker(self.tr("Emotions felt today"), self)
        self.bind(bound.emotions("emotions", self.emotions), form, self.tr("Emotions today:"))
        form.addRow("", self.emotions.show_all)
        self.note = note_edit(self.tr("Note"), self)
        self.bind(bound.note("note", self.note), form, self.tr("Note:"))

        self.more = Collapsible(self.tr("More (optional)"), self)
        self.outer.addWidget(self.more)
        more = form_layout(self.more.body)
        self.sleep = optional_hours(self.tr("Hours of sleep"), self.more.body)
        self.bind(bound.hours("sleep_hours", self.sleep), more, self.tr("Sleep:"))
        self.daily_life_hard = ChoiceCombo(
            self.tr("Feelings made daily life hard"),
            [
                (f"{n} · {QCoreApplication.translate('Scale', w)}", n)
                for n, w in DAILY_LIFE_WORDS.items()
            ],
            self.more.body,
        )
        self.bind(
            bound.choice("daily_life_hard", self.daily_life_hard),
            more,
            self.tr("Feelings made daily life hard:"),
        )
        self.tags = tags_edit(self.tr("Tags"), self.more.body)
        self.bind(bound.tags("tags", self.tags), more, self.tr("Tags:"))
        self.add_buttons()
        self.start_new()

    def set_catalogue(self, emotions: Sequence[Emotion], uses: Mapping[str, int]) -> None:
        self.emotions.set_emotions(emotions, uses)

    # -- EntryForm ---------------------------------------------------------------

    def refresh_texts(self) -> None:
        if self.editing is None:
            self.title.setText(self.tr("How are you today?"))
            self.save_button.setText(self.tr("Save check-in"))
        else:
            when = entry_when(self.editing)
            self.title.setText(self.tr("Editing the check-in of %s") % when)
            self.save_button.setText(self.tr("Save changes"))
        named(self.save_button, self.save_button.text())

    def reset_fields(self) -> None:
        self.when.set_now()
        self.reset_bound()
        self.more.set_open(False)

    def load_fields(self, entry: Entry) -> None:
        assert isinstance(entry, CheckIn)
        self.when.set_value(entry.occurred_at)
        self.more.set_open(self.load_bound(entry))

    def entry(self) -> CheckIn:
        editing = self.editing
        return CheckIn(
            uid=self.uid(),
            created_at=editing.created_at if editing else None,
            occurred_at=self.chosen_time(),
            **self.bound_values(),
        )

    def reveal(self, widget: QWidget) -> None:
        if self.more.body.isAncestorOf(widget):
            self.more.set_open(True)
