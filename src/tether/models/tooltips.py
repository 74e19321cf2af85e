"""Tooltips that show text as text.

Qt renders a tooltip as rich text when it looks like HTML, and rich text loads the images
it names. An article's words and the reader's own are untrusted, so every tooltip a model
gives is escaped and wrapped, and Qt only ever sees markup Tether wrote.
"""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """A tooltip that Qt shows exactly as ``text`` reads, whatever characters it holds."""
    return f"<p>{html.escape(text)}</p>"
