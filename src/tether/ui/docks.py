"""The three docks around the article: sections, signs, and reflections."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tether.models import ArticleSession, Role
from tether.ui.muted_rows import MutedRowDelegate
from tether.ui.progress import ReadMarkDelegate
from tether.ui.reflection_editor import ReflectionEditor

_DOCK_FEATURES = (
    QDockWidget.DockWidgetFeature.DockWidgetClosable
    | QDockWidget.DockWidgetFeature.DockWidgetMovable
    | QDockWidget.DockWidgetFeature.DockWidgetFloatable
)


class _Dock(QDockWidget):
    """A dock with a stable object name, so the window can save and restore its place."""

    def __init__(self, title: str, object_name: str, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self.setFeatures(_DOCK_FEATURES)
        self.setAccessibleName(title)


class _SignDelegate(QStyledItemDelegate):
    """Draws sign groups as bold headings, and wraps long signs instead of eliding them.

    QTreeView asks a delegate for a row's height without telling it the column's width,
    so this delegate measures wrapped text against the view's own width.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Qt: embolden group rows."""
        super().initStyleOption(option, index)
        if index.data(Role.IsGroup):
            option.font.setBold(True)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Qt: the height of the row's text wrapped to the width available to it."""
        hint = super().sizeHint(option, index)
        depth = 0 if index.data(Role.IsGroup) else 1
        check = 0 if index.data(Role.IsGroup) else option.fontMetrics.height() + 10
        width = self._view.viewport().width() - self._view.indentation() * depth - check - 12
        if width <= 40:
            return hint
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        metrics = QFontMetrics(styled.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        bounds = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
        return QSize(hint.width(), max(hint.height(), bounds.height() + 6))


class _SignsTree(QTreeView):
    """The signs tree; rows are re-measured when its width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt: re-wrap the rows to the new width."""
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class SectionsDock(_Dock):
    """The table of contents; activating a section moves the article there."""

    section_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Sections", "sections-dock", parent)
        self.view = QListView(self)
        self.view.setObjectName("sections-list")
        self.view.setAccessibleName("Sections")
        self.view.setItemDelegate(ReadMarkDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setSpacing(3)
        self.view.setUniformItemSizes(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(lambda index: self.section_activated.emit(index.row()))
        self.view.clicked.connect(lambda index: self.section_activated.emit(index.row()))
        self.setWidget(self.view)

    def set_session(self, session: ArticleSession) -> None:
        """Show the sections of a newly opened article."""
        self.view.setModel(session.sections)

    def mark_current(self, row: int) -> None:
        """Select the section the reader is in, without moving the article."""
        model = self.view.model()
        if model is not None and 0 <= row < model.rowCount():
            self.view.setCurrentIndex(model.index(row, 0))


class SignsDock(_Dock):
    """The checklist of signs, grouped, with a tally per group."""

    sign_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Signs", "signs-dock", parent)
        self.view = _SignsTree(self)
        self.view.setObjectName("signs-tree")
        self.view.setAccessibleName("Signs checklist")
        self.view.setHeaderHidden(True)
        self.view.setWordWrap(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setIndentation(14)
        self.view.setUniformRowHeights(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setItemDelegate(_SignDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.clicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)
        self.setWidget(self.view)

    def set_session(self, session: ArticleSession) -> None:
        """Show the signs of a newly opened article."""
        self.view.setModel(session.signs)
        self.view.expandAll()

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        sign_id = index.data(Role.SignId)
        if sign_id:
            self.sign_activated.emit(sign_id)


class ReflectionsDock(_Dock):
    """The reflection on the current section, and every reflection written so far."""

    reflection_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Reflections", "reflections-dock", parent)
        body = QWidget(self)
        self.editor = ReflectionEditor(body)
        self.list_label = QLabel("All reflections on this article", body)
        self.list_label.setObjectName("reflections-list-label")
        self.list = QListView(body)
        self.list.setObjectName("reflections-list")
        self.list.setAccessibleName("All reflections on this article")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setItemDelegate(MutedRowDelegate(Role.Orphaned, self.list))
        self.list_label.setBuddy(self.list)
        self.list.activated.connect(self._on_activated)
        self.list.clicked.connect(self._on_activated)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.editor, 3)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 2)
        self.setWidget(body)

    def set_session(self, session: ArticleSession) -> None:
        """Show the reflections of a newly opened article."""
        self.editor.set_model(session.reflections)
        self.list.setModel(session.reflections)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        section_id = index.data(Role.SectionId)
        if section_id and not index.data(Role.Orphaned):
            self.reflection_activated.emit(section_id)
