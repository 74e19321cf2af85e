"""Runs the real Tether, optionally starts a new check-in with its keys, ticks signs.

Usage: ``python checkin_driver.py STEPS [tether arguments...]``

This is ``tether.shell.main.main`` itself (the same start-up, data file, lock and
window), with a QApplication made first so a timer can find the window once it is on
screen. ``STEPS`` is a comma-separated list: ``new`` presses Ctrl+Shift+N (Reflect ›
New Check-in) on the window, a number ticks that sign of the article (counted over
all its signs), ``stay`` keeps the window open instead of closing it (the test then
kills it). It prints ``READY`` once the window is up, ``DONE`` once every step is saved.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tether.shell.main import main
from tether.ui.main_window import MainWindow

FIND_WINDOW_MS = 20


class Steps:
    """Does the steps on the main window once main() has shown it."""

    def __init__(self, steps: list[str]) -> None:
        self._steps = steps

    def attach(self) -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or windows[0].session is None or not windows[0].isVisible():
            QTimer.singleShot(FIND_WINDOW_MS, self.attach)
            return
        window = windows[0]
        window.activateWindow()
        if not window.isActiveWindow():
            # Shortcuts reach only the active window: wait until it is.
            QTimer.singleShot(FIND_WINDOW_MS, self.attach)
            return
        session = window.session
        assert session is not None
        print("READY", flush=True)
        signs = [sign.id for sign in session.article.signs]
        for step in self._steps:
            if step == "new":
                window.focus_page()
                QTest.keyClick(
                    window.article_view,
                    Qt.Key.Key_N,
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
                )
            elif step.isdigit():
                assert session.signs.set_ticked(signs[int(step)], True)
        assert window.flush(), "the steps could not be saved"
        current = session.signs.current_checkin()
        print(f"DONE {current.started.isoformat() if current else ''}", flush=True)
        if "stay" not in self._steps:
            window.close()


def run(argv: list[str]) -> int:
    """Start Tether with ``argv[1:]`` and do the steps ``argv[0]``."""
    app = QApplication([sys.argv[0]])
    steps = Steps(argv[0].split(","))
    QTimer.singleShot(0, steps.attach)
    code = main(argv[1:])
    del app
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
