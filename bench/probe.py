"""What the benchmark measures inside a fresh process: `python -m bench.probe WHAT DATA_DIR`.

Each probe starts from a new interpreter, so imports (PySide6, pyqtgraph) cost
what they cost a person opening the app. A startup probe prints PAINTED; the
others print one JSON object on their last line of output. Qt runs offscreen,
the same way for the app and the bare window it is compared with.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAINTED = "painted"
REDRAWS = 5  # of each chart kind
MONTH_SWITCHES = 48


def _say_when_first_painted() -> None:
    """Print PAINTED and quit once the first main window shown has painted its first frame."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # The window paints first, then its children, in this turn of the event loop.
                QTimer.singleShot(0, painted)
            return False

    def painted() -> None:
        print(PAINTED, flush=True)
        QApplication.quit()

    first_paint = FirstPaint()
    show = QMainWindow.show

    def show_and_watch(window: QMainWindow) -> None:
        window.installEventFilter(first_paint)
        show(window)

    QMainWindow.show = show_and_watch  # type: ignore[method-assign,assignment]


def startup_app(data_dir: str) -> None:
    """The `moodapp` command itself, until its window has painted its first frame."""
    from moodapp.__main__ import main  # as the command does: its own modules first

    _say_when_first_painted()
    main(["--data-dir", data_dir])


def startup_bare(data_dir: str) -> None:
    """A bare PySide6 QMainWindow, started the same way."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    _say_when_first_painted()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 760)
    window.show()
    app.exec()


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def _ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def views(data_dir: str) -> dict[str, Any]:
    """First open of the Charts view; redraws of each chart kind over the whole journal
    ("Everything"); month switches of the calendar back from this month."""
    from moodapp.domain.calendar_grid import add_months
    from moodapp.domain.charts import ChartKind
    from moodapp.paths import AppPaths
    from moodapp.services.journal import opened_journal
    from moodapp.ui.shell.app import application
    from moodapp.ui.shell.journal_controller import JournalController
    from moodapp.ui.shell.main_window import MainWindow

    application()
    with opened_journal(AppPaths.under(Path(data_dir))) as journal:
        window = MainWindow(JournalController(journal), AppPaths.under(Path(data_dir)))
        window.show()
        _settle()

        start = time.perf_counter()
        charts = window.charts_view
        window.show_view(charts)
        _settle()
        charts.repaint()
        first_open = _ms_since(start)

        charts.controls.range.set_value("all")
        redraws: dict[str, list[float]] = {}
        for kind in ChartKind:
            charts.controls.kind.set_value(kind)
            _settle()
            redraws[kind.value] = []
            for _ in range(REDRAWS):
                start = time.perf_counter()
                charts.redraw()
                charts.repaint()
                redraws[kind.value].append(_ms_since(start))

        window.show_view(window.calendar_view)
        _settle()
        switches = []
        calendar = window.calendar_view
        for _ in range(MONTH_SWITCHES):
            start = time.perf_counter()
            calendar.go_to(add_months(calendar.day, -1))
            calendar.repaint()
            switches.append(_ms_since(start))
        window.close()
    return {"first_charts_open_ms": first_open, "redraw_ms": redraws, "month_switch_ms": switches}


def _peak_rss_mib() -> float:
    """This process's peak resident memory. (Not getrusage: on Linux its figure survives
    exec, so a child started by a large parent would report the parent's peak.)"""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    raise OSError("no VmHWM in /proc/self/status: the memory figures need Linux")


def memory_app(data_dir: str) -> dict[str, Any]:
    """Peak memory after every view of the window was shown."""
    from moodapp.paths import AppPaths
    from moodapp.services.journal import opened_journal
    from moodapp.ui.shell.app import application
    from moodapp.ui.shell.journal_controller import JournalController
    from moodapp.ui.shell.main_window import MainWindow

    application()
    with opened_journal(AppPaths.under(Path(data_dir))) as journal:
        window = MainWindow(JournalController(journal), AppPaths.under(Path(data_dir)))
        window.show()
        for view in (window.entry_view, window.calendar_view, window.charts_view,
                     window.insights_view, window.entry_view):  # fmt: skip
            window.show_view(view)
            _settle()
        peak = _peak_rss_mib()
        window.close()
    return {"peak_rss_mib": peak}


def memory_bare(data_dir: str) -> dict[str, Any]:
    """Peak memory of a bare window that has imported pyqtgraph, as the app's charts do."""
    import pyqtgraph  # noqa: F401
    from PySide6.QtWidgets import QApplication, QMainWindow

    QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 760)
    window.show()
    _settle()
    return {"peak_rss_mib": _peak_rss_mib()}


def png_export(data_dir: str) -> dict[str, Any]:
    """Saving a 1600 x 900 PNG of the first chart over the last year, five times."""
    from moodapp.domain.charts import DEFAULT_HEIGHT, DEFAULT_WIDTH, ChartKind, ChartOptions
    from moodapp.paths import AppPaths
    from moodapp.services.journal import opened_journal
    from moodapp.ui.charts.plots.chart_widget import export_chart
    from moodapp.ui.charts.plots.look import ChartLook
    from moodapp.ui.shell.app import headless_application

    headless_application()
    times = []
    with opened_journal(AppPaths.under(Path(data_dir))) as journal:
        charts = journal.charts
        look = ChartLook.of(
            journal.entries.emotions(include_archived=True), journal.entries.triggers()
        )
        span = charts.range_from_text("1y")
        target = Path(data_dir) / "chart.png"
        for _ in range(5):
            start = time.perf_counter()
            data = charts.chart(ChartKind.CRYING_VS_EMOTIONS, span, ChartOptions())
            export_chart(data, look, target, DEFAULT_WIDTH, DEFAULT_HEIGHT)
            times.append(_ms_since(start))
        target.unlink()
    return {"png_export_ms": times}


PROBES: dict[str, Callable[[str], Any]] = {
    "startup-app": startup_app,
    "startup-bare": startup_bare,
    "views": views,
    "memory-app": memory_app,
    "memory-bare": memory_bare,
    "png-export": png_export,
}


if __name__ == "__main__":
    what, folder = sys.argv[1], sys.argv[2]
    found = PROBES[what](folder)
    if found is not None:
        print(json.dumps(found), flush=True)
    sys.exit(0)
