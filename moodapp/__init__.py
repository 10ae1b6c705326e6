"""moodapp: a private, offline journal for moods and crying."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "moodapp"
APP_ID = "io.github.moodapp.Moodapp"

try:
    __version__ = version(APP_NAME)
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
