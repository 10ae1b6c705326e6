"""The Charts view: every choice of its controls, chosen through its widget, changes what the
chart draws; hovering tells values; export and copy."""

from __future__ import annotations

import itertools
import re
import struct
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QMenu,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QToolTip,
)
from pytestqt.qtbot import QtBot

from moodapp.domain.charts import (
    ChartData,
    CryingOverTime,
    EmotionsBehindTears,
    ReliefSplit,
    Timing,
)
from moodapp.domain.entries import (
    CheckIn,
    Company,
    CryingEpisode,
    Entry,
    MoodChange,
    Reaction,
    Resolution,
)
from moodapp.domain.series import Bin, DateRange, week_start
from moodapp.services.journal import Journal
from moodapp.ui.charts.chart_controls import ChartControls
from moodapp.ui.charts.chart_text import range_text
from moodapp.ui.charts.charts_view import ChartsView
from moodapp.ui.charts.plots.chart_widget import ChartWidget
from moodapp.ui.charts.plots.description import ChartDescription
from moodapp.ui.common import date_text
from moodapp.ui.common.locale_info import first_weekday
from moodapp.ui.common.top_level import top_level_widgets
from moodapp.ui.common.translations import install_translators, remove_translators
from moodapp.ui.shell.main_window import MainWindow
from tests.gui.conftest import by_name, choose, combo_texts
from tests.gui.form_driver import click, set_spin, type_text


@pytest.fixture
def charts(window: MainWindow, live_journal: Journal) -> ChartsView:
    """39 days of check-ins (calm 2 each), and nine crying episodes with every detail."""
    today = live_journal.now().date()
    entries: list[Entry] = []
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
                    triggers=frozenset({"conflict"}),
                    company=Company.ALONE,
                    reaction=Reaction.COMFORTED,
                    held_back=False,
                    ashamed=False,
                    resolved=Resolution.YES,
                    mood_after=MoodChange.BETTER,
                )
            )
    live_journal.entries.save_many(entries)
    window.show_view(window.charts_view)
    return window.charts_view


def drawn(charts: ChartsView) -> ChartDescription:
    assert charts.chart is not None and charts.chart.description is not None
    return charts.chart.description


def tiles(bins: tuple[DateRange, ...], span: DateRange) -> bool:
    """Whether the bars cover exactly the days of ``span``, each day once, in order."""
    return (
        bins[0].start == span.start
        and bins[-1].end == span.end
        and all(b.start == a.end + timedelta(days=1) for a, b in pairwise(bins))
    )


def last_days(today: date, days: int) -> DateRange:
    return DateRange(today - timedelta(days=days - 1), today)


WEEKLY_BARS = ("your usual range", "cried", "almost cried")  # the range shows on weeks


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
    assert drawn(charts).series == (*WEEKLY_BARS, "Calm", "mood")


# -- each choice, through its widget ------------------------------------------------------


KINDS: dict[str, tuple[type[ChartData], tuple[str, ...]]] = {
    "Crying and emotions over time": (
        CryingOverTime,
        ("crying episodes per week", "emotion in check-ins, 0-4", "mood"),
    ),
    "Emotions behind the tears": (
        EmotionsBehindTears,
        ("% of crying episodes, or of days without crying",),
    ),
    "How you felt right after crying": (ReliefSplit, ("% of the episodes in each group",)),
    "When crying happened": (
        Timing,
        ("hour of the day", "crying episodes", "day of the week", "crying episodes"),
    ),
}


def test_each_chart_kind_draws_its_own_chart_over_the_same_range(
    qtbot: QtBot, charts: ChartsView
) -> None:
    controls = charts.controls
    choose(qtbot, by_name(controls, "Time range", QComboBox), "Last 30 days")
    for title in [*reversed(KINDS), *KINDS]:  # every kind, and back from each
        choose(qtbot, by_name(controls, "Chart", QComboBox), title)
        kind, axes = KINDS[title]
        assert charts.chart is not None and isinstance(charts.chart.data, kind)
        assert drawn(charts).title == title
        assert drawn(charts).axes == (
            ("crying episodes per day", *axes[1:]) if kind is CryingOverTime else axes
        )
        assert drawn(charts).subtitle.startswith(range_text(charts.chart.data.span))
        assert charts.chart.data.span.days == 30


