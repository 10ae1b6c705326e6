"""Build moodapp's PyInstaller bundle, then check that the bundled program works.

    .venv/bin/pip install -e ".[package]"      # PyInstaller 6 (see packaging/README.md)
    .venv/bin/python packaging/build_bundle.py [--skip-build] [--screenshot FILE.png]

Installs nothing. Builds packaging/pyinstaller/moodapp.spec into dist/moodapp/ (work
files in build/pyinstaller/), stops if PyInstaller could not read or find one of
moodapp's modules, then runs the bundled program on a demo journal:

- `moodapp --version` prints this version;
- `moodapp --demo chart relief` saves a PNG of exactly the size asked for, and an SVG;
- `moodapp --demo export --format json` saves a JSON export that parses;
- `moodapp --demo report` saves a PDF;
- a journal encrypted with `moodapp encrypt` (SQLCipher) lists its entry again;

all with QT_QPA_PLATFORM=offscreen, in a temporary data folder, so no journal of
the person building is touched. With --screenshot (Linux, needs xvfb-run and
ImageMagick's `import`), it also opens the window on a virtual X display, takes a
picture of the screen, and checks that the window stayed open and that its WM_CLASS is
the desktop file's StartupWMClass (when xprop is installed). Outside Windows it writes
the shell completion and the man page into dist/moodapp/share/ (shell_files.py). Last,
it prints the bundle's size on disk. Exit status 0 only if every check passed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "pyinstaller" / "moodapp.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "moodapp"
CHART_SIZE = (1200, 700)
WINDOW_SECONDS = 8  # how long the window is left open before its picture is taken
COMMAND_TIMEOUT = 120


class CheckFailed(Exception):
    pass


def program() -> Path:
    """The bundled command-line program."""
    if sys.platform == "win32":
        return BUNDLE / "moodapp-cli.exe"
    return BUNDLE / "moodapp"


def check_analysis() -> None:
    """A moodapp module PyInstaller could not read (a syntax error) or find is left out of
    the bundle without stopping the build: stop here instead."""
    warnings = WORK / "moodapp" / "warn-moodapp.txt"
    broken = [
        line
        for line in warnings.read_text(encoding="utf-8").splitlines()
        if line.startswith(("invalid module named moodapp", "missing module named 'moodapp"))
        or line.startswith("missing module named moodapp")
    ]
    if broken:
        raise CheckFailed("moodapp modules missing from the bundle:\n" + "\n".join(broken))


def build() -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )


def headless_env(data_parent: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["MOODAPP_DATA_DIR"] = str(data_parent)  # --demo makes its journal in here
    env.pop("MOODAPP_PASSPHRASE", None)
    env.pop("MOODAPP_NEW_PASSPHRASE", None)
    return env


def run_bundled(*args: str, env: dict[str, str]) -> str:
    command = [str(program()), *args]
    print("$", " ".join(["moodapp", *args]), flush=True)
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=COMMAND_TIMEOUT, check=False
    )
    output = (result.stdout + result.stderr).strip()
    if output:
        print("  " + output.replace("\n", "\n  "))
    if result.returncode != 0:
        raise CheckFailed(f"{' '.join(args)} exited with status {result.returncode}")
    return result.stdout


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n" or header[12:16] != b"IHDR":
        raise CheckFailed(f"{path} is not a PNG")
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def expect_file(path: Path) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        raise CheckFailed(f"{path} was not written")


def smoke_test(tmp: Path) -> None:
    from moodapp import __version__

    env = headless_env(tmp / "data")
    out = tmp / "out"
    out.mkdir()

    version = run_bundled("--version", env=env).strip()
    if version != f"moodapp {__version__}":
        raise CheckFailed(f"--version printed {version!r}")

    width, height = CHART_SIZE
    chart = out / "relief.png"
    run_bundled(
        "--demo",
        "chart",
        "relief",
        "--output",
        str(chart),
        "--width",
        str(width),
        "--height",
        str(height),
        env=env,
    )
    expect_file(chart)
    if png_size(chart) != CHART_SIZE:
        raise CheckFailed(f"{chart} is {png_size(chart)}, not {CHART_SIZE}")

    svg = out / "crying-vs-emotions.svg"
    run_bundled("--demo", "chart", "crying-vs-emotions", "--output", str(svg), env=env)
    expect_file(svg)
    if b"<svg" not in svg.read_bytes()[:2000]:
        raise CheckFailed(f"{svg} is not an SVG")

    exported = out / "j.json"
    run_bundled("--demo", "export", "--format", "json", "--output", str(exported), env=env)
    expect_file(exported)
    entries = json.loads(exported.read_text(encoding="utf-8")).get("entries", [])
    if not entries:
        raise CheckFailed(f"{exported} holds no entries")

    report = out / "report.pdf"
    run_bundled("--demo", "report", "--output", str(report), env=env)
    expect_file(report)
    if not report.read_bytes().startswith(b"%PDF"):
        raise CheckFailed(f"{report} is not a PDF")

    encrypted_journal(tmp / "encrypted", env)

    leftovers = list((tmp / "data").glob("moodapp-demo-*"))
    if leftovers:
        raise CheckFailed(f"demo journals were left behind: {leftovers}")
    print(f"smoke test passed: {len(entries)} entries exported, chart {width} x {height}")


def encrypted_journal(data_dir: Path, env: dict[str, str]) -> None:
    """SQLCipher from the bundle: encrypt a journal, then read it with its passphrase."""
    passphrase = "bundle check passphrase"
    where = ("--data-dir", str(data_dir))
    run_bundled(*where, "add", "check-in", "--mood", "1", "--energy", "0", "--no-crying", env=env)
    run_bundled(*where, "encrypt", env={**env, "MOODAPP_NEW_PASSPHRASE": passphrase})
    journal = data_dir / "journal.sqlite3"
    if journal.read_bytes()[:16] == b"SQLite format 3\x00":
        raise CheckFailed(f"{journal} is still plain SQLite after encrypt")
    listed = run_bundled(*where, "list", "--json", env={**env, "MOODAPP_PASSPHRASE": passphrase})
    if len(json.loads(listed)) != 1:
        raise CheckFailed(f"the encrypted journal lists {listed!r}, not one entry")


def window_screenshot(target: Path, tmp: Path) -> None:
    """Open the bundled window on a virtual X display and take a picture of the screen."""
    for tool in ("xvfb-run", "import"):
        if not shutil.which(tool):
            raise CheckFailed(f"--screenshot needs {tool}")
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform plugin, from the bundle
    env["MOODAPP_DATA_DIR"] = str(tmp / "window-data")
    target = target.resolve()
    # What the desktop matches the window with: WM_CLASS (the desktop file's StartupWMClass),
    # _GTK_APPLICATION_ID and _KDE_NET_WM_DESKTOP_FILE (its name), and whether it has an icon.
    describe = (
        'for w in $(xwininfo -root -children | sed -n "s/^ *\\(0x[0-9a-f]*\\) .*/\\1/p"); do '
        '  xprop -id "$w" WM_CLASS _GTK_APPLICATION_ID _KDE_NET_WM_DESKTOP_FILE 2>/dev/null'
        '    | grep -v "not found" | sed "s/^/  /";'
        '  xprop -id "$w" _NET_WM_ICON 2>/dev/null | grep -q "^_NET_WM_ICON(CARDINAL)"'
        '    && echo "  _NET_WM_ICON is set";'
        "done"
        if shutil.which("xprop") and shutil.which("xwininfo")
        else "true"
    )
    script = (
        f'"{program()}" --demo & app=$!; sleep {WINDOW_SECONDS}; '
        f'import -window root "{target}"; {describe}; '
        'if kill -0 "$app" 2>/dev/null; then kill "$app"; wait "$app"; echo open; '
        'else wait "$app"; echo "exited with status $?"; fi'
    )
    started = time.monotonic()
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "sh", "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
        check=False,
    )
    output = (result.stdout + result.stderr).strip()
    print(f"window under Xvfb ({time.monotonic() - started:.0f} s):")
    if output:
        print("  " + output.replace("\n", "\n  "))
    said = result.stdout.split()
    if not said or said[-1] != "open":
        raise CheckFailed("the window did not stay open")
    classes = [line for line in result.stdout.splitlines() if "WM_CLASS(STRING)" in line]
    wanted = f'"{startup_wm_class()}"'
    if classes and not any(wanted in line for line in classes):
        raise CheckFailed(f"no window has the desktop file's StartupWMClass {wanted}")
    expect_file(target)
    print(f"screenshot: {target}")


def startup_wm_class() -> str:
    desktop = ROOT / "packaging" / "linux" / "io.github.moodapp.Moodapp.desktop"
    for line in desktop.read_text(encoding="utf-8").splitlines():
        if line.startswith("StartupWMClass="):
            return line.partition("=")[2]
    raise CheckFailed(f"{desktop} has no StartupWMClass")


def size_on_disk(folder: Path) -> int:
    """Bytes the folder's files take on disk (allocated blocks where the system says)."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        stat = path.stat()
        blocks = getattr(stat, "st_blocks", None)
        total += blocks * 512 if blocks is not None else stat.st_size
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-build", action="store_true", help="test the existing bundle")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="also open the window under Xvfb and save a picture of it",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    try:
        if not args.skip_build:
            build()
            check_analysis()
        if not program().is_file():
            raise CheckFailed(f"{program()} does not exist; build the bundle first")
        if sys.platform != "win32":  # bash, zsh and fish completion, and the man page
            from shell_files import generate

            for path in generate(BUNDLE / "share").values():
                print(f"bundle: {path.relative_to(BUNDLE)}")
        with tempfile.TemporaryDirectory(prefix="moodapp-bundle-check-") as name:
            smoke_test(Path(name))
            if args.screenshot:
                window_screenshot(args.screenshot, Path(name))
    except (CheckFailed, subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        print(f"build_bundle: FAILED: {error}", file=sys.stderr)
        return 1
    files = sum(1 for p in BUNDLE.rglob("*") if p.is_file())
    print(f"bundle: {BUNDLE} ({size_on_disk(BUNDLE) / 2**20:.0f} MiB on disk, {files} files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
