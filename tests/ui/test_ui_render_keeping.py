"""Articles opened during a session are kept in the render cache for the next start.

The real window (``open_window``, as the app builds it), a real data folder, real
files; the keeper is what start-up installs after the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from tether.content.cache.render import CACHE_DIR_NAME, RenderCache
from tether.shell.renderings import keep_renderings
from tether.ui.main_window import MainWindow

ARTICLE = "---\ntitle: Notes on Trust\n---\n\nOpening.\n\n## Asking\n\n- [ ] Ask late\n"
LONG_ENOUGH_S = 10_000
OpenWindow = Callable[..., MainWindow]


def test_an_article_opened_later_is_kept_for_the_next_start(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path, tmp_path: Path
) -> None:
    window = open_window()  # the bundled article, shown as a finished Article
    cache = RenderCache(data_dir / CACHE_DIR_NAME)
    keep_renderings(window, cache)
    path = tmp_path / "trust.md"
    path.write_text(ARTICLE, encoding="utf-8")

    assert window.open_path(path)

    qtbot.waitUntil(lambda: cache.load(path) is not None, timeout=LONG_ENOUGH_S)
    cached = cache.load(path)
    assert cached is not None
    assert window.session is not None
    assert cached.article == window.session.article_so_far


def test_an_article_shown_from_the_cache_is_not_written_again(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path
) -> None:
    window = open_window()
    cache = RenderCache(data_dir / CACHE_DIR_NAME)

    keeper = keep_renderings(window, cache)

    assert not keeper.keep()  # it came rendered: nothing to keep
    # Only the library's outlines are there (its scan keeps them), no rendering.
    kept = cache.folder.glob("*.json") if cache.folder.exists() else iter(())
    assert all(entry.name.endswith(".outline.json") for entry in kept)
