"""The interface's words in the reader's language: one call for every layer.

Every user-visible string goes through :func:`translate` with a context (the part of the
interface it belongs to), so that ``pyside6-lupdate`` finds it and writes it into the
catalogues under ``resources/translations/``. Strings declared before a language is
chosen (the action registry, option names) are marked with :func:`QT_TRANSLATE_NOOP`
and translated where they are shown.

This module imports no Qt, so the content and store layers may mark their messages too.
Until :mod:`tether.i18n.install` gives it the catalogues of a language, every string is
shown as written (English); plurals still read right, because ``%n`` is replaced by the
number either way.
"""

from __future__ import annotations

from collections.abc import Callable

#: Looks a string up in the chosen language's catalogue: ``(context, source,
#: disambiguation, n)`` to the translation, or "" when it has none.
Lookup = Callable[[str, str, str | None, int], str]

#: The interface languages Tether ships, by code, each named in its own language, and
#: "system" for the desktop's language. English is the source language: no catalogue.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
)
SYSTEM = "system"

_lookup: Lookup | None = None
_number: Callable[[int], str] = str
_language = "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` in the interface language (``text`` itself when it has none).

    ``context`` groups strings as translators see them (a window, a panel, a dialog);
    ``n`` >= 0 picks the plural form and replaces ``%n`` with the number, written the
    way the language writes numbers. Placeholders for ``str.format`` stay as they are,
    so format after translating, never before.
    """
    found = _lookup(context, text, disambiguation, n) if _lookup is not None else ""
    result = found or text
    if n >= 0:
        result = result.replace("%n", _number(n))
    return result


def QT_TRANSLATE_NOOP(  # noqa: N802 - lupdate knows this name
    context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """Mark ``text`` for the catalogue without translating it yet (declared at import).

    A plural is declared with a literal count, ``QT_TRANSLATE_NOOP("Ctx", "%n signs",
    None, 2)``, and shown with ``translate("Ctx", DECLARED, None, count)``: pyside6-lupdate
    takes a message for a plural only where its count is a number written in the code
    (``translate(..., None, count)`` with a variable gives it a single form).
    """
    return text


def set_lookup(
    lookup: Lookup | None, number: Callable[[int], str] = str, language: str = "en"
) -> None:
    """Use ``lookup`` for every later :func:`translate` (None: English as written).

    Called by :mod:`tether.i18n.install` once a language is chosen, and by tests that
    mark every translated string to find the ones that were not.
    """
    global _lookup, _number, _language
    _lookup = lookup
    _number = number
    _language = language


def current_language() -> str:
    """The code of the interface's language ("en", "de", …): what a cached rendering that
    holds interface words (an unnamed opening section's title) is kept apart by."""
    return _language


def language_in_use() -> bool:
    """Whether a catalogue other than English's source text is being used."""
    return _lookup is not None
