"""In-process GUI-thread timings: the real main window, offscreen, driven by hand.

``python -m benchmarks.gui_driver --article A --data-dir D [--list-data-dir L]
[--repeat N] --json OUT`` builds Tether's main window the way ``tether.shell.main`` wires it
(store, settings, library, export commands; as ``tests/ui/conftest.py`` does), shows
``A``, and times on the GUI thread, each sample from the call to the point where the
event queue is empty again (so layout and the repaint it caused are included):

* ``section_move``: View › Next Section (the action's ``trigger()``);
* ``rest_rendered`` (once, as a phase): after the first paint, the event loop runs until
  the rest of the article is rendered in the background; ``longest_step`` is the longest
  single pass of the event loop meanwhile (how long a key could wait);
* ``tick``: ``SignsModel.set_ticked`` on a sign on screen, with the article's redraw;
* ``tick_text``: after a tick, writing the box into the document's text (what
  ``ArticleView`` does a moment after the reader stops ticking);
* ``keystroke``: one ``QTest.keyClick`` into the reflection editor;
* ``save``: the reflection editor's ``flush()`` — returns once SQLite has the text
  durably (``synchronous=FULL``);
* ``list_open`` (with ``--list-data-dir``): a fresh ReflectionsModel over a store
  holding many reflections, set on the Reflections dock's list, until that list's
  viewport has painted (its first page of rows is then available).

Between groups it idles long enough (untimed) for one-second timers started by the
previous group (position save, "read" dwell) to fire, so they do not land in another
group's samples; within a group they can, and then show in the max.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tether.content import ArticleRenderer
from tether.look.fonts import register_bundled_fonts
from tether.models.reflections import ReflectionsModel
from tether.shell.window import build_window
from tether.store import Store
from tether.ui.actions import ActionId
from tether.ui.panels.reflection_editor import ReflectionEditor
from tether.ui.settings import UiSettings
from tether.ui.style import ReaderStyle

IDLE_BETWEEN_GROUPS_S = 1.2
PAINT_TIMEOUT_S = 10.0


class PaintCounter(QObject):
    """Counts Paint events on the widgets it watches."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: count a paint."""
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def settle() -> None:
    """Run everything the last call queued: posted events, zero timers, layout, paint."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()


def idle(seconds: float) -> None:
    """Let the event loop run (untimed) so that pending timers fire."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def wait_for_paint(counter: PaintCounter, before: int) -> None:
    """Process events until ``counter`` has seen a paint after ``before``."""
    end = time.perf_counter() + PAINT_TIMEOUT_S
    settle()
    while counter.count <= before and time.perf_counter() < end:
        QApplication.processEvents()
    if counter.count <= before:
        raise RuntimeError("the widget was never painted")


def timed(action: Callable[[], object]) -> float:
    """Milliseconds from calling ``action`` to an empty event queue."""
    start = time.perf_counter()
    action()
    settle()
    return (time.perf_counter() - start) * 1000


def timed_saves(editor: ReflectionEditor, repeat: int) -> list[float]:
    """A key (untimed), then the editor's flush to the store (timed), ``repeat`` times."""
    samples = []
    for _ in range(repeat):
        QTest.keyClick(editor.text_edit, Qt.Key.Key_B)
        settle()
        samples.append(timed(editor.flush))
        if editor.is_dirty():
            raise RuntimeError("the reflection was not saved")
    return samples


