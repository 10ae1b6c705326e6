"""File > Export, Import and Report: the dialogs, the progress, and what to tell the person.

An import is read and checked in full, then the person sees what it would do and
confirms; only then is it written, in one transaction. Cancel at any point
leaves the journal and the folder as they were.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.exchange.batch import Cancelled, FormatError
from moodapp.exchange.daylio import DEFAULT_OPTIONS, DaylioOptions, survey
from moodapp.exchange.formats import detect_format, read_import
from moodapp.exchange.kinds import ImportFormat
from moodapp.services.backups import Backup, RestoreRefused
from moodapp.services.writes import SaveFailed
from moodapp.ui.common.locale_info import first_weekday
from moodapp.ui.common.progress_window import ProgressWindow
from moodapp.ui.common.save_as import documents_folder
from moodapp.ui.common.words import message_of, said, translate
from moodapp.ui.exchange.daylio_dialog import DaylioDialog
from moodapp.ui.exchange.export_dialog import ExportDialog
from moodapp.ui.exchange.import_words import ImportWords
from moodapp.ui.insights.report_dialog import ReportRequestDialog
from moodapp.ui.shell.journal_controller import JournalController
from moodapp.write_failure import why_not_written

IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "ExchangeActions", "Journal files (*.json *.zip *.csv);;All files (*)"
)


def export_journal(controller: JournalController, parent: QWidget) -> str:
    """Ask what to export and where, then write it; returns a sentence for the status bar."""
    dialog = ExportDialog(controller.today(), parent)
    if not dialog.exec() or (chosen := dialog.chosen()) is None:
        return ""
    path, export_format, start, end = chosen
    try:
        with ProgressWindow(
            parent, translate("ExchangeActions", "Exporting the journal")
        ) as progress:
            count = controller.journal.exchange.export(path, export_format, start, end, progress)
    except Cancelled:
        return translate("ExchangeActions", "Export cancelled; no file was written.")
    except OSError as error:
        QMessageBox.warning(parent, translate("ExchangeActions", "Not exported"), message_of(error))
        return translate("ExchangeActions", "The journal was not exported.")
    message = translate("ExchangeActions", "Exported the journal to %1 (entries in the file: %2).")
    return message.replace("%1", str(path)).replace("%2", f"{count:,}")


def _daylio_options(path: Path, parent: QWidget) -> DaylioOptions | None:
    """What the person says about their Daylio moods and activities; None if they cancel."""
    dialog = DaylioDialog(survey(path), parent)
    return dialog.options() if dialog.exec() else None


class Imported(NamedTuple):
    said: str  # for the status bar
    before: Backup | None = None  # the journal as it was, once something was imported


def _confirmed(lines: list[str], path: Path, parent: QWidget) -> bool:
    text = translate("ExchangeActions", "Import %1 into this journal?").replace("%1", path.name)
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("ExchangeActions", "Import"), text, parent=parent
    )
    box.setInformativeText("\n\n".join(lines))
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    box.addButton(translate("ExchangeActions", "Import"), QMessageBox.ButtonRole.AcceptRole)
    return box.exec() != QMessageBox.StandardButton.Cancel


def import_into_journal(controller: JournalController, parent: QWidget) -> Imported:
    """Ask for a file, show what importing it would do, and import it once confirmed;
    returns a sentence for the status bar, and the way back once something was imported."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("ExchangeActions", "Import into the journal"),
        str(documents_folder()),
        translate("ExchangeActions", IMPORT_FILTER),
    )
    if not chosen:
        return Imported("")
    path = Path(chosen)
    try:
        found = detect_format(path)
        options: DaylioOptions | None = DEFAULT_OPTIONS
        if found is ImportFormat.DAYLIO:
            options = _daylio_options(path, parent)
        if options is None:
            return Imported("")
        with ProgressWindow(
            parent, translate("ExchangeActions", "Reading %1").replace("%1", path.name)
        ) as progress:
            batch = read_import(path, found, options, progress)
            preview = controller.journal.exchange.import_batch(
                batch, dry_run=True, progress=progress
            )
        if not _confirmed(ImportWords().lines(preview), path, parent):
            return Imported(translate("ExchangeActions", "Nothing was imported."))
        with ProgressWindow(
            parent, translate("ExchangeActions", "Importing %1").replace("%1", path.name)
        ) as progress:
            exchange = controller.journal.exchange
            summary = controller.run(lambda: exchange.import_batch(batch, progress=progress))
    except FormatError as error:
        QMessageBox.warning(
            parent,
            translate("ExchangeActions", "Not imported"),
            message_of(error) + "\n\n" + translate("ExchangeActions", "Nothing was imported."),
        )
        return Imported(translate("ExchangeActions", "Nothing was imported."))
    except Cancelled:
        return Imported(translate("ExchangeActions", "Import cancelled; nothing was imported."))
    except (SaveFailed, OSError) as error:  # OSError: the backup before it, or the file
        QMessageBox.warning(parent, translate("ExchangeActions", "Not imported"), message_of(error))
        return Imported(translate("ExchangeActions", "Nothing was imported."))
    said = ImportWords()
    QMessageBox.information(
        parent, translate("ExchangeActions", "Imported"), "\n\n".join(said.lines(summary))
    )
    return Imported(said.entries_line(summary), summary.before)


def undo_import(controller: JournalController, before: Backup, parent: QWidget) -> str:
    """Put back the journal as it was before an import; a sentence for the status bar."""
    try:
        safety = controller.run(lambda: controller.journal.backups.restore(before)).safety
    except (RestoreRefused, OSError, RuntimeError) as error:
        QMessageBox.warning(
            parent, translate("ExchangeActions", "Import not undone"), message_of(error)
        )
        return translate("ExchangeActions", "The import was not undone.")
    return translate(
        "ExchangeActions",
        "Undone: the import. The journal as it was with the import is kept as the backup %1.",
    ).replace("%1", safety.path.name)


def save_report(controller: JournalController, parent: QWidget) -> str:
    """Ask for the period and the file, then write the report; returns a status sentence."""
    dialog = ReportRequestDialog(controller.today(), parent)
    if not dialog.exec() or (chosen := dialog.chosen()) is None:
        return ""
    path, span, include_notes, paper = chosen
    content = controller.journal.report.content(
        span, include_notes=include_notes, first_weekday=first_weekday()
    )
    from moodapp.ui.insights.report_pdf import (
        write_report,  # draws charts: pyqtgraph loads only now
    )

    try:
        with ProgressWindow(parent, translate("ExchangeActions", "Writing the report")) as progress:
            write_report(content, path, paper, progress)
    except Cancelled:
        return translate("ExchangeActions", "Report cancelled; no file was written.")
    except OSError as error:  # Qt's writer says only that it failed: the disk tells why
        why = translate(
            "ExchangeActions", "The report could not be saved: %1. No file was written."
        )
        QMessageBox.warning(
            parent,
            translate("ExchangeActions", "Report not saved"),
            why.replace("%1", said(why_not_written(error, path.parent))),
        )
        return translate("ExchangeActions", "The report was not saved.")
    return translate("ExchangeActions", "Saved the report as %1.").replace("%1", str(path))
