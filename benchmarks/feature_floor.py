"""The feature floor: the bare baseline plus what Tether's first screen needs, no Tether code.

``python benchmarks/feature_floor.py [--upto STEP] [--data-dir DIR] ARTICLE.md`` is the
bare baseline (:mod:`benchmarks.bare_baseline`: the same parser set-up, window size and
first-paint rule, shared, not copied) with, in this order, each step Tether's first
screen cannot do without, made with PySide6 and the standard library alone:

``qt-namespace``
    Anything Tether must say in Qt's own words before the page shows: the desktop's
    colour scheme (for the "system" theme), which side a panel docks on. The first use
    of ``Qt`` builds its ~90 enumerations (~1,200 members) as Python enums.
``window-frame``
    A main window around the page: the menu bar's titles, a toolbar, a status bar, and
    three empty docks in their places (240 px on the left; 340 px on the right, shared
    by two), as Tether's first paint reserves them.
``reading-font``
    The bundled reading font (Literata: regular, italic, bold) registered, and the page
    set in it at Tether's default 18 px.
``store``
    A settings file read and an SQLite database opened and given a schema (WAL, durable
    writes), as a first start does before it knows where the reader was.
``panels``
    After the first paint, as Tether's complete window: the docks' contents (a tree of
    the article's sections, a checklist of its signs, an editor and a list) and the
    menus' actions with their shortcuts, painted. It counts in the peak memory, not in
    the time to the first paint.

``--upto STEP`` stops after that step (default: all). Each run prints ``startup_ms`` and
``painted_at`` at its first paint, as the baseline does, then builds the panels if asked,
and exits.

What it is for: the least any reader with Tether's first screen could cost on this stack.
Tether's start-up over the floor is Tether's own work (its modules, its models, its
rendering pipeline); the floor over the baseline is the price of the features, whoever
writes them. ``python -m benchmarks`` reports it beside the baseline, and
``python -m benchmarks.instructions --floor`` counts each step's instructions.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if __package__ in (None, ""):  # run as a script, as the benchmark runs the baseline
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QTextBrowser, QWidget

from benchmarks import bare_baseline

if TYPE_CHECKING:
    import sqlite3

# Before the first paint, in this order; then "panels", after it.
FIRST_PAINT_STEPS = ("qt-namespace", "window-frame", "reading-font", "store")
STEPS = (*FIRST_PAINT_STEPS, "panels")
READING_FAMILY = "Literata"
READING_FACES = ("Regular", "Italic", "Bold")
READING_PX = 18
MENU_TITLES = ("&File", "&Edit", "&View", "&Go", "&Present", "&Help")
# As many as Tether's main window has (its ActionId), each with a shortcut.
MENU_ACTIONS = 33
TOOLBAR_ACTIONS = ("Previous", "Next", "Contents", "Find", "Present")
FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
SCHEMA = """
CREATE TABLE IF NOT EXISTS reflections (id INTEGER PRIMARY KEY, article TEXT NOT NULL,
    section TEXT NOT NULL, body TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ticks (article TEXT NOT NULL, sign TEXT NOT NULL,
    ticked INTEGER NOT NULL, PRIMARY KEY (article, sign));
CREATE TABLE IF NOT EXISTS places (article TEXT PRIMARY KEY, section TEXT, offset REAL);
"""


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="feature_floor.py",
        description="The bare baseline plus what Tether's first screen needs, no Tether code.",
    )
    parser.add_argument("article", type=Path)
    parser.add_argument("--upto", choices=STEPS, default=STEPS[-1], help="the last step")
    parser.add_argument("--data-dir", type=Path, help="the store step's folder (a new one)")
    return parser.parse_args(argv)


def ask_in_qt_words(app: QApplication) -> None:
    """The first use of ``Qt``: the desktop's colour scheme, as a "system" theme reads it."""
    from PySide6.QtCore import Qt

    app.setProperty("dark", app.styleHints().colorScheme() == Qt.ColorScheme.Dark)


def frame(page: QTextBrowser) -> QMainWindow:
    """A main window around the page, its docks empty in their places."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget, QToolBar

    window = QMainWindow()
    for title in MENU_TITLES:
        window.menuBar().addMenu(title)
    toolbar = QToolBar("Reading", window)
    toolbar.setObjectName("reading")
    for text in TOOLBAR_ACTIONS:
        toolbar.addAction(text)
    window.addToolBar(toolbar)
    window.statusBar().showMessage(" ")
    window.setCentralWidget(page)
    docks = []
    for name, area in (
        ("Sections", Qt.DockWidgetArea.LeftDockWidgetArea),
        ("Signs", Qt.DockWidgetArea.RightDockWidgetArea),
        ("Reflections", Qt.DockWidgetArea.RightDockWidgetArea),
    ):
        dock = QDockWidget(name, window)
        dock.setObjectName(name)
        dock.setWidget(QWidget())
        window.addDockWidget(area, dock)
        docks.append(dock)
    window.resizeDocks(docks[:1], [240], Qt.Orientation.Horizontal)
    window.resizeDocks(docks[1:2], [340], Qt.Orientation.Horizontal)
    window.resizeDocks(docks[1:], [450, 450], Qt.Orientation.Vertical)
    return window


def set_in_reading_font(page: QTextBrowser) -> None:
    """Register the bundled reading font's faces and set the page in it."""
    from PySide6.QtGui import QFont, QFontDatabase

    for face in READING_FACES:
        QFontDatabase.addApplicationFont(str(FONTS / f"{READING_FAMILY}-{face}.ttf"))
    font = QFont(READING_FAMILY)
    font.setPixelSize(READING_PX)
    page.setFont(font)


def open_store(folder: Path | None) -> tuple[sqlite3.Connection, Path]:
    """Read a settings file and open a durable SQLite database with a schema, in
    ``folder`` (None: a new temporary one; the caller removes it)."""
    import sqlite3
    import tempfile

    from PySide6.QtCore import QSettings

    folder = folder or Path(tempfile.mkdtemp(prefix="tether-floor-"))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.value("window/state")
    connection = sqlite3.connect(folder / "floor.sqlite3")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    with connection:
        connection.executescript(SCHEMA)
    connection.execute("SELECT section, offset FROM places WHERE article = ?", ("seed",))
    return connection, folder


def fill_panels(window: QMainWindow, html: str) -> None:
    """The docks' contents and the menus' actions, then a paint of the whole window."""
    from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QDockWidget, QListView, QPlainTextEdit, QTreeView, QVBoxLayout

    sections, signs = QStandardItemModel(window), QStandardItemModel(window)
    for title in re.findall(r"<h2[^>]*>(.*?)</h2>", html):
        sections.appendRow(QStandardItem(title))
    for sign in re.findall(r"<li>\[ \] (.*?)</li>", html):
        item = QStandardItem(sign)
        item.setCheckable(True)
        signs.appendRow(item)
    docks = window.findChildren(QDockWidget)
    for dock, model in zip(docks, (sections, signs), strict=False):
        tree = QTreeView()
        tree.setHeaderHidden(True)
        tree.setModel(model)
        dock.setWidget(tree)
    reflections = QWidget()
    column = QVBoxLayout(reflections)
    column.addWidget(QPlainTextEdit())
    listed = QListView()
    listed.setModel(QStandardItemModel(reflections))
    column.addWidget(listed)
    docks[-1].setWidget(reflections)
    menus = window.menuBar().findChildren(QMenu)
    for number in range(MENU_ACTIONS):
        action = QAction(f"Action {number}", window)
        modifiers = "Ctrl+Shift+" if number < 26 else "Ctrl+Alt+"
        action.setShortcut(QKeySequence(modifiers + chr(ord("A") + number % 26)))
        menus[number % len(menus)].addAction(action)
        window.addAction(action)
    QApplication.processEvents()  # the new contents laid out
    window.repaint()


def main(argv: list[str]) -> int:
    """Show the article with the steps up to ``--upto``; exit after the first paint."""
    args = parse_args(argv[1:])
    steps = STEPS[: STEPS.index(args.upto) + 1]
    app = QApplication([argv[0], "-style", "Fusion"])  # as Tether's first paint draws
    ask_in_qt_words(app)
    store = open_store(args.data_dir) if "store" in steps else None
    with open(args.article, encoding="utf-8-sig") as source:
        html = bare_baseline.render(source.read())
    page = QTextBrowser()
    if "reading-font" in steps:
        set_in_reading_font(page)
    page.setHtml(html)
    window = frame(page) if "window-frame" in steps else page
    available = page.screen().availableGeometry()
    window.resize(min(1400, available.width() * 9 // 10), min(900, available.height() * 9 // 10))
    reporter = bare_baseline.FirstPaint(app)
    page.viewport().installEventFilter(reporter)
    window.show()
    code = app.exec()  # returns once the first paint is reported
    if "panels" in steps and isinstance(window, QMainWindow):
        fill_panels(window, html)
    if store is not None:
        connection, folder = store
        connection.close()
        if args.data_dir is None:
            import shutil

            shutil.rmtree(folder)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
