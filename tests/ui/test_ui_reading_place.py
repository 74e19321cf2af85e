"""The reader's place is never guessed, and the keys reach the page.

The section a reflection is written on is the one the reader went to — a sign clicked,
a Find match, an in-page link — or, as they scroll, the one whose heading has crossed
the reading line a third down the page; never the heading that happens to be on top.
And from the first second, Page Down reads the page instead of moving a list.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS, activate, status_label

from tether.content import Article, load_article
from tether.models import Role
from tether.store import DATABASE_NAME
from tether.ui.main_window import MainWindow
from tether.ui.page.reading_line import READING_LINE

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
WORDS = "This is where I am."
PARAGRAPH = (
    "A paragraph long enough to wrap over several lines of the page, so that the sections "
    "of this article are each taller than the window, as the sections of a real article "
    "are, and a few lines of scrolling never reach the next heading by accident. "
)


def long_sections(*titles: str, intro: str = "") -> str:
    """Markdown: an introduction, then a tall section per title."""
    body = "\n\n".join(PARAGRAPH * 3 for _ in range(6))
    parts = [f"# Long Sections\n\n{intro}\n\n{body}"]
    parts += [f"## {title}\n\n{body}" for title in titles]
    return "\n\n".join(parts) + "\n"


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def reflection_on_disk(data_dir: Path, article_id: str) -> list[tuple[str, str]]:
    """(section id, text) of every reflection in the SQLite file, read by the test itself."""
    with closing(sqlite3.connect(data_dir / DATABASE_NAME)) as conn:
        return conn.execute(
            "SELECT section_id, text FROM reflections WHERE article_id = ?", (article_id,)
        ).fetchall()


def reflect_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+R, as the reader presses it where they are, then a sentence typed."""
    qtbot.keyClick(focused() or window, Qt.Key.Key_R, CTRL)
    editor = window.reflections_dock.editor.text_edit
    qtbot.waitUntil(editor.hasFocus, timeout=TIMEOUT_MS)
    qtbot.keyClicks(editor, WORDS)


def assert_reflection_stored_on(
    qtbot: QtBot, data_dir: Path, article: Article, section: int
) -> None:
    expected = [(article.sections[section].id, WORDS)]
    # The autosave writes within a second of the last key, on its worker thread.
    qtbot.waitUntil(
        lambda: reflection_on_disk(data_dir, article.id) == expected, timeout=TIMEOUT_MS
    )


def assert_place_is(window: MainWindow, article: Article, section: int) -> None:
    """Every view says the same section: the page, the status bar, the list and the editor."""
    count = len(article.sections)
    title = article.sections[section].title
    assert window.article_view.current_section() == section
    assert status_label(window, "position-label").text() == (
        f"Section {section + 1} of {count} · {title}"
    )
    assert window.sections_dock.view.currentIndex().row() == section
    assert window.reflections_dock.editor.section_id() == article.sections[section].id
    heading = window.reflections_dock.findChild(QWidget, "reflection-heading")
    assert heading is not None
    assert title in heading.text()


