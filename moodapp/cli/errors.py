"""The command line's exit statuses, its one error for bad input, and the check of an
``--output`` that export, chart and report share."""

from __future__ import annotations

from pathlib import Path

from moodapp.domain.text import Words
from moodapp.write_failure import NO_FILE_WRITTEN, not_written

EXIT_OK, EXIT_CANNOT_OPEN, EXIT_BAD_INPUT, EXIT_CANNOT_WRITE = 0, 1, 2, 3
EXIT_CANCELLED = 130  # the shell's status for a job stopped by Ctrl+C


class BadInput(Exception):
    """An option's value that a command cannot use; the message starts with the option."""

    def __init__(self, option: str, problem: str) -> None:
        super().__init__(f"{option}: {problem}")
        self.option = option
        self.problem = problem


def check_output(output: Path, journal_file: Path, *, folder_hint: str = "") -> None:
    """A file a command is to save at ``--output``: in a folder that exists, not the
    journal, not a folder. Raises BadInput."""
    check_output_place(output, journal_file)
    if output.is_dir():
        raise BadInput("--output", f"{output} is a folder{folder_hint}.")


def check_output_place(output: Path, journal_file: Path) -> None:
    """Where a command is to save a file or a new folder: in a folder that exists, and not
    in the journal's place. Raises BadInput."""
    if not output.parent.is_dir():
        raise BadInput("--output", f"the folder {output.parent} does not exist.")
    if output.resolve() == journal_file.resolve():
        raise BadInput("--output", "that is the journal itself; choose another name.")


def not_saved(what: str, error: OSError, output: Path) -> str:
    """Why the chart or report was not saved at ``output``, in words."""
    sentence = Words("", f"moodapp: the {what} could not be saved")
    return str(not_written(sentence, error, output.parent, NO_FILE_WRITTEN))
