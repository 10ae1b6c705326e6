"""The application's top-level widgets, read safely from Python."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication, QWidget


def top_level_widgets() -> list[QWidget]:
    """QApplication.topLevelWidgets(), read while Python's garbage collector waits: a
    collection started by the wrappers made for the list could delete a widget the list
    still points to, and the next wrapper would read freed memory (a crash now and then)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return list(QApplication.topLevelWidgets())
    finally:
        if enabled:
            gc.enable()
