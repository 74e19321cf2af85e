"""Runs the real Tether and types reflections into it, reporting every save on stdout.

Usage: ``python kill_driver.py SEED [tether arguments...]``

This is ``tether.shell.main.main`` itself (the same start-up, data-file check, lock and
window), with a QApplication made first so a timer can find the window once it is on
screen. From then on it types words into the real ReflectionEditor with
``QTest.keyClicks`` (appending only, so every saved text extends the one before),
pauses now and then for the autosave, moves to other sections and away from the
editor, ticks signs, all chosen by a ``random.Random(SEED)``. It prints:

* ``STARTING`` once everything is imported, just before ``main()`` runs;
* ``READY`` once the window is up;
* ``SAVED {"section": ..., "text": ...}`` each time ``ReflectionsModel.saved`` fires,
  with the section's whole text as the store returns it, flushed at once;
* ``TYPED {"section": ..., "text": ...}`` after each word, with what the editor holds
  (saved or not).

It never exits by itself: the test kills it (or sends SIGTERM, which Tether handles).
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tether.shell.main import main
from tether.ui.main_window import MainWindow

WORDS = (
    "I", "ask", "for", "help", "before", "it", "is", "too", "late", "and", "that", "is",
    "new", "café", "naïve", "Grüße", "—", "don’t", "wait", "until", "sure", "trust",
    "slowly", "lean", "on", "people", "who", "stay",
)  # fmt: skip
FIND_WINDOW_MS = 20


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as key presses: keyClicks for ASCII, a key event with text otherwise.

    QTest.keyClicks only knows the keys of a US keyboard and asserts on anything else.
    """
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


class Typist:
    """Types into the window's reflection editor on a seeded, random rhythm."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._window: MainWindow | None = None

    def attach(self) -> None:
        """Find the main window (once main() has shown it) and start typing."""
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or windows[0].session is None or not windows[0].isVisible():
            QTimer.singleShot(FIND_WINDOW_MS, self.attach)
            return
        self._window = windows[0]
        assert self._window.session is not None
        # Keys and focus go to the active window, as they would for a person.
        self._window.activateWindow()
        if not self._window.isActiveWindow():
            self._window = None
            QTimer.singleShot(FIND_WINDOW_MS, self.attach)
            return
        self._window.session.reflections.saved.connect(self._report)
        print("READY", flush=True)
        self._step()

    def _report(self, section_id: str, _when: datetime) -> None:
        assert self._window is not None
        assert self._window.session is not None
        text = self._window.session.reflections.text_for_section(section_id)
        print("SAVED " + json.dumps({"section": section_id, "text": text}), flush=True)

    def _step(self) -> None:
        assert self._window is not None
        window, rng = self._window, self._rng
        editor = window.reflections_dock.editor.text_edit
        roll = rng.random()
        if roll < 0.15:
            # Another section: the editor saves the one it leaves at once.
            window.article_view.scroll_to_section(
                rng.randrange(window.article_view.section_count())
            )
        elif roll < 0.2:
            window.article_view.setFocus()  # focus leaves the editor: it saves at once
        elif roll < 0.24 and window.session is not None:
            signs = [sign.id for sign in window.session.article.signs]
            window.session.signs.toggle(rng.choice(signs))  # a tick, saved at once
        else:
            editor.setFocus()
            editor.moveCursor(QTextCursor.MoveOperation.End)
            if roll < 0.29:
                QTest.keyClick(editor, Qt.Key.Key_Return)
            type_text(editor, rng.choice(WORDS) + " ")
            typed = {
                "section": window.reflections_dock.editor.section_id(),
                "text": editor.toPlainText(),
            }
            print("TYPED " + json.dumps(typed), flush=True)
        # Mostly quick keys; sometimes a pause long enough for the 0.7 s autosave.
        pause = rng.randint(720, 900) if rng.random() < 0.3 else rng.randint(15, 120)
        QTimer.singleShot(pause, self._step)


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
