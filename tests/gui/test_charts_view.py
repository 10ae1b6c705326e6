"""The Charts view: picking charts and ranges, emotions, export and copy."""

from __future__ import annotations

import struct
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QToolButton

from moodapp.domain.charts import CryingOverTime, EmotionsBehindTears, ReliefSplit, Timing
from moodapp.domain.entries import CheckIn, CryingEpisode, MoodChange, Reaction
from moodapp.domain.series import Bin
from moodapp.services.journal import JournalService
from moodapp.ui.main_window import MainWindow
from moodapp.ui.views.charts_view import ChartsView
from tests.gui.conftest import by_name


@pytest.fixture
def charts(window: MainWindow, live_journal: JournalService) -> ChartsView:
    today = live_journal.now().date()
    entries = []
    for days in range(1, 40):
        day = today - timedelta(days=days)
        at = datetime.combine(day, time(20, 30)).astimezone()
        entries.append(CheckIn(occurred_at=at, mood=days % 3 - 1, energy=0, emotions={"calm": 2}))
        if days % 4 == 0:
            entries.append(
                CryingEpisode(
                    occurred_at=at + timedelta(hours=1),
                    intensity=3,
                    emotions={"sadness": 3},
                    reaction=Reaction.COMFORTED,
                    mood_after=MoodChange.BETTER,
                )
            )
    live_journal.save_many(entries)
    window.show_view(window.charts_view)
    return window.charts_view


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def test_pyqtgraph_waits_until_the_charts_are_opened(window: MainWindow) -> None:
    assert window.charts_view.chart is None  # the view exists, the plotting widget does not


def test_the_first_chart_is_crying_against_emotions(charts: ChartsView) -> None:
    assert charts.chart is not None
    data = charts.chart.data
    assert isinstance(data, CryingOverTime)
    assert data.span.days == 90 and data.bin is Bin.WEEK
    assert sum(data.cried) == 9
    assert list(data.emotions) == ["calm"]  # the emotions felt most in check-ins
    assert "9 crying episodes" in charts.chart.summary


def test_switching_kinds_keeps_the_range(charts: ChartsView) -> None:
    controls = charts.controls
    choose(by_name(controls, "Time range", QComboBox), "Last 30 days")
    kinds = {
        "Emotions behind the tears": EmotionsBehindTears,
        "How you felt right after crying": ReliefSplit,
        "When crying happened": Timing,
        "Crying and emotions over time": CryingOverTime,
    }
    for title, kind in kinds.items():
        choose(by_name(controls, "Chart", QComboBox), title)
        assert charts.chart is not None and isinstance(charts.chart.data, kind)
        assert charts.chart.data.span.days == 30


def test_relief_splits_by_the_chosen_context(charts: ChartsView) -> None:
    choose(by_name(charts.controls, "Chart", QComboBox), "How you felt right after crying")
    data = charts.chart.data  # type: ignore[union-attr]
    assert isinstance(data, ReliefSplit)
    assert [(g.group, g.better) for g in data.shown] == [("comforted", 9)]
    choose(by_name(charts.controls, "Split by", QComboBox), "Holding tears back")
    assert charts.chart.data.shown == []  # type: ignore[union-attr]


def test_toggling_an_emotion_redraws_with_it(charts: ChartsView) -> None:
    menu = by_name(charts.controls, "Emotions to draw", QToolButton).menu()
    joy = next(a for a in menu.actions() if a.text() == "Joy")
    joy.setChecked(True)
    assert "joy" in charts.chart.data.emotions  # type: ignore[union-attr]
    calm = next(a for a in menu.actions() if a.text() == "Calm")
    calm.setChecked(False)
    assert "calm" not in charts.chart.data.emotions  # type: ignore[union-attr]


def test_hovering_a_bar_tells_its_values(qtbot, charts: ChartsView) -> None:
    chart = charts.chart
    assert chart is not None
    qtbot.wait(10)
    plot_rect = next(
        item.sceneBoundingRect()
        for item in chart.canvas.ci.items
        if type(item).__name__ == "PlotItem"
    )
    text = chart.describe(QPointF(plot_rect.right() - 30, plot_rect.center().y()))
    assert text is not None and "Cried:" in text and "Mood" in text