def in_one(size: Bin, days: DateRange) -> bool:
    """Whether ``days`` lie in one bin of ``size``, and fill it unless they are an end."""
    if size is Bin.DAY:
        return days.days == 1
    if size is Bin.WEEK:
        return week_start(days.start, first_weekday()) == week_start(days.end, first_weekday())
    return (days.start.year, days.start.month) == (days.end.year, days.end.month)


BIN_DAYS = {Bin.DAY: {1}, Bin.WEEK: {7}, Bin.MONTH: {28, 29, 30, 31}}
BINS_IN_90_DAYS = {Bin.DAY: {90}, Bin.WEEK: {13, 14}, Bin.MONTH: {3, 4}}


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("Bars: automatic", Bin.WEEK),  # 90 days: weeks
        ("Bars: days", Bin.DAY),
        ("Bars: weeks", Bin.WEEK),
        ("Bars: months", Bin.MONTH),
    ],
)
def test_the_bars_choice_draws_a_bar_per_day_week_or_month(
    qtbot: QtBot, charts: ChartsView, live_journal: Journal, text: str, size: Bin
) -> None:
    bars = by_name(charts.controls, "Bars", QComboBox)
    choose(qtbot, bars, "Bars: days" if text != "Bars: days" else "Bars: months")
    choose(qtbot, bars, text)
    picture = drawn(charts)
    assert picture.axes[0] == f"crying episodes per {size.value}"
    assert tiles(picture.bins, last_days(live_journal.now().date(), 90))
    assert all(in_one(size, days) for days in picture.bins)
    assert {days.days for days in picture.bins[1:-1]} <= BIN_DAYS[size]  # whole between the ends
    assert len(picture.bins) in BINS_IN_90_DAYS[size]
    assert charts.chart is not None and charts.chart.data.bin is size  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "bars"),
    [
        ("Last 30 days", (30, Bin.DAY)),
        ("Last 90 days", (90, Bin.WEEK)),
        ("Last year", (365, Bin.WEEK)),
        ("Everything", (40, Bin.DAY)),  # from the first entry, 39 days ago
    ],
)
def test_each_range_draws_its_days(
    qtbot: QtBot, charts: ChartsView, live_journal: Journal, text: str, bars: tuple[int, Bin]
) -> None:
    days, size = bars
    ranges = by_name(charts.controls, "Time range", QComboBox)
    choose(qtbot, ranges, "Last year" if text != "Last year" else "Last 30 days")
    choose(qtbot, ranges, text)
    span = last_days(live_journal.now().date(), days)
    picture = drawn(charts)
    assert tiles(picture.bins, span) and all(in_one(size, d) for d in picture.bins)
    assert picture.subtitle.startswith(range_text(span))
    shown = (by_name(charts.controls, w, QDateEdit).date().toPython() for w in ("From", "To"))
    assert tuple(shown) == (span.start, span.end)  # the dates the preset stands for


