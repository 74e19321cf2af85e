"""Screen readers can name every control Tether shows: the main window, the find bar, and
every dialog or window Tether can open.

Dialogs are found generically, so new ones are checked without changing this file: every
command of the main window is run (except Quit) and each dialog or window it opens is
walked before it is closed; then every QDialog subclass in Tether's own modules that no
command opened is built with the main window as its parent and walked too. Qt's own
dialogs (file, print, font and colour choosers) are left out: their insides are Qt's.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPageSetupDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QComboBox,
    QDialog,
    QFileDialog,
    QFontDialog,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS

import tether
from tether.ui.actions import ActionId
from tether.ui.main_window import MainWindow

QT_OWN_DIALOGS = (
    QFileDialog,
    QAbstractPrintDialog,
    QPageSetupDialog,
    QPrintPreviewDialog,
    QFontDialog,
    QColorDialog,
)
NOT_RUN = {ActionId.QUIT}
_POLL_MS = 10


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader hears: the accessible name, else what Qt derives (text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    derived = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (widget.accessibleName() or derived or "").strip()


def unnamed(root: QWidget) -> list[str]:
    """Every widget under ``root`` (itself included) that takes focus but has no name."""
    # A combo box's drop-down list is part of the combo box, which is what gets named.
    popups = {combo.view() for combo in root.findChildren(QComboBox)}
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget in popups:
            continue
        names = [accessible_name(widget)]
        parent = widget.parentWidget()
        if parent is not None and parent.focusProxy() is widget:
            # The inner editor of a spin box or combo box: its owner is what is heard.
            names.append(accessible_name(parent))
        if not any(names):
            missing.append(f"{type(widget).__name__}(objectName={widget.objectName()!r})")
    return missing


def is_qt_own(window: QWidget) -> bool:
    return isinstance(window, QT_OWN_DIALOGS)


@dataclass
class Inspector:
    """Walks every modal dialog that opens (and closes it), recording unnamed controls."""

    found: dict[str, list[str]] = field(default_factory=dict)
    seen_classes: set[type] = field(default_factory=set)
    _active: bool = False

    def inspect(self, window: QWidget) -> None:
        self.seen_classes.add(type(window))
        if not is_qt_own(window):
            title = window.windowTitle() or type(window).__name__
            self.found[f"{type(window).__name__} “{title}”"] = unnamed(window)

    def start(self) -> None:
        self._active = True
        QTimer.singleShot(0, self._look)

    def stop(self) -> None:
        self._active = False

    def _look(self) -> None:
        if not self._active:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            self.inspect(dialog)
            close(dialog)
        QTimer.singleShot(_POLL_MS, self._look)


def close(window: QWidget) -> None:
    if isinstance(window, QMessageBox) and window.escapeButton() is not None:
        window.escapeButton().click()
    elif isinstance(window, QDialog):
        window.reject()
    else:
        window.close()


def visible_windows(main: QWidget) -> set[QWidget]:
    return {
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and widget is not main and widget.isWindow()
    }


def run_every_command(qtbot: QtBot, window: MainWindow, inspector: Inspector) -> None:
    """Trigger each command; walk and close what it opens, modal or not."""
    for action_id, action in window.actions_by_id.items():
        if action_id in NOT_RUN or not action.isEnabled():
            continue
        before = visible_windows(window)
        inspector.start()
        # Every command opens what it opens before trigger() returns: a modal dialog has
        # been walked and closed by the inspector by then, any other window is visible.
        action.trigger()
        inspector.stop()
        for opened in visible_windows(window) - before:
            if opened.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
                continue
            inspector.inspect(opened)
            close(opened)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=TIMEOUT_MS)


def tether_dialog_classes() -> list[type[QDialog]]:
    """Every QDialog subclass defined in Tether's own modules."""
    classes: list[type[QDialog]] = []
    for module_info in pkgutil.walk_packages(tether.__path__, "tether."):
        module = importlib.import_module(module_info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                classes.append(cls)
    return classes


def build(cls: type[QDialog], window: MainWindow) -> QDialog | None:
    """A dialog built with the window as its only argument, or None if it needs more."""
    attempts: list[Callable[[], QDialog]] = [lambda: cls(window), lambda: cls(parent=window)]
    for attempt in attempts:
        try:
            return attempt()
        except TypeError:
            continue
    return None


def test_every_focusable_control_of_the_main_window_has_an_accessible_name(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    window.find_bar.open()
    assert window.find_bar.isVisible()

    assert unnamed(window) == []


def test_the_find_bar_names_each_of_its_controls(open_window) -> None:
    window = open_window()
    bar = window.find_bar

    names = {
        accessible_name(widget)
        for widget in (bar.line_edit, bar.previous_button, bar.next_button, bar.close_button)
    }

    assert names == {"Find in article", "Previous match", "Next match", "Close find bar"}


def test_every_dialog_and_window_tether_can_open_names_its_controls(
    open_window, qtbot: QtBot, data_dir: Path
) -> None:
    window = open_window()  # with every feature, as the app builds it
    inspector = Inspector()

    run_every_command(qtbot, window, inspector)
    unbuildable = []
    for cls in tether_dialog_classes():
        if cls in inspector.seen_classes:
            continue
        dialog = build(cls, window)
        if dialog is None:
            unbuildable.append(cls.__qualname__)
            continue
        qtbot.addWidget(dialog)
        dialog.show()
        inspector.inspect(dialog)
        dialog.reject()

    titles = set(inspector.found)
    assert any("Keyboard Shortcuts" in title for title in titles), titles
    assert any("About" in title for title in titles), titles
    assert unbuildable == [], (
        "No command opens these dialogs and they cannot be built from the main window "
        "alone; make a command open them so that this test can check them"
    )
    assert {title: names for title, names in inspector.found.items() if names} == {}
