"""The Signs dock's tree: every group expanded, long signs wrapped, cheap on long articles.

A QTreeView lays out *all* its rows whenever it lays out: for each of them it calls the
model's ``index()`` and ``flags()`` (Python, a few microseconds each), so on a 1 MB
article (1,496 groups, 7,100 rows) every layout costs ~65 ms, and it lays out again for
every batch of groups appended to the model. This tree therefore

* expands groups by storing them as expanded (``expandRecursively`` / ``setExpanded``
  while a layout is pending), never with ``expandAll``'s immediate full layout;
* before its first paint, hides the groups beyond the first screenfuls, so the first
  layout is small; they are shown once the model has been quiet for a moment;
* does not lay out again for groups appended at the end while the reader is not looking
  at the end of the list: they are laid out all at once when appends go quiet or when the
  reader scrolls to the end;
* re-wraps rows only when its width changed, once the resizing settled;
* keeps measured row heights in :class:`~tether.ui.panels.row_sizes.ItemSizes`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QMetaObject,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QFontMetrics,
    QIcon,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from tether.models import Role
from tether.ui.first_paint import wrap_viewport
from tether.ui.panels import accessible_signs
from tether.ui.panels.row_sizes import ItemSizes

_Index = QModelIndex | QPersistentModelIndex
# Rows (groups and signs) laid out before the first paint: a few screenfuls.
FIRST_ROWS = 150
# How long appends must pause before the groups waiting for a layout get it.
QUIET_MS = 250
# How long a resize must pause before the rows are wrapped to the new width.
REWRAP_MS = 100


class SignDelegate(QStyledItemDelegate):
    """Draws sign groups as bold headings, and wraps long signs instead of eliding them.

    QTreeView asks a delegate for a row's height without telling it the column's width,
    so this delegate measures wrapped text against the view's own width.
    """

    def __init__(self, view: SignsTree) -> None:
        super().__init__(view)
        self._view = view

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Qt: embolden group rows; beside a sign, its answer at the last check-in, faintly."""
        super().initStyleOption(option, index)
        if index.data(Role.IsGroup):
            option.font.setBold(True)
            return
        previous = index.data(Role.PreviousTick)
        if previous is not None:
            option.icon = _previous_icon(
                bool(previous), option.palette, option.fontMetrics.height()
            )
            option.decorationSize = QSize(option.fontMetrics.height(), option.fontMetrics.height())
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Qt: the height of the row's text wrapped to the width available to it."""
        geometry = self._view.viewport().width()
        known = self._view.sizes.get(index, geometry)
        if known is None:
            known = self._measure(option, index)
            self._view.sizes.put(index, geometry, known)
        return known

    def _measure(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        group = bool(index.data(Role.IsGroup))
        check = 0 if group else option.fontMetrics.height() + 10
        if not group and index.data(Role.PreviousTick) is not None:
            check += option.fontMetrics.height() + 4  # the earlier answer's mark
        width = self._view.viewport().width() - self._view.indentation() * (not group)
        width -= check + 12
        if width <= 40:
            return hint
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        metrics = QFontMetrics(styled.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        bounds = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
        return QSize(hint.width(), max(hint.height(), bounds.height() + 6))


_ICONS: dict[tuple[bool, int, int], QIcon] = {}


def _previous_icon(ticked: bool, palette: QPalette, size: int) -> QIcon:
    """A faint tick in the palette's muted colour where the sign was ticked last time;
    blank (keeping the signs' text in line) where it was not."""
    colour = palette.color(QPalette.ColorRole.PlaceholderText)
    key = (ticked, colour.rgba(), size)
    icon = _ICONS.get(key)
    if icon is None:
        pixmap = QPixmap(size * 2, size * 2)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(colour, max(1.2, size / 10), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        )
        unit = size / 10
        if ticked:
            painter.drawPolyline(
                [
                    QPointF(2 * unit, 5.5 * unit),
                    QPointF(4.2 * unit, 7.6 * unit),
                    QPointF(8 * unit, 2.8 * unit),
                ]
            )
        painter.end()
        icon = _ICONS[key] = QIcon(pixmap)
    return icon


class SignsTree(QTreeView):
    """The signs tree: groups always expanded, laid out in as few full passes as it can."""

    # Its rows were laid out: the rows on show may be others (read by screen readers).
    rows_laid_out = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        wrap_viewport(self)
        # Screen readers' Toggle ticks a sign (Qt's would select the row).
        accessible_signs.install()
        self.sizes = ItemSizes(self, flat=False)
        # Top-level rows from this one on are hidden until revealed (None: none are).
        self._hidden_from: int | None = None
        # Rows were appended that the view has not been told of yet.
        self._waiting = False
        self._painted = False
        self._connections: list[QMetaObject.Connection] = []
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._quiet.timeout.connect(self.reveal)
        self._rewrap = QTimer(self, singleShot=True, interval=REWRAP_MS)
        self._rewrap.timeout.connect(self._on_rewrap)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- Tether's interface ----------------------------------------------------------------

    def show_groups(self, model: QAbstractItemModel) -> None:
        """Show ``model`` with every group expanded; lay out a few screenfuls first."""
        self.setModel(model)
        root = QModelIndex()
        # Stores every group as expanded; the one layout comes later (at the first paint).
        self.expandRecursively(root, 1)
        self._hide_from(self._first_screenfuls(model))

    def is_waiting(self) -> bool:
        """Whether some groups are not laid out yet (hidden or just appended)."""
        return self._hidden_from is not None or self._waiting

    @Slot()
    def reveal(self) -> None:
        """Lay out every group now, keeping the reader's place and selection."""
        self._quiet.stop()
        model, hidden_from = self.model(), self._hidden_from
        self._hidden_from = None
        if model is not None and hidden_from is not None:
            for row in range(hidden_from, model.rowCount()):
                self.setRowHidden(row, QModelIndex(), False)
        if self._waiting:
            self._waiting = False
            self.scheduleDelayedItemsLayout()

    # -- Qt --------------------------------------------------------------------------------

    def doItemsLayout(self) -> None:  # noqa: N802 - Qt's name
        """Qt: lay the rows out (all of them), and say so."""
        super().doItemsLayout()
        self.rows_laid_out.emit()

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt's name
        """Qt: show ``model``; its changes reach the height cache before the view."""
        self.sizes.watch(model)
        for connection in self._connections:
            QObject.disconnect(connection)
        self._hidden_from, self._waiting, self._painted = None, False, False
        self._quiet.stop()
        super().setModel(model)
        self._connections = [] if model is None else [model.rowsInserted.connect(self._expand)]

    def rowsInserted(self, parent: _Index, start: int, end: int) -> None:  # noqa: N802
        """Qt: rows arrived; groups appended at the end are laid out later, all at once."""
        model = self.model()
        appended = model is not None and not parent.isValid() and end + 1 == model.rowCount()
        if appended and self._hidden_from is not None:
            # Some groups are hidden: new ones join them, after them.
            super().rowsInserted(parent, start, end)
            for row in range(start, end + 1):
                self.setRowHidden(row, parent, True)
            self._restart_quiet()
        elif appended and self._painted and not self._at_end():
            # Telling QTreeView would cost a layout of every row, for rows out of sight.
            self._waiting = True
            self._restart_quiet()
        else:
            super().rowsInserted(parent, start, end)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt: paint; after the first paint, the groups held back follow once it is quiet."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self.is_waiting():
                self._quiet.start()

    def changeEvent(self, event: QEvent) -> None:
        """Qt: a new font or style makes every measured height wrong."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.sizes.forget_all()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt: re-wrap the rows to a new width, once the resizing has settled."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._rewrap.start()

    # -- helpers ---------------------------------------------------------------------------

    def _first_screenfuls(self, model: QAbstractItemModel) -> int:
        """How many groups make up the first :data:`FIRST_ROWS` rows."""
        rows, groups = 0, model.rowCount()
        for group in range(groups):
            rows += 1 + model.rowCount(model.index(group, 0))
            if rows >= FIRST_ROWS:
                return group + 1
        return groups

    def _hide_from(self, first: int) -> None:
        model = self.model()
        if model is None or first >= model.rowCount():
            return
        for row in range(first, model.rowCount()):
            self.setRowHidden(row, QModelIndex(), True)
        self._hidden_from = first

    def _at_end(self) -> bool:
        """Whether the end of what is laid out is on screen (so new rows would show)."""
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum()

    def _restart_quiet(self) -> None:
        if self._painted:
            self._quiet.start()

    @Slot(QModelIndex, int, int)
    def _expand(self, parent: QModelIndex, start: int, end: int) -> None:
        """Expand new groups (stored only: no layout happens here)."""
        model = self.model()
        if model is None or parent.isValid():
            return
        for row in range(start, end + 1):
            self.setExpanded(model.index(row, 0), True)

    @Slot(int)
    def _on_scrolled(self, _value: int) -> None:
        if self.is_waiting() and self._at_end():
            self.reveal()

    @Slot()
    def _on_rewrap(self) -> None:
        self._waiting = False  # a full layout takes in every row
        self.scheduleDelayedItemsLayout()
