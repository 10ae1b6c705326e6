"""The Journal menu's actions: encryption, backups, restore, the check, deleting everything.

Each returns a sentence for the status bar ("" when the person cancelled) and
explains any failure in a message box; nothing here leaves the journal half changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from moodapp.paths import AppPaths
from moodapp.services.backups import RestoreRefused
from moodapp.services.privacy import Converted, PassphraseRejected, delete_everything
from moodapp.ui.common.words import message_of, translate
from moodapp.ui.privacy.passphrase_dialog import NewPassphraseDialog
from moodapp.ui.privacy.restore_dialog import RestoreDialog
from moodapp.ui.shell.journal_controller import JournalController


def _busy() -> None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


def _done(converted: Converted, parent: QWidget, done: str) -> str:
    QGuiApplication.restoreOverrideCursor()
    left = [p for p in converted.left_as_they_were if p not in converted.still_plain]
    if left:
        names = "\n".join(p.name for p in left)
        QMessageBox.warning(
            parent,
            translate("SafetyActions", "Some backups were left as they were"),
            translate(
                "SafetyActions", "These backups could not be changed (they may be damaged):\n%1"
            ).replace("%1", names),
        )
    if converted.still_plain:
        QMessageBox.warning(
            parent,
            translate("SafetyActions", "Some files are not encrypted"),
            translate(
                "SafetyActions",
                "These files still hold a copy of the journal that is not encrypted. They "
                "could not be read to be encrypted, so they were left as they are; delete "
                "them once you are sure you do not need them:\n%1",
            ).replace("%1", "\n".join(str(p) for p in converted.still_plain)),
        )
        return translate(
            "SafetyActions", "The journal is encrypted, but some files are not: see the message."
        )
    return done


def _failed(parent: QWidget, title: str, error: Exception) -> str:
    QGuiApplication.restoreOverrideCursor()
    QMessageBox.warning(parent, title, message_of(error))
    return message_of(error)


def encrypt_journal(controller: JournalController, parent: QWidget) -> str:
    dialog = NewPassphraseDialog(
        translate("SafetyActions", "Encrypt journal"), ask_current=False, parent=parent
    )
    if not dialog.exec():
        return ""
    _busy()
    try:
        privacy, new = controller.journal.privacy, dialog.new.text()
        done = controller.run(lambda: privacy.encrypt(new))
    except (PassphraseRejected, OSError, RuntimeError) as error:
        return _failed(parent, translate("SafetyActions", "Not encrypted"), error)
    return _done(
        done, parent, translate("SafetyActions", "The journal and its backups are encrypted.")
    )


def change_passphrase(controller: JournalController, parent: QWidget) -> str:
    dialog = NewPassphraseDialog(
        translate("SafetyActions", "Change passphrase"), ask_current=True, parent=parent
    )
    if not dialog.exec() or dialog.current is None:
        return ""
    _busy()
    try:
        privacy, current, new = controller.journal.privacy, dialog.current.text(), dialog.new.text()
        done = controller.run(lambda: privacy.change_passphrase(current, new))
    except (PassphraseRejected, OSError, RuntimeError) as error:
        return _failed(parent, translate("SafetyActions", "Passphrase not changed"), error)
    return _done(
        done,
        parent,
        translate("SafetyActions", "The journal and its backups have the new passphrase."),
    )


def remove_encryption(controller: JournalController, parent: QWidget) -> str:
    current, chosen = QInputDialog.getText(
        parent,
        translate("SafetyActions", "Remove encryption"),
        translate(
            "SafetyActions",
            "Anyone who can read your files will be able to read the journal and its "
            "backups. Enter the passphrase to remove the encryption:",
        ),
        QLineEdit.EchoMode.Password,
    )
    if not chosen:
        return ""
    _busy()
    try:
        privacy = controller.journal.privacy
        done = controller.run(lambda: privacy.decrypt(current))
    except (PassphraseRejected, OSError, RuntimeError) as error:
        return _failed(parent, translate("SafetyActions", "Encryption not removed"), error)
    return _done(
        done,
        parent,
        translate("SafetyActions", "The journal and its backups are no longer encrypted."),
    )


def back_up_now(controller: JournalController, parent: QWidget) -> str:
    try:
        backup = controller.journal.backups.take()
    except (OSError, RuntimeError) as error:
        return _failed(parent, translate("SafetyActions", "No backup made"), error)
    return translate("SafetyActions", "Backed up the journal to %1.").replace(
        "%1", str(backup.path)
    )


def restore_from_backup(controller: JournalController, parent: QWidget) -> str:
    dialog = RestoreDialog(controller.journal.backups.available(), parent)
    if not dialog.exec() or (chosen := dialog.chosen()) is None:
        return ""
    try:
        backups = controller.journal.backups
        safety = controller.run(lambda: backups.restore(chosen.backup)).safety
    except (RestoreRefused, OSError, RuntimeError) as error:
        return _failed(parent, translate("SafetyActions", "Not restored"), error)
    message = translate(
        "SafetyActions", "Restored the backup. The journal as it was is kept as the backup %1."
    )
    return message.replace("%1", safety.path.name)


def check_journal(controller: JournalController, parent: QWidget) -> str:
    problems = controller.journal.backups.check()
    if problems == ["ok"]:
        QMessageBox.information(
            parent,
            translate("SafetyActions", "Journal check"),
            translate("SafetyActions", "The journal is whole: the check found no problem."),
        )
        return translate("SafetyActions", "The journal check found no problem.")
    QMessageBox.warning(
        parent,
        translate("SafetyActions", "Journal check"),
        translate(
            "SafetyActions",
            "The check found problems:\n%1\n\nNothing was changed. Journal > Restore from "
            "backup puts a backup in the journal's place.",
        ).replace("%1", "\n".join(problems[:5])),
    )
    return translate("SafetyActions", "The journal check found problems.")


def delete_all_data(controller: JournalController, paths: AppPaths, parent: QWidget) -> bool:
    """After a typed confirmation, remove every file of the journal; True when done (the
    window must then close without saving anything)."""
    # The word a person types to confirm, in their language.
    word = QCoreApplication.translate("SafetyActions", "delete", "the word typed to confirm")
    typed, chosen = QInputDialog.getText(
        parent,
        translate("SafetyActions", "Delete all my data"),
        translate(
            "SafetyActions",
            "This removes your journal, all its backups and moodapp's settings from this "
            "computer. It cannot be undone. Type %1 to go on:",
        ).replace("%1", word),
    )
    if not chosen or typed.strip().casefold() != word.casefold():
        return False
    controller.close_journal()
    removed = delete_everything(paths)
    listing = "\n".join(str(p) for p in removed) or translate(
        "SafetyActions", "(there was nothing to remove)"
    )
    QMessageBox.information(
        parent,
        translate("SafetyActions", "Your data was deleted"),
        translate("SafetyActions", "Removed:\n%1\n\nmoodapp will close now.").replace(
            "%1", listing
        ),
    )
    return True
