"""Turn a Markdown file into an immutable :class:`Article`, all at once or a few sections
at a time."""

from __future__ import annotations

import time
from pathlib import Path

from markdown import Markdown
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension

from tether.content.errors import ArticleError
from tether.content.extension import ArticleExtension, SectionParts
from tether.content.limits import (
    MAX_BLOCKS,
    RENDER_SECONDS,
    TookTooLongError,
    bound_source,
    shorten_label,
    time_limit,
    too_many_blocks,
)
from tether.content.model import Article, ArticleOutline, Section
from tether.content.plan import (
    MAX_ARTICLE_BYTES,
    draft_title,
    has_text,
    plan_article,
    section_ids,
)
from tether.content.sanitize import SafetyExtension

__all__ = ["MAX_ARTICLE_BYTES", "ArticleRenderer", "load_article", "read_outline"]

# The shortest the processor-time guard is ever armed for (see ArticleRenderer).
SHORTEST_GUARD_SECONDS = 0.5


def load_article(path: Path | str) -> Article:
    """Read a Markdown file as an article.

    Raises :class:`ArticleError`, naming the file and the reason, when it cannot be read
    or is not a text file.
    """
    renderer = ArticleRenderer(path)
    renderer.render_all()
    return renderer.article()


def _label(text: str | None) -> str | None:
    return None if text is None else shorten_label(text)


def read_outline(path: Path | str) -> ArticleOutline:
    """Read an article's identity, title and section ids without rendering it.

    Much cheaper than :func:`load_article` for a long file, and always agrees with it: both
    go through the same plan. Raises :class:`ArticleError` for the same files.
    """
    path = Path(path)
    plan = plan_article(path)
    ids = section_ids(plan.intro, plan.chunks)
    if not ids:
        raise ArticleError(path, "the file has no text to read.")
    return ArticleOutline(
        plan.article_id,
        plan.title,
        path.resolve(),
        tuple(ids),
        subtitle=_label(plan.meta.get("subtitle")),
    )


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
        plan = plan_article(self.path)
        blocks = too_many_blocks(
            "\n".join(plan.intro + [line for chunk in plan.chunks for line in chunk.lines])
        )
        if blocks is not None:
            raise ArticleError(
                self.path,
                f"it has about {blocks:,} paragraphs, list items and headings; Tether opens "
                f"articles of up to {MAX_BLOCKS:,}.",
            )
        sources = [("Introduction", plan.intro)] if has_text(plan.intro) else []
        sources.extend((chunk.title, chunk.lines) for chunk in plan.chunks)
        if not sources:
            raise ArticleError(self.path, "the file has no text to read.")
        self._plan = plan
        self._sources = sources
        self._sections = [
            Section(section_id, draft_title(title), "", (), (), ())
            for section_id, (title, _lines) in zip(
                section_ids(plan.intro, plan.chunks), sources, strict=True
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
