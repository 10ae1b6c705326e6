"""The words of Help > How moodapp works, as rich text with an anchor per section.

Every paragraph is translated whole; the scales are listed with the same words the
forms show (translated in the "Scale" context), and the crisis lines are the very
text of "Need help now?". The wording follows GROUNDING.md: describe, compare a
person only with their own pattern, never judge and never make a game of crying.
``tests/gui/test_help_window.py`` scans it for words that would break those rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QCoreApplication

from moodapp.domain.charts import CHART_TITLES, MIN_SPLIT_EPISODES, ChartKind
from moodapp.domain.entries import (
    DAILY_LIFE_WORDS,
    EMOTION_INTENSITY_WORDS,
    INTENSITY_WORDS,
    URGE_WORDS,
)
from moodapp.domain.text import QT_TRANSLATE_NOOP
from moodapp.ui.common.entry_text import signed
from moodapp.ui.common.words import translate
from moodapp.ui.entry.check_in_form import ENERGY_WORDS, MOOD_WORDS
from moodapp.ui.help.help_lines_text import country_to_show, crisis_html

CONTENTS = "contents"
NEED_HELP = "need-help"

# The sections in their order: anchor, heading.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("what-for", QT_TRANSLATE_NOOP("HelpText", "What moodapp is for")),
    ("crying-episode", QT_TRANSLATE_NOOP("HelpText", "Crying episodes")),
    ("check-in", QT_TRANSLATE_NOOP("HelpText", "Check-ins")),
    ("details", QT_TRANSLATE_NOOP("HelpText", "Why the optional details are there")),
    ("emotions-triggers", QT_TRANSLATE_NOOP("HelpText", "Your emotions and triggers")),
    ("calendar", QT_TRANSLATE_NOOP("HelpText", "The calendar")),
    ("charts", QT_TRANSLATE_NOOP("HelpText", "The charts")),
    ("insights", QT_TRANSLATE_NOOP("HelpText", "The insights")),
    ("privacy", QT_TRANSLATE_NOOP("HelpText", "Privacy and your data")),
    (NEED_HELP, QT_TRANSLATE_NOOP("HelpText", "Need help now?")),
)


def _heading(anchor: str) -> str:
    """A section's translated heading (the headings are marked where SECTIONS is built)."""
    return translate("HelpText", dict(SECTIONS)[anchor])


def _p(text: str) -> str:
    return f"<p>{text}</p>"


def _scale(words: Mapping[int, str], context: str = "Scale", signed_numbers: bool = False) -> str:
    """A scale as a list of "number · word", in the words the forms show."""
    rows = []
    for number, word in words.items():
        shown = signed(number) if signed_numbers else str(number)
        rows.append(f"<li>{shown} · {escape(QCoreApplication.translate(context, word))}</li>")
    return f'<ul style="margin-top: 0; margin-bottom: 0;">{"".join(rows)}</ul>'


def _list(items: str) -> str:
    # Qt gives a list's bottom margin to its last item's first line, which would open a gap
    # above a scale nested in that item: the paragraph after the list keeps the space.
    return f'<ul style="margin-bottom: 0;">{items}</ul>'


def _field(text: str, scale: str = "") -> str:
    return f"<li>{text}{scale}</li>"


def _contents() -> str:
    links = "".join(
        f'<li><a href="#{anchor}">{escape(_heading(anchor))}</a></li>' for anchor, _ in SECTIONS
    )
    title = translate(
        "HelpText", "How moodapp works"
    )  # outside the f-strings, where lupdate finds it
    contents = translate("HelpText", "Contents")
    return (
        f'<a name="{CONTENTS}"></a><h1>{escape(title)}</h1>'
        + _p(
            translate(
                "HelpText",
                'If things feel very heavy right now, <a href="#need-help">Need help now?</a> '
                "lists people you can talk to today.",
            )
        )
        + f"<h3>{escape(contents)}</h3><ul>{links}</ul>"
    )


def _section(anchor: str, body: str) -> str:
    back_text = translate(
        "HelpText", "Back to the contents"
    )  # outside the f-string, where lupdate finds it
    back = f'<p><a href="#{CONTENTS}">{escape(back_text)}</a></p>'
    return f'<a name="{anchor}"></a><h2>{escape(_heading(anchor))}</h2>{body}{back}'


