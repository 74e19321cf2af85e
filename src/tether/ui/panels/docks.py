"""The three docks around the article: sections, signs, and reflections.

A dock's frame is made with the window; what it holds (a tree, a list, the editor) is
made by :meth:`_Dock.fill`, and its modules (and their Qt classes) are imported then: a
window that paints its page first fills its docks right after that paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from tether.i18n import translate
from tether.models import ArticleSession, Role

if TYPE_CHECKING:
    from tether.ui.panels.lazy_list import LazyListView
    from tether.ui.panels.reflection_editor import ReflectionEditor
    from tether.ui.panels.sections_tree import SectionsTree
    from tether.ui.panels.signs_tree import SignsTree

_DOCK_FEATURES = (
    QDockWidget.DockWidgetFeature.DockWidgetClosable
    | QDockWidget.DockWidgetFeature.DockWidgetMovable
    | QDockWidget.DockWidgetFeature.DockWidgetFloatable
)


class _Dock(QDockWidget):
    """A dock with a stable object name, so the window can save and restore its place.

    Its title bar is a quiet line of text, without Qt's float and close buttons: the
    toolbar, the View menu and the keys show and hide the panels. Dragging the title
    still moves the panel, and double-clicking it still floats it.
    """

    def __init__(self, title: str, object_name: str, parent: QWidget | None, filled: bool) -> None:
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self.setFeatures(_DOCK_FEATURES)
        self.setAccessibleName(title)
        bar = QLabel(title, self)
        bar.setObjectName(f"{object_name}-title")
        bar.setContentsMargins(8, 4, 8, 2)
        self.setTitleBarWidget(bar)
        self._session: ArticleSession | None = None
        self.filled = False
        if filled:
            self.fill()
        else:  # the dock's frame holds its place in the window until it is filled
            self.setWidget(QWidget(self))

    def fill(self) -> None:
        """Build the panel's contents (once), showing the article set meanwhile.

        A window that paints its page first makes its docks empty (``filled=False``)
        and fills them right after that first paint: the dock's place and width are
        the frame's, so the page beside it does not move.
        """
        if self.filled:
            return
        self.filled = True
        placeholder = self.widget()
        self._build()
        if placeholder is not None and placeholder is not self.widget():
            placeholder.deleteLater()
        if self._session is not None:
            self._show_session(self._session)

    def set_session(self, session: ArticleSession) -> None:
        """Show the panel's part of a newly opened article (once filled)."""
        self._session = session
        if self.filled:
            self._show_session(session)

    def _build(self) -> None:
        raise NotImplementedError

    def _show_session(self, session: ArticleSession) -> None:
        raise NotImplementedError


class SectionsDock(_Dock):
    """The table of contents; activating a section or a heading moves the article there.

    Headings inside a section are listed under it, folded until the reader opens them
    (the arrow, or Right on the keyboard).
    """

    section_activated = Signal(int)
    # A heading under a section: the section's row, and the heading's anchor on the page.
    heading_activated = Signal(int, str)

    view: SectionsTree

    def __init__(self, parent: QWidget | None = None, *, filled: bool = True) -> None:
        super().__init__(translate("Panels", "Sections"), "sections-dock", parent, filled)

    def _build(self) -> None:
        from tether.ui.panels.sections_tree import SectionsTree

        self.view = SectionsTree(self)
        self.view.setObjectName("sections-list")
        self.view.setAccessibleName(translate("Panels", "Sections"))
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_activated)
        self.setWidget(self.view)

    def _show_session(self, session: ArticleSession) -> None:
        self.view.setModel(session.sections)

    def mark_current(self, row: int) -> None:
        """Select the section the reader is in, without moving the article."""
        if not self.filled:
            return  # the window marks it again once the dock is filled
        model = self.view.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        current = self.view.currentIndex()
        if current.parent().isValid() and current.parent().row() == row:
            return  # a heading of that section is chosen: keep it
        self.view.setCurrentIndex(model.index(row, 0))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.parent().isValid():
            self.heading_activated.emit(index.parent().row(), str(index.data(Role.Anchor)))
        else:
            self.section_activated.emit(index.row())


class SignsDock(_Dock):
    """The checklist of signs, grouped, with a tally per group.

    :attr:`closed_by_reader` says the reader closed it (its close button, or View ›
    Signs); Tether itself only hides it (see :mod:`tether.ui.panels.signs_presence`).
    """

    sign_activated = Signal(str)
    closed_by_reader = Signal()

    view: SignsTree

    def __init__(self, parent: QWidget | None = None, *, filled: bool = True) -> None:
        super().__init__(translate("Panels", "Signs"), "signs-dock", parent, filled)

    def _build(self) -> None:
        from PySide6.QtWidgets import QAbstractItemView

        from tether.ui.panels.signs_tree import SignDelegate, SignsTree

        self.view = SignsTree(self)
        self.view.setObjectName("signs-tree")
        self.view.setAccessibleName(translate("Panels", "Signs checklist"))
        self.view.setHeaderHidden(True)
        self.view.setWordWrap(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setIndentation(14)
        self.view.setUniformRowHeights(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setItemDelegate(SignDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.clicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)
        self.setWidget(self.view)

    def _show_session(self, session: ArticleSession) -> None:
        self.view.show_groups(session.signs)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt: only the reader closes a dock (Tether hides it)."""
        super().closeEvent(event)
        if event.isAccepted():
            self.closed_by_reader.emit()

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        sign_id = index.data(Role.SignId)
        if sign_id:
            self.sign_activated.emit(sign_id)


class ReflectionsDock(_Dock):
    """The reflection on the current section, and every reflection written so far."""

    reflection_activated = Signal(str)

    editor: ReflectionEditor
    list: LazyListView

    def __init__(self, parent: QWidget | None = None, *, filled: bool = True) -> None:
        super().__init__(translate("Panels", "Reflections"), "reflections-dock", parent, filled)

    def _build(self) -> None:
        from PySide6.QtWidgets import QAbstractItemView

        from tether.ui.panels.lazy_list import LazyListView, MutedListDelegate
        from tether.ui.panels.reflection_editor import ReflectionEditor

        body = QWidget(self)
        self.editor = ReflectionEditor(body)
        self.list_label = QLabel(translate("Panels", "All reflections on this article"), body)
        self.list_label.setObjectName("reflections-list-label")
        self.list = LazyListView(body)
        self.list.setObjectName("reflections-list")
        self.list.setAccessibleName(translate("Panels", "All reflections on this article"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        # A preview longer than the list is wide (a pasted blob) is elided, never scrolled.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setItemDelegate(MutedListDelegate(Role.Orphaned, self.list))
        self.list_label.setBuddy(self.list)
        self.list.activated.connect(self._on_activated)
        self.list.clicked.connect(self._on_activated)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.editor, 3)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 2)
        self.setWidget(body)

    def _show_session(self, session: ArticleSession) -> None:
        self.editor.set_model(session.reflections)
        self.list.setModel(session.reflections)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        section_id = index.data(Role.SectionId)
        if section_id and not index.data(Role.Orphaned):
            self.reflection_activated.emit(section_id)
