"""Turn a Markdown file into an immutable :class:`Article`."""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass
from pathlib import Path

from markdown import Markdown
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension

from tether.content.errors import ArticleError
from tether.content.extension import (
    ArticleExtension,
    SectionParts,
    TakenIds,
    make_slug,
    unique,
)
from tether.content.frontmatter import read_front_matter
from tether.content.limits import (
    MAX_BLOCKS,
    MAX_LINES,
    RENDER_SECONDS,
    TookTooLongError,
    bound_source,
    collapse_blank_runs,
    shorten_label,
    time_limit,
    too_many_blocks,
)
from tether.content.model import Article, ArticleOutline, Section
from tether.content.safety import NotAFileError, TooLargeError, read_regular_file
from tether.content.sanitize import SafetyExtension

MAX_ARTICLE_BYTES = 8 * 1024 * 1024
SHORTEST_GUARD_SECONDS = 0.5
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
class _Chunk:
    """The Markdown source of one section, heading line included."""

    title: str
    lines: list[str]


def load_article(path: Path | str) -> Article:
    """Read a Markdown file as an article.

    Raises :class:`ArticleError`, naming the file and the reason, when it cannot be read
    or is not a text file.
    """
    renderer = ArticleRenderer(path)
    renderer.render_all()
    return renderer.article()


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


def _label(text: str | None) -> str | None:
    return None if text is None else shorten_label(text)


def read_outline(path: Path | str) -> ArticleOutline:
    """Read an article's identity, title and section ids without rendering it.

    Much cheaper than :func:`load_article` for a long file, and always agrees with it: both
    go through the same plan. Raises :class:`ArticleError` for the same files.
    """
    path = Path(path)
    plan = _plan(path)
    section_ids = _section_ids(plan.intro, plan.chunks)
    if not section_ids:
        raise ArticleError(path, "the file has no text to read.")
    return ArticleOutline(plan.article_id, plan.title, path.resolve(), tuple(section_ids))


@dataclass
class _Plan:
    """A file split into front matter, title and section sources, before rendering."""

    meta: dict[str, str]
    title: str
    intro: list[str]
    chunks: list[_Chunk]

    @property
    def article_id(self) -> str:
        """The article's identity: its front matter id, else the slug of its title."""
        return self.meta.get("id") or make_slug(self.title, "article")


def _plan(path: Path) -> _Plan:
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
    return _Plan(meta, title, intro, chunks)


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
) -> tuple[list[str], list[_Chunk]]:
    starts = [(n, text) for n, lvl, text in headings if lvl == level]
    intro = lines[: starts[0][0]] if starts else lines
    chunks = []
    for index, (number, text) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        chunks.append(_Chunk(text, lines[number:end]))
    return intro, chunks


def _has_text(lines: list[str]) -> bool:
    return any(line.strip() for line in lines)


def _section_ids(intro: list[str], chunks: list[_Chunk]) -> list[str]:
    """Every section's id in reading order; the introduction's only if it has text."""
    # "introduction" is reserved even when there is no opening text, so adding some later
    # does not take the id of a section that happens to be called Introduction.
    taken = TakenIds({INTRODUCTION_ID})
    ids = [INTRODUCTION_ID] if _has_text(intro) else []
    ids.extend(unique(make_slug(chunk.title, "section"), taken) for chunk in chunks)
    return ids


