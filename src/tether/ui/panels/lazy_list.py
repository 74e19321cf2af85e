"""A word-wrapping list view that does not measure every row before it can paint."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QMetaObject,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyleOptionViewItem, QWidget

from tether.ui.first_paint import wrap_viewport
from tether.ui.panels.muted_rows import MutedRowDelegate
from tether.ui.panels.row_sizes import SIZE_ROLES, Geometry, ItemSizes, Key

_Index = QModelIndex | QPersistentModelIndex
Measure = Callable[[QStyleOptionViewItem, _Index], QSize]
# Rows measured per step while the app is idle, after the list has painted (~2 ms).
IDLE_CHUNK = 48
# Layouts at most per doItemsLayout: rows measured on screen may push others into view.
_PASSES = 3
# Changes to more rows than this are left to a full layout.
_FEW_ROWS = 64


class LazyListView(QListView):
    """A list whose rows get an estimated size until they are on screen or the app is idle.

    A QListView whose rows differ in height (wrapped text) asks its delegate for the
    size of *every* row on every layout: thousands of calls into Python before the first
    paint of a long list, again after any ``dataChanged`` and any resize. Here a row not
    measured yet gets, during a layout, the size most rows measured so far have; the
    rows on screen are then measured for real, and if an estimate was wrong the list is
    laid out again (from the cache, so cheaply). After the list has painted, the other
    rows are measured a few at a time while the app is idle, then laid out once more.
    Scrolling is per item, so the top row stays where it is through all of this.

    The delegate's ``sizeHint`` must return :meth:`size_hint` (see ``tether.ui.panels.docks``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        wrap_viewport(self)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.sizes = ItemSizes(self, flat=True)
        self._laying_out = False
        # The option and geometry the last layout measured with.
        self._option: QStyleOptionViewItem | None = None
        self._geometry: Geometry | None = None
        # Rows given an estimate at that geometry, with the estimate they were given.
        self._estimates: dict[Key, QSize] = {}
        self._heights: Counter[int] = Counter()
        self._widest = 0
        self._estimate: QSize | None = None
        # Rows measured (not estimated) by the layout under way.
        self._on_screen = range(0)
        self._misses = 0
        self._stale = False
        self._connections: list[QMetaObject.Connection] = []
        self._idle = QTimer(self, interval=0)
        self._idle.timeout.connect(self._measure_some)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- for the delegate ------------------------------------------------------------------

    def size_hint(self, option: QStyleOptionViewItem, index: _Index, measure: Measure) -> QSize:
        """The size of a row: remembered, estimated (during a layout), or ``measure``d."""
        geometry = option.rect.width()
        if geometry <= 0 and self._laying_out:
            return QSize()  # a layout before the list has a width: it will be redone
        layout_geometry = self._geometry
        if not self._laying_out and self._option is not None and layout_geometry is not None:
            # QListView paints a row at the height it asks for at its contents' width, which
            # can wrap differently from the width it laid the row out at: a title then
            # shows elided above a gap. The layout's measure is the one that fits.
            option, geometry = self._option, layout_geometry
        table = self.sizes.table(geometry)
        key = (index.row(), index.column(), index.internalId())
        known = table.get(key)
        if known is not None:
            return known
        if self._laying_out:
            if geometry != self._geometry:
                self._start_geometry(option, geometry)
            if self._heights and index.row() not in self._on_screen:
                if self._estimate is None:
                    self._estimate = QSize(self._widest, self._heights.most_common(1)[0][0])
                self._estimates[key] = self._estimate
                return self._estimate
        size = measure(option, index)
        table[key] = size
        if geometry == self._geometry:
            self._heights[size.height()] += 1
            self._widest = max(self._widest, size.width())
            self._estimate = None
            given = self._estimates.pop(key, None)
            if given is not None and given != size:
                self._misses += 1
                self._stale = True
        return size

    def has_estimates(self) -> bool:
        """Whether some rows are laid out with an estimated size."""
        return bool(self._estimates)

    # -- Qt --------------------------------------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt's name
        """Qt: show ``model``; its changes reach the size cache before the view."""
        self.sizes.watch(model)
        self._forget_estimates()
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []
        if model is not None:
            # Rows moved or renumbered: the estimates are re-made by the coming layout.
            self._connections = [
                signal.connect(self._forget_estimates)
                for signal in (
                    model.rowsInserted,
                    model.rowsRemoved,
                    model.rowsMoved,
                    model.modelReset,
                    model.layoutChanged,
                )
            ]
            self._connections += [
                signal.connect(self._choose_scroll_bar)
                for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset)
            ]
        super().setModel(model)
        self._choose_scroll_bar()

    def doItemsLayout(self) -> None:  # noqa: N802 - Qt's name
        """Qt: lay out with estimates, then again if the rows on screen proved them wrong."""
        for _ in range(_PASSES):
            # The rows that will be on screen are measured for real in the layout itself.
            top = max(0, self.verticalScrollBar().value())
            self._on_screen = range(top, top + self._reach())
            self._laying_out = True
            try:
                super().doItemsLayout()
            finally:
                self._laying_out = False
            if not self._measure_on_screen():
                break

    def dataChanged(  # noqa: N802 - Qt's name
        self,
        top_left: _Index,
        bottom_right: _Index,
        roles: Sequence[int] = (),
    ) -> None:
        """Qt: repaint changed rows; lay the list out again only if their size changed.

        QListView lays out every row after any change, even a read mark's.
        """
        if self._same_sizes(top_left, bottom_right, roles):
            QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))
        else:
            super().dataChanged(top_left, bottom_right, list(roles))

    def scrollTo(  # noqa: N802 - Qt's name
        self,
        index: _Index,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Qt: measure the rows around ``index`` first, so the scroll lands where it should."""
        if self._estimates and index.isValid() and self._measure_rows(index.row()):
            self.doItemsLayout()
        super().scrollTo(index, hint)

    def changeEvent(self, event: QEvent) -> None:
        """Qt: a new font or style makes every measured size wrong."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.sizes.forget_all()
            self._geometry, self._option = None, None
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt: paint; once painted, measure the estimated rows while the app is idle."""
        super().paintEvent(event)
        if self._estimates and not self._idle.isActive():
            self._idle.start()

    # -- helpers ---------------------------------------------------------------------------

    def _start_geometry(self, option: QStyleOptionViewItem, geometry: Geometry) -> None:
        self._option = QStyleOptionViewItem(option)
        self._geometry = geometry
        self._estimates.clear()
        self._heights.clear()
        self._widest = 0
        self._estimate = None

    @Slot()
    def _forget_estimates(self) -> None:
        self._estimates.clear()

    @Slot()
    def _choose_scroll_bar(self) -> None:
        """Show the scroll bar from the start when the rows cannot fit on any screen.

        Otherwise it appears during the first layout, narrowing the list, and everything
        is measured again at the new width.
        """
        model = self.model()
        rows = 0 if model is None else model.rowCount(self.rootIndex())
        tallest = max(screen.size().height() for screen in QGuiApplication.screens())
        never_fits = rows * (self.fontMetrics().height() + self.spacing()) > tallest
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn
            if never_fits
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )

    def _measure(self, row: int) -> QSize | None:
        """Measure one row at the layout's geometry (through the delegate and the cache)."""
        model, option = self.model(), self._option
        if model is None or option is None:
            return None
        index = model.index(row, self.modelColumn(), self.rootIndex())
        if not index.isValid():
            return None
        return self.itemDelegateForIndex(index).sizeHint(option, index)

    def _same_sizes(self, top: _Index, bottom: _Index, roles: Sequence[int]) -> bool:
        """Whether the changed rows keep the sizes the last layout gave them."""
        if roles and SIZE_ROLES.isdisjoint(int(role) for role in roles):
            return True
        geometry, rows = self._geometry, range(top.row(), bottom.row() + 1)
        if geometry is None or len(rows) > _FEW_ROWS or top.parent() != self.rootIndex():
            return False
        if top.column() != self.modelColumn() or bottom.column() != self.modelColumn():
            return False
        for row in rows:
            index = top.sibling(row, top.column())
            if (row, index.column(), index.internalId()) in self._estimates:
                continue  # laid out with an estimate, which the new text does not change
            before = self.sizes.before_change(index, geometry)
            if before is None or self._measure(row) != before:
                return False
        return True

    def _measure_on_screen(self) -> bool:
        """Measure the estimated rows on screen; True if any estimate was wrong."""
        if not self._estimates:
            return False
        misses = self._misses
        bottom, y = self.viewport().height(), 0
        row = max(0, self.verticalScrollBar().value())  # per item: the top row
        while y <= bottom and (size := self._measure(row)) is not None:
            y += size.height() + self.spacing()
            row += 1
        return self._misses != misses

    def _reach(self) -> int:
        """At most how many rows fit on screen."""
        smallest = min(self._heights, default=self.fontMetrics().height()) + self.spacing()
        return self.viewport().height() // max(1, smallest) + 1

    def _measure_rows(self, row: int) -> bool:
        """Measure a screenful of rows either side of ``row``; True if any estimate was wrong."""
        misses = self._misses
        reach = self._reach()
        for near in range(max(0, row - reach), row + reach + 1):
            if self._measure(near) is None and near > row:
                break
        return self._misses != misses

    @Slot(int)
    def _on_scrolled(self, _value: int) -> None:
        if self._estimates and self._measure_on_screen():
            self.doItemsLayout()

    @Slot()
    def _measure_some(self) -> None:
        """One idle step: measure a few estimated rows; lay out again after the last."""
        if not self.isVisible():
            self._idle.stop()
            return
        for key in list(self._estimates)[:IDLE_CHUNK]:
            self._measure(key[0])
            self._estimates.pop(key, None)  # also when it was measured some other way
        if self._estimates:
            return
        self._idle.stop()
        if self._stale:
            self._stale = False
            self.scheduleDelayedItemsLayout()


class MutedListDelegate(MutedRowDelegate):
    """Rows whose ``role`` is true muted (as :class:`MutedRowDelegate`), each row's size
    from ``view``'s cache (the reflections list: orphaned reflections muted)."""

    def __init__(self, role: int, view: LazyListView) -> None:
        super().__init__(role, view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Qt: the row's size, measured once per width."""
        return self._view.size_hint(option, index, super().sizeHint)
