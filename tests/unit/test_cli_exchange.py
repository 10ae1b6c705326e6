"""The progress line of long commands, and the Daylio options of `moodapp import`."""

from __future__ import annotations

import io
import re

import pytest

from moodapp.cli.errors import BadInput
from moodapp.cli.exchange import _mood_map
from moodapp.cli.progress import ProgressLine


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_large_job_shows_one_self_overwriting_line_then_clears_it() -> None:
    terminal = Terminal()
    with ProgressLine("Importing", terminal) as progress:
        for done in (0, 500, 1000, 1001, 2000):
            progress("saving", done, 2000)
    shown = terminal.getvalue()
    assert re.findall(r"\rImporting: saving (\d+)%", shown) == ["0", "25", "50", "100"]
    assert shown.endswith("\r" + " " * 60 + "\r")  # cleared for what is printed next


def test_small_jobs_and_pipes_show_nothing() -> None:
    terminal, pipe = Terminal(), io.StringIO()
    with ProgressLine("Exporting", terminal) as small, ProgressLine("Exporting", pipe) as piped:
        small("entries", 5, 10)
        piped("entries", 5000, 10000)
    assert terminal.getvalue() == pipe.getvalue() == ""


def test_mood_names_and_values() -> None:
    assert _mood_map(["tired=-1", "Super = +3", "a=b=0"]) == {"tired": -1, "Super": 3, "a=b": 0}
    for bad in ("tired", "=2", "tired=4", "tired=x", "x=²", "x=" + "1" * 5000):
        with pytest.raises(BadInput, match="--mood-map"):
            _mood_map([bad])