def type_date(qtbot: QtBot, edit: QDateEdit, day: date) -> None:
    """Click into the date, type its year and month name, step the day with the arrow keys."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    month = QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)
    for part, text in (
        (QDateEdit.Section.YearSection, str(day.year)),
        (QDateEdit.Section.MonthSection, month),
    ):
        edit.setSelectedSection(part)
        type_text(edit, text)
    edit.setCurrentSectionIndex(edit.displayFormat().split().index("d"))
    step = Qt.Key.Key_Up if day.day > edit.date().day() else Qt.Key.Key_Down
    for _ in range(abs(day.day - edit.date().day())):
        qtbot.keyClick(edit, step)
    assert edit.date().toPython() == day


def test_dates_of_my_choice_draw_the_days_typed(
    qtbot: QtBot, charts: ChartsView, live_journal: Journal
) -> None:
    controls = charts.controls
    choose(qtbot, by_name(controls, "Time range", QComboBox), "Dates of my choice")
    today = live_journal.now().date()
    chosen = DateRange(today - timedelta(days=45), today - timedelta(days=3))
    type_date(qtbot, by_name(controls, "To", QDateEdit), chosen.end)
    type_date(qtbot, by_name(controls, "From", QDateEdit), chosen.start)
    picture = drawn(charts)
    assert tiles(picture.bins, chosen) and all(d.days == 1 for d in picture.bins)
    assert picture.subtitle.startswith(range_text(chosen))
    assert charts.chart is not None and charts.chart.data is not None
    assert charts.chart.data.span == chosen


def tick_in_menu(qtbot: QtBot, button: QPushButton, text: str) -> None:
    """Click the button, and in the menu it opens, click the entry ``text``."""

    def click_entry() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu) or not menu.isVisible():
            QTimer.singleShot(10, click_entry)
            return
        action = next(a for a in menu.actions() if a.text() == text)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, click_entry)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # returns once the menu has closed
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_ticking_emotions_in_the_menu_draws_them(qtbot: QtBot, charts: ChartsView) -> None:
    button = by_name(charts.controls, "Emotions to draw", QPushButton)
    tick_in_menu(qtbot, button, "Joy")
    assert drawn(charts).series == (*WEEKLY_BARS, "Joy", "Calm", "mood")  # the menu's order
    tick_in_menu(qtbot, button, "Calm")
    assert drawn(charts).series == (*WEEKLY_BARS, "Joy", "mood")
    assert button.text() == "Emotions (1)"
    tick_in_menu(qtbot, button, "Joy")
    assert drawn(charts).series == (*WEEKLY_BARS, "mood")


def test_the_mood_strip_check_box_draws_or_hides_the_strip(
    qtbot: QtBot, charts: ChartsView
) -> None:
    box = by_name(charts.controls, "Show mood", QCheckBox)
    click(qtbot, box)
    assert not box.isChecked()
    assert "mood" not in drawn(charts).series and "mood" not in drawn(charts).axes
    click(qtbot, box)
    assert drawn(charts).series[-1] == "mood" and drawn(charts).axes[-1] == "mood"


SPLITS = {
    "How others reacted": ("by how others reacted", "Someone comforted me"),
    "Who was there": ("by who was there", "Alone"),
    "Holding tears back": ("by holding tears back", "Did not hold back"),
    "Feeling ashamed": ("by feeling ashamed", "Did not feel ashamed"),
    "Whether it was resolved": ("by whether it was resolved", "Resolved or understood"),
    "What set it off": ("by what set it off", "Conflict"),
}


def test_split_by_draws_the_groups_of_each_context(qtbot: QtBot, charts: ChartsView) -> None:
    choose(qtbot, by_name(charts.controls, "Chart", QComboBox), "How you felt right after crying")
    split = by_name(charts.controls, "Split by", QComboBox)
    assert set(combo_texts(split)) == set(SPLITS)
    for text in [*SPLITS, "How others reacted"]:
        choose(qtbot, split, text)
        words, group = SPLITS[text]
        assert drawn(charts).subtitle.endswith(words)
        assert drawn(charts).categories == (group,)
        assert drawn(charts).series == ("felt better", "felt the same", "felt worse")
        data = charts.chart.data  # type: ignore[union-attr]
        assert isinstance(data, ReliefSplit) and [g.better for g in data.shown] == [9]


# -- the over-time chart's two axes and its hover ------------------------------------------


@pytest.mark.parametrize("bars", ["Bars: days", "Bars: weeks", "Bars: months"])
def test_the_two_axes_read_together_on_one_grid(
    qtbot: QtBot, charts: ChartsView, bars: str
) -> None:
    choose(qtbot, by_name(charts.controls, "Bars", QComboBox), bars)
    counts, emotions = drawn(charts).scales
    assert (counts.low, emotions.low) == (0, 0)
    assert (counts.title, emotions.title) == (drawn(charts).axes[0], "emotion in check-ins, 0-4")
    lines = {round(counts.height_of(t), 6) for t in counts.ticks}
    assert {round(emotions.height_of(t), 6) for t in emotions.ticks} <= lines  # on the grid
    assert emotions.ticks[0] == 0 and emotions.ticks[-1] == 4 and len(emotions.ticks) >= 3
    assert counts.grid and not emotions.grid  # one set of lines
    data = charts.chart.data  # type: ignore[union-attr]
    assert isinstance(data, CryingOverTime)
    assert counts.ticks[-1] >= max(c + a for c, a in zip(data.cried, data.almost, strict=True))


def hover(qtbot: QtBot, chart: ChartWidget, spot: QPoint) -> str:
    """Move the mouse over ``spot`` and let it rest there; the tooltip's text."""
    qtbot.mouseMove(chart, spot)  # pyqtgraph passes on at most 100 moves a second
    under = chart.childAt(spot)
    assert under is not None
    # What Qt sends when the mouse comes to rest. Left to the plot's scene, it would be answered
    # with "no tooltip here" (not accepted), which hides the tooltip a moment later.
    rest = QHelpEvent(QEvent.Type.ToolTip, under.mapFrom(chart, spot), chart.mapToGlobal(spot))
    QApplication.sendEvent(under, rest)
    assert rest.isAccepted()
    assert QToolTip.isVisible()
    return QToolTip.text()


