"""`moodapp help-lines [--country CC]`: the crisis lines, as "Need help now?" shows them.

It never opens the journal (no passphrase, nothing to wait for) and connects to nothing.
The country is --country, else the territory of the locale (LC_ALL, LC_MESSAGES, LANG);
the window's Settings choice belongs to the journal, which this command does not open.
"""

from __future__ import annotations

import argparse
import os
import textwrap
from collections.abc import Mapping
from typing import TextIO

from moodapp.cli.errors import EXIT_OK
from moodapp.domain.help_lines import (
    FIND_A_HELPLINE,
    LANGUAGE_NAMES,
    Contact,
    ContactKind,
    CountryLines,
    HelpLine,
    first_country,
    lines_for,
    others,
    territory_from_environment,
)

INTRO = (
    "If you are in crisis, or thinking about harming yourself, please reach out to someone "
    "now.\nYou deserve support, and you do not have to go through this alone."
)


def _how(contacts: tuple[Contact, ...]) -> str:
    kinds_of: dict[str, set[ContactKind]] = {}
    for contact in contacts:
        kinds_of.setdefault(contact.value, set()).add(contact.kind)
    phrases = []
    for value, kinds in kinds_of.items():
        verb = "call or text" if len(kinds) > 1 else next(iter(kinds)).value
        phrases.append(f"{verb} {value}")
    return ", or ".join(phrases)


def line_text(line: HelpLine) -> str:
    text = f"{line.service}: {_how(line.contacts)}"
    if line.hours is not None:
        text += ", any time, day or night"
    if line.languages:
        text += " (" + ", ".join(LANGUAGE_NAMES[code] for code in line.languages) + ")"
    return text


def emergency_text(country: CountryLines | None) -> str:
    if country is None or country.emergency is None:
        return "If you are in immediate danger, call your local emergency number."
    number = country.emergency.number
    return f"If you are in immediate danger, call the emergency number, {number}."


def country_text(code: str | None) -> list[str]:
    """The lines of one country under its name, then its emergency number."""
    country = lines_for(code)
    if code is None:
        return [
            "moodapp does not know which country you are in: add --country CC.",
            emergency_text(None),
        ]
    if country is None:
        return [f"moodapp holds no help line for this country ({code}) yet.", emergency_text(None)]
    found = [f"  {line_text(line)}" for line in country.lines] or [
        "  moodapp holds no checked help line for this country yet; "
        "findahelpline.com lists the lines there."
    ]
    return [country.name, *found, f"  {emergency_text(country)}"]


def help_lines_text(code: str | None) -> str:
    lines = [INTRO, "", *country_text(code), ""]
    lines.append(f"Helplines in other countries: {FIND_A_HELPLINE} (a website)")
    held = ", ".join(f"{c.country} ({c.name})" for c in others(code))
    wanted = f"Other countries: moodapp help-lines --country CC, with CC one of {held}."
    lines += ["", *textwrap.wrap(wanted, width=88, break_on_hyphens=False)]
    return "\n".join(lines) + "\n"


def run_help_lines(
    args: argparse.Namespace, out: TextIO, environ: Mapping[str, str] = os.environ
) -> int:
    out.write(help_lines_text(first_country(args.country, territory_from_environment(environ))))
    return EXIT_OK
