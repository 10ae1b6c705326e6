"""How a chart looks: theme colours, the catalogue's names and colours, the week's first day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QPalette

from moodapp.domain.catalogue import Emotion, Trigger
from moodapp.ui.common.catalogue_text import catalogue_label
from moodapp.ui.look import tokens
from moodapp.ui.look.palette import is_dark, mood_colour


@dataclass(frozen=True)
class ChartLook:
    dark: bool = False
    emotion_labels: dict[str, str] = field(default_factory=dict)
    emotion_colours: dict[str, str] = field(default_factory=dict)
    trigger_labels: dict[str, str] = field(default_factory=dict)
    first_weekday: int = 0
    show_mood: bool = True
    # The size of a chart's small print; the rest is in proportion. In the window it follows
    # the person's font size; files drawn for export or print keep this default.
    text_points: float = 9.0

    def points(self, times: float = 1.0) -> str:
        """A font size in proportion to the small print, as pyqtgraph takes it ("13.5pt")."""
        return f"{self.text_points * times:.1f}pt"

    @classmethod
    def of(
        cls,
        emotions: Sequence[Emotion],
        triggers: Sequence[Trigger],
        *,
        palette: QPalette | None = None,
        first_weekday: int = 0,
        show_mood: bool = True,
        text_points: float = 9.0,
    ) -> ChartLook:
        return cls(
            dark=palette is not None and is_dark(palette),
            emotion_labels={e.key: catalogue_label(e) for e in emotions},
            emotion_colours={e.key: e.colour for e in emotions},
            trigger_labels={t.key: catalogue_label(t) for t in triggers},
            first_weekday=first_weekday,
            show_mood=show_mood,
            text_points=text_points,
        )

    @property
    def background(self) -> QColor:
        return QColor(tokens.colours(self.dark).chart_background)

    @property
    def ink(self) -> QColor:
        return QColor(tokens.colours(self.dark).text)

    @property
    def faint(self) -> QColor:
        return QColor(tokens.colours(self.dark).quiet_text)

    @property
    def cried(self) -> QColor:
        return QColor(tokens.colours(self.dark).cried)

    @property
    def almost(self) -> QColor:
        return QColor(tokens.colours(self.dark).almost)

    @property
    def other_days(self) -> QColor:
        return QColor(tokens.colours(self.dark).other_days)

    def band(self) -> QColor:
        colour = QColor(self.ink)
        colour.setAlpha(34)
        return colour

    def relief_colours(self) -> tuple[QColor, QColor, QColor]:
        """Better, same, worse: the pleasant, neutral and unpleasant ends of the mood scale."""
        return mood_colour(2, self.dark), mood_colour(0, self.dark), mood_colour(-2, self.dark)

    def emotion_colour(self, key: str) -> QColor:
        return QColor(self.emotion_colours.get(key, "#808080"))

    def emotion_label(self, key: str) -> str:
        return self.emotion_labels.get(key, key)
