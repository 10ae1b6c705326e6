"""The form for a crying episode: quick to fill in, with the research details optional."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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
    named,
    optional_spin,
)
from moodapp.ui.common.scale_steps import ScaleSteps
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
        form = form_layout()
        self.outer.addLayout(form)

        self.add_row(form, self.tr("When:"), self.when, "occurred_at")

        kind_row = QWidget(self)
        self.cried = named(QRadioButton(self.tr("Cried"), kind_row), self.tr("Cried"))
        self.almost = named(
            QRadioButton(self.tr("Almost cried"), kind_row), self.tr("Almost cried")
        )
        self.almost.setToolTip(self.tr("An urge to cry without tears counts too."))
        kinds = QButtonGroup(kind_row)
        kinds.addButton(self.cried)
        kinds.addButton(self.almost)
        row = QHBoxLayout(kind_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.cried)
        row.addWidget(self.almost)
        row.addStretch(1)
        self.add_row(form, self.tr("What happened:"), kind_row)

        words = {n: QCoreApplication.translate("Scale", w) for n, w in INTENSITY_WORDS.items()}
        self.intensity = ScaleSteps(self.tr("Intensity"), words, parent=self)
        self.bind(
            bound.scale("intensity", self.intensity, 2), form, self.tr("Intensity:"), above=True
        )

        self.emotions = EmotionPicker(self.tr("Emotions in this episode"), self)
        self.bind(bound.emotions("emotions", self.emotions), form, self.tr("Emotions:"))
        form.addRow("", self.emotions.show_all)

        self.details = Collapsible(self.tr("Details (optional)"), self)
        self.outer.addWidget(self.details)
        self._build_details(self.details.body)
        self.add_buttons()
        self.start_new()

    def _build_details(self, body: QWidget) -> None:
        form = form_layout(body)
        self.duration = optional_spin(self.tr("Duration in minutes"), 99_999, self.tr(" min"), body)
        self.bind(bound.spin("duration_minutes", self.duration), form, self.tr("Duration:"))
        self.triggers = CheckGrid(self.tr("Triggers"), body)
        self.bind(bound.checks("triggers", self.triggers), form, self.tr("What set it off:"))
        self.company = ChoiceCombo(
            self.tr("Who was there"),
            [
                (self.tr("Alone"), Company.ALONE),
                (self.tr("One person"), Company.ONE_PERSON),
                (self.tr("Several people"), Company.SEVERAL),
            ],
            body,
        )
        self.bind(bound.choice("company", self.company), form, self.tr("Who was there:"))
        self.reaction = ChoiceCombo(
            self.tr("How others reacted"),
            [
                (self.tr("Comforted me"), Reaction.COMFORTED),
                (self.tr("Neutral"), Reaction.NEUTRAL),
                (self.tr("Negative"), Reaction.NEGATIVE),
                (self.tr("Nobody noticed"), Reaction.NOBODY),
            ],
            body,
        )
        self.bind(bound.choice("reaction", self.reaction), form, self.tr("How they reacted:"))
        yes_no = [(self.tr("Yes"), True), (self.tr("No"), False)]
        self.held_back = ChoiceCombo(self.tr("Held tears back"), yes_no, body)
        self.bind(bound.choice("held_back", self.held_back), form, self.tr("Held tears back:"))
        self.ashamed = ChoiceCombo(self.tr("Felt ashamed"), yes_no, body)
        self.bind(bound.choice("ashamed", self.ashamed), form, self.tr("Felt ashamed:"))
        self.resolved = ChoiceCombo(
            self.tr("Resolved or understood"),
            [
                (self.tr("Yes"), Resolution.YES),
                (self.tr("Partly"), Resolution.PARTLY),
                (self.tr("No"), Resolution.NO),
            ],
            body,
        )
        self.bind(bound.choice("resolved", self.resolved), form, self.tr("Resolved or understood:"))
        self.mood_after = ChoiceCombo(
            self.tr("Mood right after"),
            [
                (self.tr("Better"), MoodChange.BETTER),
                (self.tr("The same"), MoodChange.SAME),
                (self.tr("Worse"), MoodChange.WORSE),
            ],
            body,
        )
        self.bind(bound.choice("mood_after", self.mood_after), form, self.tr("Mood right after:"))
        self.mood_after_score = optional_spin(
            self.tr("Mood right after, 0 to 10"), 99, self.tr(" of 10"), body
        )
        self.bind(
            bound.spin("mood_after_score", self.mood_after_score),
            form,
            self.tr("Mood right after (0-10):"),
        )
        self.mood_later_score = optional_spin(
            self.tr("Mood later, 0 to 10"), 99, self.tr(" of 10"), body
        )
        self.mood_later_score.setToolTip(
            self.tr("Mood often dips right after crying and recovers within an hour or so.")
        )
        self.bind(
            bound.spin("mood_later_score", self.mood_later_score),
            form,
            self.tr("Mood later (0-10):"),
        )
        self.what_helped = named(QLineEdit(body), self.tr("What helped"))
        self.what_helped.setPlaceholderText(self.tr("e.g. a walk, talking to a friend"))
        self.bind(bound.line("what_helped", self.what_helped), form, self.tr("What helped:"))
        self.tags = tags_edit(self.tr("Tags"), body)
        self.bind(bound.tags("tags", self.tags), form, self.tr("Tags:"))
        self.note = note_edit(self.tr("Note"), body)
        self.bind(bound.note("note", self.note, detail=True), form, self.tr("Note:"))

    # -- catalogue ---------------------------------------------------------------

    def set_catalogue(
        self, emotions: Sequence[Emotion], uses: Mapping[str, int], triggers: Sequence[Trigger]
    ) -> None:
        self.emotions.set_emotions(emotions, uses)
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
