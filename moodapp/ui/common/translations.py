"""The window's language: moodapp's own translation for the locale, and Qt's for its dialogs.

moodapp is written in English. For another language it loads
``moodapp/assets/i18n/moodapp_<language>.qm`` (made by ``resources/translations.py``)
from the package, and Qt's ``qtbase_<language>.qm`` for the words of Qt's own dialogs
and buttons ("Cancel", "OK", the file chooser). Without a translation for any of the
locale's languages everything stays in English: the words of Qt's dialogs then match
the rest of the window.

English's own plural forms ("1 new entry", "2 new entries") come from
``moodapp_en.qm``, which holds only the messages with a count. It is installed in
every language, below the locale's own translation, which Qt asks first.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

OWN_PREFIX = "moodapp_"
QT_PREFIX = "qtbase_"
SOURCE_LANGUAGE = "en"  # the language the strings are written in: only plurals to load

# What install_translators put in last: the translators, and the bytes of moodapp's own
# translation, which QTranslator reads in place and does not copy.
_installed: list[QTranslator] = []
_kept_data: list[bytes] = []


def _candidates(locale: QLocale) -> list[str]:
    """The locale's languages as file suffixes, most specific first, up to English.

    ``de_AT`` gives ``de_Latn_AT``, ``de_AT``, ``de_Latn``, ``de``: each of the locale's
    languages as it is, then each shortened. The list stops at the first English one: a
    person who puts English before German reads the original.
    """
    tags: list[list[str]] = []
    for tag in locale.uiLanguages():
        parts = tag.replace("-", "_").split("_")
        if parts[0].lower() == SOURCE_LANGUAGE:
            break
        tags.append(parts)
    found: list[str] = []
    for parts in tags:
        found.append("_".join(parts))
    for parts in tags:
        found += ["_".join(parts[:end]) for end in range(len(parts) - 1, 0, -1)]
    return list(dict.fromkeys(found))


def _own_translation(language: str) -> bytes | None:
    """The compiled translation shipped in the package for ``language``, if there is one."""
    found = resources.files("moodapp") / "assets" / "i18n" / f"{OWN_PREFIX}{language}.qm"
    return found.read_bytes() if found.is_file() else None


def _qt_translator(languages: list[str], parent: QCoreApplication) -> QTranslator | None:
    """Qt's own translation for the first of ``languages`` that PySide6 ships one for."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for language in languages:
        path = folder / f"{QT_PREFIX}{language}.qm"
        if not path.is_file():
            continue
        translator = QTranslator(parent)
        if translator.load(str(path)) and not translator.isEmpty():
            return translator
        translator.deleteLater()
    return None


def remove_translators(app: QCoreApplication) -> None:
    """Take back what ``install_translators`` put in: the window is in English again."""
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    _kept_data.clear()


def _own_translator(language: str, parent: QCoreApplication) -> QTranslator | None:
    """moodapp's translation for ``language``, loaded, if the package ships one."""
    data = _own_translation(language)
    if data is None:
        return None
    own = QTranslator(parent)
    if not own.load(data) or own.isEmpty():
        own.deleteLater()
        return None
    _kept_data.append(data)
    return own


def _translators_for(locale: QLocale, app: QCoreApplication) -> list[QTranslator]:
    """moodapp's translation for the first of the locale's languages it has, and Qt's."""
    for language in _candidates(locale):
        own = _own_translator(language, app)
        if own is None:
            continue
        base = language.split("_")[0]
        qt = _qt_translator([c for c in _candidates(locale) if c.split("_")[0] == base], app)
        return [own] if qt is None else [own, qt]
    return []


def install_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Install English's plural forms, then moodapp's translation for ``locale`` and Qt's
    own, and return them (English's first).

    Call it before any window is made: widgets take their words when they are built.
    Any translators an earlier call installed are removed first. Without a translation
    for the locale's languages only English's plural forms are installed.
    """
    remove_translators(app)
    english = _own_translator(SOURCE_LANGUAGE, app)
    found = [*([english] if english else []), *_translators_for(locale, app)]
    for translator in found:  # Qt asks the one installed last first
        app.installTranslator(translator)
    _installed.extend(found)
    return found