def test_hovering_a_bar_tells_its_values_with_its_dates(qtbot: QtBot, charts: ChartsView) -> None:
    chart = charts.chart
    assert chart is not None and isinstance(chart.data, CryingOverTime)
    index = max(i for i, cried in enumerate(chart.data.cried) if cried)
    spot = chart.spot("cried", index)
    assert spot is not None
    text = hover(qtbot, chart, spot)
    days = drawn(charts).bins[index]
    lines = text.split("\n")
    assert lines[0] == range_text(days)
    assert lines[1] == f"Cried: {chart.data.cried[index]}, almost cried: 0"
    assert lines[2] == "Calm 2.0"
    assert lines[3].startswith("Mood ")


def test_hovering_an_emotion_point_or_a_day_tells_its_values(
    qtbot: QtBot, charts: ChartsView, live_journal: Journal
) -> None:
    choose(qtbot, by_name(charts.controls, "Bars", QComboBox), "Bars: days")
    chart = charts.chart
    assert chart is not None and isinstance(chart.data, CryingOverTime)
    yesterday = live_journal.now().date() - timedelta(days=1)
    index = chart.data.starts.index(yesterday)
    spot = chart.spot("Calm", index)
    assert spot is not None
    assert hover(qtbot, chart, spot).split("\n") == [
        date_text.written(yesterday, date_text.LONG),
        "Cried: 0, almost cried: 0",
        "Calm 2.0",
        "Mood 0",  # 1 day ago: 1 % 3 - 1
    ]
    mood = chart.spot("mood", index)
    assert mood is not None and hover(qtbot, chart, mood).endswith("Mood 0")


def test_a_new_entry_elsewhere_redraws_the_chart(
    charts: ChartsView, window: MainWindow, live_journal: Journal
) -> None:
    before = sum(charts.chart.data.cried)  # type: ignore[union-attr]
    window.entry_view.episode_form.save_requested.emit()  # the Entry view's default episode, now
    assert sum(charts.chart.data.cried) == before + 1  # type: ignore[union-attr]


def png_size(path: Path) -> tuple[int, int]:
    return struct.unpack(">II", path.read_bytes()[16:24])


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_through_the_dialog(
    qtbot: QtBot, charts: ChartsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    from moodapp.ui.charts import export_chart_dialog

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"chart{suffix}"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args: (
            str(target),
            export_chart_dialog.SVG_FILTER if suffix == ".svg" else export_chart_dialog.PNG_FILTER,
        ),
    )

    def answer() -> None:
        dialog = next(
            w for w in top_level_widgets() if isinstance(w, export_chart_dialog.ExportChartDialog)
        )
        set_spin(qtbot, by_name(dialog, "Width in pixels", QSpinBox), 800)
        set_spin(qtbot, by_name(dialog, "Height in pixels", QSpinBox), 450)
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


def test_copy_puts_an_image_on_the_clipboard(qtbot: QtBot, charts: ChartsView) -> None:
    QApplication.clipboard().clear()
    qtbot.mouseClick(by_name(charts.controls, "Copy chart", QPushButton), Qt.MouseButton.LeftButton)
    image = QApplication.clipboard().image()
    assert (image.width(), image.height()) == (1600, 900)


def click_at(qtbot: QtBot, chart: ChartWidget, spot: QPoint | None) -> None:
    """Click the chart at ``spot``: on the widget under it, as the window would deliver it."""
    assert spot is not None
    under = chart.childAt(spot)
    assert under is not None
    qtbot.mouseClick(under, Qt.MouseButton.LeftButton, pos=under.mapFrom(chart, spot))


def test_clicking_a_legend_entry_hides_and_shows_its_series(
    qtbot: QtBot, charts: ChartsView
) -> None:
    chart = charts.chart
    assert chart is not None
    assert chart.shown_series() == (*WEEKLY_BARS, "Calm")
    for series in ("cried", "Calm"):
        click_at(qtbot, chart, chart.legend_spot(series))
        assert series not in chart.shown_series()
    assert chart.shown_series() == ("your usual range", "almost cried")
    click_at(qtbot, chart, chart.legend_spot("cried"))
    assert chart.shown_series() == WEEKLY_BARS