def section_on_top(window: MainWindow) -> int:
    """The section of the text at the top of the page (what the old rule called current)."""
    view = window.article_view
    top = view.cursorForPosition(QPoint(view.viewport().width() // 2, 0)).position()
    return max(bisect.bisect_right(view.section_positions(), top) - 1, 0)


def heading_y(window: MainWindow, section: int) -> float:
    """Where a section's heading text starts on the page, in viewport pixels."""
    view = window.article_view
    block = view.document().findBlock(view.section_positions()[section])
    view.document().documentLayout().blockBoundingRect(block)  # laid out
    layout = block.layout()
    return layout.position().y() + layout.lineAt(0).y() - view.verticalScrollBar().value()


def steps_while(condition: Callable[[], bool], most: int = 500) -> Iterator[int]:
    """Steps for a loop that scrolls until ``condition`` fails; a page that stops moving
    fails the test instead of hanging it."""
    for step in range(most):
        if not condition():
            return
        yield step
    raise AssertionError(f"still true after {most} steps of scrolling")


@pytest.fixture
def reader(open_window, qtbot: QtBot) -> Callable[..., MainWindow]:
    """A window at 1280×720, active, as the reader finds it at launch."""

    def open_(article: Article | None = None) -> MainWindow:
        window = open_window(article)
        window.resize(1280, 720)
        activate(qtbot, window)
        qtbot.waitUntil(lambda: window.article_view.viewport().height() > 400, timeout=TIMEOUT_MS)
        return window

    return open_


# -- the keys reach the page ---------------------------------------------------------------


def test_at_launch_page_down_scrolls_the_page_and_the_sections_list_stays(
    reader, qtbot: QtBot, write_article
) -> None:
    window = reader(load_article(write_article(long_sections("Second", "Third"))))
    bar = window.article_view.verticalScrollBar()
    listing = window.sections_dock.view
    assert focused() is window.article_view
    assert bar.value() == 0

    qtbot.keyClick(focused(), Qt.Key.Key_PageDown)

    assert bar.value() > 0
    assert listing.currentIndex().row() == 0
    assert window.article_view.current_section() == 0


@pytest.mark.parametrize(
    ("forward", "back"),
    [
        ((Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_PageUp, 0)),
        ((Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Space, SHIFT)),
        ((Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Up, 0)),
        ((Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Home, 0)),
    ],
    ids=["page-down-up", "space-shift-space", "arrows", "end-home"],
)
def test_the_reading_keys_scroll_the_page_from_launch(
    reader, qtbot: QtBot, bundled_article: Article, forward, back
) -> None:
    window = reader()
    bar = window.article_view.verticalScrollBar()

    qtbot.keyClick(focused(), forward[0], forward[1])
    moved_to = bar.value()
    qtbot.keyClick(focused(), back[0], Qt.KeyboardModifier(back[1]))

    assert moved_to > 0
    assert bar.value() < moved_to
    assert focused() is window.article_view


def test_a_section_chosen_in_the_sections_panel_gives_the_keys_to_the_page(
    reader, qtbot: QtBot, bundled_article: Article
) -> None:
    window = reader()
    listing = window.sections_dock.view
    index = listing.model().index(3, 0)
    listing.scrollTo(index)

    qtbot.mouseClick(
        listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualRect(index).center()
    )

    assert_place_is(window, bundled_article, 3)
    assert focused() is window.article_view
    bar = window.article_view.verticalScrollBar()
    before = bar.value()
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown)
    assert bar.value() > before


def test_closing_find_gives_the_keys_back_to_the_page(reader, qtbot: QtBot) -> None:
    window = reader()
    qtbot.keyClick(focused(), Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(window.find_bar.line_edit.hasFocus, timeout=TIMEOUT_MS)

    qtbot.keyClick(window.find_bar.line_edit, Qt.Key.Key_Escape)

    assert focused() is window.article_view


# -- the place is where the reader went -----------------------------------------------------


def sign_row(window: MainWindow, sign_id: str):
    model = window.signs_dock.view.model()
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            index = model.index(row, 0, group)
            if index.data(Role.SignId) == sign_id:
                return index
    raise AssertionError(f"sign {sign_id!r} is not in the Signs panel")


def test_a_sign_clicked_in_the_signs_panel_makes_its_section_the_one_reflected_on(
    reader, qtbot: QtBot, bundled_article: Article, data_dir: Path
) -> None:
    window = reader()
    section = 2
    sign = bundled_article.sections[section].signs[0]
    tree = window.signs_dock.view
    index = sign_row(window, sign.id)
    tree.scrollTo(index)
    rect = tree.visualRect(index)

    # On the words, not the box: clicking goes to the sign without ticking it.
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.right() - 20, rect.center().y())
    )

    # The page put the sign mid-page, with the section before it on top.
    assert section_on_top(window) < section
    assert_place_is(window, bundled_article, section)
    assert focused() is window.article_view
    reflect_by_keyboard(qtbot, window)
    assert_reflection_stored_on(qtbot, data_dir, bundled_article, section)


def test_a_find_match_in_the_middle_of_the_page_makes_its_section_the_one_reflected_on(
    reader, qtbot: QtBot, bundled_article: Article, data_dir: Path
) -> None:
    window = reader()
    view = window.article_view
    height = view.viewport().height()
    qtbot.keyClick(view, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_PageDown, CTRL)
    section = 3  # its heading is on the page, below section 2's short text
    for _ in steps_while(lambda: heading_y(window, section) > height / 2):
        qtbot.keyClick(view, Qt.Key.Key_Down)  # section 3 starts mid-page
    assert_place_is(window, bundled_article, 2)
    assert section_on_top(window) == 2

    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.find_bar.line_edit, "clearest differences")
    qtbot.waitUntil(lambda: window.find_bar.match_count() == 1, timeout=TIMEOUT_MS)

    match = window.find_bar.current_cursor()
    assert match is not None
    assert height / 2 < view.cursorRect(match).center().y() < height * 3 / 4
    assert section_on_top(window) == 2  # the page did not move: the match was in view
    assert_place_is(window, bundled_article, section)
    reflect_by_keyboard(qtbot, window)
    assert_reflection_stored_on(qtbot, data_dir, bundled_article, section)


