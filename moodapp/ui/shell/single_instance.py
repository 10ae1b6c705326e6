"""One window per journal: a lock file in the data folder, and a local channel to the
window that holds it, so that a second start brings that window to the front.

The channel is a QLocalServer: a named pipe or Unix domain socket inside this
computer, never a network connection. Commands that replace the journal file
take the same lock, so they never run under an open window.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject

from moodapp.paths import AppPaths

LOCK_FILE = "moodapp.lock"
WAKE = b"show"
CONNECT_MS = 1000
# A lock file still without its holder's details this long after it was made was left by a
# process killed between making it and writing them: nobody holds it.
UNFINISHED_LOCK_S = 5.0


class LockNotWritten(Exception):
    """The lock file could not be written (a full disk, a folder that allows no writing);
    the message says so, for the person."""


def journal_lock(paths: AppPaths) -> QLockFile | None:
    """The data folder's lock, held; None when another moodapp holds it. A lock left by a
    process that died is taken over (QLockFile checks whether its owner still runs).
    Raises LockNotWritten when the lock cannot be written at all."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    path = paths.data_dir / LOCK_FILE
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however old
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        if _left_unfinished(lock, path) and lock.removeStaleLockFile() and lock.tryLock(0):
            return lock
        return None
    raise LockNotWritten(
        f"moodapp could not write its lock file {path} ({_why_not_writable(path.parent)}), so "
        "it cannot tell whether another moodapp is using this journal. Nothing was changed."
    )


def _left_unfinished(lock: QLockFile, path: Path) -> bool:
    pid, _host, _app = lock.getLockInfo()
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        return False
    return not pid and age > UNFINISHED_LOCK_S


def _why_not_writable(folder: Path) -> str:
    """What writing a few bytes in ``folder`` says (QLockFile does not tell)."""
    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(bytes(512))
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as error:
        return error.strerror or str(error)
    return "for a reason it did not give"


def channel_name(paths: AppPaths) -> str:
    digest = hashlib.sha256(str(paths.data_dir.resolve()).encode()).hexdigest()[:16]
    return f"moodapp-{digest}"


def wake_running_window(paths: AppPaths) -> bool:
    """Ask the window holding the lock to come to the front; False if it did not answer."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(channel_name(paths))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(WAKE)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    return True


class WakeListener(QObject):
    """Listens for later starts of the app on the same journal and calls ``wake``."""

    def __init__(self, paths: AppPaths, wake: Callable[[], None], parent: QObject | None = None):
        from PySide6.QtNetwork import QLocalServer  # loaded only for this (see module doc)

        super().__init__(parent)
        self._wake = wake
        self._server = QLocalServer(self)
        name = channel_name(paths)
        QLocalServer.removeServer(name)  # left behind by a crash; we hold the lock now
        self._server.listen(name)
        self._server.newConnection.connect(self._on_server_new_connection)

    def _on_server_new_connection(self) -> None:
        socket = self._server.nextPendingConnection()
        if socket is None:
            return
        socket.readyRead.connect(lambda: self._read(socket))
        socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: Any) -> None:  # a QLocalSocket
        if bytes(socket.readAll().data()).startswith(WAKE):
            self._wake()
