"""The paper a report is laid out on: A4 or US Letter, with the margins of a printed page."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize

from moodapp.ui.common.locale_info import uses_letter_paper

MARGINS_MM = QMarginsF(18, 16, 18, 14)


class PageSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @classmethod
    def of_locale(cls) -> PageSize:
        return cls.LETTER if uses_letter_paper() else cls.A4

    def layout(self) -> QPageLayout:
        size = QPageSize.PageSizeId.A4 if self is PageSize.A4 else QPageSize.PageSizeId.Letter
        return QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
