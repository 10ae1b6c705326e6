"""Opening the journal for the window, with the questions that may need a person's answer:
the passphrase of an encrypted journal, and what to do when the file cannot be read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.paths import AppPaths
from moodapp.services.journal import (
    Journal,
    JournalOpenError,
    JournalTooNew,
    JournalUnreadable,
    PassphraseRefused,
    ReadOnly,
)
from moodapp.services.privacy import journal_is_encrypted
from moodapp.services.window_open import open_journal_checking_later
from moodapp.services.writes import WHY_READ_ONLY
from moodapp.ui.common.words import message_of, said, translate

NEVER_SET_PROBLEM = QT_TRANSLATE_NOOP(
    "Startup",
    "The journal file is not a plain journal, so it was taken to be encrypted. If you "
    "never set a passphrase, it is damaged or is not a moodapp journal.",
)


def open_with_questions(paths: AppPaths) -> Journal | None:
    """The open journal, or None when the person chose to quit. Its quick check may wait
    until the window is up (``journal.store.finish_check()``; see store.database)."""
    passphrase: str | None = None
    message = ""
    while True:
        if journal_is_encrypted(paths) and passphrase is None:
            from moodapp.ui.privacy.passphrase_dialog import NEVER_SET, PassphraseDialog

            dialog = PassphraseDialog(message, offer_never_set=True)
            answer = dialog.exec()
            if answer == NEVER_SET:
                if not _recover(paths, translate("Startup", NEVER_SET_PROBLEM), None):
                    return None
                continue
            if not answer:
                return None
            passphrase = dialog.text()
        try:
            journal = open_journal_checking_later(paths, passphrase)
        except PassphraseRefused:
            message = translate(
                "Startup", "That passphrase does not open the journal. Please try again."
            )
            passphrase = None
        except JournalTooNew as error:
            QMessageBox.critical(
                None, translate("Startup", "moodapp cannot open your journal"), message_of(error)
            )
            return None
        except JournalUnreadable as error:
            if not _recover(paths, message_of(error), passphrase):
                return None
        except JournalOpenError as error:  # a link or a folder in its place, say
            QMessageBox.critical(
                None, translate("Startup", "moodapp cannot open your journal"), message_of(error)
            )
            return None
        else:
            if journal.read_only:
                _say_read_only(journal.read_only)
            return journal


def _say_read_only(why: ReadOnly) -> None:
    because = said(WHY_READ_ONLY[why])
    QMessageBox.information(
        None,
        translate("Startup", "Your journal opens for reading only"),
        translate(
            "Startup",
            "moodapp shows your journal, but cannot save changes to it: %1. To write in it "
            "again, allow writing to it, then open moodapp again.",
        ).replace("%1", because),
    )


def _recover(paths: AppPaths, problem: str, passphrase: str | None) -> bool:
    """Ask what to do about a journal that cannot be read; True once a readable copy is in
    its place. The unreadable file is moved aside, never deleted or overwritten, while no
    other moodapp has the journal open (see services.backups)."""
    from moodapp.services.backups import (
        JournalInUse,
        newest_readable,
        put_in_place_of_unreadable,
        set_aside_alone,
    )
    from moodapp.ui.privacy.recovery_dialog import Recovery, RecoveryDialog

    backup = newest_readable(paths.backup_dir, passphrase)
    choice = RecoveryDialog(problem, backup).exec()
    if choice == Recovery.NEWEST_BACKUP and backup is not None:
        source: Path | None = backup.backup.path
    elif choice == Recovery.OTHER_FILE:
        chosen, _ = QFileDialog.getOpenFileName(
            None, translate("Startup", "Choose a journal file"), str(paths.data_dir), "*.sqlite3;;*"
        )
        if not chosen:
            return _recover(paths, problem, passphrase)
        source = Path(chosen)
    elif choice == Recovery.NEW_JOURNAL:
        source = None
    else:
        return False
    try:
        if source is None:
            aside = set_aside_alone(paths.journal_file)
        else:
            aside = put_in_place_of_unreadable(paths.journal_file, source)
    except (OSError, JournalInUse) as error:  # a full disk, say: everything is as it was
        QMessageBox.warning(None, translate("Startup", "Nothing was changed"), message_of(error))
        return _recover(paths, problem, passphrase)
    title = (
        translate("Startup", "A new journal is ready")
        if source is None
        else translate("Startup", "A copy is in place")
    )
    QMessageBox.information(
        None,
        title,
        translate("Startup", "The unreadable journal was kept as %1.").replace("%1", str(aside)),
    )
    return True
