"""What the first part of a file needs to know about the part not parsed yet.

Two things, each found cheaply and on the safe side, then checked against the real
parse once the whole outline is in (see :class:`tether.content.outline.outliner.Outliner`):

- **How deep its headings may be** (:func:`heading_line`): the outline's title and
  section level depend on every top-level heading of the file. A line that could be one
  (``#`` after at most three spaces, or a setext underline) is where the rest could add
  a heading of that level; lines in code are counted too, so none is missed.
- **Its link and footnote definitions** (:class:`Ahead`): a link or a note in the first
  screen may be defined at the end of the file. Every ``]:`` in the rest may end a
  definition's label; where the label starts a line, the lines around it (blank line to
  blank line; for a footnote, on through its indented paragraphs) are parsed by
  markdown-it itself for their definitions, which the first part is read with. What
  could differ from the whole file's parse (a definition line inside a fenced block, or
  in a quote) is noted by the label's last characters: text that mentions one is
  recorded, so a difference that matters is found when the outline is whole.
- **Whether a heading further on cites a footnote** (:func:`may_cite_in_heading`):
  footnotes are numbered as cited, every heading before any section's text, so such a
  file is read whole first.
"""

from __future__ import annotations

import re
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tether.content.html import footnote_definitions
from tether.content.parser import Env, parse_blocks

_HEADING_LINE = [
    re.compile(rf"^ {{0,3}}(?:#{{{level}}}(?:[ \t]|$){extra})", re.MULTILINE)
    for level, extra in ((1, r"|=+[ \t]*$"), (2, r"|-+[ \t]*$"), (3, ""), (4, ""), (5, ""), (6, ""))
]
# A link label is at most 999 characters (CommonMark).
_LONGEST_LABEL = 1000
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A line that could underline a setext heading, in a quote too.
_UNDERLINE = re.compile(r"^[ \t>]*(?:=+|-+)[ \t]*$", re.MULTILINE)
_SPACES = re.compile(r"\s+")


def heading_line(body: str, start: int, level: int) -> int | None:
    """Where the first line from ``start`` on that could be a top-level heading of
    ``level`` (1-6) is; None if there is none."""
    found = _HEADING_LINE[level - 1].search(body, start)
    return None if found is None else found.start()


def may_cite_in_heading(body: str, start: int) -> bool:
    """Whether a heading from ``start`` on could cite a footnote: a ``[^`` on a line with
    a ``#`` before it, or in lines a setext underline could follow."""
    at = body.find("[^", start)
    while at >= 0:
        line = body.rfind("\n", 0, at) + 1
        if "#" in body[line:at]:
            return True
        blank = _BLANK_LINE.search(body, at)
        if _UNDERLINE.search(body, at, blank.start() + 1 if blank else len(body)):
            return True
        at = body.find("[^", at + 2)
    return False


def fold(text: str) -> str:
    """Text as markdown-it compares link labels: spaces collapsed, case folded."""
    return _SPACES.sub(" ", text.strip()).lower().upper()


class Ahead:
    """The link definitions the rest of a file may hold, as far as can be told unparsed.

    A plain class, not a dataclass (cheaper to create before the first paint: issue 19).
    """

    __slots__ = ("definitions", "mentioned", "notes", "tails")

    def __init__(
        self,
        definitions: dict[str, Any] | None = None,
        notes: dict[str, list[Token]] | None = None,
        tails: frozenset[str] = frozenset(),
    ) -> None:
        # label -> definition, as markdown-it stores them, from the lines parsed around each.
        self.definitions: dict[str, Any] = {} if definitions is None else definitions
        # footnote label -> its definition's block tokens, likewise.
        self.notes: dict[str, list[Token]] = {} if notes is None else notes
        # The folded last characters of every label that may be defined in the rest.
        self.tails = tails
        # Of those, the ones that text read before the outline was whole mentions.
        self.mentioned: set[str] = set()

    def note(self, text: str) -> None:
        """Record which of the rest's labels ``text`` (a block's raw words) mentions."""
        if self.tails and "[" in text:
            folded = fold(text)
            self.mentioned.update(tail for tail in self.tails if tail in folded)

    def misread(
        self,
        before: set[str],
        references: dict[str, Any],
        notes_before: set[str],
        notes: dict[str, list[Token]],
    ) -> bool:
        """Whether text already read may have used a definition that the whole file's
        parse does not have (``references`` and footnote ``notes``; ``before`` and
        ``notes_before``: the labels the first part defined itself): only labels
        mentioned count."""
        if not self.mentioned:
            return False
        for label in (self.notes.keys() | notes.keys()) - notes_before:
            mine, real = self.notes.get(label), notes.get(label)
            same = mine is not None and real is not None and _shape(mine) == _shape(real)
            if not same and any(tail in fold("^" + label) for tail in self.mentioned):
                return True
        for label in (self.definitions.keys() | references.keys()) - before:
            mine, real = self.definitions.get(label), references.get(label)
            same = (
                mine is not None
                and real is not None
                and (mine["href"], mine["title"]) == (real["href"], real["title"])
            )
            if not same and any(tail in label for tail in self.mentioned):
                return True
        return False


def look_ahead(md: MarkdownIt, body: str, start: int) -> Ahead:
    """The link definitions of ``body`` from offset ``start`` on (see the module)."""
    tails: set[str] = set()
    definitions: dict[str, Any] = {}
    notes: dict[str, list[Token]] = {}
    parsed_to = start
    at = body.find("]:", start)
    while at >= 0:
        opening = body.rfind("[", max(start, at - _LONGEST_LABEL), at)
        if opening >= 0:
            tails.add(fold(body[opening + 1 : at]))
            line = body.rfind("\n", start, opening) + 1 if opening > start else start
            if line >= parsed_to and opening - line <= 3 and not body[line:opening].strip(" "):
                note = body.startswith("[^", opening)
                group, parsed_to = _group(body, start, line, note)
                found: Env = {}
                tokens = parse_blocks(md, group, found)
                for label, definition in found.get("references", {}).items():
                    definitions.setdefault(label, definition)
                for label, definition_tokens in footnote_definitions(tokens).items():
                    notes.setdefault(label, definition_tokens)
        at = body.find("]:", at + 2)
    return Ahead(definitions, notes, frozenset(tails))


def _group(body: str, start: int, line: int, note: bool) -> tuple[str, int]:
    """The lines around ``line``, from just after a blank line to the next blank line
    (as one paragraph would be read) or, for a footnote, to the first line after a blank
    line that is not indented (its paragraphs go on indented), and where they end."""
    before = body.rfind("\n\n", start, line)
    first = before + 2 if before >= 0 else start
    after = _BLANK_LINE.search(body, line)
    while note and after and body.startswith(("    ", "\t"), after.end()):
        after = _BLANK_LINE.search(body, after.end())
    end = after.start() + 1 if after else len(body)
    return body[first:end], end


def _shape(tokens: list[Token]) -> list[tuple[str, str, str]]:
    """Block tokens as far as the page shows them (not the lines they came from)."""
    return [(token.type, token.tag, token.content) for token in tokens]
