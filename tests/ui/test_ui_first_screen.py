"""A short article opened from the top shows its first screen first (issue 19).

The real window (``open_window``, as the app builds it), real Markdown files: an
article opened with no place to go to (never read, nothing asked) is shown with its
first sections rendered and the others follow in the next passes of the event loop; one
opened at a place is rendered whole before it is shown, so that the place is exact.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot
from ui_helpers import EventCounter

from tether.content import ArticleRenderer
from tether.content.cache.render import CACHE_DIR_NAME, RenderCache
from tether.shell.renderings import keep_renderings
from tether.ui.main_window import MainWindow
from tether.ui.page.rendering import SECTIONS_AFTER_PLACE

OpenWindow = Callable[..., MainWindow]
SECTIONS = 12
WAIT_MS = 20_000


def twelve_sections(tmp_path: Path) -> Path:
    """A short article (well under the 40 sections rendered whole at a place)."""
    parts = ["# Twelve Rooms\n\nAn opening paragraph.\n"]
    for number in range(1, SECTIONS):
        parts.append(f"## Room {number}\n\nWhat room {number} holds, in a few words.\n")
        parts.append(f"- [ ] A sign of room {number}\n")
    path = tmp_path / "rooms.md"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def test_an_article_opened_from_the_top_shows_its_first_sections_then_the_rest(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window()
    path = twelve_sections(tmp_path)

    window.show_article(ArticleRenderer(path))

    assert window.session is not None
    first_screen = SECTIONS_AFTER_PLACE + 1
    assert window.article_view.sections_rendered() == first_screen
    assert "What room 1 holds" in window.article_view.toPlainText()
    qtbot.waitUntil(lambda: window.article_view.sections_rendered() == SECTIONS, timeout=WAIT_MS)
    assert window.session.article_so_far.complete
    assert "What room 11 holds" in window.article_view.toPlainText()
    assert window.session.signs.rowCount() == SECTIONS - 1  # every room's group of signs


def test_an_article_opened_at_a_section_is_rendered_whole_before_it_is_shown(
    open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window()
    path = twelve_sections(tmp_path)
    window.show_article(ArticleRenderer(path))
    assert window.session is not None
    room_five = window.session.article_so_far.sections[5].id

    window.show_article(ArticleRenderer(path), room_five)

    assert window.session.article_so_far.complete
    assert window.article_view.sections_rendered() == SECTIONS
    assert window.article_view.current_section() == 5


def opened_with_a_keeper(
    open_window: OpenWindow, data_dir: Path, tmp_path: Path
) -> tuple[MainWindow, RenderCache, Path]:
    """A window keeping renderings (as start-up installs it) that has just opened a short
    article from the top: its first screen is on show, its last sections are not rendered."""
    window = open_window()
    cache = RenderCache(data_dir / CACHE_DIR_NAME)
    keep_renderings(window, cache)
    path = twelve_sections(tmp_path)
    assert window.open_path(path)
    assert window.session is not None
    assert not window.session.article_so_far.complete
    return window, cache, path


def test_an_article_shown_before_its_last_sections_is_kept_once_they_are_rendered(
    qtbot: QtBot, open_window: OpenWindow, data_dir: Path, tmp_path: Path
) -> None:
    window, cache, path = opened_with_a_keeper(open_window, data_dir, tmp_path)

    qtbot.waitUntil(lambda: cache.load(path) is not None, timeout=WAIT_MS)
    cached = cache.load(path)
    assert cached is not None
    assert cached.article.complete
    assert cached.article == window.session.article_so_far


def test_quitting_before_the_last_sections_are_rendered_still_keeps_the_article(
    open_window: OpenWindow, data_dir: Path, tmp_path: Path
) -> None:
    _window, cache, path = opened_with_a_keeper(open_window, data_dir, tmp_path)

    app = QCoreApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()  # as the event loop does when the reader quits at once

    cached = cache.load(path)
    assert cached is not None
    assert len(cached.article.sections) == SECTIONS
    assert cached.article.complete


def test_on_a_narrow_window_the_signs_stay_folded_away_as_the_rest_arrives(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    window = open_window()
    window.resize(800, 500)  # too narrow for a panel beside a readable page
    qtbot.waitUntil(lambda: window.size().toTuple() == (800, 500), timeout=WAIT_MS)
    panels = (window.sections_dock, window.signs_dock, window.reflections_dock)
    qtbot.waitUntil(lambda: all(panel.isHidden() for panel in panels), timeout=WAIT_MS)
    counter = EventCounter(window.signs_dock, QEvent.Type.Show)

    window.show_article(ArticleRenderer(twelve_sections(tmp_path)))
    qtbot.waitUntil(lambda: window.article_view.sections_rendered() == SECTIONS, timeout=WAIT_MS)

    # Each part rendered adds signs: the panel, hidden for room, must not flash in and
    # push the page aside.
    assert counter.count == 0
    assert window.signs_dock.isHidden()
