"""argparse's own words (``usage:``, ``options``, its errors) in the interface language.

argparse looks its words up through :func:`gettext.gettext`, bound in its module as
``_``; Python ships no German or Spanish catalogue for them, so ``tether --help`` would
mix languages. :func:`install` points that name at Tether's catalogue instead: the words
below are declared for ``lupdate`` here (context "CommandLine") and translated as argparse
asks for them. Words argparse only says to programmers (a parser built wrongly) are
left as they are.
"""

from __future__ import annotations

import argparse

from tether.i18n import QT_TRANSLATE_NOOP, translate

# argparse's words a person running ``tether`` can see (Python 3.11 to 3.13).
WORDS = frozenset(
    {
        QT_TRANSLATE_NOOP("CommandLine", "usage: "),
        QT_TRANSLATE_NOOP("CommandLine", "positional arguments"),
        QT_TRANSLATE_NOOP("CommandLine", "options"),
        QT_TRANSLATE_NOOP("CommandLine", "show this help message and exit"),
        QT_TRANSLATE_NOOP("CommandLine", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("CommandLine", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("CommandLine", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("CommandLine", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("CommandLine", "expected one argument"),
        QT_TRANSLATE_NOOP("CommandLine", "expected at most one argument"),
        QT_TRANSLATE_NOOP("CommandLine", "expected at least one argument"),
        QT_TRANSLATE_NOOP("CommandLine", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("CommandLine", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("CommandLine", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("CommandLine", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("CommandLine", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("CommandLine", "can't open '%(filename)s': %(error)s"),
    }
)


def argparse_word(text: str) -> str:
    """``text`` (as argparse asks for it) in the interface language."""
    return translate("CommandLine", text) if text in WORDS else text


def install() -> None:
    """Let argparse speak the interface language from now on (for this process)."""
    argparse._ = argparse_word  # type: ignore[attr-defined]
