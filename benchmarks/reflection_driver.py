"""In-process timings of big reflections: the real main window, offscreen, driven by hand.

``python -m benchmarks.reflection_driver --article A --data-dir D [--repeat N]
[--blob-chars C] [--big-chars B] --json OUT`` puts, through the real store, a reflection
of ``C`` characters of base64 without a space or a line break (a pasted blob) on the
article's first section, and measures on the GUI thread:

* ``open_blob``: the start-up of the window over that data folder: the store opened,
  the main window built, the article shown, until the reflection editor (holding the
  blob) and the page have painted;
* ``paste_blob``: Ctrl+V of the same blob into an empty reflection (another section),
  to an empty event queue (layout and repaint included);
* ``keystroke_big``: with a reflection of ``B`` characters (ordinary paragraphs) in the
  editor, keys typed on a steady beat (every 40 ms, about three seconds: the autosave
  saves every second meanwhile); each sample is from the moment the key was due to
  the moment it was handled and painted, so a save that holds the GUI thread shows
  as a late key;
* ``save_big``: the editor's ``flush()`` with that reflection (a key first, untimed):
  the save to durable on the GUI thread, as on a section change or quit.

The keystroke row's samples also count the autosaves that happened while typing.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from benchmarks.gui_driver import PaintCounter, settle, timed, timed_saves, wait_for_paint
from tether.content import ArticleRenderer
from tether.look.fonts import register_bundled_fonts
from tether.shell.window import build_window
from tether.store import Store
from tether.ui.main_window import MainWindow
from tether.ui.settings import UiSettings
from tether.ui.style import ReaderStyle

_CONTROL = Qt.KeyboardModifier.ControlModifier
KEY_EVERY_S = 0.040
TYPING_S = 3.0
_PARAGRAPH = (
    "Some days asking for help feels like owing, and some days it does not; "
    "I notice which days are which, and what I tell myself on each of them. "
) * 3


def blob(chars: int) -> str:
    """``chars`` characters of base64: one line, nowhere to wrap."""
    data = random.Random(1).randbytes(chars)
    return base64.b64encode(data).decode("ascii")[:chars]


def paragraphs(chars: int) -> str:
    """About ``chars`` characters of ordinary paragraphs."""
    line = _PARAGRAPH.strip() + "\n"
    return line * max(1, chars // len(line))


class ReflectionDriver:
    """One window over a data folder holding the blob; each method returns samples (ms)."""

    def __init__(self, article: Path, data_dir: Path, blob_chars: int) -> None:
        self.article_path = article
        self.data_dir = data_dir
        self.blob = blob(blob_chars)
        whole = ArticleRenderer(article).article()
        with Store.open_in(data_dir) as store:
            store.save_reflection(whole.id, whole.sections[0].id, self.blob)
        self.window: MainWindow | None = None
        self.store: Store | None = None

    def open_window(self) -> float:
        """Start-up over the data folder, to the paint of the page and the editor (ms)."""
        self.close()
        start = time.perf_counter()
        self.store = store = Store.open_in(self.data_dir)
        settings_file = str(self.data_dir / "settings.ini")
        settings = UiSettings(QSettings(settings_file, QSettings.Format.IniFormat))
        self.window = window = build_window(store, settings).main
        page = PaintCounter(window.article_view.viewport())
        editor = PaintCounter(window.reflections_dock.editor.text_edit.viewport())
        window.show_article(ArticleRenderer(self.article_path))
        window.show()
        wait_for_paint(page, 0)
        wait_for_paint(editor, 0)
        elapsed = (time.perf_counter() - start) * 1000
        if window.reflections_dock.editor.text_edit.toPlainText() != self.blob:
            raise RuntimeError("the reflection did not open as it was saved")
        return elapsed

    def opens(self, repeat: int) -> list[float]:
        """Start the window ``repeat`` times over the same folder."""
        return [self.open_window() for _ in range(repeat)]

    def _editor_on(self, section: int) -> QPlainTextEdit:
        window = self.window
        assert window is not None
        window.article_view.scroll_to_section(section)
        settle()
        window.reflect_on_current_section()
        settle()
        return window.reflections_dock.editor.text_edit

    def pastes(self, repeat: int) -> list[float]:
        """Paste the blob into an empty reflection on the second section."""
        assert self.window is not None
        editor = self._editor_on(1)
        QGuiApplication.clipboard().setText(self.blob)
        samples = []
        for _ in range(repeat):
            editor.selectAll()
            editor.textCursor().removeSelectedText()
            self.window.reflections_dock.editor.flush()
            settle()
            samples.append(timed(lambda: QTest.keyClick(editor, Qt.Key.Key_V, _CONTROL)))
            if editor.toPlainText() != self.blob:
                raise RuntimeError("the paste did not give the text pasted")
        self.window.reflections_dock.editor.flush()
        return samples

    def keystrokes(self, big_chars: int) -> tuple[list[float], int]:
        """Keys on a steady beat into a big reflection; their delays and the saves meanwhile."""
        window = self.window
        assert window is not None
        assert window.session is not None
        editor = self._editor_on(2)
        editor.setPlainText(paragraphs(big_chars))  # as if pasted
        window.reflections_dock.editor.flush()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        settle()
        saves = 0

        def count(*_: object) -> None:
            nonlocal saves
            saves += 1

        window.session.reflections.saved.connect(count)
        samples = []
        start = time.perf_counter()
        for index in range(int(TYPING_S / KEY_EVERY_S)):
            due = start + index * KEY_EVERY_S
            while time.perf_counter() < due:
                QApplication.processEvents()  # timers (the autosave) run here, untimed
            QTest.keyClick(editor, Qt.Key.Key_A)
            settle()
            samples.append((time.perf_counter() - due) * 1000)
        window.reflections_dock.editor.flush()
        settle()
        window.session.reflections.saved.disconnect(count)
        return samples, saves

    def saves(self, repeat: int) -> list[float]:
        """A key (untimed), then the editor's flush to the store (timed), big reflection."""
        assert self.window is not None
        return timed_saves(self.window.reflections_dock.editor, repeat)

    def close(self) -> None:
        """Close the window (saving as on quit) and the store."""
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            settle()
            self.window = None
        if self.store is not None:
            self.store.close()
            self.store = None


def measure(
    article: Path, data_dir: Path, repeat: int, blob_chars: int, big_chars: int
) -> dict[str, object]:
    """Run every measurement and return the samples."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setStyle(ReaderStyle())
    register_bundled_fonts()
    driver = ReflectionDriver(article, data_dir, blob_chars)
    result: dict[str, object] = {"open_blob": driver.opens(repeat)}
    result["paste_blob"] = driver.pastes(repeat)
    result["keystroke_big"], result["autosaves"] = driver.keystrokes(big_chars)
    result["save_big"] = driver.saves(repeat)
    driver.close()
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the measurements and write them as JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reflection_driver")
    parser.add_argument("--article", type=Path, required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--blob-chars", type=int, default=1_000_000)
    parser.add_argument("--big-chars", type=int, default=5_000_000)
    parser.add_argument("--json", type=Path, required=True)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication
    result = measure(args.article, args.data_dir, args.repeat, args.blob_chars, args.big_chars)
    args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
