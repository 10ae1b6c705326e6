"""packaging/shell_files.py: the shell completion and the man page, generated from
build_parser(), name every command, are valid for their shells, and are reproducible."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from moodapp.cli.parser import build_parser

ROOT = Path(__file__).resolve().parents[2]


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "moodapp_shell_files", ROOT / "packaging" / "shell_files.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


shell_files = load_script()


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return dict(shell_files.generate(tmp_path_factory.mktemp("share")))


def man_text(path: Path) -> str:
    return path.read_text(encoding="utf-8").replace("\\-", "-")


def test_every_file_is_written_where_the_shells_look(written: dict[str, Path]) -> None:
    assert set(written) == {"bash", "zsh", "fish", "man"}
    for kind, path in written.items():
        assert path.as_posix().endswith("/" + shell_files.FILES[kind].as_posix()), kind


def test_every_command_and_option_is_in_the_completion_and_the_man_page(
    written: dict[str, Path],
) -> None:
    parser = build_parser()
    names = shell_files.commands(parser)
    assert {"add", "add cry", "list", "desktop-entry", "desktop-entry install"} <= set(names)
    page = man_text(written["man"])
    scripts = {shell: written[shell].read_text(encoding="utf-8") for shell in ("bash", "zsh")}
    fish = written["fish"].read_text(encoding="utf-8")
    fish_commands = fish.split("set -g _shtab_moodapp_commands ", 1)[1].split("\n", 1)[0]
    for name in names:
        assert f"moodapp {name}" in page, name
        assert f"'{name}'" in fish_commands or f" {name} " in f" {fish_commands} ", name
        for shell, text in scripts.items():
            last = name.split()[-1]
            assert re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text), (shell, name)
    options = {o for p in shell_files.parsers(parser) for a in p._actions for o in a.option_strings}
    for option in sorted(o for o in options if o.startswith("--")):
        assert option in page or option == "--help", option  # the page is the help
        for shell, text in {**scripts, "fish": fish}.items():
            # fish names long options without their dashes: -l data-dir
            assert (option if shell != "fish" else f"-l {option[2:]}") in text, (shell, option)


def test_generating_again_writes_the_same_bytes(
    written: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "37")  # another terminal
    again = shell_files.generate(tmp_path)
    for kind, path in written.items():
        assert again[kind].read_bytes() == path.read_bytes(), kind
    assert not [p for p in tmp_path.rglob(".*") if p.is_file()]  # no temporary file left


def test_the_man_page_is_dated_by_the_release_or_source_date_epoch(
    written: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from moodapp import __version__

    date = shell_files.release_date(__version__)
    assert f'"{date}" "moodapp {__version__}"' in man_text(written["man"])
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert shell_files.page_date(__version__) == "2026-01-01"


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_the_completion_is_valid_for_its_shell(written: dict[str, Path], shell: str) -> None:
    if not shutil.which(shell):
        pytest.skip(f"{shell} is not installed")
    result = subprocess.run(
        [shell, "-n", str(written[shell])], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_bash_completes_commands_options_and_their_words(written: dict[str, Path]) -> None:
    if not shutil.which("bash"):
        pytest.skip("bash is not installed")
    script = f"""
source {written["bash"]}
try() {{ COMP_WORDS=("$@"); COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 )); COMPREPLY=()
        _shtab_moodapp moodapp "${{COMP_WORDS[-1]}}" "${{COMP_WORDS[-2]}}"
        echo "${{COMPREPLY[*]}}"; }}
try moodapp desk
try moodapp desktop-entry ''
try moodapp add cry --company ''
"""
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "desktop-entry",
        "install remove",
        "alone one-person several",
    ]


@pytest.mark.skipif(not shutil.which("groff"), reason="groff missing")
def test_the_man_page_renders_without_warnings(written: dict[str, Path]) -> None:
    result = subprocess.run(
        ["groff", "-man", "-ww", "-z", str(written["man"])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
