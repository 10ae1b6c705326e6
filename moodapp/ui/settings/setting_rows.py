"""One row of Settings for each declared setting: the control its ``editor`` names, its
words from the declaration, and what the declaration alone cannot say (a control's
name for assistive tech, the words of each choice, a number's unit).

A choice is a combo box of (words, value); a number a spin box within the setting's
limits; a time a time field in the language's short format; a yes or no a check box
that says the setting's words itself (its row spans the form). Every row gives back and
takes the setting's value as declared, so that the dialog reads and writes them all
alike. The words here are translated in the context "SettingsDialog", as before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import QCheckBox, QFormLayout, QSpinBox, QTimeEdit, QWidget

from moodapp.domain.settings import (
    AUTO_LOCK_MINUTES,
    FIRST_WEEKDAY,
    HELP_LINES_COUNTRY,
    KEEP_IN_TRAY,
    REMINDER_AT,
    REMINDER_ON,
    THEME,
    Editor,
    Setting,
)
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.ui.common.form_parts import named
from moodapp.ui.common.value_combo import ValueCombo
from moodapp.ui.help.help_lines_text import country_name, country_to_show

Choices = list[tuple[str, Any]]


def _translated(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text) if text else ""


def _themes() -> Choices:
    words = {
        "system": QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"),
        "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
        "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
    }
    return [(_translated(words[value]), value) for value in THEME.allowed()]


def _weekdays() -> Choices:
    locale = QLocale()
    locale_day = locale.dayName(locale.firstDayOfWeek().value)
    first, last = FIRST_WEEKDAY.bounds()
    as_language = QCoreApplication.translate("SettingsDialog", "As the language sets it (%1)")
    return [
        (as_language.replace("%1", locale_day), None),
        *((locale.dayName(day + 1), day) for day in range(first, last + 1)),
    ]


def _countries() -> Choices:
    territory = country_to_show(None)  # the system's
    held = HELP_LINES_COUNTRY.allowed()
    system = (
        country_name(territory)
        if territory is not None and territory in held
        else territory or QCoreApplication.translate("SettingsDialog", "not known")
    )
    countries = sorted(
        ((country_name(code), code) for code in held), key=lambda choice: choice[0].casefold()
    )
    as_system = QCoreApplication.translate("SettingsDialog", "As the system sets it (%1)")
    return [(as_system.replace("%1", system), None), *countries]


@dataclass(frozen=True)
class Look:
    """What a row shows beyond the declaration; the words are marked, translated when
    the row is made."""

    name: str  # the control's accessible name
    description: str = ""  # and its description
    choices: Callable[[], Choices] | None = None  # a choice's (words, value), in order
    special: str = ""  # a number's words for its smallest value
    suffix: str = ""  # a number's unit
    needs: Setting[bool] | None = None  # a yes or no that must be ticked for this row


LOOKS: dict[str, Look] = {
    THEME.key: Look(QT_TRANSLATE_NOOP("SettingsDialog", "Theme"), choices=_themes),
    FIRST_WEEKDAY.key: Look(
        QT_TRANSLATE_NOOP("SettingsDialog", "First day of the week"), choices=_weekdays
    ),
    HELP_LINES_COUNTRY.key: Look(
        QT_TRANSLATE_NOOP("SettingsDialog", "Country for help lines"),
        QT_TRANSLATE_NOOP(
            "SettingsDialog", '"Need help now?" shows the crisis lines of this country first.'
        ),
        choices=_countries,
    ),
    REMINDER_ON.key: Look(QT_TRANSLATE_NOOP("SettingsDialog", "Daily reminder")),
    REMINDER_AT.key: Look(QT_TRANSLATE_NOOP("SettingsDialog", "Reminder time"), needs=REMINDER_ON),
    KEEP_IN_TRAY.key: Look(QT_TRANSLATE_NOOP("SettingsDialog", "Keep in tray")),
    AUTO_LOCK_MINUTES.key: Look(
        QT_TRANSLATE_NOOP("SettingsDialog", "Auto-lock minutes"),
        special=QT_TRANSLATE_NOOP("SettingsDialog", "never"),
        suffix=QT_TRANSLATE_NOOP("SettingsDialog", " min"),
    ),
}


@dataclass(frozen=True)
class Row:
    """A declared setting's control, showing and giving back the setting's value."""

    setting: Setting[Any]
    control: QWidget
    value: Callable[[], Any]
    show: Callable[[Any], None]

    def add_to(self, form: QFormLayout) -> None:
        """Its row: the setting's words beside the control, or a box saying them itself."""
        if isinstance(self.control, QCheckBox):
            form.addRow(self.control)
        else:
            form.addRow(_translated(self.setting.label), self.control)


def make_row(setting: Setting[Any], parent: QWidget) -> Row:
    """The row of ``setting``, made as its declared editor says."""
    assert setting.editor is not None, f"{setting.key} is not shown in Settings"
    look = LOOKS[setting.key]
    row = _MAKERS[setting.editor](setting, look, parent)
    named(row.control, _translated(look.name), _translated(look.description))
    return row


def _choice(setting: Setting[Any], look: Look, parent: QWidget) -> Row:
    assert look.choices is not None, f"{setting.key}: no words for its choices"
    combo: ValueCombo[Any] = ValueCombo(_translated(look.name), look.choices(), parent)
    return Row(setting, combo, combo.value, combo.set_value)


def _number(setting: Setting[Any], look: Look, parent: QWidget) -> Row:
    spin = QSpinBox(parent)
    spin.setRange(*setting.bounds())
    spin.setSpecialValueText(_translated(look.special))
    spin.setSuffix(_translated(look.suffix))
    return Row(setting, spin, spin.value, spin.setValue)


def _time(setting: Setting[Any], look: Look, parent: QWidget) -> Row:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))

    def value() -> time:
        at = edit.time()
        return time(at.hour(), at.minute())

    def show(at: time) -> None:
        edit.setTime(QTime(at.hour, at.minute))

    return Row(setting, edit, value, show)


def _yes_no(setting: Setting[Any], look: Look, parent: QWidget) -> Row:
    box = QCheckBox(_translated(setting.label), parent)
    return Row(setting, box, box.isChecked, box.setChecked)


_MAKERS: dict[Editor, Callable[[Setting[Any], Look, QWidget], Row]] = {
    Editor.CHOICE: _choice,
    Editor.NUMBER: _number,
    Editor.TIME: _time,
    Editor.YES_NO: _yes_no,
}
