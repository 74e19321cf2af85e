"""Moving the keyboard focus between the panes of the main window (F6 and Shift+F6).

A pane is a widget that takes the focus itself (a list, the article) or through its
focus proxy (the reflection editor, the find bar). Panes that are not on screen, in a
closed dock, behind another dock's tab or a closed find bar, are skipped. The same
order, with each pane's own controls, is the window's Tab order. :func:`article_pane`
lays out the centre pane: the article with the find bar under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget


def article_pane(view: QWidget, find_bar: QWidget, parent: QWidget | None = None) -> QWidget:
    """The window's centre: the article, with the find bar under it."""
    pane = QWidget(parent)
    pane.setObjectName("article-pane")
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(view, 1)
    layout.addWidget(find_bar)
    return pane


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def tab_stops(pane: QWidget) -> list[QWidget]:
    """The widgets Tab stops at inside a pane: the pane itself, or its focusable parts."""
    if _takes_tab(pane):
        return [pane]
    return [
        child
        for child in pane.findChildren(QWidget)
        if _takes_tab(child) and child.focusProxy() is None
    ]


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Make Tab go through ``widgets`` in this order."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


class PaneCycler(QObject):
    """Moves the focus to the next or previous pane that is on screen, going round."""

    def __init__(self, panes: Sequence[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panes = list(panes)

    def panes(self) -> list[QWidget]:
        """Every pane, in the order F6 visits them (hidden ones included)."""
        return list(self._panes)

    def tab_order(self) -> list[QWidget]:
        """Every pane's tab stops, pane after pane."""
        return [stop for pane in self._panes for stop in tab_stops(pane)]

    def current_pane(self) -> QWidget | None:
        """The pane that has the keyboard focus, if any does."""
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for pane in self._panes:
            if pane is focus or pane.isAncestorOf(focus):
                return pane
        return None

    @Slot()
    def next_pane(self) -> None:
        """Focus the next pane on screen (F6)."""
        self._move(1)

    @Slot()
    def previous_pane(self) -> None:
        """Focus the previous pane on screen (Shift+F6)."""
        self._move(-1)

    def _move(self, step: int) -> None:
        shown = [pane for pane in self._panes if pane.isVisible() and pane.isEnabled()]
        if not shown:
            return
        current = self.current_pane()
        if current in shown:
            target = shown[(shown.index(current) + step) % len(shown)]
        else:
            target = shown[0] if step > 0 else shown[-1]
        if not target.window().isActiveWindow():
            # A floating dock is a window of its own.
            target.window().activateWindow()
        reason = Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
