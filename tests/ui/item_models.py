"""Small item models for view tests: they speak Qt's model interface, nothing of Tether's.

The views under test only ever see Qt's model interface; these models let a test append
groups, rename rows and change a role on demand, and emit exactly the signals a real
model emits for that. (``qtmodeltester`` checks them in the tests that use them.)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from tether.models import Role

_Index = QModelIndex | QPersistentModelIndex
_GROUP = 0  # internalId of a group; a sign stores its group's row + 1


class GroupsModel(QAbstractItemModel):
    """Groups of checkable items, two levels, shaped like the Signs checklist."""

    def __init__(self, groups: list[tuple[str, list[str]]]) -> None:
        super().__init__()
        self._groups = [(title, list(items)) for title, items in groups]

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _GROUP or row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == _GROUP:
            return base
        return base | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = index.internalId() == _GROUP
        if role == Role.IsGroup:
            return group
        if role == Qt.ItemDataRole.DisplayRole:
            if group:
                return self._groups[index.row()][0]
            return self._groups[index.internalId() - 1][1][index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and not group:
            return Qt.CheckState.Unchecked
        return None

    def append_groups(self, groups: list[tuple[str, list[str]]]) -> None:
        """Add groups at the end, as an article renders its later sections."""
        first = len(self._groups)
        self.beginInsertRows(QModelIndex(), first, first + len(groups) - 1)
        self._groups += [(title, list(items)) for title, items in groups]
        self.endInsertRows()

    def set_item_text(self, group: int, row: int, text: str) -> None:
        """Change one item's words."""
        self._groups[group][1][row] = text
        index = self.index(row, 0, self.index(group, 0))
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])


class TitlesModel(QAbstractListModel):
    """A list of titles, each with a flag in ``Role.Read`` (a role that never changes sizes)."""

    def __init__(self, titles: list[str]) -> None:
        super().__init__()
        self._titles = list(titles)
        self._marked: set[int] = set()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[index.row()]
        if role == Role.Read:
            return index.row() in self._marked
        return None

    def set_title(self, row: int, title: str) -> None:
        """Rename a row."""
        self._titles[row] = title
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def mark(self, row: int) -> None:
        """Set a row's flag."""
        self._marked.add(row)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Role.Read])

    def insert_titles(self, row: int, titles: list[str]) -> None:
        """Insert titles before ``row``."""
        self.beginInsertRows(QModelIndex(), row, row + len(titles) - 1)
        self._titles[row:row] = titles
        self.endInsertRows()

    def remove_titles(self, row: int, count: int) -> None:
        """Remove ``count`` titles from ``row`` on."""
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._titles[row : row + count]
        self.endRemoveRows()

    def move_title(self, row: int, to: int) -> None:
        """Move one title so that it ends up before the title now at ``to``."""
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to)
        title = self._titles.pop(row)
        self._titles.insert(to if to < row else to - 1, title)
        self.endMoveRows()