def _what_for() -> str:
    return "".join(
        _p(t)
        for t in (
            translate(
                "HelpText",
                "moodapp is a private journal for your moods and for crying. You write down "
                "when you cry or almost cry, and, once a day or more often, how you feel. "
                "The calendar, the charts and the insights then show your own pattern.",
            ),
            translate(
                "HelpText",
                "Crying sometimes brings relief and sometimes does not. Noticing your own "
                "pattern, how often tears come, what goes with them and how you feel "
                "afterwards, is what this journal is for. There is no right amount of crying, "
                "and nothing here is a test.",
            ),
            translate(
                "HelpText",
                "moodapp never rewards or ranks your crying, in either direction: there is "
                "nothing to win, no target to reach and no run of days to keep up.",
            ),
        )
    )


def _crying_episode() -> str:
    fields = "".join(
        (
            _field(
                translate(
                    "HelpText",
                    "<b>When</b>: the time it happened. It starts at now; you can change it.",
                )
            ),
            _field(
                translate(
                    "HelpText",
                    "<b>What happened</b>: <b>Cried</b>, or <b>Almost cried</b>. An urge to "
                    "cry without tears counts too.",
                )
            ),
            _field(
                translate("HelpText", "<b>Intensity</b>: how strong the tears were, from 1 to 5:"),
                _scale(INTENSITY_WORDS),
            ),
            _field(
                translate(
                    "HelpText",
                    "<b>Emotions</b>: the emotions in it, each from 0 to 4. Emotions left at "
                    "0 are simply not part of this entry. The ones you felt most in the last "
                    "90 days come first; <b>All emotions</b> shows the others:",
                ),
                _scale(EMOTION_INTENSITY_WORDS),
            ),
        )
    )
    details = "".join(
        _field(t)
        for t in (
            translate("HelpText", "<b>Duration</b>: about how many minutes it lasted."),
            translate(
                "HelpText",
                "<b>What set it off</b>: the triggers, as many as fit. \u201cNo clear "
                "reason\u201d is there too.",
            ),
            translate("HelpText", "<b>Who was there</b>: alone, one person, or several people."),
            translate(
                "HelpText",
                "<b>How they reacted</b>: comforted me, neutral, negative, or nobody noticed.",
            ),
            translate("HelpText", "<b>Held tears back</b>: yes or no."),
            translate("HelpText", "<b>Felt ashamed</b>: yes or no."),
            translate(
                "HelpText",
                "<b>Resolved or understood</b>: whether the situation was resolved or better "
                "understood afterwards: yes, partly or no.",
            ),
            translate(
                "HelpText", "<b>Mood right after</b>: better, the same, or worse than before."
            ),
            translate(
                "HelpText",
                "<b>Mood right after (0-10)</b>: the same moment as a number, from 0 (very "
                "low) to 10 (very good).",
            ),
            translate(
                "HelpText",
                "<b>Mood later (0-10)</b>: the same scale, some time later. Mood often dips "
                "right after crying and comes back up within 20 to 90 minutes, sometimes "
                "higher than before.",
            ),
            translate(
                "HelpText",
                "<b>What helped</b>: in your own words, for example a walk or talking to a friend.",
            ),
            translate(
                "HelpText",
                "<b>Tags</b>: your own words, separated by commas, to find entries again.",
            ),
            translate("HelpText", "<b>Note</b>: anything else you want to keep."),
        )
    )
    return (
        _p(
            translate(
                "HelpText",
                "A crying episode is one time you cried or almost cried. Log it with Entry > "
                "Log crying episode (Ctrl+T). It takes a few seconds; the details are "
                "optional.",
            )
        )
        + _list(fields)
        + _p(translate("HelpText", "Under <b>Details (optional)</b>:"))
        + _list(details)
        + _p(
            translate(
                "HelpText",
                "Any detail can stay \u201cNot recorded\u201d. That is different from "
                "\u201cno\u201d: it only means you did not write it down.",
            )
        )
    )