class Driver:
    """Builds the window and runs the measurements; each returns samples in ms."""

    def __init__(self, article_path: Path, data_dir: Path) -> None:
        self.phases: dict[str, float] = {}
        clock = time.perf_counter()

        def phase(name: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            self.phases[name] = (now - clock) * 1000
            clock = now

        self.store = Store.open_in(data_dir)
        phase("store_open")
        article = ArticleRenderer(article_path)
        phase("read_article")
        settings = UiSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
        store = self.store
        self.window = build_window(store, settings).main
        phase("main_window")
        self.window.show_article(article)
        self.window.restore_window_state()
        phase("show_article")
        self.page_paints = PaintCounter(self.window.article_view.viewport())
        self.editor_paints = PaintCounter(self.window.reflections_dock.editor.text_edit.viewport())
        self.window.show()
        wait_for_paint(self.page_paints, 0)
        phase("first_paint")
        self.longest_step = self._render_the_rest()
        phase("rest_rendered")
        self.window.activateWindow()
        settle()

    def _render_the_rest(self) -> float:
        """Run the event loop until the article is whole; the longest pass, in ms."""
        session = self.window.session
        assert session is not None
        longest = 0.0
        give_up = time.monotonic() + PAINT_TIMEOUT_S * 6
        while not session.article_so_far.complete and time.monotonic() < give_up:
            start = time.perf_counter()
            QApplication.processEvents()
            longest = max(longest, (time.perf_counter() - start) * 1000)
        if not session.article_so_far.complete:
            raise RuntimeError("the article was not rendered whole in time")
        return longest

    def section_moves(self, repeat: int) -> list[float]:
        """Next Section, from wherever the page is; back to the top (untimed) at the end."""
        view, action = self.window.article_view, self.window.actions_by_id[ActionId.NEXT_SECTION]
        samples = []
        for _ in range(repeat):
            if view.current_section() >= view.section_count() - 1:
                view.scroll_to_section(0)
                settle()
            samples.append(timed(action.trigger))
        return samples

    def ticks(self, repeat: int) -> list[float]:
        """Tick and untick, in turn, the first sign, with its section on screen."""
        session = self.window.session
        assert session is not None
        sign = session.article.signs[0]
        section = session.article.section_index(sign.section_id) or 0
        self.window.article_view.scroll_to_section(section)
        settle()
        signs = session.signs

        def toggle() -> None:
            signs.set_ticked(sign.id, not signs.is_ticked(sign.id))

        return [timed(toggle) for _ in range(repeat)]

    def tick_texts(self, repeat: int) -> list[float]:
        """A tick (untimed), then the box written into the document's text (timed)."""
        session = self.window.session
        assert session is not None
        sign, signs = session.article.signs[0], session.signs
        samples = []
        for _ in range(repeat):
            signs.set_ticked(sign.id, not signs.is_ticked(sign.id))
            settle()
            samples.append(timed(self.window.article_view.write_ticks))
        return samples

    def keystrokes(self, repeat: int) -> list[float]:
        """One key at a time into the reflection on the current section."""
        self.window.reflect_on_current_section()
        settle()
        editor = self.window.reflections_dock.editor.text_edit
        samples = [timed(lambda: QTest.keyClick(editor, Qt.Key.Key_A)) for _ in range(repeat)]
        self.window.reflections_dock.editor.flush()
        return samples

    def saves(self, repeat: int) -> list[float]:
        """A key (untimed), then the editor's flush to the store (timed)."""
        return timed_saves(self.window.reflections_dock.editor, repeat)

    def list_opens(self, list_data_dir: Path, repeat: int) -> tuple[list[float], int]:
        """Show the reflections of a store full of them in the dock's list, to its paint."""
        session = self.window.session
        assert session is not None
        view = self.window.reflections_dock.list
        counter = PaintCounter(view.viewport())
        samples, rows = [], 0
        with Store.open_in(list_data_dir) as full:
            for _ in range(repeat):
                before = counter.count
                start = time.perf_counter()
                model = ReflectionsModel(session.article, full, self.window)
                view.setModel(model)
                wait_for_paint(counter, before)
                samples.append((time.perf_counter() - start) * 1000)
                rows = model.rowCount()
                view.setModel(session.reflections)
                model.deleteLater()
                settle()
        return samples, rows

    def close(self) -> None:
        """Close the window (saving as on quit) and the store."""
        self.window.close()
        settle()
        self.store.close()


def measure(
    article: Path, data_dir: Path, list_data_dir: Path | None, repeat: int
) -> dict[str, object]:
    """Build the window, run every measurement, and return the samples."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setStyle(ReaderStyle())
    register_bundled_fonts()
    driver = Driver(article, data_dir)
    result: dict[str, object] = {"phases_ms": driver.phases, "longest_step": [driver.longest_step]}
    groups: list[tuple[str, Callable[[], list[float]]]] = [
        ("section_move", lambda: driver.section_moves(repeat)),
        ("tick", lambda: driver.ticks(repeat)),
        ("tick_text", lambda: driver.tick_texts(repeat)),
        ("keystroke", lambda: driver.keystrokes(repeat)),
        ("save", lambda: driver.saves(repeat)),
    ]
    paints: dict[str, dict[str, int]] = {}
    for name, run in groups:
        idle(IDLE_BETWEEN_GROUPS_S)
        page, editor = driver.page_paints.count, driver.editor_paints.count
        result[name] = run()
        # A sanity check that the timed work really reached the screen.
        paints[name] = {
            "page": driver.page_paints.count - page,
            "editor": driver.editor_paints.count - editor,
        }
    result["paints"] = paints
    if list_data_dir is not None:
        idle(IDLE_BETWEEN_GROUPS_S)
        result["list_open"], result["list_rows"] = driver.list_opens(list_data_dir, repeat)
    driver.close()
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the measurements and write them as JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gui_driver")
    parser.add_argument("--article", type=Path, required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--list-data-dir", type=Path)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--json", type=Path, required=True)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication
    result = measure(args.article, args.data_dir, args.list_data_dir, args.repeat)
    args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
