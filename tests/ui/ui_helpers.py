"""Helpers for widget tests: an active window for shortcuts, counting a widget's events,
and closing modal dialogs.

A modal dialog runs its own event loop, so the test cannot close it after the call that
opened it returns. :class:`ModalCloser` looks for ``QApplication.activeModalWidget()``
from ``QTimer.singleShot`` callbacks (re-armed until a dialog shows up), records its
title and text, and closes it with the chosen answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from tether.ui.recent_files import RecentMenu

_POLL_MS = 10
# Generous: a wait ends as soon as its condition holds, and CI machines are small and busy.
TIMEOUT_MS = 10_000


class EventCounter(QObject):
    """Counts the events of one type a widget gets (its paints, a panel shown even for a
    moment); owned by the widget."""

    def __init__(self, widget: QWidget, kind: QEvent.Type) -> None:
        super().__init__(widget)
        self._kind = kind
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: count the watched kind; let every event through."""
        if event.type() == self._kind:
            self.count += 1
        return False


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active window, as window shortcuts and focus need."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)


def recent_menu(window: QWidget) -> RecentMenu:
    """File › Open Recent, as build_window installed it on ``window``."""
    menu = window.findChild(RecentMenu)
    assert menu is not None, "the window has no Open Recent menu"
    return menu


def status_label(window: QWidget, name: str) -> QLabel:
    """A label of the window, by object name (the status bar's ``position-label``, the
    Reflections panel's ``reflection-state``)."""
    label = window.findChild(QLabel, name)
    assert label is not None, f"no status bar label {name!r}"
    return label


@dataclass(frozen=True)
class SeenDialog:
    """What a closed dialog showed."""

    kind: str
    title: str
    text: str
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class ModalCloser:
    """While active, closes every modal dialog that opens; ``seen`` lists them in order.

    ``answer`` names the QMessageBox button to press (e.g. ``Cancel``); ``None`` presses
    the box's escape button, and any other dialog is rejected.
    """

    answer: QMessageBox.StandardButton | None = None
    seen: list[SeenDialog] = field(default_factory=list)
    _active: bool = False

    def __enter__(self) -> ModalCloser:
        self._active = True
        QTimer.singleShot(0, self._look)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._active = False

    def _look(self) -> None:
        if not self._active:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            self.seen.append(_describe(dialog))
            self._close(dialog)
        QTimer.singleShot(_POLL_MS, self._look)

    def _close(self, dialog: QDialog) -> None:
        if isinstance(dialog, QMessageBox):
            button = (
                dialog.button(self.answer) if self.answer is not None else dialog.escapeButton()
            )
            if button is not None:
                button.click()
                return
        dialog.reject()


def _describe(dialog: QDialog) -> SeenDialog:
    if isinstance(dialog, QMessageBox):
        text = "\n".join(part for part in (dialog.text(), dialog.informativeText()) if part)
        return SeenDialog("message", dialog.windowTitle(), text)
    rows: list[tuple[str, ...]] = []
    for table in dialog.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            cells = (table.item(row, column) for column in range(table.columnCount()))
            rows.append(tuple(cell.text() if cell is not None else "" for cell in cells))
    return SeenDialog(type(dialog).__name__, dialog.windowTitle(), "", tuple(rows))