def _check_in() -> str:
    fields = "".join(
        (
            _field(
                translate("HelpText", "<b>When</b>: the time of the check-in, starting at now.")
            ),
            _field(
                translate(
                    "HelpText", "<b>Mood</b>: how pleasant or unpleasant you feel, from -3 to +3:"
                ),
                _scale(MOOD_WORDS, "CheckInForm", signed_numbers=True),
            ),
            _field(
                translate(
                    "HelpText", "<b>Energy</b>: how low or high your energy is, from -3 to +3:"
                ),
                _scale(ENERGY_WORDS, "CheckInForm", signed_numbers=True),
            ),
            _field(
                translate(
                    "HelpText", "<b>Urge to cry</b>: how much you felt like crying, from 0 to 4:"
                ),
                _scale(URGE_WORDS),
            ),
            _field(
                translate(
                    "HelpText",
                    "<b>No crying today</b>: tells a day without tears apart from a day you "
                    "did not write down.",
                )
            ),
            _field(
                translate(
                    "HelpText",
                    "<b>Emotions today</b>: the emotions you felt, each from 0 to 4. The ones "
                    "you felt most in the last 90 days come first; <b>All emotions</b> shows "
                    "the others:",
                ),
                _scale(EMOTION_INTENSITY_WORDS),
            ),
            _field(translate("HelpText", "<b>Note</b>: anything you want to keep about the day.")),
        )
    )
    more = "".join(
        (
            _field(translate("HelpText", "<b>Sleep</b>: about how many hours you slept.")),
            _field(
                translate(
                    "HelpText",
                    "<b>Feelings made daily life hard</b>: how much your feelings got in the "
                    "way of work, home or time with others, from 0 to 3:",
                ),
                _scale(DAILY_LIFE_WORDS),
            ),
            _field(translate("HelpText", "<b>Tags</b>: your own words, separated by commas.")),
        )
    )
    return (
        _p(
            translate(
                "HelpText",
                "A check-in is a short note of how you are, about a minute long. Start one "
                "with Entry > New check-in (Ctrl+N). Several a day are fine; each counts on "
                "its own.",
            )
        )
        + _list(fields)
        + _p(translate("HelpText", "Under <b>More (optional)</b>:"))
        + _list(more)
    )


def _details() -> str:
    return "".join(
        _p(t)
        for t in (
            translate(
                "HelpText",
                "Crying does not always bring relief. In a large diary study of about a "
                "thousand crying episodes, mood was better afterwards in about three of ten, "
                "about the same in six of ten, and worse in about one of ten. Asked much "
                "later, most people remember feeling better.",
            ),
            translate(
                "HelpText",
                "What went together with feeling better was the setting: being comforted by "
                "someone, the situation being resolved or better understood, and tears of "
                "being moved. Holding tears back and feeling ashamed went together with "
                "feeling no better. The optional details ask about exactly these things, so "
                "that moodapp can show which of them went together with relief for you.",
            ),
            translate(
                "HelpText",
                "How strong the tears were went together with relief more than how long they "
                "lasted, which is why intensity is asked every time and duration is optional.",
            ),
            translate(
                "HelpText",
                "Many people tear up at good things too: being moved, joy, beauty, something "
                "achieved. Those tears belong in the journal as much as sad ones.",
            ),
            translate(
                "HelpText",
                "The research was done on groups of people, and people differ a lot, from "
                "country to country and from person to person. So moodapp never compares you "
                "with other people or with an average. It only compares you with yourself: "
                "with what is usual for you.",
            ),
            translate(
                "HelpText",
                "If crying comes on suddenly and does not match how you feel, for example "
                "tears that come without sadness and are hard to stop, it can have a "
                "neurological reason (called pseudobulbar affect). A doctor can look into it "
                "with you.",
            ),
        )
    )


def _emotions_triggers() -> str:
    return _p(
        translate(
            "HelpText",
            "moodapp starts with a list of emotions and a list of triggers, the kinds of "
            "things that can bring tears on. In Edit > Emotions and triggers (also "
            "reached from Settings) you can rename them, give an emotion another colour, "
            "put them in another order, add your own and archive the ones you do not use. "
            "Archiving hides one from the lists you choose from; entries that already have "
            "it keep it. A new name shows in past entries too. Each change is saved as soon "
            "as you make it, so that window has only a Close button.",
        )
    )


def _calendar() -> str:
    return _p(
        translate(
            "HelpText",
            "The calendar shows a month or a whole year. A day's colour and the number at "
            "its top are the average mood of its check-ins, from -3 (unpleasant) to +3 "
            "(pleasant); a day without a check-in has no colour. Small drops mark crying and "
            "almost crying, with a number when there was more than one, and another mark "
            "shows a check-in with no crying; the legend under the calendar shows which is "
            "which. Choose a day to see its entries, change them or add one.",
        )
    )


