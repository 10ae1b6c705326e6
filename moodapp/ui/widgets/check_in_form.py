"""The daily check-in form: about a minute, several a day allowed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from moodapp.domain.catalogue import Emotion
from moodapp.domain.entries import DAILY_LIFE_WORDS, URGE_WORDS, CheckIn, Entry
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.ui.entry_text import entry_when
from moodapp.ui.widgets.emotion_picker import EmotionPicker
from moodapp.ui.widgets.entry_form import (
    EntryForm,
    form_layout,
    note_edit,
    parse_tags,
    tags_edit,
    tags_text,
)
from moodapp.ui.widgets.form_parts import (
    Collapsible,
    ScaleSlider,
    hours_value,
    named,
    optional_hours,
    set_hours_value,
    typed_text,
)
from moodapp.ui.widgets.value_combo import ChoiceCombo

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
        tr = self.tr
        form = form_layout()
        self.outer.addLayout(form)

        self.add_row(form, tr("When:"), self.when, "occurred_at")
        self.mood = ScaleSlider(tr("Mood"), {k: tr(v) for k, v in MOOD_WORDS.items()}, parent=self)
        self.add_row(form, tr("Mood:"), self.mood, "mood")
        self.energy = ScaleSlider(
            tr("Energy"), {k: tr(v) for k, v in ENERGY_WORDS.items()}, parent=self
        )
        self.add_row(form, tr("Energy:"), self.energy, "energy")
        self.urge = ScaleSlider(
            tr("Urge to cry"),
            {k: QCoreApplication.translate("Scale", v) for k, v in URGE_WORDS.items()},
            parent=self,
        )
        self.add_row(form, tr("Urge to cry:"), self.urge, "urge_to_cry")
        self.no_crying = named(QCheckBox(tr("No crying today"), self), tr("No crying today"))
        self.no_crying.setToolTip(
            tr("Tells a day without tears apart from a day you did not write down.")
        )
        form.addRow("", self.no_crying)
        self.emotions = EmotionPicker(tr("Emotions felt today"), self)
        self.add_row(form, tr("Emotions today:"), self.emotions, "emotions")
        self.note = note_edit(tr("Note"), self)
        self.add_row(form, tr("Note:"), self.note, "note")

        self.more = Collapsible(tr("More (optional)"), self)
        self.outer.addWidget(self.more)
        more = form_layout(self.more.body)
        self.sleep = optional_hours(tr("Hours of sleep"), self.more.body)
        self.add_row(more, tr("Sleep:"), self.sleep, "sleep_hours")
        self.daily_life_hard = ChoiceCombo(
            tr("Feelings made daily life hard"),
            [
                (f"{n} · {QCoreApplication.translate('Scale', w)}", n)
                for n, w in DAILY_LIFE_WORDS.items()
            ],
            self.more.body,
        )
        self.add_row(
            more, tr("Feelings made daily life hard:"), self.daily_life_hard, "daily_life_hard"
        )
        self.tags = tags_edit(tr("Tags"), self.more.body)
        self.add_row(more, tr("Tags:"), self.tags, "tags")
        self.add_buttons()
        self.start_new()

    def set_catalogue(self, emotions: Sequence[Emotion]) -> None:
        self.emotions.set_emotions(emotions)

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
        self.mood.set_value(0)
        self.energy.set_value(0)
        self.urge.set_value(0)
        self.no_crying.setChecked(False)
        self.emotions.set_values({})
        self.note.clear()
        set_hours_value(self.sleep, None)
        self.daily_life_hard.set_value(None)
        self.tags.clear()
        self.more.set_open(False)

    def load_fields(self, entry: Entry) -> None:
        assert isinstance(entry, CheckIn)
        self.when.set_value(entry.occurred_at)
        self.mood.set_value(entry.mood)
        self.energy.set_optional_value(entry.energy, 0)
        self.urge.set_optional_value(entry.urge_to_cry, 0)
        self.no_crying.setChecked(entry.no_crying_today)
        self.emotions.set_values(entry.emotions)
        self.note.setPlainText(entry.note)
        set_hours_value(self.sleep, entry.sleep_hours)
        self.daily_life_hard.set_value(entry.daily_life_hard)
        self.tags.setText(tags_text(entry.tags))
        self.more.set_open(
            entry.sleep_hours is not None or entry.daily_life_hard is not None or bool(entry.tags)
        )

    def entry(self) -> CheckIn:
        editing = self.editing
        return CheckIn(
            uid=self.uid(),
            created_at=editing.created_at if editing else None,
            occurred_at=self.chosen_time(),
            mood=self.mood.value(),
            energy=self.energy.optional_value(),
            urge_to_cry=self.urge.optional_value(),
            no_crying_today=self.no_crying.isChecked(),
            emotions=self.emotions.values(),
            sleep_hours=hours_value(self.sleep),
            daily_life_hard=self.daily_life_hard.value(),
            tags=parse_tags(self.tags.text()),
            note=typed_text(self.note),
        )

    def reveal(self, widget: QWidget) -> None:
        if self.more.body.isAncestorOf(widget):
            self.more.set_open(True)
