"""`moodapp help-lines`: the same lines as the window, without opening the journal."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from moodapp.__main__ import main
from moodapp.cli.help_lines import help_lines_text, run_help_lines


def run(*args: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(tmp_path / "data"), "help-lines", *args])
    except SystemExit as stop:  # argparse refuses bad input this way
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_country_prints_its_lines_then_the_emergency_number_then_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run("--country", "gb", tmp_path=tmp_path, capsys=capsys)
    assert code == 0 and err == ""
    order = [out.index(text) for text in ("United Kingdom", "Samaritans: call 116 123",
                                          "emergency number, 999", "https://findahelpline.com",
                                          "Other countries")]  # fmt: skip
    assert order == sorted(order)
    assert "any time, day or night" in out
    assert not (tmp_path / "data").exists()  # the journal was never opened, nor made


def test_a_country_without_a_checked_line_says_so_and_gives_the_emergency_number() -> None:
    text = help_lines_text("IT")
    assert "Italy" in text and "no checked help line" in text and "number, 112" in text


def test_without_country_the_locale_chooses() -> None:
    out = io.StringIO()
    args = argparse.Namespace(country=None)
    assert run_help_lines(args, out, {"LANG": "en_AU.UTF-8"}) == 0
    assert "Lifeline: call 13 11 14" in out.getvalue() and "number, 000" in out.getvalue()
    out = io.StringIO()
    run_help_lines(args, out, {"LANG": "C.UTF-8"})
    assert "does not know which country" in out.getvalue()
    assert "your local emergency number" in out.getvalue()


@pytest.mark.parametrize("bad", ["XX", "Germany", "D", "JP"])
def test_a_bad_country_is_refused_naming_the_option(
    bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run("--country", bad, tmp_path=tmp_path, capsys=capsys)
    assert code == 2 and out == ""
    assert "argument --country" in err and bad in err and "use one of US, CA, GB" in err
