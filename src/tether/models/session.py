"""One open article with its models and the reader's place in it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from tether.content import Article
from tether.models.reflections import ReflectionsModel
from tether.models.sections import SectionsModel
from tether.models.signs import SignsModel
from tether.store import ReadingPosition, Store, StoreError


class ArticleSession(QObject):
    """The models of one open article, and its reading position, over one store.

    Views get everything they show from here, and send the reader's changes back here;
    nothing above this layer talks to the store.
    """

    save_failed = Signal(str)

    def __init__(self, article: Article, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.article = article
        self._store = store
        self.sections = SectionsModel(article, self)
        self.signs = SignsModel(article, store, self)
        self.reflections = ReflectionsModel(article, store, self)
        self.signs.save_failed.connect(self.save_failed)
        self.reflections.save_failed.connect(self.save_failed)

    def position(self) -> ReadingPosition | None:
        """Where the reader last was in this article, if they have read it before."""
        return self._store.position(self.article.id)

    def save_position(self, section_id: str, scroll: float) -> bool:
        """Remember where the reader is; False (and ``save_failed``) if it could not."""
        try:
            self._store.save_position(self.article.id, str(self.article.path), section_id, scroll)
        except StoreError as error:
            self.save_failed.emit(str(error))
            return False
        return True
