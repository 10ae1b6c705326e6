"""An import's summary in the person's language: the service gives counts, this words them.

Each count that decides a sentence's grammar is Qt's ``%n`` (a numerus message, whose
forms the translation gives, English's too); the other numbers are written as the
person's locale writes them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from moodapp.services.exchange import ImportSummary
from moodapp.ui.common.words import said


def _number(count: int) -> str:
    return QLocale().toString(count)


class ImportWords(QObject):
    """The sentences of an import's summary; ``self.tr`` with a count, so that lupdate
    marks them as plural forms."""

    def entries_line(self, summary: ImportSummary) -> str:
        """What the import did (or would do) with the file's entries."""
        if summary.dry_run:
            text = self.tr(
                "Would add %Ln new entries, update %1 with a newer copy from the file, "
                "and skip %2 the journal already has.",
                "",
                summary.added,
            )
        else:
            text = self.tr(
                "Added %Ln new entries, updated %1 with a newer copy from the file, "
                "skipped %2 the journal already has.",
                "",
                summary.added,
            )
        return text.replace("%1", _number(summary.updated)).replace("%2", _number(summary.skipped))

    def catalogue_line(self, summary: ImportSummary) -> str:
        if summary.dry_run:
            return self.tr(
                "Would add %Ln emotions and triggers new to this journal.",
                "",
                summary.catalogue_added,
            )
        return self.tr(
            "Added %Ln emotions and triggers new to this journal.", "", summary.catalogue_added
        )

    def reflections_line(self, summary: ImportSummary) -> str:
        if summary.dry_run:
            text = self.tr(
                "Would add %Ln weekly reflections, update %1.", "", summary.reflections_added
            )
        else:
            text = self.tr(
                "Added %Ln weekly reflections, updated %1.", "", summary.reflections_added
            )
        return text.replace("%1", _number(summary.reflections_updated))

    def lines(self, summary: ImportSummary) -> list[str]:
        """The summary, one line per fact: the notes, then what was (or would be) added."""
        lines = [said(note) for note in summary.notes]
        lines.append(self.entries_line(summary))
        if summary.catalogue_added:
            lines.append(self.catalogue_line(summary))
        if summary.reflections_added or summary.reflections_updated:
            lines.append(self.reflections_line(summary))
        return lines
