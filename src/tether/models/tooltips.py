"""Tooltips that show text as text, and an article's words set in the interface's.

Qt renders a tooltip as rich text when it looks like HTML, and rich text loads the images
it names. An article's words and the reader's own are untrusted, so every tooltip a model
gives is escaped and wrapped, and Qt only ever sees markup Tether wrote.
"""

from __future__ import annotations

import html
import re
import unicodedata

# A tooltip shows at most this much of a long text (a pasted blob would fill the screen,
# and Qt's rich-text layout of a megabyte takes seconds).
PREVIEW_CHARS = 1000
# Runs longer than this without a space get a place to wrap: a tooltip wraps at spaces.
_LONGEST_RUN = 60
_LONG_RUN = re.compile(rf"\S{{{_LONGEST_RUN}}}(?=\S)")
_WRAP_HERE = "\u200b"


_FIRST_STRONG_ISOLATE, _POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"


def isolated(text: str) -> str:
    """``text`` kept whole among the interface's words: a Hebrew group title before
    "— 0 of 4" would otherwise take the count into its right-to-left run, and show
    "0 — title of 4". Left-to-right text is returned as it is."""
    if any(unicodedata.bidirectional(char) in ("R", "AL") for char in text):
        return f"{_FIRST_STRONG_ISOLATE}{text}{_POP_DIRECTIONAL_ISOLATE}"
    return text


def plain_tooltip(text: str) -> str:
    """A tooltip that Qt shows exactly as ``text`` reads, whatever characters it holds."""
    return f"<p>{html.escape(text)}</p>"


def preview_tooltip(text: str, limit: int = PREVIEW_CHARS) -> str:
    """A plain tooltip for a text of any length: its start, able to wrap anywhere.

    Costs time in proportion to ``limit``, never to the whole text.
    """
    shown = text if len(text) <= limit else text[:limit].rstrip() + "…"
    # Only the tooltip gets the invisible places to wrap; the text itself is untouched.
    return plain_tooltip(_LONG_RUN.sub(lambda run: run.group() + _WRAP_HERE, shown))
