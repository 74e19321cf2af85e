"""A file's outline from its block tokens, whole or a part at a time.

The outline rule (see :mod:`tether.content.plan`) looks at every top-level heading of
the file: the title is the only ``#`` heading when it comes first, and the sections are
the headings of the highest level left. An :class:`Outliner` given a part of a file
reads the rest only when the rule could still turn out otherwise (a line further on
could be a shallower heading: :func:`~tether.content.outline.ahead.heading_line`),
so the sections of its first part have exactly the ids, titles and anchors that reading
the whole file gives; :meth:`Outliner.more` reads the next part.
"""

from __future__ import annotations

import bisect

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tether.content.annotate import take_heading_attributes
from tether.content.html import footnote_definitions
from tether.content.limits import shorten_label
from tether.content.model import Heading
from tether.content.outline.ahead import Ahead, heading_line, look_ahead, may_cite_in_heading
from tether.content.outline.parts import parse_part
from tether.content.parser import Env, name_headings, parse_inline
from tether.content.slugs import HeadingAnchors, TakenIds, make_slug, unique
from tether.i18n import translate

INTRODUCTION_ID = "introduction"


class SectionSource:
    """One section before its words are read: its id, title, and block tokens.

    Plain classes here, not dataclasses: they are made on every start before the first
    paint, and a dataclass costs about a millisecond to create (issue 19).
    """

    __slots__ = ("headings", "id", "line", "title", "tokens")

    def __init__(
        self,
        id: str,
        title: str,
        tokens: list[Token],
        line: int,
        headings: tuple[Heading, ...] = (),
    ) -> None:
        self.id = id
        self.title = title
        self.tokens = tokens
        # The source line (0-based, in the whole file) its heading is on; the
        # introduction's is its first line.
        self.line = line
        self.headings = headings


class _Open:
    """The section the tokens read last belong to (its end is not known yet)."""

    __slots__ = ("id", "start")

    def __init__(self, id: str, start: int) -> None:
        self.id = id
        self.start = start


