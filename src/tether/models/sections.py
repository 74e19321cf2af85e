"""The table of contents: one row per section of the article."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from tether.content import Article
from tether.models.pending import PendingWrites
from tether.models.roles import Role
from tether.models.tooltips import plain_tooltip
from tether.store import Store

_Index = QModelIndex | QPersistentModelIndex


class SectionsModel(QAbstractListModel):
    """The article's sections in reading order, and which of them the reader has read.

    Titles are read-only. With a ``store``, the sections read are loaded from it and
    :meth:`mark_read` saves there; ``Role.Read`` says whether a section is read.
    """

    save_failed = Signal(str)
    saved_again = Signal()

    def __init__(self, article: Article, parent: Any = None, *, store: Store | None = None) -> None:
        super().__init__(parent)
        self._article = article
        self._store = store
        self._pending = PendingWrites(self)
        self._pending.failed.connect(self.save_failed)
        self._pending.caught_up.connect(self.saved_again)
        known = {section.id for section in article.sections}
        self._read = store.sections_read(article.id) & known if store is not None else set()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Qt: the number of sections (a list has no children)."""
        return 0 if parent.isValid() else len(self._article.sections)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: the title (display, tooltip, accessible text) or the id of a section."""
        if not index.isValid() or not 0 <= index.row() < len(self._article.sections):
            return None
        section = self._article.sections[index.row()]
        read = section.id in self._read
        if role == Qt.ItemDataRole.DisplayRole:
            return section.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{section.title}, read" if read else section.title)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{section.title}, read" if read else section.title
        if role == Role.SectionId:
            return section.id
        if role == Role.Read:
            return read
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        """Qt: names for the custom roles."""
        names: dict[int, QByteArray] = dict(super().roleNames())
        names[Role.SectionId] = QByteArray(b"sectionId")
        names[Role.Read] = QByteArray(b"read")
        return names

    def row_of(self, section_id: str) -> int | None:
        """The row of the section with this id, if the article has it."""
        return self._article.section_index(section_id)

    def grow(self, article: Article, rendered: range) -> None:
        """Take in sections rendered since: their final titles replace the draft ones."""
        old, self._article = self._article, article
        for row in rendered:
            if old.sections[row].title != article.sections[row].title:
                index = self.index(row, 0)
                self.dataChanged.emit(
                    index,
                    index,
                    [
                        Qt.ItemDataRole.DisplayRole,
                        Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole,
                    ],
                )

    # -- reading progress ------------------------------------------------------------------

    def is_read(self, section_id: str) -> bool:
        """Whether the reader has read this section."""
        return section_id in self._read

    def read_count(self) -> int:
        """How many of the article's sections the reader has read."""
        return len(self._read)

    def has_unsaved(self) -> bool:
        """Whether a read mark is still waiting to be saved."""
        return self._pending.has_pending()

    def save_pending(self) -> bool:
        """Retry the waiting read marks now; True when every mark is saved."""
        return self._pending.retry()

    def mark_read(self, section_id: str) -> bool:
        """Mark a section read, save it, and tell every view. True if it was unread."""
        row = self.row_of(section_id)
        if row is None or section_id in self._read:
            return False
        if self._store is not None:
            # A refused mark still shows, and waits with the other refused writes.
            store, article_id = self._store, self._article.id
            self._pending.write(section_id, lambda: store.mark_section_read(article_id, section_id))
        self._read.add(section_id)
        index = self.index(row, 0)
        self.dataChanged.emit(
            index,
            index,
            [Role.Read, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole],
        )
        return True
