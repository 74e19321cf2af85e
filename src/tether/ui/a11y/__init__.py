"""What a screen reader finds beyond Qt's own accessible interfaces.

Qt describes widgets to the desktop's accessibility bus (AT-SPI on Linux) by itself, but
two parts of Tether need more than it offers: the article's links and tick boxes live
inside one text view, and a sign's "Toggle" action on Qt's tree cells selects the row
instead of ticking it. This module holds the pieces both use:

* :func:`install_factory` lets a widget give its own accessible interface (consulted
  before Qt's, which Qt keeps once made: the Signs tree installs it in its constructor;
  the page with the rest of the window, after the first paint, replacing an interface
  Qt made before then, see :func:`tether.ui.page.accessible_links.install`);
* :class:`ItemAccessible` is a part of a widget (a link, a row) that is not a widget
  itself. Each has a small tag object, a child of the widget, that Qt's accessibility
  cache keys it by: when the tag or the widget goes, Qt deletes the interface, so none
  outlives what it describes;
* :func:`announce` speaks a short message (a save that failed, the number of matches)
  where Qt offers announcements (6.8 and later); elsewhere it does nothing.
"""

# Qt calls the methods overridden here by its own names.
# ruff: noqa: N802

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

#: Builds the accessible interface of an object, or None to leave it to Qt.
Builder = Callable[[QObject], QAccessibleInterface | None]

_builders: list[Builder] = []
# Interfaces built here, kept referenced while Qt uses them (Qt deletes them with their
# object, which also drops the Python side).
_installed = False


def _factory(_class_name: str, obj: QObject | None) -> QAccessibleInterface | None:
    if obj is None:
        return None
    for build in _builders:
        interface = build(obj)
        if interface is not None:
            return interface
    return None


def install_factory(build: Builder) -> None:
    """Let ``build`` describe objects before Qt does (once per builder)."""
    global _installed
    if build not in _builders:
        _builders.append(build)
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def announce(widget: QWidget, message: str) -> None:
    """Have a screen reader say ``message`` politely, where Qt can (6.8 and later).

    Used for what changes away from the reader's focus: a save failing, a search's count.
    """
    event_class = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_class is None or not QAccessible.isActive() or not message:
        return
    QAccessible.updateAccessibility(event_class(widget, message))


def notify_focus(item: ItemAccessible) -> None:
    """Tell a screen reader that ``item`` (a link, a row) has the keyboard's focus now."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(item, QAccessible.Event.Focus))


class ItemAccessible(QAccessibleWidget):
    """A part of ``widget`` a screen reader sees as an element of its own.

    Subclasses give :meth:`text`, :meth:`role`, :meth:`rect` and the actions; the item
    has no children. ``parent_interface`` is the interface the item is a child of.
    """

    def __init__(
        self, widget: QWidget, role: QAccessible.Role, parent_interface: Callable[[], object]
    ) -> None:
        super().__init__(widget, role)
        self._widget = widget
        self._parent_interface = parent_interface
        # What Qt's cache keys this interface by; deleted with the widget at the latest.
        self.tag = QObject(widget)

    def object(self) -> QObject:
        """Qt: the tag, so that the widget's own interface stays the widget's."""
        return self.tag

    def isValid(self) -> bool:
        """Qt: valid while the widget is (the tag is its child)."""
        return True

    def parent(self) -> QAccessibleInterface:
        """Qt: the widget's interface (or the part of it that lists the items)."""
        return self._parent_interface()  # type: ignore[return-value]

    def childCount(self) -> int:
        """Qt: an item has no parts."""
        return 0

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        """Qt: an item has no parts."""
        return None

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        """Qt: an item has no parts."""
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        """Qt: an item has no parts."""
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        """Qt: an item has no parts."""
        return None

    def screen_rect(self, local: QRect, on: QWidget) -> QRect:
        """``local`` (in ``on``'s coordinates) on the screen, as Qt's ``rect()`` wants it."""
        return QRect(on.mapToGlobal(local.topLeft()), local.size())
