"""Turn a Markdown file into an immutable :class:`Article`, all at once or a few sections
at a time."""

from __future__ import annotations

import time
from pathlib import Path

from tether.content.annotate import Found, annotate, take_attribute_lines
from tether.content.cache.memo import recall, remember, stamp_of
from tether.content.cache.render import MAX_SOURCE_BYTES, text_digest
from tether.content.errors import ArticleError
from tether.content.html import CONTEXT, RenderContext, footnotes_html
from tether.content.legacy_ids import EarlierIds, earlier_ids
from tether.content.limits import (
    RENDER_SECONDS,
    TookTooLongError,
    shorten_label,
    time_limit,
)
from tether.content.model import Article, ArticleOutline, Section
from tether.content.parser import parse_inline
from tether.content.plan import FIRST_PART_SIZE, MAX_ARTICLE_BYTES, Plan, plan_article
from tether.content.splitting import split_long_blocks
from tether.i18n import translate

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


def _outline(path: Path, plan: Plan) -> ArticleOutline:
    return ArticleOutline(
        plan.article_id,
        plan.title,
        path.resolve(),
        tuple(section.id for section in plan.sections),
        subtitle=_label(plan.meta.get("subtitle")),
    )


def read_outline(path: Path | str) -> ArticleOutline:
    """Read an article's identity, title and section ids without rendering it.

    Much cheaper than :func:`load_article` for a long file, and always agrees with it: both
    go through the same plan. Raises :class:`ArticleError` for the same files. The
    article last opened by an :class:`ArticleRenderer` is not read again while its file
    is unchanged (same size and modification time).
    """
    path = Path(path)
    return recall(path) or _outline(path, plan_article(path))


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

    def __init__(
        self, path: Path | str, *, seconds: float = RENDER_SECONDS, whole: bool = False
    ) -> None:
        self.path = Path(path)
        stamp = stamp_of(self.path)  # before reading: a file changed meanwhile is read again
        # A long file's outline from its first part (unless ``whole``): the rest is read
        # by outline_more, or by render_next when it gets there.
        plan = plan_article(self.path, first_part=None if whole else FIRST_PART_SIZE)
        self._plan = plan
        self._stamp = stamp
        # The text's name in the render cache (computed now: the plan lets go of the text).
        self.digest = (
            text_digest(plan.text)
            if plan.text is not None and len(plan.text) <= MAX_SOURCE_BYTES
            else None
        )
        if plan.outlined:
            remember(stamp, _outline(self.path, plan))
        plan.env[CONTEXT] = RenderContext(self.path.resolve().parent)
        self._sections = [
            Section(source.id, source.title, "", (), (), (), source.headings)
            for source in plan.sections
        ]
        self._rendered = 0
        self._seconds = self._seconds_left = seconds

    @property
    def outlined(self) -> bool:
        """Whether every section of the file is known (see :meth:`outline_more`)."""
        return self._plan.outlined

    @property
    def misread(self) -> bool:
        """Whether sections rendered before the outline was whole may have read a link
        definition the whole file does not have (rare; see
        :mod:`tether.content.outline.ahead`): the article should be opened again with
        ``whole=True``."""
        return self._plan.misread

    def outline_more(self) -> range:
        """Read the next part of a long file's outline; returns the indices of the
        sections it added (maybe none; none at all once :attr:`outlined`)."""
        first = len(self._sections)
        self._plan.more()
        self._sections += [
            Section(source.id, source.title, "", (), (), (), source.headings)
            for source in self._plan.sections[first:]
        ]
        if self._plan.outlined:
            remember(self._stamp, _outline(self.path, self._plan))
        return range(first, len(self._sections))

    def complete_outline(self) -> range:
        """Read the rest of the outline now; returns the indices of the sections added."""
        first = len(self._sections)
        while not self._plan.outlined:
            self.outline_more()
        return range(first, len(self._sections))

    @property
    def rendered(self) -> int:
        """How many sections, from the first, are rendered."""
        return self._rendered

    @property
    def total(self) -> int:
        """How many sections the article has (that are known: see :attr:`outlined`)."""
        return len(self._sections)

    @property
    def done(self) -> bool:
        """Whether every section is rendered."""
        return self._rendered == len(self._sections) and self._plan.outlined

    def render_next(self, count: int = 1) -> range:
        """Render the next ``count`` sections; returns the indices rendered (maybe none).

        Sections not in the outline yet are read into it first (see :meth:`outline_more`).
        """
        first = self._rendered
        while first + count > len(self._sections) and not self._plan.outlined:
            self.outline_more()
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
                self.path,
                translate("ArticleError", "its lists or quotes are nested too deeply to show."),
            ) from None
        except MemoryError:
            raise ArticleError(
                self.path,
                translate("ArticleError", "it needs more memory to lay out than there is."),
            ) from None
        except TookTooLongError:
            raise ArticleError(
                self.path,
                translate(
                    "ArticleError",
                    "laying it out took longer than {seconds} seconds, so Tether stopped; its "
                    "Markdown may be built to slow programs down.",
                ).format(seconds=f"{self._seconds:g}"),
            ) from None
        finally:
            self._seconds_left -= time.process_time() - started
        if self.done:
            self._let_go()
        return range(first, self._rendered)

    def _let_go(self) -> None:
        """Every section is rendered: the page has the HTML, so the whole file's tokens,
        the render state and the text go (tens of MB for a 1 MB article, issue 19).

        The earlier ids (:meth:`earlier_ids`) are asked for when a session opens the
        article, before it is rendered; asked after this, there are none to tell.
        """
        self._plan.footnotes = {}
        self._plan.env = {}
        self._plan.text = None

    def render_all(self) -> range:
        """Render every section still to come; returns their indices."""
        self.complete_outline()
        return self.render_next(len(self._sections))

    @property
    def front_matter(self) -> dict[str, str]:
        """The article's front matter, as read (keys in lower case)."""
        return dict(self._plan.meta)

    def earlier_ids(self) -> EarlierIds | None:
        """The ids this article had under Tether's earlier outline rule, where they
        differ from today's (see :mod:`tether.content.legacy_ids`); asked once."""
        self.complete_outline()  # the old ids are mapped onto every section of now
        plan, text = self._plan, self._plan.text
        self._plan.text = None
        if text is None:
            return None
        return earlier_ids(text, self.path.stem, plan.meta.get("id"), plan.sections)

    def earlier_article_id(self) -> str | None:
        """The article's id under Tether's earlier outline rule, without reading the
        rest of the outline (which :meth:`earlier_ids` does); None if there is none."""
        plan = self._plan
        if plan.text is None:
            return None
        earlier = earlier_ids(plan.text, self.path.stem, plan.meta.get("id"), plan.sections)
        return None if earlier is None else earlier.article_id

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
            outline_pending=not self._plan.outlined,
        )

    def _render(self, index: int) -> Section:
        plan, source = self._plan, self._plan.sections[index]
        tokens = source.tokens
        take_attribute_lines(tokens)
        plan.note(tokens)
        parse_inline(plan.md, tokens, plan.env)
        found = Found(source.id, source.title)
        annotate(tokens, found)
        tokens = split_long_blocks(tokens)
        html = plan.md.renderer.render(tokens, plan.md.options, plan.env)
        html += footnotes_html(plan.md, plan.env, plan.footnotes)
        context = plan.env[CONTEXT]
        source.tokens = []  # read once: the page keeps the HTML, not the tokens
        return Section(
            id=source.id,
            title=source.title,
            html=context.finish(html),
            prompts=tuple(found.prompts),
            sign_groups=tuple(found.groups),
            related=tuple(found.related),
            headings=source.headings,
            notes=tuple(found.notes),
        )
