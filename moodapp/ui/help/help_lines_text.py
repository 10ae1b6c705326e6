"""How the crisis lines read in the window: the "Need help now?" dialog and the help's
section of the same name say exactly this, in the person's language."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from moodapp.domain.help_lines import (
    COUNTRY_NAMES,
    FIND_A_HELPLINE,
    LANGUAGE_NAMES,
    Contact,
    ContactKind,
    CountryLines,
    HelpLine,
    first_country,
    lines_for,
    territory_of_locale,
)
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.ui.common.words import translate

CRISIS_TEXT = QT_TRANSLATE_NOOP(
    "NeedHelpDialog",
    "<h3>If you are in crisis, or thinking about harming yourself</h3>\n"
    "<p>Please reach out to someone now. You deserve support, and you do not have to go "
    "through this alone.</p>\n",
)


def country_name(code: str) -> str:
    return QCoreApplication.translate("HelpLines", COUNTRY_NAMES[code])


def system_territory() -> str | None:
    """The territory of the locale the window runs in ("DE" for de_DE), or None."""
    return territory_of_locale(QLocale().name())


def country_to_show(chosen: str | None) -> str | None:
    """The country whose lines come first: the one chosen in Settings, else the system's."""
    return first_country(chosen, system_territory())


def _how(contacts: tuple[Contact, ...]) -> str:
    """ "call or text 988", "call 113 or 0800-0113"."""
    kinds_of: dict[str, list[ContactKind]] = {}
    for contact in contacts:
        kinds_of.setdefault(contact.value, []).append(contact.kind)
    groups: list[tuple[tuple[ContactKind, ...], list[str]]] = []
    for value, found in kinds_of.items():
        key = tuple(sorted(set(found)))
        if groups and groups[-1][0] == key:
            groups[-1][1].append(value)
        else:
            groups.append((key, [value]))
    phrases = []
    for kinds, values in groups:
        numbers = f"<b>{escape(values[0])}</b>"
        for value in values[1:]:
            more = f"<b>{escape(value)}</b>"
            numbers = (
                translate("HelpLinesText", "%1 or %2").replace("%1", numbers).replace("%2", more)
            )
        if kinds == (ContactKind.CALL, ContactKind.TEXT):
            phrase = translate("HelpLinesText", "call or text %1")
        elif kinds == (ContactKind.TEXT,):
            phrase = translate("HelpLinesText", "text %1")
        else:
            phrase = translate("HelpLinesText", "call %1")
        phrases.append(phrase.replace("%1", numbers))
    return "; ".join(phrases)


def line_html(line: HelpLine) -> str:
    text = _how(line.contacts)
    if line.hours is not None:
        text = translate("HelpLinesText", "%1, any time, day or night").replace("%1", text)
    if line.languages:
        text += " (" + ", ".join(LANGUAGE_NAMES[code] for code in line.languages) + ")"
    return (
        translate("HelpLinesText", "<b>%1</b>: %2")
        .replace("%1", escape(line.service))
        .replace("%2", text)
    )


def emergency_html(country: CountryLines | None) -> str:
    if country is None or country.emergency is None:
        return translate(
            "HelpLinesText", "If you are in immediate danger, call your local emergency number."
        )
    number = f"<b>{escape(country.emergency.number)}</b>"
    return translate(
        "HelpLinesText", "If you are in immediate danger, call the emergency number, %1."
    ).replace("%1", number)


def lines_html(code: str | None) -> str:
    """The lines of one country, a heading with its name first."""
    country = lines_for(code)
    if code is None:
        return (
            "<p>"
            + translate(
                "HelpLinesText",
                "moodapp does not know which country you are in. Choose it in Settings "
                "(Country for help lines), or look below.",
            )
            + "</p>"
        )
    if country is None:
        return (
            "<p>"
            + translate(
                "HelpLinesText", "moodapp holds no help line for this country (%1) yet."
            ).replace("%1", escape(code))
            + "</p>"
        )
    heading = f"<h4>{escape(country_name(code))}</h4>"
    if not country.lines:
        return (
            heading
            + "<p>"
            + translate(
                "HelpLinesText",
                "moodapp holds no checked help line for this country yet; findahelpline.com "
                "lists the lines there.",
            )
            + "</p>"
        )
    items = "".join(f"<li>{line_html(line)}</li>" for line in country.lines)
    return f"{heading}<ul>{items}</ul>"


def find_a_helpline_html(link: bool) -> str:
    address = "findahelpline.com"
    shown = f'<a href="{FIND_A_HELPLINE}">{address}</a>' if link else f"<b>{address}</b>"
    sentence = (
        translate(
            "HelpLinesText",
            "Helplines in other countries: %1 (a website; it opens in your browser).",
        )
        if link
        else translate("HelpLinesText", "Helplines in other countries: %1 (a website).")
    )
    return sentence.replace("%1", shown)


def crisis_html(code: str | None, link: bool) -> str:
    """The whole text for one country, in the dialog's order (the help's section)."""
    country = lines_for(code)
    return (
        QCoreApplication.translate("NeedHelpDialog", CRISIS_TEXT)
        + lines_html(code)
        + f"<p>{emergency_html(country)}</p>"
        + f"<p>{find_a_helpline_html(link)}</p>"
    )