class Outliner:
    """Reads a file's body (front matter taken off) into sections, in parts.

    :attr:`sections` holds the sections whose end has been read, in order; the list
    grows in place as :meth:`more` reads on, and is whole once :attr:`whole` is true.
    """

    __slots__ = (
        "_anchors",
        "_before",
        "_blocker",
        "_level",
        "_line",
        "_named",
        "_notes_before",
        "_offset",
        "_open",
        "_taken",
        "_title",
        "_tokens",
        "_top",
        "_visited",
        "ahead",
        "body",
        "env",
        "first_line",
        "footnotes",
        "md",
        "misread",
        "part_size",
        "render_env",
        "render_footnotes",
        "sections",
        "title_words",
        "whole",
    )

    def __init__(self, md: MarkdownIt, body: str, first_line: int, part_size: int) -> None:
        self.md = md
        self.body = body
        self.first_line = first_line
        self.part_size = part_size
        # The definitions as the file has them (markdown-it's block parse fills them in).
        self.env: Env = {}
        self.sections: list[SectionSource] = []
        self.footnotes: dict[str, list[Token]] = {}
        self.whole = False
        # The title heading's words, if the title is a heading.
        self.title_words: str | None = None
        # What the rest of the file may define (None once nothing is left to guess).
        self.ahead: Ahead | None = None
        # Whether text read before the outline was whole may have been read with a link
        # definition the whole file does not have (see Ahead.misread): read it again.
        self.misread = False
        self._tokens: list[Token] = []
        self._top: list[int] = []  # top-level headings, token indices
        self._visited = 0  # top-level headings already placed in sections
        self._named = 0  # tokens whose headings are read and named
        self._offset = 0
        self._line = 0
        self._title: int | None = None
        self._level: int | None = None  # the sections' heading level, once settled
        self._blocker = -1  # a line that could change the outline rule: read past it first
        self._open = _Open(INTRODUCTION_ID, 0)
        self._anchors = HeadingAnchors()
        self._taken = TakenIds({INTRODUCTION_ID})
        self._before: set[str] = set()
        self._notes_before: set[str] = set()
        # What the sections are read with: the file's definitions so far, and those
        # guessed from the rest (see read_first); the file's own once the outline is whole.
        self.render_env: Env = {}
        self.render_footnotes: dict[str, list[Token]] = {}

    def read_first(self, size: int | None) -> None:
        """Read the first ``size`` characters or so, and on until the outline rule is
        settled and a section ends; the whole body if ``size`` is None."""
        if size is None:
            self._parse(len(self.body) + 1)
        while not self.whole and (self._offset < (size or 0) or not self._settled()):
            self._parse(self.part_size)
        if not self.whole and may_cite_in_heading(self.body, self._offset):
            # Footnotes are numbered in the order they are cited, every heading before
            # any section's text: a heading further on that may cite one is read first.
            while not self.whole:
                self._parse(self.part_size)
        if self.whole:
            self.render_env, self.render_footnotes = self.env, self.footnotes
        else:
            ahead = self.ahead = look_ahead(self.md, self.body, self._offset)
            self._before = set(self.env.get("references", {}))
            self._notes_before = set(self.footnotes)
            refs = {":" + label: -1 for label in ahead.notes}
            refs.update(self.env.get("footnotes", {}).get("refs", {}))
            self.render_env = {
                "references": {**ahead.definitions, **self.env.get("references", {})},
                "footnotes": {"refs": refs},
            }
            self.render_footnotes = {**ahead.notes, **self.footnotes}
        self._outline()

    def more(self) -> int:
        """Read the next part; returns how many sections it ended (maybe none)."""
        if self.whole:
            return 0
        known = len(self.sections)
        last = self._parse(self.part_size)
        references = self.env.get("references", {})
        real_refs = self.env.get("footnotes", {}).get("refs", {})
        refs = self.render_env.setdefault("footnotes", {}).setdefault("refs", {})
        for label in real_refs:
            refs.setdefault(label, -1)  # a note cited already keeps its number
        if last:
            # No more guessing: what is read from now on, headings of this part included,
            # reads the file's own definitions.
            self.render_env["references"] = dict(references)
            for label in refs.keys() - real_refs.keys():
                del refs[label]
            self.render_footnotes.clear()
        else:
            self.render_env.setdefault("references", {}).update(references)
        self.render_footnotes.update(self.footnotes)
        self._outline()
        if last and self.ahead is not None:
            self.misread = self.ahead.misread(
                self._before, references, self._notes_before, self.footnotes
            )
            self.ahead = None
        return len(self.sections) - known

    def note(self, tokens: list[Token]) -> None:
        """Record the link labels of the rest that these tokens' words mention (before
        the outline is whole, so that a definition guessed wrong is found)."""
        if self.ahead is not None:
            for token in tokens:
                if token.type == "inline":
                    self.ahead.note(token.content)

    # -- reading ------------------------------------------------------------------------

    def _parse(self, size: int) -> bool:
        """Read the next part (of about ``size`` characters); True if it was the last."""
        part = parse_part(self.md, self.body, self._offset, self._line, size, self.env)
        base = len(self._tokens)
        self._tokens += part.tokens
        self._top += [
            base + index
            for index, token in enumerate(part.tokens)
            if token.type == "heading_open" and token.level == 0
        ]
        for label, tokens in footnote_definitions(part.tokens).items():
            self.footnotes.setdefault(label, tokens)
        self._offset, self._line, self.whole = part.end, part.end_line, part.last
        return part.last

    def _settled(self) -> bool:
        """Whether the title and the sections' level can no longer change, and a
        section has started: a heading further on could only be deeper (or none)."""
        if self._offset <= self._blocker:
            return False  # not read past the line found last time yet
        levels = [_level(self._tokens[index]) for index in self._top]
        taken, level = _choice(levels)
        if not level:
            return self.whole
        # A heading at the sections' level or deeper changes nothing; a shallower one
        # would make its level the sections' (and a second "#" takes the title away).
        for shallower in range(1, level):
            where = heading_line(self.body, self._offset, shallower)
            if where is not None and _choice([*levels, shallower]) != (taken, level):
                self._blocker = where
                return False
        return True

    def _read_headings(self) -> None:
        """Read the words of the headings read since, and give them their anchors."""
        tokens = self._tokens
        heads = [
            index
            for index in range(self._named, len(tokens))
            if tokens[index].type == "heading_open"
        ]
        words = [tokens[index + 1] for index in heads]
        self.note(words)
        parse_inline(self.md, words, self.render_env)
        for index in heads:
            take_heading_attributes(tokens[index], tokens[index + 1])
        name_headings(tokens[self._named :] if self._named else tokens, self._anchors)
        self._named = len(tokens)

    def _outline(self) -> None:
        """Place the headings read since into sections."""
        self._read_headings()
        tokens = self._tokens
        if self._level is None:
            taken, self._level = _choice([_level(tokens[index]) for index in self._top])
            if taken:
                self._title = self._top[0]
                for token in tokens[self._title : self._title + 3]:
                    token.meta["title"] = True
                self.title_words = str(tokens[self._title].meta["words"])
        for index in self._top[self._visited :]:
            if index != self._title and _level(tokens[index]) == self._level:
                self._close(index)
                section_id = unique(make_slug(tokens[index + 1].content, "section"), self._taken)
                tokens[index].meta["section"] = section_id
                tokens[index].attrJoin("class", "section-title")
                self._open = _Open(section_id, index)
        self._visited = len(self._top)
        if self.whole:
            self._close(len(tokens))
            self._tokens, self._top = [], []  # the sections hold what they need

    def _close(self, end: int) -> None:
        """The open section ends before token ``end``."""
        tokens, start = self._tokens, self._open.start
        if self._open.id == INTRODUCTION_ID:
            intro = tokens[:end]
            if any(not token.meta.get("title") for token in intro):
                first = next((t.map[0] for t in intro if t.map and not t.meta.get("title")), 0)
                self.sections.append(
                    SectionSource(
                        INTRODUCTION_ID,
                        translate("Article", "Introduction"),  # the text before any heading
                        intro,
                        first + self.first_line,
                    )
                )
            return
        top = self._top
        under = tuple(
            Heading(
                shorten_label(str(tokens[index].meta["words"])),
                _level(tokens[index]),
                str(tokens[index].meta["anchor"]),
            )
            for index in top[bisect.bisect_right(top, start) : bisect.bisect_left(top, end)]
        )
        line = (tokens[start].map or [0])[0] + self.first_line
        title = shorten_label(str(tokens[start].meta["words"])) or translate(
            "Article", "Untitled section"
        )
        self.sections.append(SectionSource(self._open.id, title, tokens[start:end], line, under))


def _level(token: Token) -> int:
    return int(token.tag[1])


def _choice(levels: list[int]) -> tuple[bool, int]:
    """The outline rule on a file's top-level heading levels, in order: whether the
    first heading is the title, and the sections' level (0: no sections)."""
    ones = [number for number, level in enumerate(levels) if level == 1]
    taken = len(ones) == 1 and ones[0] == 0
    return taken, min(levels[1:] if taken else levels, default=0)
