"""A long command's progress, on one self-overwriting line of a terminal."""

from __future__ import annotations

import sys
from typing import TextIO

SHOW_PROGRESS_FROM = 1000  # items; smaller jobs finish before a line would help


class ProgressLine:
    """A one-line, self-overwriting progress report on a terminal; silent elsewhere."""

    def __init__(self, doing: str, stream: TextIO | None = None) -> None:
        """``stream``: standard error as it is now (not when this module was loaded)."""
        self._doing = doing
        self._stream = sys.stderr if stream is None else stream
        self._shown = ""
        self._active = self._stream.isatty()

    def __call__(self, step: str, done: int, total: int) -> None:
        if not self._active or total < SHOW_PROGRESS_FROM:
            return
        line = f"{self._doing}: {step} {min(100, done * 100 // total)}%"
        if line != self._shown:
            self._stream.write(f"\r{line:<60}")
            self._stream.flush()
            self._shown = line

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Clear the line, so that whatever is printed next starts on a clean line."""
        if self._shown:
            self._stream.write("\r" + " " * 60 + "\r")
            self._stream.flush()
            self._shown = ""
