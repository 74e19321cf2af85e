"""The table of contents: one row per section of the article, its headings under it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from tether.content import Article
from tether.i18n import translate
from tether.models.pending import PendingWrites
from tether.models.roles import Role
from tether.models.tooltips import plain_tooltip
from tether.store import Store

_Index = QModelIndex | QPersistentModelIndex


class SectionsModel(QAbstractItemModel):
    """The article's sections in reading order, and which of them the reader has read.

    A tree two levels deep: a row per section, and under it a row per heading inside
    the section (``Role.Anchor`` names the place on the page). Titles are read-only.
    With a ``store``, the sections read are loaded from it and :meth:`mark_read` saves
    there; ``Role.Read`` says whether a section is read (a heading shares its section's).
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
        # Sections marked read, of those the article has (a long article's outline
        # grows after it is shown: see grow).
        self._stored_read = store.sections_read(article.id) if store is not None else set()
        self._read = self._stored_read & known

    # A section's index has internal id 0; a heading's, its section's row + 1.

    def index(self, row: int, column: int = 0, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt: the index of a section (no parent) or of a heading under one."""
        if column != 0 or row < 0 or row >= self.rowCount(parent):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Qt: a heading's section; a section has none."""
        under = index.internalId() if index.isValid() else 0
        return self.createIndex(under - 1, 0, 0) if under else QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Qt: the number of sections, or of headings under a section."""
        if not parent.isValid():
            return len(self._article.sections)
        if parent.internalId() or not 0 <= parent.row() < len(self._article.sections):
            return 0
        return len(self._article.sections[parent.row()].headings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Qt: one column."""
        return 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt: the column's name, which screen readers read for the (hidden) header."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("SectionsModel", "Sections")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: the title (display, tooltip, accessible text) or the id of a section, and
        for a heading its title and anchor."""
        if not index.isValid():
            return None
        under = index.internalId()
        row = under - 1 if under else index.row()
        if not 0 <= row < len(self._article.sections):
            return None
        section = self._article.sections[row]
        read = section.id in self._read
        title = section.title
        if under:
            if not 0 <= index.row() < len(section.headings):
                return None
            title = section.headings[index.row()].title
            if role == Role.Anchor:
                return section.headings[index.row()].anchor
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        said = (
            translate("SectionsModel", "{section}, read").format(section=title) if read else title
        )
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(said)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return said
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
        names[Role.Anchor] = QByteArray(b"anchor")
        return names

    def row_of(self, section_id: str) -> int | None:
        """The row of the section with this id, if the article has it."""
        return self._article.section_index(section_id)

    def grow(self, article: Article, rendered: range) -> None:
        """Take in sections rendered since: their final titles replace the draft ones;
        and sections new to the outline (a long article's is read in parts), as rows."""
        old = self._article
        known = len(old.sections)
        if len(article.sections) > known:
            self.beginInsertRows(QModelIndex(), known, len(article.sections) - 1)
            self._article = article
            self._read |= self._stored_read & {s.id for s in article.sections[known:]}
            self.endInsertRows()
        self._article = article
        for row in rendered:
            if row < known and old.sections[row].title != article.sections[row].title:
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

    def outline_pending(self) -> bool:
        """Whether more sections are still to join (a long article's outline is read in
        parts after its first screen): a count of them is not final yet."""
        return self._article.outline_pending

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
        roles = [Role.Read, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole]
        self.dataChanged.emit(index, index, roles)
        if headings := self.rowCount(index):
            first, last = self.index(0, 0, index), self.index(headings - 1, 0, index)
            self.dataChanged.emit(first, last, roles)
        return True
