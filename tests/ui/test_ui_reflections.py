"""Reflections save themselves: on the next section, after a pause, and on focus loss."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS, activate, status_label

from tether.content import Article
from tether.store import Store

WORDS = "I still wait until I am sure before I ask anyone."


@pytest.fixture
def fresh_store(data_dir: Path) -> Iterator[Store]:
    """A second, independent store on the window's data folder: what is on disk."""
    with Store.open_in(data_dir) as opened:
        yield opened


def saved_text(store: Store, article: Article, section_index: int) -> str | None:
    found = store.reflection_for_section(article.id, article.sections[section_index].id)
    return None if found is None else found.text


def test_next_section_right_after_typing_saves_the_reflection_without_waiting(
    open_window, qtbot: QtBot, bundled_article: Article, data_dir: Path
) -> None:
    window = open_window()
    activate(qtbot, window)
    editor = window.reflections_dock.editor.text_edit
    editor.setFocus()
    qtbot.keyClicks(editor, WORDS)

    qtbot.keyClick(editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)

    assert window.article_view.current_section() == 1
    with Store.open_in(data_dir) as fresh:
        assert saved_text(fresh, bundled_article, 0) == WORDS


def test_autosave_writes_the_reflection_within_a_second_of_the_last_key(
    open_window, qtbot: QtBot, bundled_article: Article, fresh_store: Store
) -> None:
    window = open_window()
    activate(qtbot, window)
    editor = window.reflections_dock.editor.text_edit
    editor.setFocus()

    qtbot.keyClicks(editor, WORDS)

    # Until the autosave (due 0.7 s after the last key) the reader is told it is coming;
    # on a machine busy enough for the typing itself to outlast that, it may be done.
    state = status_label(window, "reflection-state")
    assert state.text() == "Saving…" or saved_text(fresh_store, bundled_article, 0) == WORDS
    qtbot.waitUntil(
        lambda: saved_text(fresh_store, bundled_article, 0) == WORDS, timeout=TIMEOUT_MS
    )
    qtbot.waitUntil(lambda: state.text().startswith("Saved"), timeout=TIMEOUT_MS)


def test_leaving_the_reflection_box_saves_it_at_once(
    open_window, qtbot: QtBot, bundled_article: Article, fresh_store: Store
) -> None:
    window = open_window()
    activate(qtbot, window)
    editor = window.reflections_dock.editor.text_edit
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=TIMEOUT_MS)
    qtbot.keyClicks(editor, WORDS)
    assert saved_text(fresh_store, bundled_article, 0) is None

    window.article_view.setFocus()

    assert not editor.hasFocus()
    assert saved_text(fresh_store, bundled_article, 0) == WORDS
    assert status_label(window, "reflection-state").text().startswith("Saved")


def test_coming_back_to_a_section_shows_its_reflection_again(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    activate(qtbot, window)
    editor = window.reflections_dock.editor.text_edit
    window.go_to_section_offset(1)
    editor.setFocus()
    qtbot.keyClicks(editor, WORDS)

    qtbot.keyClick(editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == ""
    qtbot.keyClick(editor, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)

    assert window.article_view.current_section() == 1
    assert editor.toPlainText() == WORDS
    assert window.reflections_dock.list.model().rowCount() == 1
    assert WORDS in window.reflections_dock.list.model().index(0, 0).data()


def test_erasing_a_reflection_takes_it_off_the_list(
    open_window, qtbot: QtBot, bundled_article: Article, fresh_store: Store
) -> None:
    window = open_window()
    activate(qtbot, window)
    editor = window.reflections_dock.editor.text_edit
    listing = window.reflections_dock.list.model()
    editor.setFocus()
    qtbot.keyClicks(editor, WORDS)
    window.article_view.setFocus()
    assert listing.rowCount() == 1

    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    window.article_view.setFocus()

    assert listing.rowCount() == 0
    assert saved_text(fresh_store, bundled_article, 0) == ""
