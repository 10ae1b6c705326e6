"""Crisis lines by country: the data file, its checks, and which country comes first.

The lines live in ``moodapp/assets/help_lines.json``. Every line names the pages on the
service's own site that confirm it and the day it was last checked; a number that could
not be confirmed is not in the file at all (docs/SAFETY.md lists what is missing and
why). Reading the file checks every record, so a mistake in it fails a test, never the
"Need help now?" dialog. No network: the app only shows the numbers and one address.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from moodapp.domain.text import QT_TRANSLATE_NOOP

DATA_FILE = "help_lines.json"  # in moodapp/assets
FIND_A_HELPLINE = "https://findahelpline.com"
# A line not checked for this long fails the release test (docs/RELEASING.md).
MAX_CHECK_AGE = timedelta(days=365)

_CODE = re.compile(r"[A-Z]{2}", re.ASCII)
_NUMBER = re.compile(r"[0-9][0-9 -]{1,18}[0-9]", re.ASCII)
_SOURCE = re.compile(r"https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/\S*)?", re.ASCII)

# Country names for the dialog, the Settings and the command line (translated in the UI).
COUNTRY_NAMES: dict[str, str] = {
    "AT": QT_TRANSLATE_NOOP("HelpLines", "Austria"),
    "AU": QT_TRANSLATE_NOOP("HelpLines", "Australia"),
    "BE": QT_TRANSLATE_NOOP("HelpLines", "Belgium"),
    "CA": QT_TRANSLATE_NOOP("HelpLines", "Canada"),
    "CH": QT_TRANSLATE_NOOP("HelpLines", "Switzerland"),
    "DE": QT_TRANSLATE_NOOP("HelpLines", "Germany"),
    "ES": QT_TRANSLATE_NOOP("HelpLines", "Spain"),
    "FR": QT_TRANSLATE_NOOP("HelpLines", "France"),
    "GB": QT_TRANSLATE_NOOP("HelpLines", "United Kingdom"),
    "IE": QT_TRANSLATE_NOOP("HelpLines", "Ireland"),
    "IN": QT_TRANSLATE_NOOP("HelpLines", "India"),
    "IT": QT_TRANSLATE_NOOP("HelpLines", "Italy"),
    "NL": QT_TRANSLATE_NOOP("HelpLines", "Netherlands"),
    "NZ": QT_TRANSLATE_NOOP("HelpLines", "New Zealand"),
    "US": QT_TRANSLATE_NOOP("HelpLines", "United States"),
}

# Each language in its own words: the same in every language of the app.
LANGUAGE_NAMES: dict[str, str] = {
    "de": "Deutsch",
    "en": "English",
    "es": "español",
    "fr": "français",
    "it": "italiano",
    "nl": "Nederlands",
}


class ContactKind(StrEnum):
    CALL = "call"
    TEXT = "text"


class Hours(StrEnum):
    ALWAYS = "24/7"


@dataclass(frozen=True)
class Contact:
    kind: ContactKind
    value: str  # the number as the service writes it


@dataclass(frozen=True)
class HelpLine:
    service: str
    contacts: tuple[Contact, ...]
    hours: Hours | None  # None: the source does not say
    languages: tuple[str, ...]  # codes of LANGUAGE_NAMES
    sources: tuple[str, ...]  # pages on the service's own site
    checked: date


@dataclass(frozen=True)
class EmergencyNumber:
    number: str
    source: str
    checked: date


@dataclass(frozen=True)
class CountryLines:
    country: str  # ISO 3166-1 alpha-2, upper case
    lines: tuple[HelpLine, ...]
    emergency: EmergencyNumber | None  # None: not confirmed from an official page

    @property
    def name(self) -> str:
        return COUNTRY_NAMES[self.country]


class HelpLinesError(ValueError):
    """The data file does not hold what it must; the message names the record."""


def _need(condition: bool, where: str, what: str) -> None:
    if not condition:
        raise HelpLinesError(f"{where}: {what}")


def _text(value: Any, where: str) -> str:
    _need(isinstance(value, str) and value.strip() == value and value != "", where,
          "must be a non-empty text without spaces around it")  # fmt: skip
    return str(value)


def _number(value: Any, where: str) -> str:
    number = _text(value, where)
    _need(_NUMBER.fullmatch(number) is not None, where,
          f"\u201c{number}\u201d is not a phone number (digits, spaces and hyphens)")  # fmt: skip
    return number


def _source(value: Any, where: str) -> str:
    source = _text(value, where)
    _need(_SOURCE.fullmatch(source) is not None, where,
          f"\u201c{source}\u201d is not a web address")  # fmt: skip
    return source


def _checked(value: Any, where: str) -> date:
    text = _text(value, where)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise HelpLinesError(f"{where}: \u201c{text}\u201d is not a date like 2026-12-02") from None


def _fields(record: Any, where: str, required: set[str]) -> Mapping[str, Any]:
    _need(isinstance(record, dict), where, "must be an object")
    keys = set(record)
    _need(keys == required, where, f"must have exactly the fields {', '.join(sorted(required))}")
    return dict(record)


def _contact(record: Any, where: str) -> Contact:
    fields = _fields(record, where, {"kind", "value"})
    kind = fields["kind"]
    _need(kind in {k.value for k in ContactKind}, f"{where}.kind",
          f"must be one of {', '.join(k.value for k in ContactKind)}")  # fmt: skip
    return Contact(ContactKind(kind), _number(fields["value"], f"{where}.value"))


_LINE_FIELDS = {"service", "contacts", "hours", "languages", "sources", "checked"}


def _line(record: Any, where: str) -> HelpLine:
    fields = _fields(record, where, _LINE_FIELDS)
    contacts = fields["contacts"]
    _need(isinstance(contacts, list) and contacts != [], f"{where}.contacts",
          "must list at least one way to reach the service")  # fmt: skip
    hours = fields["hours"]
    _need(hours is None or hours in {h.value for h in Hours}, f"{where}.hours",
          "must be \u201c24/7\u201d or null (the source does not say)")  # fmt: skip
    languages = fields["languages"]
    known = ", ".join(sorted(LANGUAGE_NAMES))
    _need(isinstance(languages, list) and all(lang in LANGUAGE_NAMES for lang in languages),
          f"{where}.languages", f"must list codes among {known}")  # fmt: skip
    sources = fields["sources"]
    _need(isinstance(sources, list) and sources != [], f"{where}.sources",
          "must name at least one page on the service's own site")  # fmt: skip
    return HelpLine(
        service=_text(fields["service"], f"{where}.service"),
        contacts=tuple(_contact(c, f"{where}.contacts[{i}]") for i, c in enumerate(contacts)),
        hours=None if hours is None else Hours(hours),
        languages=tuple(languages),
        sources=tuple(_source(s, f"{where}.sources[{i}]") for i, s in enumerate(sources)),
        checked=_checked(fields["checked"], f"{where}.checked"),
    )


def _emergency(record: Any, where: str) -> EmergencyNumber | None:
    if record is None:
        return None
    fields = _fields(record, where, {"number", "source", "checked"})
    return EmergencyNumber(
        number=_number(fields["number"], f"{where}.number"),
        source=_source(fields["source"], f"{where}.source"),
        checked=_checked(fields["checked"], f"{where}.checked"),
    )


def parse_help_lines(document: Any) -> tuple[CountryLines, ...]:
    """The countries of a decoded data file, in its order; HelpLinesError names the first
    record that does not fit."""
    _need(isinstance(document, dict) and isinstance(document.get("countries"), list),
          "the file", "must be an object with a list of \u201ccountries\u201d")  # fmt: skip
    countries: list[CountryLines] = []
    seen: set[str] = set()
    for index, record in enumerate(document["countries"]):
        where = f"countries[{index}]"
        fields = _fields(record, where, {"country", "lines", "emergency"})
        code = fields["country"]
        _need(isinstance(code, str) and _CODE.fullmatch(code) is not None, f"{where}.country",
              "must be a country code of two capital letters, like DE")  # fmt: skip
        _need(code in COUNTRY_NAMES, f"{where}.country", f"{code} has no name in COUNTRY_NAMES")
        _need(code not in seen, f"{where}.country", f"{code} is listed twice")
        seen.add(code)
        lines = fields["lines"]
        _need(isinstance(lines, list), f"{where}.lines", "must be a list")
        countries.append(
            CountryLines(
                country=code,
                lines=tuple(_line(line, f"{code}.lines[{i}]") for i, line in enumerate(lines)),
                emergency=_emergency(fields["emergency"], f"{code}.emergency"),
            )
        )
    return tuple(countries)


@cache
def bundled_help_lines() -> tuple[CountryLines, ...]:
    """The lines that ship with moodapp (read once)."""
    text = resources.files("moodapp").joinpath("assets", DATA_FILE).read_text(encoding="utf-8")
    return parse_help_lines(json.loads(text))


def country_codes() -> tuple[str, ...]:
    return tuple(c.country for c in bundled_help_lines())


def lines_for(code: str | None) -> CountryLines | None:
    """The country's lines, or None when moodapp holds nothing for it."""
    return next((c for c in bundled_help_lines() if c.country == code), None)