def test_a_new_entry_elsewhere_redraws_the_chart(
    charts: ChartsView, window: MainWindow, live_journal
) -> None:  # type: ignore[no-untyped-def]
    before = sum(charts.chart.data.cried)  # type: ignore[union-attr]
    window.entry_view.episode_form.save_requested.emit()  # the Entry view's default episode, now
    assert sum(charts.chart.data.cried) == before + 1  # type: ignore[union-attr]


def png_size(path: Path) -> tuple[int, int]:
    return struct.unpack(">II", path.read_bytes()[16:24])


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_through_the_dialog(
    qtbot, charts: ChartsView, tmp_path: Path, monkeypatch, suffix: str
) -> None:  # type: ignore[no-untyped-def]
    from moodapp.ui.dialogs import export_chart_dialog

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"chart{suffix}"
    monkeypatch.setattr(
        export_chart_dialog.QFileDialog,
        "getSaveFileName",
        lambda *args: (
            str(target),
            export_chart_dialog.SVG_FILTER if suffix == ".svg" else export_chart_dialog.PNG_FILTER,
        ),
    )

    def answer() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, export_chart_dialog.ExportChartDialog)
        )
        by_name(dialog, "Width in pixels").setValue(800)
        by_name(dialog, "Height in pixels").setValue(450)
        qtbot.mouseClick(by_name(dialog, "Save as", QPushButton), Qt.MouseButton.LeftButton)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(
        by_name(charts.controls, "Export chart", QPushButton), Qt.MouseButton.LeftButton
    )
    assert target.exists()
    if suffix == ".png":
        assert png_size(target) == (800, 450)
    else:
        assert b'width="800px" height="450px"' in target.read_bytes()[:600]
    assert list(folder.iterdir()) == [target]  # no partial file left behind


def test_copy_puts_an_image_on_the_clipboard(qtbot, charts: ChartsView) -> None:
    QApplication.clipboard().clear()
    qtbot.mouseClick(by_name(charts.controls, "Copy chart", QPushButton), Qt.MouseButton.LeftButton)
    image = QApplication.clipboard().image()
    assert (image.width(), image.height()) == (1600, 900)


def test_a_custom_range_uses_the_chosen_dates(
    charts: ChartsView, live_journal: JournalService
) -> None:
    from PySide6.QtCore import QDate

    controls = charts.controls
    choose(by_name(controls, "Time range", QComboBox), "Dates of my choice")
    today = live_journal.now().date()
    start = today - timedelta(days=13)
    by_name(controls, "From").setDate(QDate(start.year, start.month, start.day))
    by_name(controls, "To").setDate(QDate(today.year, today.month, today.day))
    data = charts.chart.data  # type: ignore[union-attr]
    assert (data.span.start, data.span.end, data.bin) == (start, today, Bin.DAY)


def test_clicking_a_legend_entry_hides_its_series(charts: ChartsView) -> None:
    import pyqtgraph as pg

    chart = charts.chart
    assert chart is not None
    legend = next(item for item in chart.canvas.ci.items if isinstance(item, pg.LegendItem))
    sample, label = legend.items[0]
    assert label.text in {"your usual range", "cried"}
    assert sample.item.isVisible()

    class Click:
        def button(self):  # type: ignore[no-untyped-def]
            return Qt.MouseButton.LeftButton

        def accept(self) -> None:
            pass

    sample.mouseClickEvent(Click())
    assert not sample.item.isVisible()


def test_an_empty_period_says_so_in_words(qtbot, window: MainWindow) -> None:
    window.show_view(window.charts_view)
    assert window.charts_view.chart is not None
    assert window.charts_view.chart.summary == "Nothing was written down in this period."
    choose(by_name(window.charts_view.controls, "Chart", QComboBox), "When crying happened")
    assert window.charts_view.chart.summary == "No crying episodes in this period."


def test_charts_follow_a_dark_theme(charts: ChartsView) -> None:
    from PySide6.QtGui import QColor, QPalette

    from moodapp.ui.plots.look import ChartLook

    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    look = ChartLook.of([], [], palette=dark)
    assert look.dark and look.background.lightness() < 60 and look.ink.lightness() > 200
    charts.setPalette(dark)
    charts.redraw()
    assert charts.chart.canvas.backgroundBrush().color().lightness() < 60  # type: ignore[union-attr]