def test_an_in_page_link_to_a_section_goes_there_and_makes_it_the_one_reflected_on(
    reader, qtbot: QtBot, write_article, data_dir: Path
) -> None:
    text = long_sections("Background", "Usage", "Notes", intro="See [how to use it](#usage).")
    article = load_article(write_article(text))
    window = reader(article)
    view = window.article_view
    usage = article.section_index("usage")
    assert usage == 2
    found = view.document().find("how to use it")
    assert not found.isNull()
    inside = QTextCursor(view.document())
    inside.setPosition(found.selectionStart() + 4)
    where = view.cursorRect(inside).center()
    assert view.anchorAt(where) == "#usage"

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)

    qtbot.waitUntil(lambda: view.current_section() == usage, timeout=TIMEOUT_MS)
    assert section_on_top(window) == usage
    assert_place_is(window, article, usage)
    reflect_by_keyboard(qtbot, window)
    assert_reflection_stored_on(qtbot, data_dir, article, usage)


# -- scrolling by oneself -----------------------------------------------------------------


def test_scrolling_a_few_lines_past_a_heading_either_way_keeps_the_section(
    reader, qtbot: QtBot, write_article
) -> None:
    article = load_article(write_article(long_sections("Second", "Third", "Fourth")))
    window = reader(article)
    view = window.article_view
    qtbot.keyClick(view, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_PageDown, CTRL)
    assert_place_is(window, article, 2)

    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert heading_y(window, 2) < 0  # the heading went past the top
    assert_place_is(window, article, 2)

    for _ in range(6):
        qtbot.keyClick(view, Qt.Key.Key_Up)
    assert heading_y(window, 2) > 40  # the end of section 1 is on top now
    assert section_on_top(window) == 1
    assert_place_is(window, article, 2)


def test_a_heading_crossing_the_reading_line_changes_the_section(
    reader, qtbot: QtBot, write_article
) -> None:
    article = load_article(write_article(long_sections("Second", "Third", "Fourth")))
    window = reader(article)
    view = window.article_view
    qtbot.keyClick(view, Qt.Key.Key_PageDown, CTRL)
    line = view.viewport().height() * READING_LINE
    seen = []

    # Down, a line at a time, until the next heading has passed the reading line.
    for _ in steps_while(lambda: heading_y(window, 2) >= line - 60):
        was_below = heading_y(window, 2) >= line
        qtbot.keyClick(view, Qt.Key.Key_Down)
        crossed = was_below and heading_y(window, 2) < line
        seen.append(view.current_section())
        assert view.current_section() == (2 if heading_y(window, 2) < line else 1), crossed

    assert seen[0] == 1
    assert seen[-1] == 2
    assert_place_is(window, article, 2)

    # And back up past it: the section before is the one being read again.
    for _ in steps_while(lambda: heading_y(window, 2) < line):
        qtbot.keyClick(view, Qt.Key.Key_Up)
    assert_place_is(window, article, 1)


def wheel_down(widget: QWidget) -> None:
    """One notch of the mouse wheel, towards the reader, over ``widget``."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_mouse_wheel_and_the_scroll_bar_move_the_place_as_the_keys_do(
    reader, qtbot: QtBot, write_article
) -> None:
    article = load_article(write_article(long_sections("Second", "Third")))
    window = reader(article)
    view = window.article_view
    line = view.viewport().height() * READING_LINE

    for _ in steps_while(lambda: heading_y(window, 1) >= line):
        wheel_down(view.viewport())
    assert_place_is(window, article, 1)

    bar = view.verticalScrollBar()
    for _ in steps_while(lambda: heading_y(window, 2) >= line):
        bar.triggerAction(bar.SliderAction.SliderPageStepAdd)  # a click below the handle
    assert_place_is(window, article, 2)


def test_going_to_the_end_and_back_to_the_top_says_the_last_and_first_sections(
    reader, qtbot: QtBot, bundled_article: Article
) -> None:
    window = reader()
    view = window.article_view
    last = len(bundled_article.sections) - 1

    qtbot.keyClick(view, Qt.Key.Key_End)
    assert_place_is(window, bundled_article, last)

    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert_place_is(window, bundled_article, 0)


def test_the_place_stays_when_the_text_reflows(reader, qtbot: QtBot, bundled_article) -> None:
    window = reader()
    view = window.article_view
    sign = bundled_article.sections[4].signs[0]
    view.scroll_to_sign(sign.id)
    assert_place_is(window, bundled_article, 4)

    window.resize(1000, 700)
    qtbot.waitUntil(lambda: view.viewport().width() < 1000, timeout=TIMEOUT_MS)
    window.zoom.zoom_in()  # the page is laid out again in a bigger font

    assert_place_is(window, bundled_article, 4)
