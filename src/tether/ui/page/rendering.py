"""Opening an article page first: render what the first screen needs, the rest in idle time.

A long article is not rendered whole before it is shown. The sections up to the reader's
place (and a couple after it) are rendered before the first paint; the others follow in
steps of a few milliseconds while the event loop is idle, and are appended to the page
as they come. A jump to a section not rendered yet renders up to it at once. Once the
article is whole, the reader's saved place within their section is restored, unless
they have moved since.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

from tether.content import ArticleError
from tether.i18n import translate
from tether.models import ArticleSession
from tether.ui.page.article_view import ArticleView
from tether.ui.page.related_links import show_in_language

if TYPE_CHECKING:
    from tether.content import ArticleRenderer
    from tether.ui.host import WindowHost

# An article this short (in sections) opened at a place (a saved one, or a section asked
# for) is rendered whole before it is shown: it costs less than a frame, and the reader's
# place within their section is then exact from the first paint.
RENDER_WHOLE_UP_TO = 40
# Sections rendered after the reader's own before the first paint (to fill the screen).
SECTIONS_AFTER_PLACE = 2


def render_first_page(
    session: ArticleSession, renderer: ArticleRenderer, place: int | None
) -> None:
    """Render what the first screen shows: up to ``place`` + 2, or everything if short
    and opened at a ``place`` (None: from the top, nothing saved or asked).

    An article opened from the top shows its first sections; rendering the others before
    the first paint would only delay it (the seed article's 12 sections: ~11 ms of the
    parser's work, of which the first screen needs a third), and they follow within a few
    passes of the event loop.

    Raises :class:`ArticleError` if one of those sections cannot be rendered. A long
    file's outline may not be whole yet (see ArticleRenderer.outlined): it is read on
    only as far as those sections.
    """
    whole = place is not None and renderer.outlined and renderer.total <= RENDER_WHOLE_UP_TO
    last = renderer.total - 1 if whole else (place or 0) + SECTIONS_AFTER_PLACE
    if renderer.outlined:
        last = min(last, renderer.total - 1)
    session.render_through(last, raising=True)


class RenderFollower(QObject):
    """Keeps the page in step with the session's rendering, and finishes the reader's place."""

    def __init__(self, view: ArticleView, window: QWidget) -> None:
        super().__init__(window)
        self._view = view
        self._window = window
        self._session: ArticleSession | None = None
        # A saved scroll fraction of the whole article, the scroll value it waits at, and
        # the row of the section it was saved in.
        self._fraction: tuple[float, int, int | None] | None = None
        # Rendering and appending to the page take turns in separate passes of the event
        # loop, so that neither pass keeps the reader's keys waiting for long.
        self._append = QTimer(self, singleShot=True, interval=0)
        self._append.timeout.connect(self.catch_up)
        view.section_wanted.connect(self._on_section_wanted)
        view.page_painted.connect(self._on_page_painted)

    def follow(self, session: ArticleSession) -> None:
        """Follow a newly opened article's session; its language is the page's."""
        if self._session is not None:
            self._session.sections_rendered.disconnect(self._on_sections_rendered)
            self._session.render_failed.disconnect(self._on_render_failed)
            self._session.read_again.disconnect(self._read_whole)
        self._session = session
        self._fraction = None
        show_in_language(self._view, session.article_so_far.language)
        session.sections_rendered.connect(self._on_sections_rendered)
        session.render_failed.connect(self._on_render_failed)
        session.read_again.connect(self._read_whole)

    def restore_fraction_when_whole(self, fraction: float, section: int | None = None) -> None:
        """Scroll to ``fraction`` of the article once it is whole, if the page has not moved.

        A fraction that does not land in ``section`` (the file changed, or the fraction
        was taken of a page still being rendered) gives way to the section's heading.
        """
        self._fraction = (fraction, self._view.verticalScrollBar().value(), section)

    def scroll_fraction(self) -> float:
        """The reader's place as a fraction of the whole article, to be saved.

        While a place waits for the article to be whole and the page has not moved, it is
        that place: a fraction of a page still being rendered is not one of the article.
        """
        if self._fraction is not None:
            fraction, waited_at, _section = self._fraction
            if self._view.verticalScrollBar().value() == waited_at:
                return fraction
        return self._view.scroll_fraction()

    @Slot()
    def _on_page_painted(self) -> None:
        # Only after a paint: the first screen is never kept waiting for the rest.
        if self._session is not None:
            self._session.render_in_background()

    def finish(self) -> None:
        """Render the rest of the article now and put all of it on the page."""
        if self._session is not None:
            _ = self._session.article
            self.catch_up()

    @Slot()
    def catch_up(self) -> None:
        """Append to the page every section the session has rendered and the page has not."""
        self._append.stop()
        if self._session is None:
            return
        article = self._session.article_so_far
        first, last = self._view.sections_rendered(), len(article.sections) - article.pending
        if last > first:
            self._view.append_sections(article, first, last)
        if article.complete and self._fraction is not None:
            fraction, waited_at, section = self._fraction
            self._fraction = None
            if self._view.verticalScrollBar().value() == waited_at:
                self._view.set_scroll_fraction(fraction)
                if section is not None and not self._view.shows_section(section):
                    self._view.scroll_to_section(section)

    @Slot(int)
    def _on_section_wanted(self, index: int) -> None:
        if self._session is not None:
            self._session.render_through(index)
            self.catch_up()

    @Slot(int, int)
    def _on_sections_rendered(self, _first: int, _last: int) -> None:
        self._append.start()

    @Slot()
    def _read_whole(self) -> None:
        """A long article is opened again, read whole, at the section the reader is in:
        its first screen used a link definition guessed from the rest of the file that
        the whole file defines otherwise, or the reader's data was moved to today's ids
        once the outline was whole (both rare)."""
        if self._session is None:
            return
        from tether.content import ArticleRenderer

        article = self._session.article_so_far
        index = min(self._view.current_section(), len(article.sections) - 1)
        host = cast("WindowHost", self._window)
        try:
            host.show_article(ArticleRenderer(article.path, whole=True), article.sections[index].id)
        except ArticleError as error:
            from tether.ui.dialogs.commands import warn_cannot_open  # with the dialog

            warn_cannot_open(self._window, str(error))

    @Slot(str)
    def _on_render_failed(self, reason: str) -> None:
        self.catch_up()
        self._view.expect_no_more()
        from PySide6.QtWidgets import QMessageBox  # a big class: built when first shown

        QMessageBox.warning(
            self._window,
            translate("ArticlePage", "Part of the Article Cannot Be Shown"),
            translate(
                "ArticlePage",
                "{reason}\n\nTether shows the sections before the one it could not lay out.",
            ).format(reason=reason),
        )
