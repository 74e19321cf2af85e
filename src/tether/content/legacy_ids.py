"""The ids Tether gave an article before it read Markdown as CommonMark, and where each
section of then lies now.

Reflections, ticks and reading places are stored under an article id and section ids.
Until version 0.2, the outline came from a scan of ``#`` lines: setext headings were no
sections, an article with several ``#`` headings and some ``##`` ones had its sections
at ``##``, and a file whose title was a setext heading took its id from its file name.
Reading such an article with the CommonMark outline gives other ids, so the reader's
data would seem lost. This module keeps the old rule (for this purpose only) and tells,
for each old section, the section that now holds its heading's line:
:func:`earlier_ids` is what ``tether.models`` uses to carry the data over once.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tether.content.frontmatter import read_front_matter
from tether.content.limits import collapse_blank_runs, shorten_label
from tether.content.plan import INTRODUCTION_ID, SectionSource
from tether.content.slugs import TakenIds, make_slug, unique

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*)$")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_META_LINE = re.compile(r"^([A-Za-z0-9_-]+)[ \t]*:")
_FRONT_MATTER_KEYS = {"id", "title", "subtitle", "author", "language"}
_MAY_OPEN = ("#", " ", "`", "~")


class EarlierIds(NamedTuple):
    """The article's id then, and each old section id that is not a section id now,
    with the id of the section that holds its heading now."""

    article_id: str
    sections: dict[str, str]


def earlier_ids(
    text: str, stem: str, meta_id: str | None, sections: list[SectionSource]
) -> EarlierIds | None:
    """The old ids of an article, mapped onto ``sections`` (the outline now).

    ``text`` is the file's text, ``stem`` its file name without the suffix. None when the
    old rule could not have opened the file (its front matter never ended).
    """
    lines = collapse_blank_runs(text).splitlines()
    meta, end = _front_matter(lines)
    if end is None:
        return None
    body = lines[end:]
    headings = _atx_headings(body)
    h1s = [h for h in headings if h[1] == 1]
    h1_title = None
    dropped = -1
    if len(h1s) == 1 and headings[0][1] == 1:
        h1_title, dropped = h1s[0][2], h1s[0][0]
        headings = headings[1:]
    level = (
        2
        if any(lvl == 2 for _, lvl, _ in headings)
        else min((lvl for _, lvl, _ in headings), default=2)
    )
    title = meta.get("title") or h1_title or stem.replace("-", " ").replace("_", " ")
    article_id = meta_id or meta.get("id") or make_slug(shorten_label(title), "article")
    if meta.get("title") or h1_title is None:
        dropped = -1  # the old rule kept the heading in the text
    else:
        body = body[:dropped] + body[dropped + 1 :]
        headings = [(n - 1 if n > dropped else n, lvl, words) for n, lvl, words in headings]
    starts = [(n, words) for n, lvl, words in headings if lvl == level]
    taken = TakenIds({INTRODUCTION_ID})
    old: list[tuple[str, int]] = []
    intro = body[: starts[0][0]] if starts else body
    if any(line.strip() for line in intro):
        old.append((INTRODUCTION_ID, end))
    for number, words in starts:
        line = end + number + (1 if 0 <= dropped <= number else 0)
        old.append((unique(make_slug(words, "section"), taken), line))
    now = {section.id for section in sections}
    moved = {
        section_id: _holding(sections, line) for section_id, line in old if section_id not in now
    }
    return EarlierIds(article_id, moved)


def _holding(sections: list[SectionSource], line: int) -> str:
    """The id of the section that holds this line (the first, if none starts before it)."""
    holder = sections[0].id
    for section in sections:
        if section.line <= line:
            holder = section.id
    return holder


def _front_matter(lines: list[str]) -> tuple[dict[str, str], int | None]:
    end = 0
    if lines and lines[0].strip() == "---":
        for index, line in enumerate(lines[1:], start=1):
            if line.strip() in {"---", "..."}:
                end = index + 1
                break
        else:
            return {}, None
    elif (
        lines
        and (match := _META_LINE.match(lines[0]))
        and match.group(1).lower() in _FRONT_MATTER_KEYS
    ):
        end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    return (read_front_matter(lines[:end]) if end else {}), end


def _atx_headings(lines: list[str]) -> list[tuple[int, int, str]]:
    """(line number, level, text) of every ``#`` heading outside fenced code."""
    found, fence = [], ""
    for number, line in enumerate(lines):
        if not line.startswith(_MAY_OPEN):
            continue
        fence_match = _FENCE.match(line)
        if fence_match:
            marker = fence_match.group(1)
            if not fence:
                fence = marker[0] * 3
            elif marker.startswith(fence):
                fence = ""
            continue
        if not fence and (match := _HEADING.match(line)):
            found.append((number, len(match.group(1)), match.group(2).rstrip(" \t#").strip()))
    return found
