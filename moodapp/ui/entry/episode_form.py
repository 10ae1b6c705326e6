"""The form for a crying episode: quick to fill in, with the research details optional."""

from __future__ import annotations

from collections.abc import Sequence

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
from moodapp.ui.common.catalogue_text import catalogue_label
from moodapp.ui.common.entry_text import entry_when
from moodapp.ui.common.form_parts import (
    Collapsible,
    ScaleSlider,
    named,
    optional_spin,
)
from moodapp.ui.common.value_combo import ChoiceCombo
from moodapp.ui.entry import bound
from moodapp.ui.entry.emotion_picker import EmotionPicker
from moodapp.ui.entry.entry_form import (
    CheckGrid,
    EntryForm,
    form_layout,
    note_edit,
    tags_edit,
)


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
        self.bind(bound.scale("intensity", self.intensity, 2), form, tr("Intensity:"))

        self.emotions = EmotionPicker(tr("Emotions in this episode"), self)
        self.bind(bound.emotions("emotions", self.emotions), form, tr("Emotions:"))

        self.details = Collapsible(tr("Details (optional)"), self)
        self.outer.addWidget(self.details)
        self._build_details(self.details.body)
        self.add_buttons()
        self.start_new()

    def _build_details(self, body: QWidget) -> None:
        tr = self.tr
        form = form_layout(body)
        self.duration = optional_spin(tr("Duration in minutes"), 99_999, tr(" min"), body)
        self.bind(bound.spin("duration_minutes", self.duration), form, tr("Duration:"))
        self.triggers = CheckGrid(tr("Triggers"), body)
        self.bind(bound.checks("triggers", self.triggers), form, tr("What set it off:"))
        self.company = ChoiceCombo(
            tr("Who was there"),
            [
                (tr("Alone"), Company.ALONE),
                (tr("One person"), Company.ONE_PERSON),
                (tr("Several people"), Company.SEVERAL),
            ],
            body,
        )
        self.bind(bound.choice("company", self.company), form, tr("Who was there:"))
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
        self.bind(bound.choice("reaction", self.reaction), form, tr("How they reacted:"))
        yes_no = [(tr("Yes"), True), (tr("No"), False)]
        self.held_back = ChoiceCombo(tr("Held tears back"), yes_no, body)
        self.bind(bound.choice("held_back", self.held_back), form, tr("Held tears back:"))
        self.ashamed = ChoiceCombo(tr("Felt ashamed"), yes_no, body)
        self.bind(bound.choice("ashamed", self.ashamed), form, tr("Felt ashamed:"))
        self.resolved = ChoiceCombo(
            tr("Resolved or understood"),
            [
                (tr("Yes"), Resolution.YES),
                (tr("Partly"), Resolution.PARTLY),
                (tr("No"), Resolution.NO),
            ],
            body,
        )
        self.bind(bound.choice("resolved", self.resolved), form, tr("Resolved or understood:"))
        self.mood_after = ChoiceCombo(
            tr("Mood right after"),
            [
                (tr("Better"), MoodChange.BETTER),
                (tr("The same"), MoodChange.SAME),
                (tr("Worse"), MoodChange.WORSE),
            ],
            body,
        )
        self.bind(bound.choice("mood_after", self.mood_after), form, tr("Mood right after:"))
        self.mood_after_score = optional_spin(
            tr("Mood right after, 0 to 10"), 99, tr(" of 10"), body
        )
        self.bind(
            bound.spin("mood_after_score", self.mood_after_score),
            form,
            tr("Mood right after (0-10):"),
        )
        self.mood_later_score = optional_spin(tr("Mood later, 0 to 10"), 99, tr(" of 10"), body)
        self.mood_later_score.setToolTip(
            tr("Mood often dips right after crying and recovers within an hour or so.")
        )
        self.bind(
            bound.spin("mood_later_score", self.mood_later_score), form, tr("Mood later (0-10):")
        )
        self.what_helped = named(QLineEdit(body), tr("What helped"))
        self.what_helped.setPlaceholderText(tr("e.g. a walk, talking to a friend"))
        self.bind(bound.line("what_helped", self.what_helped), form, tr("What helped:"))
        self.tags = tags_edit(tr("Tags"), body)
        self.bind(bound.tags("tags", self.tags), form, tr("Tags:"))
        self.note = note_edit(tr("Note"), body)
        self.bind(bound.note("note", self.note, detail=True), form, tr("Note:"))

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
        self.reset_bound()
        self.details.set_open(False)

    def load_fields(self, entry: Entry) -> None:
        assert isinstance(entry, CryingEpisode)
        self.when.set_value(entry.occurred_at)
        (self.almost if entry.almost else self.cried).setChecked(True)
        self.details.set_open(self.load_bound(entry))

    def entry(self) -> CryingEpisode:
        editing = self.editing
        return CryingEpisode(
            uid=self.uid(),
            created_at=editing.created_at if editing else None,
            occurred_at=self.chosen_time(),
            almost=self.almost.isChecked(),
            **self.bound_values(),
        )

    def reveal(self, widget: QWidget) -> None:
        if self.details.body.isAncestorOf(widget):
            self.details.set_open(True)
