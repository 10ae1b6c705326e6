""" "Need help now?": crisis lines, as plain text that works without a network.

The numbers are checked at each release (see docs/RELEASING.md).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.ui.widgets.form_parts import named

CRISIS_TEXT = QT_TRANSLATE_NOOP(
    "NeedHelpDialog",
    """\
<h3>If you are in crisis, or thinking about harming yourself</h3>
<p>Please reach out to someone now. These services are free and confidential:</p>
<ul>
<li><b>United States:</b> call or text <b>988</b> (988 Suicide &amp; Crisis Lifeline).</li>
<li><b>United Kingdom and Ireland:</b> call <b>116 123</b> (Samaritans).</li>
<li><b>Other countries:</b> <b>findahelpline.com</b> lists helplines near you.</li>
</ul>
<p>If you are in immediate danger, call your local emergency number.</p>
<p>You deserve support, and you do not have to go through this alone.</p>
""",
)


class NeedHelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Need help now?"))
        text = named(QLabel(self.tr(CRISIS_TEXT), self), self.tr("Crisis lines"))
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
