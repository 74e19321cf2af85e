"""Runs the real Tether and types into one reflection without a pause, reporting the time.

Usage: ``python typing_driver.py SEED [tether arguments...]``

Like ``kill_driver.py``, this is ``tether.shell.main.main`` itself with a QApplication made
first. Once the window is up it types words into the reflection on the section on
screen, appending only, a word every few tens of milliseconds: never a pause long
enough for the autosave's quiet-time (0.7 s), never leaving the section or the box,
so only the autosave's upper bound can save anything. It prints:

* ``STARTING`` once everything is imported, just before ``main()`` runs;
* ``READY`` once the window is up and typing starts;
* ``TYPED {"t": ..., "section": ..., "text": ...}`` after each word: the child's own
  ``time.monotonic()`` and what the editor holds (saved or not).

It never exits by itself: the test kills it.
"""

from __future__ import annotations

import json
import random
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tether.shell.main import main
from tether.ui.main_window import MainWindow

WORDS = ("I", "ask", "for", "help", "before", "it", "is", "too", "late", "and", "stay")
FIND_WINDOW_MS = 20
# Between words: a quick typist's rhythm, far below the autosave's 700 ms quiet-time.
GAP_MS = (20, 90)


class Typist:
    """Types words into the window's reflection editor on a seeded, steady rhythm."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._window: MainWindow | None = None

    def attach(self) -> None:
        """Find the main window (once main() has shown it) and start typing."""
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or windows[0].session is None or not windows[0].isVisible():
            QTimer.singleShot(FIND_WINDOW_MS, self.attach)
            return
        window = windows[0]
        window.activateWindow()
        if not window.isActiveWindow() or window.reflections_dock.editor.section_id() is None:
            QTimer.singleShot(FIND_WINDOW_MS, self.attach)
            return
        self._window = window
        editor = window.reflections_dock.editor.text_edit
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        print("READY", flush=True)
        self._step()

    def _step(self) -> None:
        assert self._window is not None
        dock = self._window.reflections_dock
        editor = dock.editor.text_edit
        QTest.keyClicks(editor, self._rng.choice(WORDS) + " ")
        typed = {"t": time.monotonic(), "section": dock.editor.section_id()}
        typed["text"] = editor.toPlainText()
        print("TYPED " + json.dumps(typed), flush=True)
        QTimer.singleShot(self._rng.randint(*GAP_MS), self._step)


def run(argv: list[str]) -> int:
    """Start Tether with ``argv[1:]`` and type into it with seed ``argv[0]``."""
    app = QApplication([sys.argv[0]])
    typist = Typist(random.Random(int(argv[0])))
    QTimer.singleShot(0, typist.attach)
    print("STARTING", flush=True)
    code = main(argv[1:])
    del app
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
