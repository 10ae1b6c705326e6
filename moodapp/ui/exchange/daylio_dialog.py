"""Before a Daylio import: a place on the mood scale for the person's own mood names, and
which activities mean they cried."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from moodapp.exchange.daylio import DaylioOptions, DaylioSurvey, means_crying
from moodapp.ui.common.form_parts import named


class DaylioDialog(QDialog):
    def __init__(self, survey: DaylioSurvey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from Daylio"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 32))
        intro = QLabel(
            self.tr(
                "Each Daylio entry becomes a check-in, and its activities become tags. "
                "Daylio does not ask about energy, so it stays empty."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.moods: dict[str, QSpinBox] = {}
        if survey.unknown_moods:
            layout.addWidget(self._mood_box(survey.unknown_moods))
        self.activities = named(QListWidget(self), self.tr("Activities that mean you cried"))
        for name in survey.activities:
            item = QListWidgetItem(name, self.activities)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = means_crying(name)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        crying = QGroupBox(self.tr("Which activities mean you cried?"), self)
        crying_column = QVBoxLayout(crying)
        hint = QLabel(
            self.tr(
                "Each entry with a ticked activity also becomes a crying episode at that "
                "time, with its details left empty for you to add if you remember them."
            ),
            crying,
        )
        hint.setWordWrap(True)
        crying_column.addWidget(hint)
        crying_column.addWidget(self.activities)
        crying.setVisible(bool(survey.activities))
        layout.addWidget(crying)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        go_on = buttons.addButton(self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        named(go_on, self.tr("Continue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _mood_box(self, names: list[str]) -> QGroupBox:
        box = QGroupBox(self.tr("Your own moods"), self)
        form = QFormLayout(box)
        hint = QLabel(
            self.tr(
                "Where does each sit on the mood scale, from -3 (unpleasant) to +3 (pleasant)?"
            ),
            box,
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        for name in names:
            spin = named(QSpinBox(box), self.tr("Mood value of %1").replace("%1", name))
            spin.setRange(-3, 3)
            spin.setValue(0)
            form.addRow(name, spin)
            self.moods[name] = spin
        return box

    def options(self) -> DaylioOptions:
        chosen = [
            self.activities.item(row).text()
            for row in range(self.activities.count())
            if self.activities.item(row).checkState() == Qt.CheckState.Checked
        ]
        return DaylioOptions(
            mood_map={name: spin.value() for name, spin in self.moods.items()},
            crying_activities=frozenset(chosen),
            crying_words=False,  # the ticks say it all
        )
