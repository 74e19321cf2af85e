"""The order the library lists its articles in: the one read last first, or by title."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMetaObject,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)

from tether.content.library import normalise_title
from tether.models.roles import Role

_Index = QModelIndex | QPersistentModelIndex
_Key = tuple[bool, float, str]


class Order(Enum):
    """How the library is sorted; the value is what the reader sees in the choice."""

    RECENT = "Recently read"
    TITLE = "Title"


class LibraryOrder(QSortFilterProxyModel):
    """The library model in the reader's chosen order, kept in order as it changes.

    Recently read: the articles the reader has been in, the latest first, then the rest
    by title. Title: by title alone, ignoring case and quote marks. Either way a file
    that cannot be opened comes last, so it never sits between the articles to read.
    Rows that tie keep the library's own order (the sort is stable).

    Each row's key is worked out once per sort, not at every comparison: a sort of a
    few hundred articles then takes milliseconds instead of a visible pause.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._order = Order.RECENT
        self._keys: dict[int, _Key] = {}  # by source row
        self._connections: list[QMetaObject.Connection] = []
        self.setDynamicSortFilter(True)
        self.sort(0, Qt.SortOrder.AscendingOrder)

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802 - Qt's name
        """Qt: sort ``model``; its rows' keys are forgotten whenever they may change."""
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []
        self._keys.clear()
        if model is not None:
            # Connected before the proxy's own handlers, so they never sort by old keys.
            for signal in (
                model.modelAboutToBeReset,
                model.layoutAboutToBeChanged,
                model.rowsAboutToBeInserted,
                model.rowsAboutToBeRemoved,
                model.rowsAboutToBeMoved,
                model.dataChanged,
            ):
                self._connections.append(signal.connect(self._forget_keys))
        super().setSourceModel(model)

    @property
    def order(self) -> Order:
        """The order in use."""
        return self._order

    def set_order(self, order: Order) -> None:
        """Sort by ``order`` from now on (the view keeps its current row)."""
        if order != self._order:
            self._order = order
            self._keys.clear()
            self.invalidate()

    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802 - Qt's name
        """Qt: whether the row of ``left`` comes before that of ``right``."""
        return self._key(left) < self._key(right)

    @Slot()
    def _forget_keys(self) -> None:
        self._keys.clear()

    def _key(self, index: _Index) -> _Key:
        key = self._keys.get(index.row())
        if key is None:
            key = self._keys[index.row()] = self._work_out_key(index)
        return key

    def _work_out_key(self, index: _Index) -> _Key:
        title = normalise_title(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        unreadable = bool(index.data(Role.Unreadable))
        if self._order == Order.TITLE:
            return (unreadable, 0.0, title)
        last_read = index.data(Role.LastRead)
        # Negated, so the latest comes first; an article never opened, after all the rest.
        return (unreadable, -last_read if last_read is not None else float("inf"), title)
