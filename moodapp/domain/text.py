"""Marks user-visible words that live below the UI so Qt's lupdate can extract them.

The UI translates them with ``QCoreApplication.translate(context, text)``; the
command line prints them as they are.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    del context
    return text
