"""Help > How moodapp works (F1): the help text in a browser that stays inside the window.

The text follows the application's font (it is laid out in the browser's own font,
never in fixed sizes), links only move within the text, and nothing is ever fetched
or opened outside moodapp. Keys: Page Up / Page Down and the arrows scroll, Tab
goes from link to link, Enter follows one, Escape closes the window.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from moodapp.ui.common.form_parts import named
from moodapp.ui.help.help_text import CONTENTS, NEED_HELP, help_html


class HelpWindow(QDialog):
    """A window beside the journal (not modal), so the help can stay open while logging."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How moodapp works"))
        self.setModal(False)
        self.browser = named(
            QTextBrowser(self),
            self.tr("How moodapp works"),
            self.tr("Page Up and Page Down scroll; Tab goes from link to link; Enter follows one."),
        )
        self.browser.setOpenLinks(False)  # every link is handled here: anchors only
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(help_html())
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.contents_button = named(
            QPushButton(self.tr("Contents"), self), self.tr("Back to the contents")
        )
        self.need_help_button = named(
            QPushButton(self.tr("Need help now?"), self), self.tr("Need help now?")
        )
        buttons.addButton(self.contents_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.need_help_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        named(close, self.tr("Close"))
        for button in (self.contents_button, self.need_help_button, close):
            button.setAutoDefault(False)  # Enter in the text follows a link, not a button
        self.contents_button.clicked.connect(lambda: self.show_section(CONTENTS))
        self.need_help_button.clicked.connect(lambda: self.show_section(NEED_HELP))
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("M") * 52, metrics.height() * 34)
        self.browser.setFocus()

    def show_section(self, anchor: str) -> None:
        """Show the window and scroll so that the section ``anchor`` (e.g. "need-help")
        starts at the top; scrolling waits for the window to be shown when it is not yet."""
        if not self.isVisible():
            self.show()
        self.raise_()
        self.activateWindow()
        if anchor == CONTENTS:
            self.browser.verticalScrollBar().setValue(0)  # the very top, title and all
        else:
            self.browser.scrollToAnchor(anchor)
        self.browser.setFocus()

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        # Only a link to a place in this text moves anything; any other address is ignored,
        # so nothing outside moodapp is opened and nothing is fetched.
        if url.hasFragment() and not url.scheme() and not url.path():
            self.show_section(url.fragment())
