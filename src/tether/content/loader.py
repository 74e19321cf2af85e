"""Turn a Markdown file into an immutable :class:`Article`."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from markdown import Markdown

from tether.content.errors import ArticleError
from tether.content.extension import ArticleExtension, SectionParts, make_slug, unique
from tether.content.model import Article, Section

MAX_ARTICLE_BYTES = 8 * 1024 * 1024
INTRODUCTION_ID = "introduction"
_FRONT_MATTER_KEYS = {"id", "title", "subtitle", "author", "language"}
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_META_LINE = re.compile(r"^([A-Za-z0-9_-]+)[ \t]*:")


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
    path = Path(path)
    source = _read_text(path)
    meta, body = _split_front_matter(source, path)
    lines = body.splitlines()
    h1_title, level = _heading_plan(lines)
    title = meta.get("title") or h1_title or path.stem.replace("-", " ").replace("_", " ")
    if not meta.get("title") and h1_title:
        lines = _drop_first_h1(lines)
    intro, chunks = _split_sections(lines, level)
    sections = _render_sections(intro, chunks)
    if not sections:
        raise ArticleError(path, "the file has no text to read.")
    return Article(
        id=meta.get("id") or make_slug(title, "article"),
        title=title,
        path=path.resolve(),
        sections=tuple(sections),
        subtitle=meta.get("subtitle"),
        author=meta.get("author"),
        language=meta.get("language"),
    )


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            # Rounded up, so a file just over the limit never reads as "8.0 MB; limit 8 MB".
            megabytes = math.ceil(size / 1048576 * 10) / 10
            limit = MAX_ARTICLE_BYTES // 1048576
            raise ArticleError(
                path, f"the file is {megabytes:.1f} MB; the limit is {limit} MB for an article."
            )
        data = path.read_bytes()
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
    reader = Markdown(extensions=["meta"])
    reader.convert("\n".join(lines[:end]))
    found: dict[str, list[str]] = getattr(reader, "Meta", {})
    meta = {key: " ".join(values).strip() for key, values in found.items() if values}
    return meta, "\n".join(lines[end:])


def _atx_headings(lines: list[str]) -> list[tuple[int, int, str]]:
    """(line number, level, text) of every ATX heading outside fenced code."""
    found, fence = [], ""
    for number, line in enumerate(lines):
        fence_match = _FENCE.match(line)
        if fence_match:
            marker = fence_match.group(1)
            if not fence:
                fence = marker[0] * 3
            elif marker.startswith(fence):
                fence = ""
            continue
        if not fence and (match := _HEADING.match(line)):
            found.append((number, len(match.group(1)), match.group(2).strip()))
    return found


def _heading_plan(lines: list[str]) -> tuple[str | None, int]:
    """The title from a lone leading ``#`` heading, and the heading level of sections."""
    headings = _atx_headings(lines)
    h1s = [h for h in headings if h[1] == 1]
    h1_title = None
    if len(h1s) == 1 and headings[0][1] == 1:
        h1_title = h1s[0][2]
        headings = headings[1:]
    if any(level == 2 for _, level, _ in headings):
        return h1_title, 2
    return h1_title, min((level for _, level, _ in headings), default=2)


def _drop_first_h1(lines: list[str]) -> list[str]:
    for number, level, _ in _atx_headings(lines):
        if level == 1:
            return lines[:number] + lines[number + 1 :]
    return lines


def _split_sections(lines: list[str], level: int) -> tuple[list[str], list[_Chunk]]:
    starts = [(n, text) for n, lvl, text in _atx_headings(lines) if lvl == level]
    intro = lines[: starts[0][0]] if starts else lines
    chunks = []
    for index, (number, text) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        chunks.append(_Chunk(text, lines[number:end]))
    return intro, chunks


def _render_sections(intro: list[str], chunks: list[_Chunk]) -> list[Section]:
    extension = ArticleExtension()
    md = Markdown(extensions=["attr_list", "sane_lists", "fenced_code", "tables", extension])
    # "introduction" is reserved even when there is no opening text, so adding some later
    # does not take the id of a section that happens to be called Introduction.
    taken: set[str] = {INTRODUCTION_ID}
    sections: list[Section] = []

    def render(section_id: str, title: str, lines: list[str]) -> None:
        extension.parts = SectionParts(section_id=section_id, title=title)
        html = md.reset().convert("\n".join(lines))
        parts = extension.parts
        sections.append(
            Section(
                id=section_id,
                title=parts.title or title,
                html=html,
                prompts=tuple(parts.prompts),
                sign_groups=tuple(parts.groups),
                related=tuple(parts.related),
            )
        )

    if any(line.strip() for line in intro):
        render(INTRODUCTION_ID, "Introduction", intro)
    for chunk in chunks:
        section_id = unique(make_slug(chunk.title, "section"), taken)
        render(section_id, chunk.title, chunk.lines)
    return sections
