"""The error log: what went wrong and where in the code, never what the person wrote.

The log is a plain file even when the journal is encrypted, so a report holds the
exception's type, the file, line and function of each frame of its traceback, and
no local variables. Its message is written only for the kinds of error whose
message Python builds from the program's own names ("'str' object has no
attribute 'value'"); any other message may quote a note, a label or a search
(a ValueError quoting its input, an SQL error quoting a search), so it is left out
of the file and shown only in the window, where the person may copy it or not.
"""

from __future__ import annotations

import os
import platform
import traceback
from datetime import datetime
from pathlib import Path

from moodapp import __version__
from moodapp.paths import PRIVATE_FILE_MODE, ensure_private_dir

# Errors whose messages name types, attributes and modules of the code, not data.
MESSAGE_KEPT_FOR = (
    AttributeError,
    ImportError,
    IndexError,
    NameError,
    NotImplementedError,
    RecursionError,
    TypeError,
    ZeroDivisionError,
)
MESSAGE_LEFT_OUT = "(message not written here: it may quote what was typed)"
MAX_LOG_BYTES = 512 * 1024  # then the log starts afresh; the previous one is kept as .1


def _chain(error: BaseException) -> list[BaseException]:
    """The error and what it came from (``raise ... from``, or raised while handling)."""
    chain: list[BaseException] = []
    link: BaseException | None = error
    while link is not None and link not in chain:
        chain.append(link)
        link = link.__cause__ or (None if link.__suppress_context__ else link.__context__)
    return chain


def _headline(error: BaseException, with_message: bool) -> str:
    name = type(error).__qualname__
    if not str(error):
        return name
    if with_message:
        return f"{name}: {error}"
    return f"{name} {MESSAGE_LEFT_OUT}"


def _frames(error: BaseException) -> list[str]:
    stack = traceback.extract_tb(error.__traceback__)
    return [f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}' for frame in stack]


def error_report(error: BaseException, *, for_file: bool) -> str:
    """The error as text: for the log file (messages left out unless safe), or for the window."""
    blocks: list[str] = []
    for link in reversed(_chain(error)):  # the first cause first, as Python prints it
        keep = not for_file or isinstance(link, MESSAGE_KEPT_FOR)
        lines = ["Traceback (most recent call last):", *_frames(link), _headline(link, keep)]
        blocks.append("\n".join(lines))
    return "\n\nWhile handling it, or because of it:\n".join(blocks)


def _header(when: datetime) -> str:
    return (
        f"== {when.isoformat(timespec='seconds')} moodapp {__version__}, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def write_error(log_file: Path, error: BaseException) -> None:
    """Append the report of ``error`` to ``log_file`` (0600, in a folder made 0700)."""
    ensure_private_dir(log_file.parent)
    if log_file.exists() and log_file.stat().st_size > MAX_LOG_BYTES:
        os.replace(log_file, log_file.with_name(log_file.name + ".1"))
    text = f"{_header(datetime.now().astimezone())}\n{error_report(error, for_file=True)}\n\n"
    fd = os.open(log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE_MODE)
    with os.fdopen(fd, "a", encoding="utf-8") as log:
        log.write(text)
