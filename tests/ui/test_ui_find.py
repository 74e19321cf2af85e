"""Find in the article: Ctrl+F, every match highlighted, "n of m", Enter / F3 to move, Esc."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS, activate

from tether.content import Article, load_article
from tether.ui.main_window import MainWindow
from tether.ui.page.find_bar import BIG_DOCUMENT_CHARS, TYPING_PAUSE_MS, FindBar
from tether.ui.page.find_text import find_all, fold

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def article_text(window: MainWindow) -> str:
    return window.article_view.document().toPlainText()


def expected_count(window: MainWindow, word: str) -> int:
    return article_text(window).lower().count(word.lower())


def open_find(qtbot: QtBot, window: MainWindow) -> FindBar:
    activate(qtbot, window)
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible()
    qtbot.waitUntil(bar.line_edit.hasFocus, timeout=TIMEOUT_MS)
    return bar


def search(qtbot: QtBot, bar: FindBar, text: str) -> None:
    bar.line_edit.selectAll()
    qtbot.keyClicks(bar.line_edit, text)
    qtbot.waitUntil(lambda: bar.count_label.text() != "", timeout=TIMEOUT_MS)


def current_text(bar: FindBar) -> str:
    cursor = bar.current_cursor()
    assert cursor is not None
    return cursor.selectedText()


def match_on_screen(window: MainWindow, bar: FindBar) -> bool:
    cursor = bar.current_cursor()
    assert cursor is not None
    rect = window.article_view.cursorRect(cursor)
    return window.article_view.viewport().rect().contains(rect.center())


def test_ctrl_f_opens_the_find_bar_under_the_article_with_the_cursor_in_it(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    assert not window.find_bar.isVisible()

    bar = open_find(qtbot, window)

    assert QApplication.focusWidget() is bar.line_edit
    assert bar.geometry().top() >= window.article_view.geometry().bottom()
    assert window.article_view.parentWidget() is bar.parentWidget()


def test_typing_counts_every_match_and_highlights_them(open_window, qtbot: QtBot) -> None:
    window = open_window()
    bar = open_find(qtbot, window)
    total = expected_count(window, "independence")
    assert total > 10

    search(qtbot, bar, "independence")

    assert bar.count_label.text() == f"1 of {total}"
    assert bar.match_count() == total
    highlighted = window.article_view.extraSelections()
    assert len(highlighted) > 1
    assert all(item.cursor.selectedText().lower() == "independence" for item in highlighted)


def test_matching_ignores_case(open_window, qtbot: QtBot) -> None:
    window = open_window()
    bar = open_find(qtbot, window)

    search(qtbot, bar, "INDEPENDENCE")

    assert bar.match_count() == expected_count(window, "independence")
    assert current_text(bar) == "Independence"


def test_text_that_is_nowhere_says_no_matches(open_window, qtbot: QtBot) -> None:
    window = open_window()
    bar = open_find(qtbot, window)

    search(qtbot, bar, "zebra crossing")

    assert bar.count_label.text() == "No matches"
    assert bar.current_cursor() is None
    assert window.article_view.extraSelections() == []


def test_enter_and_shift_enter_move_between_matches(open_window, qtbot: QtBot) -> None:
    window = open_window()
    bar = open_find(qtbot, window)
    search(qtbot, bar, "connection")
    total = bar.match_count()

    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return)
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Enter)
    assert bar.count_label.text() == f"3 of {total}"

    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return, SHIFT)
    assert bar.count_label.text() == f"2 of {total}"
    assert current_text(bar).lower() == "connection"


def test_f3_and_shift_f3_move_between_matches_from_anywhere(open_window, qtbot: QtBot) -> None:
    window = open_window()
    bar = open_find(qtbot, window)
    search(qtbot, bar, "connection")
    total = bar.match_count()
    window.article_view.setFocus()

    qtbot.keyClick(window.article_view, Qt.Key.Key_F3)
    assert bar.count_label.text() == f"2 of {total}"

    qtbot.keyClick(window.article_view, Qt.Key.Key_F3, SHIFT)
    assert bar.count_label.text() == f"1 of {total}"


def test_moving_past_the_last_match_wraps_to_the_first_and_back(open_window, qtbot: QtBot) -> None:
    window = open_window()
    bar = open_find(qtbot, window)
    search(qtbot, bar, "independence")
    total = bar.match_count()

    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return, SHIFT)
    assert bar.count_label.text() == f"{total} of {total}"

    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return)
    assert bar.count_label.text() == f"1 of {total}"


def test_moving_through_the_matches_crosses_sections_and_keeps_each_match_on_screen(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    bar = open_find(qtbot, window)
    search(qtbot, bar, "independence")
    sections_seen = {window.article_view.current_section()}

    for _ in range(bar.match_count()):
        qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return)
        assert match_on_screen(window, bar)
        sections_seen.add(window.article_view.current_section())

    assert len(sections_seen) > len(bundled_article.sections) // 2
    assert window.sections_dock.view.currentIndex().row() == window.article_view.current_section()


def test_a_new_search_starts_at_the_page_the_reader_is_on(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    # A section with "Independence" in its heading, halfway through.
    middle = bundled_article.section_index("how-independence-supports-connection")
    assert middle is not None
    window.article_view.scroll_to_section(middle)
    bar = open_find(qtbot, window)

    search(qtbot, bar, "independence")

    cursor = bar.current_cursor()
    assert cursor is not None
    assert cursor.selectionStart() >= window.article_view.section_positions()[middle]
    assert window.article_view.current_section() == middle
    assert current_text(bar) == "Independence"


def test_esc_closes_the_bar_clears_the_highlights_and_returns_to_the_article(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    bar = open_find(qtbot, window)
    search(qtbot, bar, "choice")
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return)

    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Escape)

    assert not bar.isVisible()
    assert window.article_view.extraSelections() == []
    qtbot.waitUntil(window.article_view.hasFocus, timeout=TIMEOUT_MS)
    # The reader's place continues from the match they found.
    assert window.article_view.textCursor().selectedText().lower() == "choice"


def test_esc_from_the_bar_s_buttons_closes_it_too(open_window, qtbot: QtBot) -> None:
    window = open_window()
    bar = open_find(qtbot, window)
    search(qtbot, bar, "choice")
    bar.next_button.setFocus()

    qtbot.keyClick(bar.next_button, Qt.Key.Key_Escape)

    assert not bar.isVisible()


def test_the_buttons_move_and_close(open_window, qtbot: QtBot) -> None:
    window = open_window()
    bar = open_find(qtbot, window)
    search(qtbot, bar, "choice")
    total = bar.match_count()

    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    assert bar.count_label.text() == f"2 of {total}"
    qtbot.mouseClick(bar.previous_button, Qt.MouseButton.LeftButton)
    assert bar.count_label.text() == f"1 of {total}"
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()


def test_f3_with_the_bar_closed_opens_it_on_the_last_search(open_window, qtbot: QtBot) -> None:
    window = open_window()
    bar = open_find(qtbot, window)
    search(qtbot, bar, "choice")
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()

    qtbot.keyClick(window.article_view, Qt.Key.Key_F3)

    assert bar.isVisible()
    assert bar.line_edit.text() == "choice"
    assert bar.count_label.text().endswith(f"of {bar.match_count()}")
    assert len(window.article_view.extraSelections()) >= 1


def test_text_selected_in_the_article_is_what_ctrl_f_looks_for(open_window, qtbot: QtBot) -> None:
    window = open_window()
    start = article_text(window).index("disconnection")
    cursor = QTextCursor(window.article_view.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len("disconnection"), QTextCursor.MoveMode.KeepAnchor)
    window.article_view.setTextCursor(cursor)

    bar = open_find(qtbot, window)
    qtbot.waitUntil(lambda: bar.count_label.text() != "", timeout=TIMEOUT_MS)

    assert bar.line_edit.text() == "disconnection"
    assert bar.line_edit.selectedText() == "disconnection"


def test_ticking_a_sign_while_finding_keeps_the_current_match(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    bar = open_find(qtbot, window)
    search(qtbot, bar, "independence")
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return)
    before = bar.count_label.text()

    assert window.session is not None
    window.session.signs.toggle(bundled_article.signs[0].id)
    qtbot.keyClick(bar.line_edit, Qt.Key.Key_Return)

    total = bar.match_count()
    assert before == f"2 of {total}"
    assert bar.count_label.text() == f"3 of {total}"
    assert current_text(bar).lower() == "independence"


def test_finding_does_not_clobber_the_flash_of_a_sign_and_outlives_it(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    bar = open_find(qtbot, window)
    search(qtbot, bar, "the")
    found = len(window.article_view.extraSelections())

    window.article_view.scroll_to_sign(bundled_article.signs[0].id)

    with_flash = window.article_view.extraSelections()
    sign_text = bundled_article.signs[0].text
    assert any(sign_text[:20] in item.cursor.block().text() for item in with_flash)
    assert sum(item.cursor.selectedText().lower() == "the" for item in with_flash) >= 1

    qtbot.waitUntil(
        lambda: all(
            item.cursor.selectedText().lower() == "the"
            for item in window.article_view.extraSelections()
        ),
        timeout=TIMEOUT_MS * 2,
    )
    assert found >= 1
    assert window.article_view.extraSelections()


def test_opening_another_article_searches_it_afresh(
    open_window, qtbot: QtBot, write_article: Callable[..., Path]
) -> None:
    window = open_window()
    bar = open_find(qtbot, window)
    search(qtbot, bar, "independence")
    other = load_article(write_article("# Other\n\nIndependence, once. Nothing else.\n"))

    window.show_article(other)

    qtbot.waitUntil(lambda: bar.count_label.text() == "1 of 1", timeout=TIMEOUT_MS)


def test_a_big_article_waits_for_a_pause_in_typing_and_small_ones_do_not(
    open_window, qtbot: QtBot, write_article: Callable[..., Path]
) -> None:
    window = open_window()
    bar = window.find_bar
    assert bar.search_delay_ms() == 0
    paragraph = "A quiet sentence about steady closeness and independence. " * 20
    body = "\n\n".join(f"## Part {n}\n\n{paragraph}" for n in range(160))
    big = load_article(write_article(f"# Big\n\n{body}\n", "big.md"))

    window.show_article(big)
    assert window.article_view.document().characterCount() > BIG_DOCUMENT_CHARS
    assert bar.search_delay_ms() == TYPING_PAUSE_MS

    bar = open_find(qtbot, window)
    search(qtbot, bar, "independence")
    assert bar.count_label.text() == f"1 of {160 * 20}"


@pytest.mark.parametrize(
    ("text", "needle", "starts"),
    [
        ("Straße STRASSE", "straße", [0]),
        ("İstanbul istanbul", "istanbul", [9]),
        ("aaaa", "aa", [0, 2]),
        ("ΟΔΟΣ οδος", "οδοσ", [0, 5]),
    ],
)
def test_case_folding_keeps_positions_so_matches_land_on_the_right_text(
    text: str, needle: str, starts: list[int]
) -> None:
    assert len(fold(text)) == len(text)
    assert find_all(fold(text), fold(needle)) == starts


def test_an_empty_search_finds_nothing(open_window, qtbot: QtBot) -> None:
    window = open_window()
    bar = open_find(qtbot, window)
    search(qtbot, bar, "choice")

    bar.line_edit.clear()
    qtbot.waitUntil(lambda: bar.count_label.text() == "", timeout=TIMEOUT_MS)

    assert bar.match_count() == 0
    assert window.article_view.extraSelections() == []
