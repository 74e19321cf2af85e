"""The table of contents: one row per section of the article."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

from tether.content import Article
from tether.models.roles import Role

_Index = QModelIndex | QPersistentModelIndex


class SectionsModel(QAbstractListModel):
    """The article's sections in reading order; read-only."""

    def __init__(self, article: Article, parent: Any = None) -> None:
        super().__init__(parent)
        self._article = article

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Qt: the number of sections (a list has no children)."""
        return 0 if parent.isValid() else len(self._article.sections)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: the title (display, tooltip, accessible text) or the id of a section."""
        if not index.isValid() or not 0 <= index.row() < len(self._article.sections):
            return None
        section = self._article.sections[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return section.title
        if role == Role.SectionId:
            return section.id
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        """Qt: names for the custom roles."""
        names: dict[int, QByteArray] = dict(super().roleNames())
        names[Role.SectionId] = QByteArray(b"sectionId")
        return names

    def row_of(self, section_id: str) -> int | None:
        """The row of the section with this id, if the article has it."""
        return self._article.section_index(section_id)
