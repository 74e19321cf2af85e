"""The sizes a delegate measured, kept per item until the model says the item changed.

Measuring a word-wrapped row costs a delegate tens of microseconds of Python (its
``initStyleOption``, the model's roles, a text layout). Views ask again and again for
the same rows: a QListView lays out every row on each relayout (after any
``dataChanged``, any resize), a QTreeView re-measures the rows it shows after each
relayout. :class:`ItemSizes` answers the repeats from a dictionary.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QMetaObject,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Slot,
)

_Index = QModelIndex | QPersistentModelIndex
# (row, column, internalId): what makes two QModelIndexes of one model equal.
Key = tuple[int, int, int]
# The width available to the text: a size measured at one is wrong at another. (The font
# matters too: a view forgets every size when its font or style changes.)
Geometry = int
# Changing any other role (a tick, a read mark, a tooltip) leaves an item's size alone.
SIZE_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.SizeHintRole,
        Qt.ItemDataRole.CheckStateRole,
    )
)
# Past this many changed rows, forgetting everything is cheaper than finding each one.
_MANY_ROWS = 64
# Geometries kept at once: a list's layout width, its painting width, and a resize or two.
_GEOMETRIES = 4


def key_of(index: _Index) -> Key:
    """The dictionary key of an index (no call into the model)."""
    return (index.row(), index.column(), index.internalId())


class ItemSizes(QObject):
    """Sizes measured per item, for each of the last few geometries.

    A QListView asks at one width while laying out and at another (its contents' width)
    while painting, so both are kept. Call :meth:`watch` with the model *before* giving
    it to the view: slots run in the order they were connected, so a changed item is
    forgotten before the view asks for its new size. Rows appended at the end keep every
    size. In a ``flat`` model (a list) rows inserted, removed or moved at the top level
    carry their sizes along; any other change of structure forgets them all. The view
    calls :meth:`forget_all` when its font or style changes.
    """

    def __init__(self, parent: QObject | None = None, *, flat: bool) -> None:
        super().__init__(parent)
        self._flat = flat
        # Newest geometry last; each maps item keys to sizes.
        self._tables: dict[Geometry, dict[Key, QSize]] = {}
        # What the items of the latest dataChanged measured before it, per geometry.
        self._changed: dict[Geometry, dict[Key, QSize]] = {}
        self._model: QAbstractItemModel | None = None
        self._connections: list[QMetaObject.Connection] = []

    # -- the sizes -------------------------------------------------------------------------

    def table(self, geometry: Geometry) -> dict[Key, QSize]:
        """The sizes known at ``geometry``, by :func:`key_of`; add to it what you measure."""
        table = self._tables.get(geometry)
        if table is None:
            if len(self._tables) >= _GEOMETRIES:
                del self._tables[next(iter(self._tables))]
            table = self._tables[geometry] = {}
        return table

    def get(self, index: _Index, geometry: Geometry) -> QSize | None:
        """The size measured for ``index`` at ``geometry``, if any."""
        return self.table(geometry).get(key_of(index))

    def put(self, index: _Index, geometry: Geometry, size: QSize) -> None:
        """Remember the size just measured for ``index`` at ``geometry``."""
        self.table(geometry)[key_of(index)] = size

    def forget_all(self) -> None:
        """Forget every size (the next requests measure again)."""
        self._tables.clear()
        self._changed.clear()

    def known(self, geometry: Geometry) -> int:
        """How many sizes are known at ``geometry``."""
        return len(self._tables.get(geometry, ()))

    def before_change(self, index: _Index, geometry: Geometry) -> QSize | None:
        """The size ``index`` had at ``geometry`` before the model's latest ``dataChanged``."""
        return self._changed.get(geometry, {}).get(key_of(index))

    def _forget(self, keys: Iterable[Key]) -> None:
        keys = list(keys)
        self._changed = {}
        for geometry, table in self._tables.items():
            old = {key: size for key in keys if (size := table.pop(key, None)) is not None}
            self._changed[geometry] = old

    def _remap(self, new_row: dict[int, int | None]) -> None:
        """Give remembered top-level rows their new numbers (None: the row is gone)."""
        for geometry, table in self._tables.items():
            moved: dict[Key, QSize] = {}
            for (row, column, internal), size in table.items():
                target = new_row.get(row, row)
                if target is not None:
                    moved[(target, column, internal)] = size
            self._tables[geometry] = moved

    # -- following the model ---------------------------------------------------------------

    def watch(self, model: QAbstractItemModel | None) -> None:
        """Forget everything and follow ``model``'s changes (before the view's setModel)."""
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []
        self.forget_all()
        self._model = model
        if model is None:
            return
        self._connections = [
            model.dataChanged.connect(self._on_data_changed),
            model.rowsInserted.connect(self._on_rows_inserted),
            model.rowsRemoved.connect(self._on_rows_removed),
            model.rowsMoved.connect(self._on_rows_moved),
            model.modelReset.connect(self.forget_all),
            model.layoutChanged.connect(self.forget_all),
            model.columnsInserted.connect(self.forget_all),
            model.columnsRemoved.connect(self.forget_all),
            model.columnsMoved.connect(self.forget_all),
        ]

    @Slot(QModelIndex, QModelIndex, list)
    def _on_data_changed(
        self, top: QModelIndex, bottom: QModelIndex, roles: list[int] | None = None
    ) -> None:
        if roles and SIZE_ROLES.isdisjoint(int(role) for role in roles):
            return
        rows = range(top.row(), bottom.row() + 1)
        columns = range(top.column(), bottom.column() + 1)
        if len(rows) * len(columns) > _MANY_ROWS:
            self.forget_all()
        elif len(rows) == len(columns) == 1:
            self._forget([key_of(top)])
        else:
            self._forget(key_of(top.sibling(row, column)) for row in rows for column in columns)

    @Slot(QModelIndex, int, int)
    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        if self._model is not None and first + count == self._model.rowCount(parent):
            return  # appended: no remembered row moved
        if self._flat and not parent.isValid():
            self._remap({row: row + count for row in self._rows_from(first)})
        else:
            self.forget_all()

    @Slot(QModelIndex, int, int)
    def _on_rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        if not (self._flat and not parent.isValid()):
            self.forget_all()
            return
        count = last - first + 1
        new_row: dict[int, int | None] = {row: None for row in range(first, last + 1)}
        new_row.update({row: row - count for row in self._rows_from(last + 1)})
        self._remap(new_row)

    @Slot(QModelIndex, int, int, QModelIndex, int)
    def _on_rows_moved(
        self, source: QModelIndex, start: int, end: int, destination: QModelIndex, row: int
    ) -> None:
        if not (self._flat and not source.isValid() and not destination.isValid()):
            self.forget_all()
            return
        # The rows in their order after the move, as old row numbers.
        total = self._model.rowCount(source) if self._model is not None else end + 1
        block = list(range(start, end + 1))
        rest = [r for r in range(total) if not start <= r <= end]
        at = row if row <= start else row - len(block)
        order = rest[:at] + block + rest[at:]
        self._remap({old: new for new, old in enumerate(order)})

    def _rows_from(self, first: int) -> set[int]:
        return {row for table in self._tables.values() for (row, _, _) in table if row >= first}
