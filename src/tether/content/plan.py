"""Reading an article file into its outline: front matter, title, sections and headings.

One parse gives everything: the file's block tokens (see :mod:`tether.content.parser`)
carry every heading with the lines it came from, so the outline never comes from a
separate scan of the lines that could disagree with what the page shows. The words of
the sections are read later, a section at a time, by :mod:`tether.content.loader`.

The outline rule: the title is the front matter's ``title``, else the document's only
``#`` heading when it comes first (then shown once, as the title, not again as a
section), else the file's name. The sections are the headings of the highest level left
(``##`` under a ``#`` title, ``#`` in release notes with one ``#`` per version), ATX and
setext alike; deeper headings are listed under their section. Text before the first
section is the introduction.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tether.content.annotate import take_heading_attributes
from tether.content.errors import ArticleError
from tether.content.frontmatter import split_front_matter
from tether.content.html import footnote_definitions, new_page_parser
from tether.content.limits import (
    MAX_BLOCKS,
    MAX_LINES,
    bound_source,
    collapse_blank_runs,
    shorten_label,
    too_many_blocks,
)
from tether.content.model import Heading
from tether.content.parser import Env, name_headings, parse_blocks, parse_inline
from tether.content.safety import NotAFileError, TooLargeError, read_regular_file
from tether.content.slugs import TakenIds, make_slug, unique
from tether.i18n import translate

MAX_ARTICLE_BYTES = 8 * 1024 * 1024
INTRODUCTION_ID = "introduction"


@dataclass
class SectionSource:
    """One section before its words are read: its id, title, and block tokens."""

    id: str
    title: str
    tokens: list[Token]
    # The source line (0-based, in the whole file) its heading is on; the introduction's
    # is its first line.
    line: int
    headings: tuple[Heading, ...] = ()


@dataclass
class Plan:
    """A file read into front matter, title and sections, before the words are read."""

    meta: dict[str, str]
    title: str
    sections: list[SectionSource]
    md: MarkdownIt
    # Each footnote's definition, by label (a note may be defined anywhere in the file).
    footnotes: dict[str, list[Token]]
    env: Env = field(default_factory=dict)
    # The file's text, kept until the earlier ids are worked out (see legacy_ids).
    text: str | None = None

    @property
    def article_id(self) -> str:
        """The article's identity: its front matter id, else the slug of its title."""
        return self.meta.get("id") or make_slug(self.title, "article")


def plan_article(path: Path) -> Plan:
    """Read a file into its outline.

    Raises :class:`ArticleError`, naming the file and the reason, when it cannot be read,
    is not a text file, or has nothing to read.
    """
    source = collapse_blank_runs(read_text(path))
    front = split_front_matter(source)
    lines = front.body.split("\n")
    if len(lines) > MAX_LINES:
        raise ArticleError(
            path,
            translate(
                "ArticleError", "it has {lines} lines; Tether opens articles of up to {limit}."
            ).format(lines=f"{len(lines):,}", limit=f"{MAX_LINES:,}"),
        )
    blocks = too_many_blocks(front.body)
    if blocks is not None:
        raise ArticleError(
            path,
            translate(
                "ArticleError",
                "it has about {blocks} paragraphs, list items and headings; Tether opens "
                "articles of up to {limit}.",
            ).format(blocks=f"{blocks:,}", limit=f"{MAX_BLOCKS:,}"),
        )
    md = new_page_parser()
    env: Env = {}
    tokens = parse_blocks(md, "\n".join(bound_source(lines)), env)
    headings = [index for index, token in enumerate(tokens) if token.type == "heading_open"]
    parse_inline(md, [tokens[index + 1] for index in headings], env)
    for index in headings:
        take_heading_attributes(tokens[index], tokens[index + 1])
    name_headings(tokens)
    top = [index for index in headings if tokens[index].level == 0]
    title, top = _title(tokens, top, front.meta.get("title"))
    if title is None:
        title = path.stem.replace("-", " ").replace("_", " ")
    sections = _sections(tokens, top, front.first_line)
    if not sections:
        raise ArticleError(path, translate("ArticleError", "the file has no text to read."))
    title = shorten_label(" ".join(title.split()))
    return Plan(front.meta, title, sections, md, footnote_definitions(tokens), env, source)