def checked_dates(countries: Iterable[CountryLines]) -> list[tuple[str, date]]:
    """Every check in the file, named ("DE emergency number", "GB Samaritans")."""
    found: list[tuple[str, date]] = []
    for country in countries:
        found.extend((f"{country.country} {line.service}", line.checked) for line in country.lines)
        if country.emergency is not None:
            found.append((f"{country.country} emergency number", country.emergency.checked))
    return found


def overdue(countries: Iterable[CountryLines], today: date) -> list[str]:
    """The entries last checked longer ago than MAX_CHECK_AGE (to re-check before a release)."""
    return [what for what, checked in checked_dates(countries) if today - checked > MAX_CHECK_AGE]


# -- which country comes first ----------------------------------------------------------

_LOCALE = re.compile(r"[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?![A-Za-z])", re.ASCII)
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # the order POSIX gives them


def territory_of_locale(name: str) -> str | None:
    """The territory of a locale name ("de_DE.UTF-8", "en-US", "pt_BR@x") in capitals, or
    None when it names none ("C", "POSIX", "de")."""
    match = _LOCALE.match(name.strip())
    return match.group(1).upper() if match else None


def territory_from_environment(environ: Mapping[str, str]) -> str | None:
    """The territory of the first locale variable that is set (the command line's way;
    the window asks Qt)."""
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            return territory_of_locale(value)
    return None


def normalized_code(text: str) -> str | None:
    """A country code as a person may type it ("de", " DE "), or None when it is none."""
    code = text.strip().upper()
    return code if _CODE.fullmatch(code) else None


def first_country(chosen: str | None, territory: str | None) -> str | None:
    """The country whose lines come first: the one chosen in Settings, else the system's
    (which may be one moodapp holds no line for: the dialog then says so)."""
    return chosen if chosen is not None else territory


def others(first: str | None) -> list[CountryLines]:
    """Every other country held, in the file's order."""
    return [c for c in bundled_help_lines() if c.country != first]
