"""Every main view and the welcome, in light and dark, at three window sizes, in English
and German: the screenshots in docs/screenshots.

Usage (from the project root, in its environment):
    python resources/screenshot_matrix.py [OUT_DIR]    (docs/screenshots by default)
Writes OUT_DIR/<language>/<view>-<size>[-dark].png, one run of make_screenshots.py each.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SIZES = ("800x600", "1366x768", "1920x1080")
LANGUAGES = {"en": "en_US.UTF-8", "de": "de_DE.UTF-8"}
SHOOT = Path(__file__).with_name("make_screenshots.py")


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    for language, locale in LANGUAGES.items():
        env = {**os.environ, "LANGUAGE": language, "LANG": locale}
        for size in SIZES:
            for theme in ([], ["--dark"]):
                command = [sys.executable, str(SHOOT), str(out / language), "--size", size]
                subprocess.run([*command, "--main", *theme], env=env, check=True)
                print(f"{language} {size} {'dark' if theme else 'light'}", flush=True)


if __name__ == "__main__":
    main()
