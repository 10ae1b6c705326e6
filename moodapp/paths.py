"""Where moodapp keeps things: one answer, computed once in ``main()``.

By default the directories come from platformdirs (``~/.local/share/moodapp`` and
friends on Linux). ``--data-dir DIR`` or ``MOODAPP_DATA_DIR`` puts everything the
app stores under DIR instead, so tests and scripts never touch the real journal.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from moodapp import APP_NAME

DATA_DIR_ENV = "MOODAPP_DATA_DIR"
JOURNAL_FILE_NAME = "journal.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    cache_dir: Path

    @property
    def journal_file(self) -> Path:
        return self.data_dir / JOURNAL_FILE_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def journal_check_file(self) -> Path:
        """What was last found of the journal file (see store/check_record.py)."""
        return self.cache_dir / "journal-check.json"

    @property
    def error_log_file(self) -> Path:
        """Unexpected errors, with where in the code they happened (see error_log.py)."""
        return self.log_dir / "moodapp.log"

    @property
    def window_settings_file(self) -> Path:
        """Window size, position and last view: this machine's layout, not the journal's."""
        return self.config_dir / "window.ini"

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        root = root.expanduser().absolute()
        return cls(root, root / "config", root / "logs", root / "cache")

    @classmethod
    def for_user(cls) -> AppPaths:
        dirs = PlatformDirs(APP_NAME, appauthor=False)
        return cls(
            Path(dirs.user_data_dir),
            Path(dirs.user_config_dir),
            Path(dirs.user_log_dir),
            Path(dirs.user_cache_dir),
        )


def resolve_paths(data_dir: str | None, environ: Mapping[str, str] = os.environ) -> AppPaths:
    """The command-line option wins over the environment, which wins over the platform."""
    chosen = data_dir or environ.get(DATA_DIR_ENV)
    return AppPaths.under(Path(chosen)) if chosen else AppPaths.for_user()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` readable by its owner only.

    A directory that already exists keeps its mode: it may be one the person
    chose and shares with other files (the journal file itself is still 0600).
    """
    if not path.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.mkdir(mode=PRIVATE_DIR_MODE)
        if os.name == "posix":  # mkdir's mode is filtered by the umask
            path.chmod(PRIVATE_DIR_MODE)
    return path
