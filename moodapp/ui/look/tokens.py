"""The design's values in one place: colours for light and dark, type, spacing and corners.

Everything the window paints takes its colours from here, through the palette and
the style sheet that ``theme.py`` makes of them, or through ``Colours`` directly
(the charts, the calendar's moods, the printed report). No widget names a colour of
its own. ``tests/gui/test_design_tokens.py`` checks every pairing of text and
surface (WCAG 2.2: 4.5:1 for text) and of control or chart mark and surface (3:1)
in both themes.

The colours are plain hex strings: this module needs no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Colours:
    """One theme's colours, by what they are for."""

    surface: str  # the window behind everything
    raised: str  # a card, a group, a button on the surface
    field: str  # what a person types into or picks from: fields, lists, tables
    alternate: str  # every other row of a list
    text: str  # text on any of the surfaces above
    quiet_text: str  # what a statement rests on, hints, captions
    disabled_text: str  # unavailable controls (WCAG asks no contrast of these)
    border: str  # the outline of a control: fields, check boxes, buttons
    accent: str  # the selected item, the default button, focus
    on_accent: str  # text on the accent
    link: str
    problem: str  # behind a message about a field that was refused
    on_problem: str
    tooltip: str
    on_tooltip: str
    # Moods -3 .. +3, unpleasant to pleasant: ColorBrewer's PuOr, which colour-blind
    # people can tell apart and which prints in distinct greys. Text on each takes
    # ``ink_on`` (theme.readable_on): white or near black, whichever reads better.
    mood: tuple[str, str, str, str, str, str, str]
    cried: str  # crying, in charts
    almost: str  # almost crying, in charts: stacked on crying, so 2:1 apart from it
    other_days: str  # days without crying, in charts beside crying
    chart_background: str


LIGHT = Colours(
    surface="#f6f5f2",
    raised="#ffffff",
    field="#ffffff",
    alternate="#f0efeb",
    text="#1f2328",
    quiet_text="#5a6068",
    disabled_text="#8b9097",
    border="#80868f",
    accent="#3b5ba9",
    on_accent="#ffffff",
    link="#2f4f9a",
    problem="#b3261e",
    on_problem="#ffffff",
    tooltip="#2b2f35",
    on_tooltip="#f6f5f2",
    mood=("#542788", "#74679f", "#b2abd2", "#ddd8cf", "#fee0b6", "#fdb863", "#e08214"),
    cried="#2c5686",
    almost="#7394bb",
    other_days="#80868f",
    chart_background="#ffffff",
)

DARK = Colours(
    surface="#1f2124",
    raised="#292c30",
    field="#17191b",
    alternate="#222428",
    text="#e8e6e3",
    quiet_text="#a9adb3",
    disabled_text="#767a80",
    border="#7b818a",
    accent="#8aa8ee",
    on_accent="#10131a",
    link="#9ab8ff",
    problem="#f2b8b5",
    on_problem="#410e0b",
    tooltip="#e8e6e3",
    on_tooltip="#1f2124",
    mood=("#6a3fa0", "#6f62a3", "#978fc2", "#5f5b56", "#d6b88c", "#e9a04e", "#f08a1c"),
    cried="#9cc2f2",
    almost="#56779e",
    other_days="#8a8f96",
    chart_background="#1e1f22",
)

# Ink for text on a colour that is not a surface (a mood, a catalogue item's colour).
DARK_INK = "#000000"  # with white, one of the two is 4.58:1 or more on any colour
LIGHT_INK = "#ffffff"

# Type: sizes as multiples of the person's font (Qt's application font), so that
# everything grows with it.
CAPTION = 0.85  # small print beside a figure: a day's mood in the month grid
LEAD = 1.1  # a statement that matters: an insight, the invitation to talk
HEADING = 1.25  # a form's or a section's heading
TITLE = 1.4  # a view's title, the month shown
FIGURE = 1.8  # the figure an insight card shows large beside its sentence

# Spacing in pixels at 96 dpi (Qt scales them on high-density screens), and corners.
SPACE_TIGHT = 2  # between lines that belong together
SPACE_SMALL = 4
SPACE = 8
RADIUS = 6

# The widest a part grows on a wide screen, in average characters of the person's font:
# lines of text stay readable, and the part stays in the middle.
STATEMENTS_WIDTH = 90  # a column of statements: the insights
FORM_AND_LIST_WIDTH = 180  # a form beside its list: the Entry view


def colours(dark: bool) -> Colours:
    return DARK if dark else LIGHT