def _charts() -> str:
    about = {
        ChartKind.CRYING_VS_EMOTIONS: translate(
            "HelpText",
            "how often you cried and almost cried per day, week or month, next to your mood "
            "and the emotions of your check-ins. Once you have been writing for four weeks, "
            "a band shows your usual range.",
        ),
        ChartKind.EMOTIONS: translate(
            "HelpText", "which emotions came with your tears, and how strongly."
        ),
        ChartKind.RELIEF: translate(
            "HelpText",
            "better, the same or worse right after crying, side by side for each setting: "
            "who was there, how they reacted, holding back, shame, whether it was resolved, "
            "and what set it off.",
        ),
        ChartKind.TIMING: translate(
            "HelpText", "the times of day and the days of the week when you cried."
        ),
    }
    items = "".join(
        f"<li><b>{escape(QCoreApplication.translate('Chart', CHART_TITLES[kind]))}</b>: {text}</li>"
        for kind, text in about.items()
    )
    return (
        _p(
            translate(
                "HelpText", "There are four charts. Each can be saved as a picture or copied."
            )
        )
        + f"<ul>{items}</ul>"
        + _p(
            translate(
                "HelpText", "A comparison is only drawn when at least %1 episodes are behind it."
            ).replace("%1", str(MIN_SPLIT_EPISODES))
        )
    )


def _insights() -> str:
    return "".join(
        _p(t)
        for t in (
            translate(
                "HelpText",
                "The insights describe your own entries in a few plain sentences: how often "
                "you cried compared with your usual range, how you felt after crying in "
                "different settings, your mood in the days around crying, the times tears "
                "came, quiet stretches, and how varied your emotions were. Each one says how "
                "many entries it rests on, and says what went together, not what led to what.",
            ),
            translate(
                "HelpText",
                "Your usual range is how often you cry in a typical 28 days, leaving out the "
                "quietest and the heaviest stretches, from your own entries over the last "
                "months. It shows once you have been writing for four weeks; until then, the "
                "insights say that it is still being learned.",
            ),
            translate(
                "HelpText",
                "If for two weeks you cry more than usual while your mood is low, or your "
                "feelings make daily life very hard, the insights gently invite you to talk "
                "to someone you trust or to a professional. You can set the invitation aside; "
                "it then stays away for two weeks.",
            ),
            translate(
                "HelpText",
                "<b>Your week</b> sums up what you wrote down this week and keeps what you "
                "noticed. Its weeks are the calendar's: they start on the day chosen in "
                "Settings under Weeks start on. Previous week and Next week show the "
                "other weeks and their notes; what you typed is saved before another week "
                "is shown, and saving an empty note removes it.",
            ),
        )
    )


def _privacy() -> str:
    return "".join(
        _p(t)
        for t in (
            translate(
                "HelpText",
                "Your journal stays on this computer, in one file. moodapp never connects to "
                "the internet and collects nothing about how you use it.",
            ),
            translate(
                "HelpText",
                "You can encrypt the journal with a passphrase (Journal > Encrypt journal). "
                "Then nobody can read it without the passphrase, and nobody can recover it "
                "if the passphrase is lost, so keep it somewhere safe. An encrypted journal "
                "can lock itself after a quiet while (Journal > Auto-lock).",
            ),
            translate(
                "HelpText",
                "moodapp keeps backups by itself every day you use it, and you can make one "
                "at any time (Journal > Back up now) or go back to one (Journal > Restore "
                "from backup). Backups are encrypted like the journal.",
            ),
            translate(
                "HelpText",
                "Your data is yours: File > Export journal writes all of it to a file, and "
                "Journal > Delete all my data removes the journal, its backups and moodapp's "
                "settings from this computer.",
            ),
        )
    )


def _need_help() -> str:
    # The very text of the "Need help now?" dialog, for this computer's country (the dialog
    # itself follows the country chosen in Settings, and offers every other one).
    return crisis_html(country_to_show(None), link=False)


def help_html() -> str:
    """The whole help, translated, as rich text for a QTextBrowser."""
    bodies = {
        "what-for": _what_for(),
        "crying-episode": _crying_episode(),
        "check-in": _check_in(),
        "details": _details(),
        "emotions-triggers": _emotions_triggers(),
        "calendar": _calendar(),
        "charts": _charts(),
        "insights": _insights(),
        "privacy": _privacy(),
        NEED_HELP: _need_help(),
    }
    return _contents() + "".join(_section(anchor, bodies[anchor]) for anchor, _ in SECTIONS)
