"""The formats a journal can be exported to and imported from, by name: what options and
menus offer. The readers and writers are in ``formats``, loaded when one is used."""

from __future__ import annotations

from enum import StrEnum


class ImportFormat(StrEnum):
    AUTO = "auto"
    JSON = "json"
    CSV = "csv"
    DAYLIO = "daylio"


class ExportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"
