"""One open article with its models and the reader's place in it."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from tether.content import Article, ArticleError
from tether.models.carry import carry_earlier_ids, carry_waits_for_outline
from tether.models.pending import PendingWrites
from tether.models.place import ReadingPlace
from tether.models.reflections import ReflectionsModel
from tether.models.sections import SectionsModel
from tether.models.signs import SignsModel
from tether.store import ReadingPosition, Store

if TYPE_CHECKING:
    from tether.content import ArticleRenderer
    from tether.models.facilitation import FacilitatorNotes
    from tether.models.history import CheckInHistory

# How long one idle-time step renders for, and how many sections a jump renders at once
# (at most: never past the section it jumps to).
RENDER_STEP_SECONDS = 0.005
RENDER_STEP_SECTIONS = 8


class ArticleSession(QObject):
    """The models of one open article, and its reading position, over one store.

    Views get everything they show from here, and send the reader's changes back here;
    nothing above this layer talks to the store.
    """

    save_failed = Signal(str)
    # A save succeeded after a failure: views check whether anything is still unsaved.
    saved_again = Signal()
    # Sections first..last-1 were rendered: :attr:`article` and the models have them now.
    sections_rendered = Signal(int, int)
    # A section could not be rendered (why); it and the sections after it stay unrendered.
    render_failed = Signal(str)
    # Sections first..last-1 joined the outline (a long article's is read in parts
    # after its first screen is shown): :attr:`article` and the models have them now.
    sections_outlined = Signal(int, int)
    # The article should be opened again, read whole (ArticleRenderer(path,
    # whole=True)): sections rendered before the outline was whole may have used a link
    # definition the file does not have, or the reader's data was moved to today's ids
    # once the outline was whole (both rare). Said once.
    read_again = Signal()

    def __init__(
        self, article: Article | ArticleRenderer, store: Store, parent: Any = None
    ) -> None:
        super().__init__(parent)
        # Not isinstance(…, ArticleRenderer): that would import the parser, which an
        # article painted from the render cache does without.
        self._renderer = None if isinstance(article, Article) else article
        self.render_error: str | None = None
        # Carrying data over to today's ids waits for a long file's whole outline when
        # data is stored under ids its first part does not have (see _take_in).
        self._carry_later = False
        if not isinstance(article, Article):
            self._carry_later = carry_waits_for_outline(article, store)
            if not self._carry_later:
                carry_earlier_ids(article, store)
            article = article.article()
        # Complete unless it came from a renderer.
        self.article_so_far = article
        self._store = store
        # The reading position as it was when the article was opened (read once).
        self._at_open: ReadingPosition | None = None
        self._at_open_read = False
        self._told_read_again = False
        self._render_timer = QTimer(self, singleShot=True, interval=0)
        self._render_timer.timeout.connect(self._render_step)
        self.sections = SectionsModel(article, self, store=store)
        self.signs = SignsModel(article, store, self)
        self.reflections = ReflectionsModel(article, store, self)
        # Which section the reader is in: set by what they do, shown by every view.
        self.place = ReadingPlace(self)
        self.sections.save_failed.connect(self.save_failed)
        self.signs.save_failed.connect(self.save_failed)
        self.reflections.save_failed.connect(self.save_failed)
        # The reading position, when the store refuses it.
        self._writes = PendingWrites(self)
        self._writes.failed.connect(self.save_failed)
        self._writes.caught_up.connect(self.saved_again)
        self.signs.saved_again.connect(self.saved_again)
        self.sections.saved_again.connect(self.saved_again)
        self.reflections.saved.connect(self.saved_again)
        self._facilitation: FacilitatorNotes | None = None

    # -- rendering the rest of the article ---------------------------------------------------

    def render_in_background(self) -> None:
        """Read the rest of the outline, then render the sections still to come, in short
        steps while the event loop is idle."""
        if not self.article_so_far.complete and self.render_error is None:
            self._render_timer.start()

    def render_through(self, index: int, *, raising: bool = False) -> bool:
        """Render now every section up to ``index``; False if one of them could not be.

        With ``raising``, a section that cannot be rendered raises :class:`ArticleError`
        (for a page that cannot be opened at all) instead of :attr:`render_failed`.
        """
        while (rendered := self._rendered()) <= index and (
            index < len(self.article_so_far.sections) or self.article_so_far.outline_pending
        ):
            # No further than asked: before a first paint every section costs (~1 ms).
            count = min(RENDER_STEP_SECTIONS, index + 1 - rendered)
            if not self._render(count, raising=raising):
                return False
        return True

    def section_index(self, section_id: str) -> int | None:
        """The position of the section with this id; the outline is read on (a long
        article's is read in parts) until it is found or known not to be there."""
        index = self.article_so_far.section_index(section_id)
        renderer = self._renderer
        if index is None and renderer is not None and not renderer.outlined:
            first = self._rendered()
            while index is None and not renderer.outlined:
                index = _index_in(section_id, renderer.outline_more(), renderer)
            self._take_in(first)
        return index

    @property
    def renderer(self) -> ArticleRenderer | None:
        """The renderer the article was opened from; None if it came rendered (from the
        render cache, or a test's article)."""
        return self._renderer

    @property
    def source(self) -> Article | ArticleRenderer:
        """What to open this article from again: its renderer while sections are to come."""
        waiting = not self.article_so_far.complete and self.render_error is None
        if self._renderer is not None and waiting:
            return self._renderer
        return self.article_so_far

    def _rendered(self) -> int:
        return len(self.article_so_far.sections) - self.article_so_far.pending

    @property
    def article(self) -> Article:
        """The article with every section rendered (rendered now if need be).

        Only an article that failed to render comes back with sections still pending.
        :attr:`article_so_far` is the article as rendered so far, at no cost.
        """
        renderer = self._renderer
        if renderer is not None and not renderer.outlined and self.render_error is None:
            first = self._rendered()
            renderer.complete_outline()
            self._take_in(first)
        self.render_through(len(self.article_so_far.sections) - 1)
        return self.article_so_far

    @Slot()
    def _render_step(self) -> None:
        # Read a part of the outline or render for a few milliseconds, then let the views
        # take the sections in at once, so that the reader's keys never wait for long.
        renderer = self._renderer
        if renderer is not None and not renderer.outlined and self.render_error is None:
            first = self._rendered()
            renderer.outline_more()
            self._take_in(first)
            self.render_in_background()
        elif self._render(0, seconds=RENDER_STEP_SECONDS):
            self.render_in_background()

    def _render(self, count: int, *, raising: bool = False, seconds: float = 0.0) -> bool:
        """Render ``count`` sections, or as many as ``seconds`` allow; False on failure."""
        renderer = self._renderer
        if renderer is None or self.render_error is not None:
            return False
        # From what this session has taken in: a session opened again from the same
        # renderer starts where the renderer is.
        first = self._rendered()
        try:
            if seconds:
                deadline = time.perf_counter() + seconds
                while not renderer.done and time.perf_counter() < deadline:
                    renderer.render_next(1)
            else:
                renderer.render_next(count)
        except ArticleError as error:
            self._take_in(first)  # what was rendered before the failure is shown
            if raising:
                raise
            self.render_error = str(error)
            self.render_failed.emit(self.render_error)
            return False
        self._take_in(first)
        return True

    def _take_in(self, first: int) -> None:
        """Give the models and views the sections rendered from ``first`` on, and the
        sections new to the outline."""
        renderer = self._renderer
        assert renderer is not None
        last, known = renderer.rendered, len(self.article_so_far.sections)
        outlined = self.article_so_far.outline_pending and renderer.outlined
        if last > first or renderer.total > known or outlined:
            self.article_so_far = renderer.article()
            self.sections.grow(self.article_so_far, range(first, last))
            self.reflections.retitle(self.article_so_far)
            self.signs.grow(self.article_so_far, range(first, last))
            if renderer.total > known or outlined:
                self.sections_outlined.emit(known, renderer.total)
            if last > first:
                self.sections_rendered.emit(first, last)
        moved = False
        if self._carry_later and renderer.outlined:
            self._carry_later = False
            moved = carry_earlier_ids(renderer, self._store) > 0
        if (renderer.misread or moved) and not self._told_read_again:
            self._told_read_again = True
            self.read_again.emit()

    # -- the reader's place ---------------------------------------------------------------------

    def position(self) -> ReadingPosition | None:
        """Where the reader last was in this article, if they have read it before."""
        found = self._store.position(self.article_so_far.id)
        if not self._at_open_read:
            self._at_open, self._at_open_read = found, True  # the visit before this one
        return found

    def days_away(self) -> float | None:
        """Days since the reader was last in this article before opening it now.

        None for an article never read, or one with no check-in to come back to (the
        return bar only offers a new check-in where there is an earlier one).
        """
        if not self._at_open_read:
            self.position()
        if self._at_open is None or self._store.current_checkin(self.article_so_far.id) is None:
            return None
        return (self._store.now() - self._at_open.updated).total_seconds() / 86_400

    def history(self) -> CheckInHistory:
        """The article's check-ins, for the History view (read when it is opened)."""
        from tether.models.history import CheckInHistory

        return CheckInHistory(self.article, self._store, self.signs)

    def facilitation(self) -> FacilitatorNotes:
        """The facilitator's notes and workshop tally (made on first use, then kept)."""
        if self._facilitation is None:
            from tether.models.facilitation import FacilitatorNotes

            self._facilitation = FacilitatorNotes(self.article, self._store, self)
            self._facilitation.save_failed.connect(self.save_failed)
        return self._facilitation

    def save_position(self, section_id: str, scroll: float) -> bool:
        """Remember where the reader is; False (and ``save_failed``) if it could not.

        A refused position is kept and retried until saved, unless a newer one is.
        """
        article_id, path = self.article_so_far.id, str(self.article_so_far.path)
        return self._writes.write(
            "position", lambda: self._store.save_position(article_id, path, section_id, scroll)
        )

    def has_unsaved(self) -> bool:
        """Whether a reflection, tick, read mark or the position is waiting to be saved.

        The one answer to "is anything unsaved?": every refused write of this article
        waits in a :class:`~tether.models.pending.PendingWrites` of one of its models.
        """
        return (
            self.reflections.has_unsaved()
            or self.signs.has_unsaved()
            or self.sections.has_unsaved()
            or self._writes.has_pending()
            or (self._facilitation is not None and self._facilitation.has_unsaved())
        )

    def save_pending(self) -> bool:
        """Retry every waiting write now; True when nothing is left unsaved."""
        # Each is tried, even after a failure: one refusal must not hold back the rest.
        results = [
            self.reflections.save_pending(),
            self.signs.save_pending(),
            self.sections.save_pending(),
            self._writes.retry(),
            self._facilitation.save() if self._facilitation is not None else True,
        ]
        return all(results)

    def retire(self, keeper: QObject) -> None:
        """Done with this article: delete the session once nothing is left unsaved.

        Until its waiting writes (a refused reflection, say) are saved, ``keeper`` owns
        the session, so they keep being retried.
        """
        self._render_timer.stop()  # its article is no longer on show
        self._renderer = None
        if not self.has_unsaved():
            self.deleteLater()
            return
        if self.parent() is None:
            self.setParent(keeper)
        self.saved_again.connect(self._retire_when_saved)

    @Slot()
    def _retire_when_saved(self) -> None:
        if not self.has_unsaved():
            self.deleteLater()


def _index_in(section_id: str, added: range, renderer: ArticleRenderer) -> int | None:
    """The index of the section with this id among those just added to the outline."""
    sections = renderer.article().sections
    return next((index for index in added if sections[index].id == section_id), None)
