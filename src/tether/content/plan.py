"""Reading an article file and splitting it into front matter, title and sections.

Cheap (no Markdown is converted): every section's id and draft title come from here, and
:mod:`tether.content.loader` renders the sections.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from tether.content.errors import ArticleError
from tether.content.extension import TakenIds, make_slug, unique
from tether.content.frontmatter import read_front_matter
from tether.content.limits import MAX_LINES, collapse_blank_runs, shorten_label
from tether.content.safety import NotAFileError, TooLargeError, read_regular_file

MAX_ARTICLE_BYTES = 8 * 1024 * 1024
INTRODUCTION_ID = "introduction"
_FRONT_MATTER_KEYS = {"id", "title", "subtitle", "author", "language"}
# The closing #s are stripped in code: "(.*?)[ \t#]*$" is quadratic on "## # # # …x".
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*)$")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_META_LINE = re.compile(r"^([A-Za-z0-9_-]+)[ \t]*:")
# The first character of a line that may be a heading or a fence (anything else is not).
_MAY_OPEN_HEADING_OR_FENCE = ("#", " ", "`", "~")
# What a title's Markdown looks like before it is rendered: emphasis, code and link marks.
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3}|`+)(?=\S)(.+?)(?<=\S)\1")


@dataclass
class Chunk:
    """The Markdown source of one section, heading line included."""

    title: str
    lines: list[str]


def draft_title(heading: str) -> str:
    """A heading's text as its section's title will read, before the section is rendered.

    Drops the commonest Markdown marks (links, emphasis, code); rendering gives the final
    title, and the two agree for a heading in plain words.
    """
    text = heading
    if "[" in text:
        text = _LINK.sub(r"\1", text)
    if any(mark in text for mark in "*_`"):
        text = _EMPHASIS.sub(r"\2", text)
    return shorten_label(" ".join(text.split()))


@dataclass
class Plan:
    """A file split into front matter, title and section sources, before rendering."""

    meta: dict[str, str]
    title: str
    intro: list[str]
    chunks: list[Chunk]

    @property
    def article_id(self) -> str:
        """The article's identity: its front matter id, else the slug of its title."""
        return self.meta.get("id") or make_slug(self.title, "article")


def plan_article(path: Path) -> Plan:
    """Read a file and split it into front matter, title and section sources.

    Raises :class:`ArticleError`, naming the file and the reason, when it cannot be read
    or is not a text file.
    """
    source = collapse_blank_runs(_read_text(path))
    meta, body = _split_front_matter(source, path)
    lines = body.splitlines()
    if len(lines) > MAX_LINES:
        raise ArticleError(
            path, f"it has {len(lines):,} lines; Tether opens articles of up to {MAX_LINES:,}."
        )
    headings = _atx_headings(lines)
    h1_title, level = _heading_plan(headings)
    title = meta.get("title") or h1_title or path.stem.replace("-", " ").replace("_", " ")
    title = shorten_label(title)
    if not meta.get("title") and h1_title:
        lines, headings = _drop_first_h1(lines, headings)
    intro, chunks = _split_sections(lines, level, headings)
    return Plan(meta, title, intro, chunks)


def _read_text(path: Path) -> str:
    try:
        data = read_regular_file(path, MAX_ARTICLE_BYTES)
    except TooLargeError as error:
        # Rounded up, so a file just over the limit never reads as "8.0 MB; limit 8 MB".
        megabytes = math.ceil(error.size / 1048576 * 10) / 10
        limit = MAX_ARTICLE_BYTES // 1048576
        raise ArticleError(
            path, f"the file is {megabytes:.1f} MB; the limit is {limit} MB for an article."
        ) from None
    except NotAFileError:
        raise ArticleError(
            path, "it is not a regular file (a pipe or a device, say), so it is not read."
        ) from None
    except FileNotFoundError:
        raise ArticleError(path, "the file does not exist.") from None
    except IsADirectoryError:
        raise ArticleError(path, "it is a folder, not a file.") from None
    except PermissionError:
        raise ArticleError(path, "you do not have permission to read it.") from None
    except OSError as error:
        raise ArticleError(path, f"it could not be read ({error.strerror or error}).") from None
    if b"\x00" in data:
        raise ArticleError(path, "it is a binary file, not Markdown text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            path, f"it is not UTF-8 text (byte {error.start} cannot be decoded)."
        ) from None


def _split_front_matter(source: str, path: Path) -> tuple[dict[str, str], str]:
    """Separate the front matter (read by python-markdown's ``meta``) from the body."""
    lines = source.splitlines()
    end = 0
    if lines and lines[0].strip() == "---":
        for index, line in enumerate(lines[1:], start=1):
            if line.strip() in {"---", "..."}:
                end = index + 1
                break
        else:
            raise ArticleError(path, "its front matter starts with “---” but never ends.")
    elif (
        lines
        and (match := _META_LINE.match(lines[0]))
        and match.group(1).lower() in _FRONT_MATTER_KEYS
    ):
        end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    if end == 0:
        return {}, source
    return read_front_matter(lines[:end]), "\n".join(lines[end:])


def _atx_headings(lines: list[str]) -> list[tuple[int, int, str]]:
    """(line number, level, text) of every ATX heading outside fenced code."""
    found, fence = [], ""
    for number, line in enumerate(lines):
        if not line.startswith(_MAY_OPEN_HEADING_OR_FENCE):
            continue  # most lines: prose, list items, quotes
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


def _heading_plan(headings: list[tuple[int, int, str]]) -> tuple[str | None, int]:
    """The title from a lone leading ``#`` heading, and the heading level of sections."""
    h1s = [h for h in headings if h[1] == 1]
    h1_title = None
    if len(h1s) == 1 and headings[0][1] == 1:
        h1_title = h1s[0][2]
        headings = headings[1:]
    if any(level == 2 for _, level, _ in headings):
        return h1_title, 2
    return h1_title, min((level for _, level, _ in headings), default=2)


def _drop_first_h1(
    lines: list[str], headings: list[tuple[int, int, str]]
) -> tuple[list[str], list[tuple[int, int, str]]]:
    """The lines without the first level-1 heading, and the headings renumbered to match."""
    for index, (number, level, _) in enumerate(headings):
        if level == 1:
            later = [(n - 1, lvl, text) for n, lvl, text in headings[index + 1 :]]
            return lines[:number] + lines[number + 1 :], headings[:index] + later
    return lines, headings


def _split_sections(
    lines: list[str], level: int, headings: list[tuple[int, int, str]]
) -> tuple[list[str], list[Chunk]]:
    starts = [(n, text) for n, lvl, text in headings if lvl == level]
    intro = lines[: starts[0][0]] if starts else lines
    chunks = []
    for index, (number, text) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        chunks.append(Chunk(text, lines[number:end]))
    return intro, chunks


def has_text(lines: list[str]) -> bool:
    """Whether any of the lines has something to read."""
    return any(line.strip() for line in lines)


def section_ids(intro: list[str], chunks: list[Chunk]) -> list[str]:
    """Every section's id in reading order; the introduction's only if it has text."""
    # "introduction" is reserved even when there is no opening text, so adding some later
    # does not take the id of a section that happens to be called Introduction.
    taken = TakenIds({INTRODUCTION_ID})
    ids = [INTRODUCTION_ID] if has_text(intro) else []
    ids.extend(unique(make_slug(chunk.title, "section"), taken) for chunk in chunks)
    return ids
