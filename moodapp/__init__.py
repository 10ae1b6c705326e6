"""moodapp: a private, offline journal for moods and crying."""

APP_NAME = "moodapp"
APP_ID = "io.github.moodapp.Moodapp"
# The one place the version is written; pyproject.toml reads it from here. (Asking
# importlib.metadata instead costs every start about 17 ms.)
__version__ = "0.1.0"
