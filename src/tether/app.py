"""The ``tether`` command: reads the command line, builds the pieces and wires them."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from tether import __version__
from tether.bundled import bundled_article_path
from tether.content import Article, ArticleError, load_article
from tether.models import ArticleSession
from tether.startup import milliseconds_since_start
from tether.store import DATA_DIR_ENV, Store, StoreError, resolve_data_dir
from tether.ui.fonts import register_bundled_fonts
from tether.ui.main_window import MainWindow
from tether.ui.settings import UiSettings, open_settings
from tether.ui.style import ReaderStyle

EXIT_FAILURE = 2


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Read Tether's command line."""
    parser = argparse.ArgumentParser(
        prog="tether",
        description="Read a reflective article, tick the signs you recognise, and write "
        "reflections that stay on this computer.",
    )
    parser.add_argument(
        "article", nargs="?", type=Path, help="a Markdown article (default: the last one read)"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all of Tether's data and settings in this folder "
        "(also: the TETHER_DATA_DIR environment variable)",
    )
    parser.add_argument("--section", metavar="ID", help="open at the section with this id")
    parser.add_argument(
        "--quit-after-startup",
        action="store_true",
        help="open the window, print startup_ms=N once the article is painted, and exit",
    )
    parser.add_argument("--version", action="version", version=f"tether {__version__}")
    return parser.parse_args(argv)


class FirstPaintReporter(QObject):
    """Prints ``startup_ms=N`` once the article has been painted, then quits."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: notice the first paint of the watched widget."""
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._report)
        return False

    @Slot()
    def _report(self) -> None:
        print(f"startup_ms={milliseconds_since_start()}", flush=True)
        self._app.quit()


def _fail(message: str, interactive: bool) -> int:
    print(f"tether: {message}", file=sys.stderr)
    if interactive:
        QMessageBox.critical(None, "Tether", message)
    return EXIT_FAILURE


def _choose_article(args: argparse.Namespace, store: Store) -> Path:
    if args.article is not None:
        return Path(args.article)
    last = store.last_position()
    if last is not None and Path(last.article_path).is_file():
        return Path(last.article_path)
    return bundled_article_path()


def _load(path: Path, interactive: bool) -> Article | None:
    try:
        return load_article(path)
    except ArticleError as error:
        print(f"tether: {error}", file=sys.stderr)
        if not interactive:
            return None
        QMessageBox.warning(
            None, "Cannot Open Article", f"{error}\n\nTether opens its bundled article instead."
        )
        return load_article(bundled_article_path())


def main(argv: Sequence[str] | None = None) -> int:
    """Run Tether; returns the process exit code."""
    args = parse_args(argv)
    interactive = not args.quit_after_startup
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Tether")
    app.setApplicationDisplayName("Tether")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("tether")
    app.setStyle(ReaderStyle())
    register_bundled_fonts()
    data_dir = resolve_data_dir(args.data_dir or None)
    try:
        store = Store.open_in(data_dir)
    except StoreError as error:
        return _fail(str(error), interactive)
    with store:
        article = _load(_choose_article(args, store), interactive)
        if article is None:
            return EXIT_FAILURE
        if args.section and article.section_index(args.section) is None:
            known = ", ".join(section.id for section in article.sections)
            print(f"tether: no section “{args.section}”; sections are: {known}", file=sys.stderr)
        explicit = bool(args.data_dir) or bool(os.environ.get(DATA_DIR_ENV))
        override = data_dir if explicit else None
        settings = UiSettings(open_settings(override))
        window = MainWindow(lambda a: ArticleSession(a, store), settings)
        window.show_article(article, args.section)
        window.restore_window_state()
        if args.quit_after_startup:
            window.article_view.viewport().installEventFilter(FirstPaintReporter(app))
        window.show()
        return app.exec()
