"""Both themes' colours read: every text on every surface it is shown on at 4.5:1 or more,
every control outline and chart mark at 3:1 (WCAG 2.2), and the window paints with them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from moodapp.ui.common.form_parts import ErrorLabel
from moodapp.ui.look import tokens
from moodapp.ui.look.palette import contrast, mood_colour, readable_on
from moodapp.ui.look.theme import Theme, ThemeKeeper
from moodapp.ui.look.tokens import Colours

THEMES = {"light": tokens.LIGHT, "dark": tokens.DARK}
TEXT = 4.5
NON_TEXT = 3.0


def text_pairs(c: Colours) -> list[tuple[str, str, str, str]]:
    """(text's name, colour, surface's name, colour) of every text on its surfaces."""
    surfaces = {"surface": c.surface, "raised": c.raised, "field": c.field,
                "alternate": c.alternate}  # fmt: skip
    pairs = [
        (name, colour, where, behind)
        for name, colour in (("text", c.text), ("quiet_text", c.quiet_text), ("link", c.link))
        for where, behind in surfaces.items()
    ]
    return [
        *pairs,
        ("on_accent", c.on_accent, "accent", c.accent),
        ("on_problem", c.on_problem, "problem", c.problem),
        ("on_tooltip", c.on_tooltip, "tooltip", c.tooltip),
        ("text", c.text, "chart_background", c.chart_background),
        ("quiet_text", c.quiet_text, "chart_background", c.chart_background),
    ]


def mark_pairs(c: Colours) -> list[tuple[str, str, str, str]]:
    """(mark's name, colour, surface's name, colour) of every outline and chart mark."""
    outlines = [
        ("border", c.border, where, behind)
        for where, behind in (("surface", c.surface), ("raised", c.raised), ("field", c.field))
    ]
    marks = [
        (name, colour, "chart_background", c.chart_background)
        for name, colour in (("cried", c.cried), ("almost", c.almost),
                             ("other_days", c.other_days), ("accent", c.accent))
    ]  # fmt: skip
    return [*outlines, *marks, ("accent", c.accent, "surface", c.surface)]


@pytest.mark.parametrize("theme", THEMES)
def test_every_text_reads_on_every_surface_it_is_shown_on(theme: str) -> None:
    weak = [
        (text, surface, round(contrast(QColor(a), QColor(b)), 2))
        for text, a, surface, b in text_pairs(THEMES[theme])
        if contrast(QColor(a), QColor(b)) < TEXT
    ]
    assert not weak


@pytest.mark.parametrize("theme", THEMES)
def test_every_outline_and_chart_mark_stands_out(theme: str) -> None:
    weak = [
        (mark, surface, round(contrast(QColor(a), QColor(b)), 2))
        for mark, a, surface, b in mark_pairs(THEMES[theme])
        if contrast(QColor(a), QColor(b)) < NON_TEXT
    ]
    assert not weak


@pytest.mark.parametrize("theme", THEMES)
def test_crying_and_almost_crying_tell_apart_where_they_are_stacked(theme: str) -> None:
    c = THEMES[theme]
    assert contrast(QColor(c.cried), QColor(c.almost)) >= 2.0


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_moods_number_reads_on_its_colour(dark: bool) -> None:
    """The calendar writes each day's mood on its colour, between the scale's steps too."""
    weak = []
    for tenth in range(-30, 31):
        colour = mood_colour(tenth / 10, dark)
        if contrast(readable_on(colour), colour) < TEXT:
            weak.append(tenth / 10)
    assert not weak


def test_the_pairs_cover_every_colour_of_a_theme() -> None:
    """A colour added to Colours without a pairing here would go unchecked."""
    named = {name for pair in text_pairs(tokens.LIGHT) + mark_pairs(tokens.LIGHT)
             for name in (pair[0], pair[2])}  # fmt: skip
    unchecked = set(Colours.__dataclass_fields__) - named - {"mood", "disabled_text"}
    assert not unchecked  # mood: the test above; disabled text: WCAG asks no contrast


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_the_window_paints_with_the_themes_colours(qapp: QApplication, theme: Theme) -> None:
    ThemeKeeper(qapp).apply(theme)
    c = tokens.DARK if theme is Theme.DARK else tokens.LIGHT
    palette = qapp.palette()
    role = QPalette.ColorRole
    assert palette.color(role.Window) == QColor(c.surface)
    assert palette.color(role.WindowText) == QColor(c.text)
    assert palette.color(role.Base) == QColor(c.field)
    assert palette.color(role.Highlight) == QColor(c.accent)
    assert palette.color(role.HighlightedText) == QColor(c.on_accent)
    problem = ErrorLabel("When")
    problem.show_messages(["The time is in the future."])
    problem.ensurePolished()
    image = problem.grab().toImage()
    middle_left = image.pixelColor(2, image.height() // 2)
    assert middle_left == QColor(c.problem)  # the refused field's message, in its colours
    problem.deleteLater()
    ThemeKeeper(qapp).apply(Theme.LIGHT)


def test_a_refused_fields_message_follows_the_theme_live(qapp: QApplication) -> None:
    def drawn_behind(label: ErrorLabel) -> QColor:
        image = label.grab().toImage()
        return image.pixelColor(2, image.height() // 2)

    keeper = ThemeKeeper(qapp)
    keeper.apply(Theme.LIGHT)
    form = QWidget()  # as in a form: a widget inside a window
    problem = ErrorLabel("When", form)
    form.show()
    problem.show_messages(["The time is in the future."])

    keeper.apply(Theme.DARK)
    qapp.processEvents()  # Qt posts the change to each widget
    assert drawn_behind(problem) == QColor(tokens.DARK.problem)
    problem.show_messages([])
    keeper.apply(Theme.LIGHT)  # while the message is hidden
    qapp.processEvents()
    problem.show_messages(["The time is in the future."])
    assert drawn_behind(problem) == QColor(tokens.LIGHT.problem)
    form.deleteLater()
