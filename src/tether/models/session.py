"""One open article with its models and the reader's place in it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from tether.content import Article
from tether.models.pending import PendingWrites
from tether.models.reflections import ReflectionsModel
from tether.models.sections import SectionsModel
from tether.models.signs import SignsModel
from tether.store import ReadingPosition, Store


class ArticleSession(QObject):
    """The models of one open article, and its reading position, over one store.

    Views get everything they show from here, and send the reader's changes back here;
    nothing above this layer talks to the store.
    """

    save_failed = Signal(str)
    # A save succeeded after a failure: views check whether anything is still unsaved.
    saved_again = Signal()

    def __init__(self, article: Article, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.article = article
        self._store = store
        self.sections = SectionsModel(article, self, store=store)
        self.signs = SignsModel(article, store, self)
        self.reflections = ReflectionsModel(article, store, self)
        self.sections.save_failed.connect(self.save_failed)
        self.signs.save_failed.connect(self.save_failed)
        self.reflections.save_failed.connect(self.save_failed)
        # The reading position, and reflections left unsaved when the article was closed.
        self._writes = PendingWrites(self)
        self._writes.failed.connect(self.save_failed)
        self._writes.caught_up.connect(self.saved_again)
        self.signs.saved_again.connect(self.saved_again)
        self.sections.saved_again.connect(self.saved_again)
        self.reflections.saved.connect(self.saved_again)

    def position(self) -> ReadingPosition | None:
        """Where the reader last was in this article, if they have read it before."""
        return self._store.position(self.article.id)

    def save_position(self, section_id: str, scroll: float) -> bool:
        """Remember where the reader is; False (and ``save_failed``) if it could not.

        A refused position is kept and retried until saved, unless a newer one is.
        """
        article_id, path = self.article.id, str(self.article.path)
        return self._writes.write(
            "position", lambda: self._store.save_position(article_id, path, section_id, scroll)
        )

    def has_unsaved(self) -> bool:
        """Whether a tick, a read mark or the position is still waiting to be saved."""
        return self.signs.has_unsaved() or self.sections.has_unsaved() or self._writes.has_pending()

    def save_pending(self) -> bool:
        """Retry every waiting tick and position now; True when nothing is left unsaved."""
        signs_saved = self.signs.save_pending()
        marks_saved = self.sections.save_pending()
        position_saved = self._writes.retry()
        return signs_saved and marks_saved and position_saved

    def retire(self, keeper: QObject, reflection: tuple[str, str] | None = None) -> None:
        """Done with this article: delete the session once nothing is left unsaved.

        ``reflection`` is (section id, text) the editor could not save; it joins the
        waiting writes. Until they are saved ``keeper`` owns the session, so they keep
        being retried.
        """
        if reflection is not None:
            article_id, (section_id, text) = self.article.id, reflection
            self._writes.write(
                ("reflection", section_id),
                lambda: self._store.save_reflection(article_id, section_id, text),
            )
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
