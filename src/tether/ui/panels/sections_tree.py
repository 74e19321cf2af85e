"""The Sections panel's tree: every title whole, wrapped to the panel's width.

A QTreeView measures a row once, without a width, so a long title would be cut. Here the
delegate measures each row at the width the tree gives it (the panel's width less the
indentation of its level), and the tree lays its rows out again when its width changes.
Rows are measured only when Qt asks, which it does for the rows on screen: scrolling is
per item, so a table of contents of thousands of sections opens at once.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem, QTreeView, QWidget

from tether.ui.first_paint import wrap_viewport
from tether.ui.page.progress import ReadMarkDelegate

_Index = QModelIndex | QPersistentModelIndex


class SectionsTree(QTreeView):
    """Sections, with the headings inside each folded under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        wrap_viewport(self)
        self.setHeaderHidden(True)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setIndentation(14)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._width = -1

    def row_width(self, index: _Index) -> int:
        """The width a row of ``index``'s level is drawn at."""
        depth = 1 if index.parent().isValid() else 0
        return self.viewport().width() - self.indentation() * (depth + 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt: measure the rows again at a new width (titles wrap differently)."""
        super().resizeEvent(event)
        if self.viewport().width() != self._width:
            self._width = self.viewport().width()
            self.scheduleDelayedItemsLayout()


class _WrappingDelegate(ReadMarkDelegate):
    """Read marks before section titles; each row as tall as its wrapped title."""

    def __init__(self, tree: SectionsTree) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """Qt: the row's size with its title wrapped at the row's width."""
        measured = QStyleOptionViewItem(option)
        width = max(40, self._tree.row_width(index))
        # A valid rectangle: the style wraps the text to its width only then.
        measured.rect = QRect(0, 0, width, max(1, option.rect.height()))
        measured.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        size = super().sizeHint(measured, index)
        return QSize(width, size.height() + 4)
