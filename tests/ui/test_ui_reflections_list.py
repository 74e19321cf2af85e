"""Years of reflections: the list opens on its first page, rows whole, and fetches on demand."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from itertools import pairwise
from pathlib import Path

from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from tether.content import Article
from tether.models.reflections import PAGE_SIZE
from tether.store import DATABASE_NAME, Store

COUNT = 700


def seed(data_dir: Path, article: Article) -> None:
    """COUNT reflections, a minute apart, of varied length, spread over the sections."""
    with Store.open_in(data_dir):
        pass
    rows = []
    for n in range(COUNT):
        stamp = f"2020-01-{1 + n // 1440:02d}T{n // 60 % 24:02d}:{n % 60:02d}:00.000000Z"
        text = f"Reflection {n}. " + "What this section brings up for me today. " * (1 + n % 5)
        rows.append((article.id, article.sections[n % len(article.sections)].id, text, stamp))
    with closing(sqlite3.connect(data_dir / DATABASE_NAME)) as conn, conn:
        conn.executemany(
            "INSERT INTO reflections (article_id, section_id, text, created, updated)"
            " VALUES (?, ?, ?, ?, ?)",
            [(a, s, t, stamp, stamp) for a, s, t, stamp in rows],
        )


def rows_do_not_overlap(listing: QListView, rows: range) -> bool:
    model = listing.model()
    rects = [listing.visualRect(model.index(row, 0)) for row in rows]
    return all(above.bottom() < below.top() for above, below in pairwise(rects))


def test_a_long_list_of_reflections_opens_on_its_first_page_with_whole_rows(
    open_window, data_dir: Path, bundled_article: Article, qtbot: QtBot
) -> None:
    seed(data_dir, bundled_article)
    window = open_window()
    listing = window.reflections_dock.list
    model = listing.model()

    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert model.rowCount() == PAGE_SIZE
    assert "Reflection 699." in model.index(0, 0).data()
    top = listing.verticalScrollBar().value()
    assert rows_do_not_overlap(listing, range(top, top + 8))


def test_scrolling_to_the_end_of_the_reflections_fetches_the_next_page(
    open_window, data_dir: Path, bundled_article: Article, qtbot: QtBot
) -> None:
    seed(data_dir, bundled_article)
    window = open_window()
    listing = window.reflections_dock.list
    model = listing.model()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE)

    listing.scrollToBottom()

    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)
    listing.scrollToBottom()
    bottom = listing.verticalScrollBar().value()
    assert rows_do_not_overlap(listing, range(bottom, min(bottom + 6, model.rowCount())))
    qtbot.waitUntil(lambda: not listing.has_estimates(), timeout=10_000)
    assert rows_do_not_overlap(listing, range(model.rowCount()))