def test_the_legend_stays_together_in_the_middle_with_each_name_by_its_mark(
    charts: ChartsView,
) -> None:
    chart = charts.chart
    assert chart is not None
    (legend,) = [i for i in chart.canvas.ci.items if isinstance(i, pg.LegendItem)]
    plot = chart.canvas.ci.sceneBoundingRect()
    box = legend.sceneBoundingRect()
    assert box.width() < plot.width() - 200, "as wide as its entries, not the whole row"
    assert abs(box.center().x() - plot.center().x()) < 2
    for (_, label), (sample, _) in itertools.pairwise(legend.items):
        gap_to_the_next = sample.sceneBoundingRect().left() - label.sceneBoundingRect().right()
        own_mark_gap = label.sceneBoundingRect().left() - sample.sceneBoundingRect().right()
        assert gap_to_the_next > 2 * own_mark_gap, label.text


def title_points(svg: Path) -> float:
    """The font size of the chart's title (the first, largest text) in an SVG export."""
    sizes = [float(n) for n in re.findall(r'font-size="([0-9.]+)"', svg.read_text())]
    return max(sizes)


def test_a_large_export_keeps_its_text_in_proportion(charts: ChartsView, tmp_path: Path) -> None:
    """1600 x 900 for a slide or a document: the text grows with the picture, so it reads
    there as it does in the window."""
    chart = charts.chart
    assert chart is not None
    chart.export(tmp_path / "window-size.svg", 1100, 620)
    chart.export(tmp_path / "large.svg", 1600, 900)
    chart.export(tmp_path / "small.svg", 640, 360)
    window_size = title_points(tmp_path / "window-size.svg")
    assert title_points(tmp_path / "large.svg") == pytest.approx(window_size * 900 / 620, rel=0.02)
    assert title_points(tmp_path / "small.svg") == pytest.approx(window_size, rel=0.02)


def test_an_empty_period_says_so_in_words(qtbot: QtBot, window: MainWindow) -> None:
    window.show_view(window.charts_view)
    assert window.charts_view.chart is not None
    assert window.charts_view.chart.summary == "Nothing was written down in this period."
    choose(qtbot, by_name(window.charts_view.controls, "Chart", QComboBox), "When crying happened")
    assert window.charts_view.chart.summary == "No crying episodes in this period."


def test_charts_follow_a_dark_theme(charts: ChartsView) -> None:
    from PySide6.QtGui import QColor, QPalette

    from moodapp.ui.charts.plots.look import ChartLook

    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    look = ChartLook.of([], [], palette=dark)
    assert look.dark and look.background.lightness() < 60 and look.ink.lightness() > 200
    charts.setPalette(dark)
    charts.redraw()
    assert charts.chart.canvas.backgroundBrush().color().lightness() < 60  # type: ignore[union-attr]


# -- the controls' room ------------------------------------------------------------------

translate = QCoreApplication.translate
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture(params=["English", "German"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    if request.param == "German":
        assert install_translators(qapp, GERMAN)
    yield request.param
    remove_translators(qapp)


def room_for_text(combo: QComboBox) -> int:
    """How wide the text of the chosen item may be before the combo box cuts it off."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width() - 2  # the style draws the text a pixel in from each side


@pytest.mark.parametrize("points", [9, 16])
def test_every_combo_box_shows_its_longest_item_whole(
    qtbot: QtBot, language: str, points: int
) -> None:
    controls = ChartControls()
    qtbot.addWidget(controls)
    font = QFont(controls.font())
    font.setPointSize(points)
    controls.setFont(font)
    controls.show()
    qtbot.waitExposed(controls)
    kinds = by_name(controls, translate("ChartControls", "Chart"), QComboBox)
    checked = set()
    for kind in combo_texts(kinds):  # each kind shows its own choices
        choose(qtbot, kinds, kind)
        controls.resize(controls.minimumSizeHint())  # as narrow as the layout lets it be
        QApplication.processEvents()
        for combo in controls.findChildren(QComboBox):
            if combo.isVisible():
                metrics = QFontMetrics(combo.font())
                longest = max(combo_texts(combo), key=metrics.horizontalAdvance)
                assert metrics.horizontalAdvance(longest) <= room_for_text(combo), (
                    f"{combo.accessibleName()}: {longest!r} is cut off"
                )
                checked.add(combo.accessibleName())
    names = ("Chart", "Time range", "Bars", "Split by")
    assert checked == {translate("ChartControls", name) for name in names}
