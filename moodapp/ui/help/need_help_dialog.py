""" "Need help now?": the crisis lines of the person's country first, then the emergency
number, then findahelpline.com, then any other country on request.

Everything is text in the app (it works offline). The one address opens in the person's
browser when they click it; the app itself connects to nothing. The lines come from
moodapp/assets/help_lines.json, checked at each release (docs/RELEASING.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from moodapp.domain.help_lines import lines_for, others
from moodapp.domain.settings import HELP_LINES_COUNTRY
from moodapp.ui.common.form_parts import named
from moodapp.ui.common.value_combo import ValueCombo
from moodapp.ui.help.help_lines_text import (
    CRISIS_TEXT,
    country_name,
    country_to_show,
    emergency_html,
    find_a_helpline_html,
    lines_html,
)

if TYPE_CHECKING:
    from moodapp.ui.shell.journal_controller import JournalController

__all__ = ["CRISIS_TEXT", "NeedHelpDialog", "show_need_help"]


def _text_label(text: str, name: str, parent: QWidget) -> QLabel:
    label = named(QLabel(text, parent), name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class NeedHelpDialog(QDialog):
    def __init__(self, country: str | None, parent: QWidget | None = None) -> None:
        """``country``: the one whose lines come first (None: not known)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Need help now?"))
        self.country = country
        self.intro = _text_label(self.tr(CRISIS_TEXT), self.tr("If you are in crisis"), self)
        self.lines = _text_label(lines_html(country), self.tr("Crisis lines"), self)
        self.emergency = _text_label(
            emergency_html(lines_for(country)), self.tr("Emergency number"), self
        )
        self.find_a_helpline = _text_label(
            find_a_helpline_html(link=True), self.tr("Helplines in other countries"), self
        )
        self.find_a_helpline.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.find_a_helpline.setOpenExternalLinks(False)  # opened here, in the browser
        self.find_a_helpline.linkActivated.connect(self._on_find_a_helpline_link_activated)

        choices = sorted(
            ((country_name(c.country), c.country) for c in others(country)),
            key=lambda choice: choice[0].casefold(),
        )
        self.other_country: ValueCombo[str | None] = ValueCombo(
            self.tr("Lines in another country"),
            [(self.tr("Choose a country..."), None), *choices],
            self,
        )
        self.other_country.currentIndexChanged.connect(self._on_other_country_changed)
        self.other_lines = _text_label("", self.tr("Lines in the country chosen"), self)
        self.other_lines.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        named(buttons.button(QDialogButtonBox.StandardButton.Close), self.tr("Close"))

        layout = QVBoxLayout(self)
        for label in (self.intro, self.lines, self.emergency, self.find_a_helpline):
            layout.addWidget(label)
        form = QFormLayout()
        form.addRow(self.tr("Another country:"), self.other_country)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(form)
        layout.addWidget(self.other_lines)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 42)

    def _on_find_a_helpline_link_activated(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))

    def _on_other_country_changed(self) -> None:
        code = self.other_country.value()
        if code is None:
            self.other_lines.hide()
            return
        self.other_lines.setText(lines_html(code) + f"<p>{emergency_html(lines_for(code))}</p>")
        self.other_lines.show()


def chosen_country(controller: JournalController | None) -> str | None:
    """The country chosen in Settings; None when none is, or the journal cannot say (the
    lines must show even then)."""
    if controller is None:
        return None
    try:
        return controller.journal.settings.value(HELP_LINES_COUNTRY)
    except Exception:  # help comes first: the system's country is shown instead
        return None


def show_need_help(parent: QWidget | None, controller: JournalController | None) -> None:
    """The one way every entry point opens the dialog (Help menu, Insights, a note that
    speaks of self-harm, the tray)."""
    NeedHelpDialog(country_to_show(chosen_country(controller)), parent).exec()
