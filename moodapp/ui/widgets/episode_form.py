"""The form for a crying episode: quick to fill in, with the research details optional."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from moodapp.domain.catalogue import Emotion, Trigger
from moodapp.domain.entries import (
    INTENSITY_WORDS,
    Company,
    CryingEpisode,
    Entry,
    MoodChange,
    Reaction,
    Resolution,
)
from moodapp.ui.catalogue_text import catalogue_label
from moodapp.ui.entry_text import entry_when
from moodapp.ui.widgets.emotion_picker import EmotionPicker
from moodapp.ui.widgets.entry_form import (
    CheckGrid,
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
    named,
    optional_spin,
    set_spin_value,
    spin_value,
    typed_text,
)
from moodapp.ui.widgets.value_combo import ChoiceCombo


class EpisodeForm(EntryForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        form = form_layout()
        self.outer.addLayout(form)

        self.add_row(form, tr("When:"), self.when, "occurred_at")

        kind_row = QWidget(self)
        self.cried = named(QRadioButton(tr("Cried"), kind_row), tr("Cried"))
        self.almost = named(QRadioButton(tr("Almost cried"), kind_row), tr("Almost cried"))
        self.almost.setToolTip(tr("An urge to cry without tears counts too."))
        kinds = QButtonGroup(kind_row)
        kinds.addButton(self.cried)
        kinds.addButton(self.almost)
        row = QHBoxLayout(kind_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.cried)
        row.addWidget(self.almost)
        row.addStretch(1)
        self.add_row(form, tr("What happened:"), kind_row)

        words = {n: QCoreApplication.translate("Scale", w) for n, w in INTENSITY_WORDS.items()}
        self.intensity = ScaleSlider(tr("Intensity"), words, parent=self)
        self.add_row(form, tr("Intensity:"), self.intensity, "intensity")

        self.emotions = EmotionPicker(tr("Emotions in this episode"), self)
        self.add_row(form, tr("Emotions:"), self.emotions, "emotions")

        self.details = Collapsible(tr("Details (optional)"), self)
        self.outer.addWidget(self.details)
        self._build_details(self.details.body)
        self.add_buttons()
        self.start_new()

    def _build_details(self, body: QWidget) -> None:
        tr = self.tr
        form = form_layout(body)
        self.duration = optional_spin(tr("Duration in minutes"), 99_999, tr(" min"), body)
        self.add_row(form, tr("Duration:"), self.duration, "duration_minutes")
        self.triggers = CheckGrid(tr("Triggers"), body)
        self.add_row(form, tr("What set it off:"), self.triggers, "triggers")
        self.company = ChoiceCombo(
            tr("Who was there"),
            [
                (tr("Alone"), Company.ALONE),
                (tr("One person"), Company.ONE_PERSON),
                (tr("Several people"), Company.SEVERAL),
            ],
            body,
        )
        self.add_row(form, tr("Who was there:"), self.company)
        self.reaction = ChoiceCombo(
            tr("How others reacted"),
            [
                (tr("Comforted me"), Reaction.COMFORTED),
                (tr("Neutral"), Reaction.NEUTRAL),
                (tr("Negative"), Reaction.NEGATIVE),
                (tr("Nobody noticed"), Reaction.NOBODY),
            ],
            body,
        )
        self.add_row(form, tr("How they reacted:"), self.reaction)
        yes_no = [(tr("Yes"), True), (tr("No"), False)]
        self.held_back = ChoiceCombo(tr("Held tears back"), yes_no, body)
        self.add_row(form, tr("Held tears back:"), self.held_back)
        self.ashamed = ChoiceCombo(tr("Felt ashamed"), yes_no, body)
        self.add_row(form, tr("Felt ashamed:"), self.ashamed)
        self.resolved = ChoiceCombo(
            tr("Resolved or understood"),
            [
                (tr("Yes"), Resolution.YES),
                (tr("Partly"), Resolution.PARTLY),
                (tr("No"), Resolution.NO),
            ],
            body,
        )
        self.add_row(form, tr("Resolved or understood:"), self.resolved)
        self.mood_after = ChoiceCombo(
            tr("Mood right after"),
            [
                (tr("Better"), MoodChange.BETTER),
                (tr("The same"), MoodChange.SAME),
                (tr("Worse"), MoodChange.WORSE),
            ],
            body,
        )
        self.add_row(form, tr("Mood right after:"), self.mood_after)
        self.mood_after_score = optional_spin(
            tr("Mood right after, 0 to 10"), 99, tr(" of 10"), body
        )
        self.add_row(
            form, tr("Mood right after (0-10):"), self.mood_after_score, "mood_after_score"
        )
        self.mood_later_score = optional_spin(tr("Mood later, 0 to 10"), 99, tr(" of 10"), body)
        self.mood_later_score.setToolTip(
            tr("Mood often dips right after crying and recovers within an hour or so.")
        )
        self.add_row(form, tr("Mood later (0-10):"), self.mood_later_score, "mood_later_score")
        self.what_helped = named(QLineEdit(body), tr("What helped"))
        self.what_helped.setPlaceholderText(tr("e.g. a walk, talking to a friend"))
        self.add_row(form, tr("What helped:"), self.what_helped, "what_helped")
        self.tags = tags_edit(tr("Tags"), body)
        self.add_row(form, tr("Tags:"), self.tags, "tags")
        self.note = note_edit(tr("Note"), body)
        self.add_row(form, tr("Note:"), self.note, "note")

    # -- catalogue ---------------------------------------------------------------

    def set_catalogue(self, emotions: Sequence[Emotion], triggers: Sequence[Trigger]) -> None:
        self.emotions.set_emotions(emotions)
        self.triggers.set_items((t.key, catalogue_label(t)) for t in triggers)

    # -- EntryForm ---------------------------------------------------------------

    def refresh_texts(self) -> None:
        if self.editing is None:
            self.title.setText(self.tr("Log a crying episode"))
            self.save_button.setText(self.tr("Save episode"))
        else:
            when = entry_when(self.editing)
            self.title.setText(self.tr("Editing the episode of %s") % when)
            self.save_button.setText(self.tr("Save changes"))
        named(self.save_button, self.save_button.text())

    def reset_fields(self) -> None:
        self.when.set_now()
        self.cried.setChecked(True)
        self.intensity.set_value(2)
        self.emotions.set_values({})
        set_spin_value(self.duration, None)
        self.triggers.set_values(())
        for combo in self._combos():
            combo.set_value(None)
        set_spin_value(self.mood_after_score, None)
        set_spin_value(self.mood_later_score, None)
        self.what_helped.clear()
        self.tags.clear()
        self.note.clear()
        self.details.set_open(False)

    def _combos(self) -> list[ChoiceCombo[Any]]:
        return [
            self.company,
            self.reaction,
            self.held_back,
            self.ashamed,
            self.resolved,
            self.mood_after,
        ]

    def load_fields(self, entry: Entry) -> None:
        assert isinstance(entry, CryingEpisode)
        self.when.set_value(entry.occurred_at)
        (self.almost if entry.almost else self.cried).setChecked(True)
        self.intensity.set_optional_value(entry.intensity, 2)
        self.emotions.set_values(entry.emotions)
        set_spin_value(self.duration, entry.duration_minutes)
        self.triggers.set_values(entry.triggers)
        self.company.set_value(entry.company)
        self.reaction.set_value(entry.reaction)
        self.held_back.set_value(entry.held_back)
        self.ashamed.set_value(entry.ashamed)
        self.resolved.set_value(entry.resolved)
        self.mood_after.set_value(entry.mood_after)
        set_spin_value(self.mood_after_score, entry.mood_after_score)
        set_spin_value(self.mood_later_score, entry.mood_later_score)
        self.what_helped.setText(entry.what_helped)
        self.tags.setText(tags_text(entry.tags))
        self.note.setPlainText(entry.note)
        has_details = any(
            (
                entry.duration_minutes is not None,
                entry.triggers,
                *(c.value() is not None for c in self._combos()),
                entry.mood_after_score is not None,
                entry.mood_later_score is not None,
                entry.what_helped,
                entry.tags,
                entry.note,
            )
        )
        self.details.set_open(bool(has_details))

    def entry(self) -> CryingEpisode:
        editing = self.editing
        return CryingEpisode(
            uid=self.uid(),
            created_at=editing.created_at if editing else None,
            occurred_at=self.chosen_time(),
            almost=self.almost.isChecked(),
            intensity=self.intensity.optional_value(),
            emotions=self.emotions.values(),
            duration_minutes=spin_value(self.duration),
            triggers=self.triggers.values(),
            company=self.company.value(),
            reaction=self.reaction.value(),
            held_back=self.held_back.value(),
            ashamed=self.ashamed.value(),
            resolved=self.resolved.value(),
            mood_after=self.mood_after.value(),
            mood_after_score=spin_value(self.mood_after_score),
            mood_later_score=spin_value(self.mood_later_score),
            what_helped=self.what_helped.text().strip(),
            tags=parse_tags(self.tags.text()),
            note=typed_text(self.note),
        )

    def reveal(self, widget: QWidget) -> None:
        if self.details.body.isAncestorOf(widget):
            self.details.set_open(True)