class ArticleRenderer:
    """Renders an article's sections a few at a time, in reading order.

    Made from a file it has already read and split (cheap: no Markdown is converted), so
    every section's id and a provisional title are known at once; :meth:`render_next`
    converts the next sections, and :meth:`article` is the article as far as it is
    rendered (sections still to come have no text yet). A reader can show the first
    sections while the rest are rendered in idle time. Rendering the whole article, in
    one go or in steps, gives exactly what :func:`load_article` gives.

    The guards of :func:`load_article` hold across the steps: a section that cannot be
    rendered raises :class:`ArticleError`, and the processor time of all steps together
    is limited to :data:`RENDER_SECONDS`.
    """

    def __init__(self, path: Path | str, *, seconds: float = RENDER_SECONDS) -> None:
        self.path = Path(path)
        plan = _plan(self.path)
        blocks = too_many_blocks(
            "\n".join(plan.intro + [line for chunk in plan.chunks for line in chunk.lines])
        )
        if blocks is not None:
            raise ArticleError(
                self.path,
                f"it has about {blocks:,} paragraphs, list items and headings; Tether opens "
                f"articles of up to {MAX_BLOCKS:,}.",
            )
        sources = [("Introduction", plan.intro)] if _has_text(plan.intro) else []
        sources.extend((chunk.title, chunk.lines) for chunk in plan.chunks)
        if not sources:
            raise ArticleError(self.path, "the file has no text to read.")
        self._plan = plan
        self._sources = sources
        self._sections = [
            Section(section_id, draft_title(title), "", (), (), ())
            for section_id, (title, _lines) in zip(
                _section_ids(plan.intro, plan.chunks), sources, strict=True
            )
        ]
        self._rendered = 0
        self._seconds = self._seconds_left = seconds
        self._extension = ArticleExtension()
        self._md = Markdown(
            extensions=[
                AttrListExtension(),
                SaneListExtension(),
                FencedCodeExtension(),
                # An "align" attribute, not a "style" one: no style attribute reaches the page.
                TableExtension(use_align_attribute=True),
                self._extension,
                SafetyExtension(self.path.resolve().parent),
            ]
        )

    @property
    def rendered(self) -> int:
        """How many sections, from the first, are rendered."""
        return self._rendered

    @property
    def total(self) -> int:
        """How many sections the article has."""
        return len(self._sections)

    @property
    def done(self) -> bool:
        """Whether every section is rendered."""
        return self._rendered == len(self._sections)

    def render_next(self, count: int = 1) -> range:
        """Render the next ``count`` sections; returns the indices rendered (maybe none)."""
        first = self._rendered
        last = min(first + max(count, 0), len(self._sections))
        if first == last:
            return range(first, first)
        started = time.process_time()
        try:
            if self._seconds_left <= 0:
                raise TookTooLongError
            # The budget left is checked above before every step; the timer is there to
            # stop one runaway section, so it is never armed for less than a moment (a
            # timer of microseconds could go off just after the guarded code).
            with time_limit(max(self._seconds_left, SHORTEST_GUARD_SECONDS)):
                for index in range(first, last):
                    self._sections[index] = self._render(index)
                    self._rendered = index + 1
        except RecursionError:
            raise ArticleError(
                self.path, "its lists or quotes are nested too deeply to show."
            ) from None
        except MemoryError:
            raise ArticleError(
                self.path, "it needs more memory to lay out than there is."
            ) from None
        except TookTooLongError:
            raise ArticleError(
                self.path,
                f"laying it out took longer than {self._seconds:g} seconds, so Tether "
                "stopped; its Markdown may be built to slow programs down.",
            ) from None
        finally:
            self._seconds_left -= time.process_time() - started
        return range(first, self._rendered)

    def render_all(self) -> range:
        """Render every section still to come; returns their indices."""
        return self.render_next(len(self._sections))

    def article(self) -> Article:
        """The article as rendered so far; sections still to come have no text yet."""
        meta = self._plan.meta
        return Article(
            id=self._plan.article_id,
            title=self._plan.title,
            path=self.path.resolve(),
            sections=tuple(self._sections),
            subtitle=_label(meta.get("subtitle")),
            author=_label(meta.get("author")),
            language=_label(meta.get("language")),
            pending=len(self._sections) - self._rendered,
        )

    def _render(self, index: int) -> Section:
        section_id, (title, lines) = self._sections[index].id, self._sources[index]
        self._extension.parts = SectionParts(section_id=section_id, title=title)
        html = self._md.reset().convert("\n".join(bound_source(lines)))
        parts = self._extension.parts
        return Section(
            id=section_id,
            title=shorten_label(parts.title or title),
            html=html,
            prompts=tuple(parts.prompts),
            sign_groups=tuple(parts.groups),
            related=tuple(parts.related),
        )
