"""The small dialogs of the catalogue editor that ask for a name: a new item's (with how it
usually feels and, for an emotion, its colour) and a new name for one.

A refused name is explained in the dialog, and what was typed stays to be corrected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.catalogue import LABEL_MAX_CHARS, Valence
from moodapp.ui.catalogue.item_look import DEFAULT_COLOURS, swatch, valence_word
from moodapp.ui.common.form_parts import ErrorLabel, named
from moodapp.ui.common.value_combo import ValueCombo


class _NameDialog(QDialog):
    """A name to type, checked by ``submit`` before the dialog closes: a refused name is
    explained here, and what was typed stays so that it can be corrected."""

    def __init__(
        self, title: str, action: str, submit: Callable[[], list[str]], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        self.name = named(
            QLineEdit(self),
            self.tr("Name"),
            self.tr("Spaces at the start and the end are left out."),
        )
        self.name.setMaxLength(LABEL_MAX_CHARS)
        self.form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name)
        self.form.addRow(name_label, self.name)
        self.problem = ErrorLabel(self.tr("Name"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = named(buttons.button(QDialogButtonBox.StandardButton.Ok), action)
        self.ok.setText(action)
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        self.ok.setEnabled(False)
        self.name.textChanged.connect(self._on_name_text_changed)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 24))

    def label(self) -> str:
        return self.name.text().strip()

    def _on_name_text_changed(self, text: str) -> None:
        self.ok.setEnabled(bool(text.strip()))

    def _on_buttons_accepted(self) -> None:
        problems = self._submit()
        self.problem.show_messages(problems)
        if problems:
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.accept()


class _NewItemDialog(_NameDialog):
    """A name and how it usually feels; for an emotion also a colour, which follows the
    feeling until the person picks one."""

    def __init__(
        self, title: str, emotion: bool, submit: Callable[[], list[str]], parent: QWidget | None
    ) -> None:
        super().__init__(title, QCoreApplication.translate("_NewItemDialog", "Add"), submit, parent)
        self._picked_colour: str | None = None
        self.feels = ValueCombo(
            self.tr("Usually feels"),
            [
                (valence_word(valence), valence)
                for valence in (Valence.POSITIVE, Valence.NEGATIVE, Valence.MIXED, Valence.NEUTRAL)
            ],
            self,
        )
        self.feels.setAccessibleDescription(
            self.tr("Whether it usually feels pleasant, unpleasant, mixed or neutral.")
        )
        self.feels.set_value(Valence.NEUTRAL)
        feels_label = QLabel(self.tr("Usually &feels:"), self)
        feels_label.setBuddy(self.feels)
        self.form.addRow(feels_label, self.feels)
        self.colour_button: QPushButton | None = None
        if emotion:
            self.colour_button = named(QPushButton(self.tr("Choose..."), self), self.tr("Colour"))
            colour_label = QLabel(self.tr("&Colour:"), self)
            colour_label.setBuddy(self.colour_button)
            self.form.addRow(colour_label, self.colour_button)
            self.colour_button.clicked.connect(self._on_colour_button_clicked)
            self.feels.currentIndexChanged.connect(self._show_colour)
            self._show_colour()

    def valence(self) -> Valence:
        return self.feels.value()

    def colour(self) -> str:
        return self._picked_colour or DEFAULT_COLOURS[self.valence()]

    def _show_colour(self) -> None:
        assert self.colour_button is not None
        size = self.fontMetrics().height()
        ink = self.palette().text().color()
        self.colour_button.setIcon(swatch(self.colour(), size, ink, self.devicePixelRatioF()))
        self.colour_button.setAccessibleDescription(self.colour())

    def _on_colour_button_clicked(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour()), self, self.tr("Colour"))
        if chosen.isValid():
            self._picked_colour = chosen.name(QColor.NameFormat.HexRgb)
            self._show_colour()