def read_text(path: Path) -> str:
    """The file's text, or :class:`ArticleError` saying why it is not an article."""
    try:
        data = read_regular_file(path, MAX_ARTICLE_BYTES)
    except TooLargeError as error:
        # Rounded up, so a file just over the limit never reads as "8.0 MB; limit 8 MB".
        megabytes = math.ceil(error.size / 1048576 * 10) / 10
        limit = MAX_ARTICLE_BYTES // 1048576
        raise ArticleError(
            path,
            translate(
                "ArticleError", "the file is {size} MB; the limit is {limit} MB for an article."
            ).format(size=f"{megabytes:.1f}", limit=limit),
        ) from None
    except NotAFileError:
        raise ArticleError(
            path,
            translate(
                "ArticleError",
                "it is not a regular file (a pipe or a device, say), so it is not read.",
            ),
        ) from None
    except FileNotFoundError:
        raise ArticleError(path, translate("ArticleError", "the file does not exist.")) from None
    except IsADirectoryError:
        raise ArticleError(path, translate("ArticleError", "it is a folder, not a file.")) from None
    except PermissionError:
        raise ArticleError(
            path, translate("ArticleError", "you do not have permission to read it.")
        ) from None
    except OSError as error:
        raise ArticleError(
            path,
            translate("ArticleError", "it could not be read ({reason}).").format(
                reason=error.strerror or error
            ),
        ) from None
    if b"\x00" in data:
        raise ArticleError(
            path, translate("ArticleError", "it is a binary file, not Markdown text.")
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            path,
            translate(
                "ArticleError", "it is not UTF-8 text (byte {byte} cannot be decoded)."
            ).format(byte=error.start),
        ) from None


def _level(token: Token) -> int:
    return int(token.tag[1])


def _title(
    tokens: list[Token], top: list[int], meta_title: str | None
) -> tuple[str | None, list[int]]:
    """The title, and the top-level headings left once a title heading is taken out.

    The only ``#`` heading, when no other heading comes before it, is the title: it is
    marked as the title and left out of the page, so the title is never shown twice.
    """
    ones = [index for index in top if _level(tokens[index]) == 1]
    if len(ones) != 1 or ones[0] != top[0]:
        return meta_title, top
    index = ones[0]
    for token in tokens[index : index + 3]:
        token.meta["title"] = True
    return meta_title or str(tokens[index].meta["words"]), top[1:]


def _sections(tokens: list[Token], top: list[int], first_line: int) -> list[SectionSource]:
    level = min((_level(tokens[index]) for index in top), default=0)
    starts = [index for index in top if _level(tokens[index]) == level]
    # "introduction" is reserved even when there is no opening text, so adding some later
    # does not take the id of a section that happens to be called Introduction.
    taken = TakenIds({INTRODUCTION_ID})
    sections: list[SectionSource] = []
    intro = tokens[: starts[0] if starts else len(tokens)]
    if any(not token.meta.get("title") for token in intro):
        first = next((t.map[0] for t in intro if t.map and not t.meta.get("title")), 0)
        title = translate("Article", "Introduction")  # the text before the first heading
        sections.append(SectionSource(INTRODUCTION_ID, title, intro, first + first_line))
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(tokens)
        heading = tokens[start + 1]
        section_id = unique(make_slug(heading.content, "section"), taken)
        tokens[start].meta["section"] = section_id
        tokens[start].attrJoin("class", "section-title")
        first, last = bisect.bisect_right(top, start), bisect.bisect_left(top, end)
        under = tuple(
            Heading(
                shorten_label(str(tokens[index].meta["words"])),
                _level(tokens[index]),
                str(tokens[index].meta["anchor"]),
            )
            for index in top[first:last]
        )
        line = (tokens[start].map or [0])[0] + first_line
        title = shorten_label(str(tokens[start].meta["words"])) or "Untitled section"
        sections.append(SectionSource(section_id, title, tokens[start:end], line, under))
    return sections
