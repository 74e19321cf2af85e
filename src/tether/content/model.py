"""The article as immutable data: what the rest of Tether reads, never changes.

The records are :class:`typing.NamedTuple` s, not dataclasses: they are made before the
first paint of every start, and a named tuple's class costs a fifth of a frozen
dataclass's to create (issue 19). Nothing iterates, indexes or unpacks them; they are
read by attribute, as before.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

# The names Tether writes into the page's HTML and the page reads back. Here, not in
# tether.content.html (which needs the Markdown parser), so that the page and its ticks
# use them at start-up without importing the parser: an article painted from the
# render cache never loads it (see tether.content.cache.render).
SIGN_SCHEME = "sign"
SECTION_ANCHOR_PREFIX = "section:"
UNTICKED_GLYPH = "\u2610"
TICKED_GLYPH = "\u2611"
RELATED_TITLE_CLASS = "related-title"


class Sign(NamedTuple):
    """One item of a checklist: something a reader may recognise in themselves."""

    id: str
    text: str
    group_id: str
    section_id: str


class SignGroup(NamedTuple):
    """A checklist, named by the sentence just before it ("Independent individuals typically:")."""

    id: str
    title: str
    section_id: str
    signs: tuple[Sign, ...]


class RelatedReading(NamedTuple):
    """A pointer to another article ("See Also: …"), shown as a note, never as a dead link."""

    label: str
    title: str


class Heading(NamedTuple):
    """A heading inside a section: listed under it, and a place a link can lead to."""

    title: str
    level: int
    # The GitHub-style name in-page links use ("#usage"), an anchor on the page.
    anchor: str


class Section(NamedTuple):
    """A part of the article under one heading; the text before the first is the introduction."""

    id: str
    title: str
    html: str
    prompts: tuple[str, ...]
    sign_groups: tuple[SignGroup, ...]
    related: tuple[RelatedReading, ...]
    headings: tuple[Heading, ...] = ()
    # Speaker notes: quotes starting "Note:", for whoever presents the article. The page
    # shows them only when asked (View › Show Speaker Notes); the room never sees them.
    notes: tuple[str, ...] = ()

    @property
    def signs(self) -> tuple[Sign, ...]:
        """Every sign of the section, in reading order."""
        return tuple(sign for group in self.sign_groups for sign in group.signs)


class Article(NamedTuple):
    """A loaded article: its identity, front matter and sections in reading order."""

    id: str
    title: str
    path: Path
    sections: tuple[Section, ...]
    subtitle: str | None = None
    author: str | None = None
    language: str | None = None
    # Sections at the end not rendered yet (no text, no signs): see ArticleRenderer.
    pending: int = 0
    # Whether more sections follow :attr:`sections` (a long file's outline is read a
    # part at a time after its first screen is shown: see ArticleRenderer).
    outline_pending: bool = False

    @property
    def complete(self) -> bool:
        """Whether every section is rendered (an article being rendered is not, yet)."""
        return self.pending == 0 and not self.outline_pending

    @property
    def sign_groups(self) -> tuple[SignGroup, ...]:
        """Every checklist of the article, in reading order."""
        return tuple(group for section in self.sections for group in section.sign_groups)

    @property
    def signs(self) -> tuple[Sign, ...]:
        """Every sign of the article, in reading order."""
        return tuple(sign for section in self.sections for sign in section.signs)

    def section_index(self, section_id: str) -> int | None:
        """Return the position of the section with this id, or None if there is none."""
        for index, section in enumerate(self.sections):
            if section.id == section_id:
                return index
        return None


class ArticleOutline(NamedTuple):
    """An article's identity, title and section ids, read without rendering its text.

    What a library list needs: the same ``id`` and section ids that loading the whole
    article would give, at a fraction of the cost.
    """

    id: str
    title: str
    path: Path
    section_ids: tuple[str, ...]
    subtitle: str | None = None  # from the front matter, as the article's byline shows it


# -- speaker notes in a page's HTML (light: the room's screen and exports use it) --------

NOTE_CLASS = "speaker-note"
_QUOTE_TAG = re.compile(r"<(/?)blockquote\b[^>]*>", re.IGNORECASE)
_NOTE_OPEN = re.compile(r'<blockquote\b[^>]*\bclass="[^"]*\bspeaker-note\b[^"]*"[^>]*>')


def strip_speaker_notes(html: str) -> str:
    """``html`` without its speaker-note quotes (and whatever they hold).

    The audience window must never show one, and the reader's page shows them only when
    View › Show Speaker Notes is on; Qt's rich text has no ``display: none``, so the quote
    is cut out of the HTML instead, following the nesting of quotes inside it.
    """
    if NOTE_CLASS not in html:
        return html
    kept: list[str] = []
    position = 0
    while (start := _NOTE_OPEN.search(html, position)) is not None:
        kept.append(html[position : start.start()])
        depth, end = 0, len(html)
        for tag in _QUOTE_TAG.finditer(html, start.start()):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                end = tag.end()
                break
        position = end
        # The newline the renderer writes after a block would leave a blank line behind.
        if html.startswith("\n", position):
            position += 1
    kept.append(html[position:])
    return "".join(kept)
