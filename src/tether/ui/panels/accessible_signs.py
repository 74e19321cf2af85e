"""The Signs checklist as a screen reader sees it: rows whose "Toggle" ticks the sign.

Qt describes a tree's rows itself, but its "Toggle" action on a row selects the row,
which a reader who ticks a sign through their screen reader would never notice; and the
tree's hidden header would be read as "1". This interface describes the tree the way
Qt does (a header, then one child per visible row, numbered as Qt numbers them in its
focus and selection events, so those still land on the right row), with rows whose
Toggle ticks or unticks the sign.
"""

# Qt calls the methods overridden here by its own names.
# ruff: noqa: N802

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QTreeView

from tether.i18n import translate
from tether.ui.a11y import ItemAccessible, install_factory

_Key = tuple[int, int]  # (group row, sign row) of a row; (row, -1) for a group; (-1, -1) header


def _build(obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QTreeView) and obj.objectName() == "signs-tree":
        return SignsTreeAccessible(obj)
    return None


def install() -> None:
    """Describe the signs tree (objectName ``signs-tree``) with this module's interface."""
    install_factory(_build)


class SignsTreeAccessible(QAccessibleWidget):
    """The tree: child 0 the (hidden) header, then its visible rows in order."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view, QAccessible.Role.Tree)
        self._view = view
        self._items: dict[_Key, _RowAccessible] = {}
        # The rows on show in order (Qt's numbering), worked out when asked for after
        # the tree laid its rows out again or showed or folded some.
        self._rows: list[QPersistentModelIndex] | None = None
        self._positions: dict[_Key, int] = {}
        self._model: object = None
        laid_out = getattr(view, "rows_laid_out", None)
        for signal in (laid_out, view.expanded, view.collapsed):
            if signal is not None:
                signal.connect(self._drop_rows)

    def _drop_rows(self, *_args: object) -> None:
        self._rows = None

    def _visible_rows(self) -> list[QPersistentModelIndex]:
        model = self._view.model()
        if model is not self._model:
            # Another article: its rows are other rows; let Qt drop the old items.
            for item in self._items.values():
                item.tag.deleteLater()
            self._items.clear()
            self._model, self._rows = model, None
            if model is not None:
                for signal in (model.modelReset, model.rowsRemoved, model.layoutChanged):
                    signal.connect(self._drop_rows)
        if self._rows is None:
            rows: list[QPersistentModelIndex] = []
            index = model.index(0, 0) if model is not None else QModelIndex()
            while index.isValid():
                rows.append(QPersistentModelIndex(index))
                index = self._view.indexBelow(index)
            self._rows = rows
            self._positions = {_key(row): i + 1 for i, row in enumerate(rows)}
        return self._rows

    def childCount(self) -> int:
        """Qt: the header and every visible row."""
        return 1 + len(self._visible_rows())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        """Qt: child 0 is the header, child ``n`` the ``n``-th visible row (Qt's numbering)."""
        rows = self._visible_rows()
        if index == 0:
            return self._item((-1, -1), QPersistentModelIndex())
        if 1 <= index <= len(rows):
            return self._item(_key(rows[index - 1]), rows[index - 1])
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        """Qt: where a row is among the children (-1 when it is not shown)."""
        if not isinstance(child, _RowAccessible):
            return -1
        if child.key == (-1, -1):
            return 0
        self._visible_rows()
        return self._positions.get(child.key, -1)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        """Qt: the current row, while the tree has the focus."""
        current = self._view.currentIndex()
        if not self._view.hasFocus() or not current.isValid():
            return None
        return self._item(_key(current), QPersistentModelIndex(current))

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        """Qt: the row at a point of the screen."""
        viewport = self._view.viewport()
        index = self._view.indexAt(viewport.mapFromGlobal(QPoint(x, y)))
        if not index.isValid():
            return None
        return self._item(_key(index), QPersistentModelIndex(index))

    def _item(self, key: _Key, index: QPersistentModelIndex) -> _RowAccessible:
        item = self._items.get(key)
        if item is None or (not item.index.isValid() and key != (-1, -1)):
            if item is not None:
                item.tag.deleteLater()  # Qt deletes the stale row's interface with it
            item = _RowAccessible(self._view, key, index)
            self._items[key] = item
        return item


def _key(index: QModelIndex | QPersistentModelIndex) -> _Key:
    parent = index.parent()
    return (parent.row(), index.row()) if parent.isValid() else (index.row(), -1)


class _RowAccessible(ItemAccessible):
    """A group or a sign; a sign's Toggle ticks it (Space does the same in the tree)."""

    def __init__(self, view: QTreeView, key: _Key, index: QPersistentModelIndex) -> None:
        header = key == (-1, -1)
        role = QAccessible.Role.ColumnHeader if header else QAccessible.Role.TreeItem
        super().__init__(view, role, lambda: QAccessible.queryAccessibleInterface(view))
        self._view = view
        self.key = key
        self.index = index

    def text(self, kind: QAccessible.Text) -> str:
        """Qt: the row's words as the model gives them to screen readers."""
        if self.key == (-1, -1):
            return translate("SignsTree", "Signs") if kind == QAccessible.Text.Name else ""
        if kind == QAccessible.Text.Name:
            spoken = self.index.data(Qt.ItemDataRole.AccessibleTextRole)
            return str(spoken or self.index.data(Qt.ItemDataRole.DisplayRole) or "")
        if kind == QAccessible.Text.Description:
            return str(self.index.data(Qt.ItemDataRole.AccessibleDescriptionRole) or "")
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        """Qt: a row's words are the article's; nothing to set."""

    def _plain(self) -> QModelIndex:
        return self.index.sibling(self.index.row(), self.index.column())

    def _checkable(self) -> bool:
        return bool(self.index.flags() & Qt.ItemFlag.ItemIsUserCheckable)

    def state(self) -> QAccessible.State:
        """Qt: tick state, selection, focus, and whether the row is on screen."""
        state = QAccessible.State()
        if self.key == (-1, -1):
            state.invisible = self._view.isHeaderHidden()
            return state
        state.focusable = True
        state.selectable = True
        state.selected = self._view.selectionModel().isSelected(self._plain())
        state.focused = self._view.hasFocus() and self._view.currentIndex() == self.index
        if self._checkable():
            state.checkable = True
            checked = self.index.data(Qt.ItemDataRole.CheckStateRole)
            state.checked = checked == Qt.CheckState.Checked or checked == 2
        rect = self._view.visualRect(self._plain())
        if not rect.intersects(self._view.viewport().rect()):
            state.offscreen = True
        if not self._view.isVisible() or rect.isEmpty():
            state.invisible = True
        return state

    def rect(self) -> QRect:
        """Qt: where the row is on the screen."""
        if self.key == (-1, -1) or not self.index.isValid():
            return QRect()
        local = self._view.visualRect(self._plain())
        return self.screen_rect(local, self._view.viewport())

    def actionNames(self) -> list[str]:
        """Qt: a sign can be ticked (Toggle); a group is a heading."""
        return [QAccessibleActionInterface.toggleAction()] if self._checkable() else []

    def localizedActionName(self, name: str) -> str:
        """Qt: the action's name as a screen reader says it."""
        if name == QAccessibleActionInterface.toggleAction():
            return translate("SignsTree", "Tick or untick")
        return name

    def localizedActionDescription(self, name: str) -> str:
        """Qt: what the action does."""
        return self.localizedActionName(name)

    def keyBindingsForAction(self, name: str) -> list[str]:
        """Qt: Space ticks the current sign in the tree."""
        return ["Space"] if name == QAccessibleActionInterface.toggleAction() else []

    def doAction(self, name: str) -> None:
        """Qt: Toggle ticks an unticked sign and unticks a ticked one (never selects it)."""
        if name != QAccessibleActionInterface.toggleAction() or not self._checkable():
            return
        model = self._view.model()
        checked = self.index.data(Qt.ItemDataRole.CheckStateRole)
        ticked = checked == Qt.CheckState.Checked or checked == 2
        new = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
        model.setData(self._plain(), new, Qt.ItemDataRole.CheckStateRole)
