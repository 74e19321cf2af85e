"""Helpers for presentation tests: pressing keys where a clicker would send them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tether.present import PresentationController

# Generous: a wait ends as soon as its condition holds, and CI machines are small and busy.
TIMEOUT_MS = 10_000
SECRET = "MY PRIVATE REFLECTION about my father"


class HandClock:
    """A clock a test moves by hand: stands in for ``time.monotonic`` and ``datetime.now``."""

    def __init__(self) -> None:
        self.seconds = 1000.0
        self.wall = datetime(2025, 3, 14, 14, 32, 5)

    def monotonic(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return self.wall


Presenter = Callable[..., PresentationController]


def start(qtbot: QtBot, controller: PresentationController) -> None:
    """Press F5 in the main window, as the facilitator does, and wait for the room's window."""
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(controller.started, timeout=TIMEOUT_MS):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert controller.audience is not None
    qtbot.waitExposed(controller.audience)


def press(
    qtbot: QtBot,
    controller: PresentationController,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key pressed in whichever presentation window has the keyboard (as a clicker's)."""
    target = controller.console if controller.console and controller.console.isVisible() else None
    target = target or controller.audience
    assert target is not None, "not presenting"
    qtbot.keyClick(target, key, modifiers)


def texts_in(widget: QWidget) -> list[str]:
    """Every text a widget and its children hold: labels, buttons, titles and documents."""
    texts = [widget.windowTitle(), widget.accessibleName(), widget.toolTip()]
    for child in widget.findChildren(QWidget):
        texts += [child.accessibleName(), child.toolTip(), child.windowTitle()]
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
    texts += [document.toPlainText() for document in widget.findChildren(QTextDocument)]
    texts += [document.toHtml() for document in widget.findChildren(QTextDocument)]
    return texts
