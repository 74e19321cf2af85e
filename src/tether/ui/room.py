"""Panels that give way to the page when the window is narrow, and come back with room.

A page narrower than about 55 characters a line makes the eye jump back too often, and
below 45 reading is a chore; a small laptop (1024×600) cannot show the Sections, the
Signs and the Reflections beside a page that wide. So, as ebook readers do, the panels
give way: when the window is too narrow for the panels the reader has open and a
comfortable page, the least recently asked-for panels are hidden *for room* (the
Sections first, then the Signs, then the Reflections), and they come back by themselves
when the window is wide enough again.

A panel hidden for room is not one the reader closed: the View menu, F9, the toolbar
and Ctrl+R show it at once (it is *lent*: the other panels give way to it instead), and
hiding a lent panel folds it back, ready to come back with the room. Only a panel the
reader hid while it had its room is closed, and it stays closed at any width. The
window's saved dock layout (:meth:`PanelRoom.reader_state`) counts the panels hidden for
room as open, so a restart on a wide screen shows everything the reader left open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow

from tether.ui.page.article_view import ArticleView

# The page keeps this many characters a line before any panel the reader did not just
# ask for stays beside it (the measure preference starts here too).
COMFORTABLE_CHARACTERS = 55
# Lines break between words, so a column this many characters wide holds about
# COMFORTABLE_CHARACTERS on a line.
_COLUMN_CHARACTERS = 58
# A window opened for the first time: roomy on a large screen; a screen that cannot
# give it with a margin round it is filled instead (the window opens maximised).
FIRST_WIDTH, FIRST_HEIGHT = 1400, 900
_FIRST_MARGIN = 40
# The widest splitter a style could plausibly draw between a panel and the page: a wider
# gap means the two were not laid out yet.
_MAX_SEPARATOR = 32
_SIDES = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)


def first_run_geometry(available: QRect) -> QRect | None:
    """Where a window opened for the first time goes on a screen; None: fill the screen.

    A screen with room for :data:`FIRST_WIDTH` × :data:`FIRST_HEIGHT` and a margin gets
    that size, centred (a wide window on a big screen is no easier to read); a smaller
    one (1280×720, 1024×600) is filled, because every pixel goes to the page there.
    """
    if (
        available.width() < FIRST_WIDTH + 2 * _FIRST_MARGIN
        or available.height() < FIRST_HEIGHT + 2 * _FIRST_MARGIN
    ):
        return None
    geometry = QRect(0, 0, FIRST_WIDTH, FIRST_HEIGHT)
    geometry.moveCenter(available.center())
    return geometry


def fit_to_screen(window: QMainWindow) -> None:
    """Give a window opened for the first time a size that fits its screen: generous,
    and the whole of a small one (maximised)."""
    available = window.screen().availableGeometry()
    geometry = first_run_geometry(available)
    window.setGeometry(geometry or available)
    if geometry is None:
        window.setWindowState(Qt.WindowState.WindowMaximized)


def reading_sides() -> tuple[Qt.DockWidgetArea, Qt.DockWidgetArea]:
    """The sides where the page starts and ends: left and right, swapped in a right-to-left
    interface (Qt mirrors the menus, the toolbar and the status bar, not the docks)."""
    if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return _SIDES[1], _SIDES[0]
    return _SIDES[0], _SIDES[1]


def share_right_side(window: QMainWindow, upper: QDockWidget, lower: QDockWidget) -> None:
    """Let two docks on one side share its height evenly, as far as what they hold
    allows (the window's first-run layout of Signs and Reflections)."""
    window.resizeDocks([upper, lower], [450, 450], Qt.Orientation.Vertical)


def share_soon(
    window: QMainWindow, upper: QDockWidget, lower: QDockWidget, unless: Callable[[], bool]
) -> None:
    """:func:`share_right_side` once the docks' new contents count (the next event loop
    pass), unless by then ``unless()`` is true: the reader's own layout was restored."""

    def share() -> None:
        if not unless():
            share_right_side(window, upper, lower)

    QTimer.singleShot(0, window, share)


class PanelRoom(QObject):
    """Hides side panels for room when the page would be too narrow, and shows them back.

    ``panels`` are the docks with their checkable toggles (View menu, toolbar, keys), in
    the order they give way (the first gives way first); a panel the reader shows moves
    to the end. Only panels docked at the left or right take the page's width; a
    floating panel, or one docked above or below, is left alone.
    """

    def __init__(
        self,
        window: QMainWindow,
        page: ArticleView,
        panels: Sequence[tuple[QDockWidget, QAction]],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._page = page
        docks = [dock for dock, _ in panels]
        self._toggles = dict(panels)
        for dock, toggle in panels:
            toggle.setChecked(not dock.isHidden())
            toggle.triggered.connect(partial(self.toggle, dock))
        self._order = list(docks)
        self._hidden: list[QDockWidget] = []  # hidden for room, not by the reader
        self._lent: set[QDockWidget] = set()  # shown by the reader while it had no room
        self._asked: QDockWidget | None = None  # the panel the reader showed last
        self._adjusting = False
        self._separator_px: int | None = None  # see _separator
        # Whether the window is up: showing a window shows its docks first (each gets
        # a ShowToParent before the window's Show), and that is no reader's doing.
        self._window_up = False
        # Dock events come in the middle of Qt's own show or hide: fit right after.
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(self.fit)
        window.installEventFilter(self)
        for dock in docks:
            dock.installEventFilter(self)
            # A panel floated or docked again takes room from the page, or gives it back.
            dock.topLevelChanged.connect(self._soon.start)
            dock.dockLocationChanged.connect(self._soon.start)

    def hidden_for_room(self) -> list[QDockWidget]:
        """The panels hidden because the window is too narrow, not by the reader."""
        return [dock for dock in self._hidden if dock.isHidden()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: fit on every resize and show; note the panels the reader shows or hides."""
        kind = event.type()
        if watched is self._window:
            if kind == QEvent.Type.StyleChange:
                self._separator_px = None
            if kind == QEvent.Type.Hide:
                self._window_up = False
            elif kind in (QEvent.Type.Resize, QEvent.Type.Show):
                self._window_up = self._window_up or kind == QEvent.Type.Show
                self.fit()
        elif isinstance(watched, QDockWidget):
            if kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
                # Whoever showed or hid it (the dock's own toggle misses a dock hidden
                # before the window is first shown, as a restored layout does).
                self._toggles[watched].setChecked(kind == QEvent.Type.ShowToParent)
            if self._adjusting or not self._window_up or watched.isFloating():
                pass  # not the reader's doing; or a floating panel, which takes no room
            elif kind == QEvent.Type.ShowToParent:
                self._reader_showed(watched)
            elif kind == QEvent.Type.HideToParent:
                self._reader_hid(watched)
        return False

    def _reader_showed(self, dock: QDockWidget) -> None:
        if dock in self._hidden:
            self._hidden.remove(dock)
            self._lent.add(dock)
        self._asked = dock
        self._order.remove(dock)
        self._order.append(dock)
        self._soon.start()

    def _reader_hid(self, dock: QDockWidget) -> None:
        if dock in self._lent:
            # A panel lent while there was no room folds back; it is not closed, but it
            # is the first to give way again.
            self._lent.discard(dock)
            self._hidden.append(dock)
            self._order.remove(dock)
            self._order.insert(0, dock)
        if self._asked is dock:
            self._asked = None
        self._soon.start()

    def toggle(self, dock: QDockWidget, _checked: bool = False) -> None:
        """Show ``dock`` if it is hidden (for room or by the reader), else hide it.

        It goes by the dock, not by the toggle's checked state (``_checked``, from a
        toggle's ``triggered``), so the two can never disagree."""
        dock.setVisible(dock.isHidden())

    def set_wanted(self, dock: QDockWidget, wanted: bool) -> None:
        """Show or hide ``dock`` for what the article holds, not as the reader's doing.

        An unwanted panel (the Signs of an article without signs) is hidden and never
        shown back for room; a wanted one is shown and then fitted like the others, unless
        it is already hidden for room: it stays so until there is room (asked again as an
        article's signs grow, it would show for a moment and push the page aside).
        """
        with self._adjusting_panels():
            if dock.isHidden() == wanted and not (wanted and dock in self._hidden):
                dock.setVisible(wanted)
        if not wanted:
            self._hidden = [d for d in self._hidden if d is not dock]
            self._lent.discard(dock)
            if self._asked is dock:
                self._asked = None
        self._soon.start()

    def fold(self, dock: QDockWidget) -> None:
        """Hide ``dock`` again if it was only lent (a section picked from a narrow window's
        Sections panel folds it away, as an ebook reader's contents do)."""
        if dock in self._lent and not dock.isHidden():
            focus = QApplication.focusWidget()
            dock.hide()
            if focus is not None and dock.isAncestorOf(focus):
                self._page.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def fit(self) -> None:
        """Hide panels until the page has room, then show back those that fit again."""
        window = self._window
        if self._adjusting or not window.isVisible() or window.isMinimized():
            return
        with self._adjusting_panels():
            for dock in self._hidden:
                if dock.isFloating():
                    dock.show()  # floated while hidden for room: it takes no room now
        self._hidden = [d for d in self._hidden if d.isHidden()]
        self._lent = {d for d in self._lent if not d.isHidden()}
        if self._asked is not None and self._asked.isHidden():
            self._asked = None
        need = self._page.width_for(_COLUMN_CHARACTERS)
        shown = [dock for dock in self._order if self._takes_room(dock)]
        with self._adjusting_panels():
            if self._page_width(shown + self._hidden) >= need:
                # Room for every panel the reader has open: none is lent any more.
                for dock in self._hidden:
                    dock.show()
                self._hidden.clear()
                self._lent.clear()
                return
            for dock in list(shown):
                if self._page_width(shown) >= need:
                    break
                if dock is not self._asked:
                    shown.remove(dock)
                    dock.hide()
                    self._hidden.append(dock)
            for dock in sorted(self._hidden, key=self._order.index, reverse=True):
                if self._page_width([*shown, dock]) >= need:
                    dock.show()
                    shown.append(dock)
                    self._hidden.remove(dock)

    def _takes_room(self, dock: QDockWidget) -> bool:
        return (
            not dock.isHidden()
            and not dock.isFloating()
            and self._window.dockWidgetArea(dock) in _SIDES
        )

    def _page_width(self, docks: Sequence[QDockWidget]) -> int:
        """The page's width with ``docks`` beside it, each as wide as it was last shown."""
        sides: dict[Qt.DockWidgetArea, int] = {}
        for dock in docks:
            side = self._window.dockWidgetArea(dock)
            if side in _SIDES and not dock.isFloating():
                width = max(dock.width(), dock.minimumSizeHint().width())
                sides[side] = max(sides.get(side, 0), width)
        return self._window.width() - sum(sides.values()) - self._separator() * len(sides)

    def _separator(self) -> int:
        """The width of the splitter between a side panel and the page.

        Measured where a panel is laid out beside the page: asking the style makes Qt's
        bindings build the QStyle class and its enums, ~6 ms of a start (issue 19). The
        style is asked only when no panel is beside the page yet. Kept until the style
        changes.
        """
        if self._separator_px is None:
            self._separator_px = self._measured_separator()
        if self._separator_px is None:
            from PySide6.QtWidgets import QStyle

            metric = QStyle.PixelMetric.PM_DockWidgetSeparatorExtent
            self._separator_px = self._window.style().pixelMetric(metric, None, self._window)
        return self._separator_px

    def _measured_separator(self) -> int | None:
        page = self._window.centralWidget()
        if page is None or not page.isVisible():
            return None
        for dock in self._order:
            if self._takes_room(dock) and dock.isVisible():
                around, panel = page.geometry(), dock.geometry()
                if panel.center().x() < around.center().x():  # by position: RTL mirrors
                    gap = around.left() - panel.right() - 1
                else:
                    gap = panel.left() - around.right() - 1
                if 0 <= gap <= _MAX_SEPARATOR:  # else not laid out yet
                    return gap
        return None

    @contextmanager
    def _adjusting_panels(self) -> Iterator[None]:
        """Show and hide panels without taking it for the reader's doing."""
        self._adjusting = True
        try:
            yield
        finally:
            self._adjusting = False

    def reader_state(self) -> QByteArray:
        """The window's dock layout as the reader left it: panels hidden for room open."""
        hidden = self.hidden_for_room()
        with self._adjusting_panels():
            for dock in hidden:
                dock.show()
            state = self._window.saveState()
            for dock in hidden:
                dock.hide()
        return state

    def restore_state(self, state: QByteArray) -> None:
        """Put back a layout :meth:`reader_state` gave, then make room for the page."""
        with self._adjusting_panels():
            self._window.restoreState(state)
        self._hidden.clear()
        self._lent.clear()
        self._asked = None
        self.fit()
