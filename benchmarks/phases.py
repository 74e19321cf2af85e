"""Where Tether's start-up goes: a wall-clock tree of its phases, one process.

``python -m benchmarks.phases [--profile OUT.pstats] [--data-dir DIR] [ARTICLE]`` runs
``tether.shell.main.main(["--quit-after-startup", ...])`` in this process, with timing wrappers
around the steps of start-up (looked up by name, so a step that no longer exists is
skipped), and prints each step's inclusive milliseconds as a tree, from process start
to the first paint. ``--profile`` also writes a cProfile of ``main()`` (cProfile slows
pure-Python code, the Markdown parser most, so read its proportions, not its times).

Qt runs offscreen on a 1920x1080 screen unless ``QT_QPA_PLATFORM`` is already set.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

START = time.perf_counter()


def peak_mib() -> float:
    """This process's peak resident memory so far (VmHWM), in MiB; 0 if unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Phases:
    """Inclusive wall-clock times of wrapped calls, nested as they were called, each with
    the process's peak memory when it returned."""

    def __init__(self) -> None:
        self.lines: list[tuple[int, str, float]] = []
        self.peaks: dict[int, float] = {}
        self.ended: dict[str, float] = {}
        self._depth = 0

    def wrap(self, owner: Any, name: str, label: str | None = None) -> None:
        """Time every call of ``owner.name`` (a function, method or class), if it exists."""
        original = getattr(owner, name, None)
        if original is None:
            return
        label = label or name

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            line = len(self.lines)
            self.lines.append((self._depth, label, 0.0))
            self._depth += 1
            begun = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self._depth -= 1
                self.ended[label] = time.perf_counter()
                self.lines[line] = (self.lines[line][0], label, self.ended[label] - begun)
                self.peaks[line] = peak_mib()

        setattr(owner, name, timed)

    def nest(self) -> None:
        """Record what follows one level deeper (inside a phase measured by hand)."""
        self._depth += 1

    def unnest(self) -> None:
        """Back up one level."""
        self._depth -= 1

    def mark(self, label: str, seconds: float) -> None:
        """Record a phase measured by hand (at the current depth)."""
        self.peaks[len(self.lines)] = peak_mib()
        self.lines.append((self._depth, label, seconds))

    def report(self) -> str:
        """The tree: milliseconds, and the peak memory (MiB) once each step was done."""
        return "\n".join(
            f"{seconds * 1000:9.1f} ms {self.peaks.get(n, 0.0):6.1f} MiB  {'  ' * depth}{label}"
            for n, (depth, label, seconds) in enumerate(self.lines)
        )


def instrument(phases: Phases) -> Callable[[], float]:
    """Wrap the steps of start-up; returns a clock of the first paint (0 until then)."""
    from PySide6.QtWidgets import QTextBrowser

    import tether.shell.main as app_module
    from tether.content import loader
    from tether.models import session
    from tether.ui import main_window
    from tether.ui.page import article_view
    from tether.ui.panels import docks

    app: Any = app_module  # names are looked up, not type-checked: they may change
    painted = {"at": 0.0}
    for name in (
        "parse_args", "_window_icon", "ReaderStyle", "register_bundled_fonts",
        "SingleInstance", "_choose_article", "open_settings", "build_window",
    ):  # fmt: skip
        phases.wrap(app, name)
    phases.wrap(
        getattr(app, "StoreKeeper", None), "open", "StoreKeeper.open (check, recover, migrate)"
    )
    phases.wrap(app, "_load", "_load (read and split the article)")
    phases.wrap(loader, "plan_article", "read + split front matter/sections")
    phases.wrap(
        session.ArticleSession, "render_through", "markdown-it-py: the first screen's sections"
    )
    phases.wrap(app, "preflight")
    window_class = main_window.MainWindow
    for name in ("show_article", "restore_window_state", "show", "apply_theme", "_build_menus"):
        phases.wrap(window_class, name, f"MainWindow.{name}")
    phases.wrap(main_window, "ArticleView", "ArticleView()")
    for dock in ("SectionsDock", "SignsDock", "ReflectionsDock"):
        phases.wrap(main_window, dock, f"{dock}()")
    phases.wrap(session, "ReflectionsModel", "ReflectionsModel (count)")
    for dock in ("SectionsDock", "SignsDock", "ReflectionsDock"):
        phases.wrap(getattr(docks, dock), "set_session", f"{dock}.set_session")
    view = article_view.ArticleView
    phases.wrap(view, "show_article", "ArticleView.show_article")
    phases.wrap(article_view, "_compose", "compose the page's HTML")
    phases.wrap(article_view, "link_related_titles", "link related titles")
    view.setHtml = lambda self, text: QTextBrowser.setHtml(self, text)  # type: ignore[method-assign]
    phases.wrap(view, "setHtml", "QTextBrowser.setHtml (parse HTML into a document)")
    phases.wrap(view, "_index_anchors", "index anchors")
    phases.wrap(view, "_fit_column", "fit column")

    import tether.shell.startup as startup  # FirstPaintReporter reads its clock there

    clock: Any = startup
    original_ms: Callable[[], int] = clock.milliseconds_since_start

    def at_first_paint() -> int:
        # startup_ms, then complete_ms: the first call is the paint.
        painted["at"] = painted["at"] or time.perf_counter()
        return original_ms()

    clock.milliseconds_since_start = at_first_paint
    return lambda: painted["at"]


def _screen_environment() -> None:
    if "QT_QPA_PLATFORM" in os.environ:
        return
    config = Path(tempfile.mkdtemp(prefix="tether-phases-")) / "screen.json"
    screens = [{"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080}]
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def main(argv: list[str] | None = None) -> int:
    """Run Tether's start-up once, instrumented, and print where the time went."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.phases")
    parser.add_argument("article", nargs="?", type=Path)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--profile", type=Path, help="write a cProfile of main() here")
    args = parser.parse_args(argv)
    _screen_environment()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="tether-phases-data-"))
    phases = Phases()
    begun = time.perf_counter()
    from tether.shell.startup import process_start_time

    interpreter = time.time() - process_start_time() - (time.perf_counter() - START)
    phases.mark("interpreter start-up and this tool's own imports", interpreter)
    import tether.shell.main

    phases.mark(
        "import tether.shell.main (PySide6, markdown-it-py, every tether module)",
        time.perf_counter() - begun,
    )
    painted_at = instrument(phases)
    begun = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    phases.mark("QApplication()", time.perf_counter() - begun)
    tether_args = ["--quit-after-startup", "--data-dir", str(data_dir)]
    tether_args += [str(args.article)] if args.article else []
    profiler = cProfile.Profile() if args.profile else None
    main_line = len(phases.lines)
    phases.nest()
    begun = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    tether.shell.main.main(tether_args)
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(args.profile)
    paint = painted_at() or time.perf_counter()
    shown = phases.ended.get("MainWindow.show", paint)
    phases.mark("event loop after show(): polish, layout, first paint", paint - shown)
    phases.unnest()
    until_paint = paint - begun
    phases.lines.insert(main_line, (0, "tether.shell.main.main() to first paint", until_paint))
    phases.peaks = {(n + 1 if n >= main_line else n): peak for n, peak in phases.peaks.items()}
    phases.peaks[main_line] = peak_mib()
    # From the clock of the paint, not now: main() returned once the rest was built too.
    phases.mark("total: process start to first paint", interpreter + (paint - START))
    del app
    print(phases.report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
