"""In-process timing of View › History on a long history: 100 check-ins × 30 signs.

``python -m benchmarks.history_driver --article A --data-dir D [--repeat N] --json OUT``
writes an article of 30 signs (the seed article twice, numbered as the long article
is), puts 100 check-ins a week apart into a fresh data folder (every sign answered at
each, with one INSERT transaction, as ``seed_reflections`` does), builds the app's
window with ``build_window``, shows the article, and times View › History: from the
action's ``trigger()`` to the History window's first paint (its charts and tables read
and laid out). Each sample opens a new History window (the one before is closed and
dropped), so every sample reads the store again.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from benchmarks.articles import make_long_article
from benchmarks.gui_driver import PaintCounter, idle, settle, wait_for_paint
from tether.content import load_article
from tether.look.fonts import register_bundled_fonts
from tether.shell.window import build_window
from tether.store import Store
from tether.store.records import format_timestamp
from tether.ui.actions import ActionId
from tether.ui.settings import UiSettings
from tether.ui.style import ReaderStyle

CHECKINS = 100
SIGNS = 30


def seed_history(data_dir: Path, article_path: Path) -> int:
    """Put ``CHECKINS`` check-ins of every sign of the article into a fresh store."""
    article = load_article(article_path)
    signs = [sign.id for sign in article.signs][:SIGNS]
    with Store.open_in(data_dir) as store:
        database = store.path
    start = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
    checkins, ticks = [], []
    for n in range(CHECKINS):
        started = format_timestamp(start + timedelta(weeks=n))
        checkins.append((article.id, started, f"note {n}" if n % 10 == 0 else "", 0, started))
        for i, sign in enumerate(signs):
            ticks.append((article.id, started, sign, int((n + i) % 3 == 0), started))
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.executemany("INSERT INTO checkins VALUES (?, ?, ?, ?, ?)", checkins)
            connection.executemany("INSERT INTO checkin_ticks VALUES (?, ?, ?, ?, ?)", ticks)
    finally:
        connection.close()
    return len(signs)


def measure(seed: Path, work: Path, repeat: int) -> dict[str, object]:
    """Build the window on the seeded history and time View › History ``repeat`` times."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setStyle(ReaderStyle())
    register_bundled_fonts()
    article_path = make_long_article(seed, work / "thirty-signs.md", 2 * seed.stat().st_size - 1)
    data_dir = work / "data"
    signs = seed_history(data_dir, article_path)
    store = Store.open_in(data_dir)
    settings = UiSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    built = build_window(store, settings)
    window, checkins = built.main, built.checkins
    assert checkins is not None
    window.show_article(load_article(article_path))
    window.show()
    settle()
    idle(1.2)
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        window.actions_by_id[ActionId.HISTORY].trigger()
        history = checkins.history_window
        assert history is not None
        counter = PaintCounter(history)
        wait_for_paint(counter, 0)
        samples.append((time.perf_counter() - start) * 1000)
        rows = history.checkins_table.rowCount()
        history.close()
        history.deleteLater()
        checkins.history_window = None
        settle()
    window.close()
    settle()
    store.close()
    return {"history_open": samples, "checkins": rows, "signs": signs}


def main(argv: list[str] | None = None) -> int:
    """Run the measurement and write it as JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.history_driver")
    parser.add_argument("--article", type=Path, required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--json", type=Path, required=True)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication
    args.data_dir.mkdir(parents=True, exist_ok=True)
    result = measure(args.article, args.data_dir, args.repeat)
    args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
