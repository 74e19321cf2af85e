"""A reflection holding a megabyte without a line break (a pasted base64 blob).

Qt lays out a whole line at once, so the editor shows such a line in pieces separated
by display-only ("soft") breaks. What the reader sees must open and paste in moments,
and what is saved must be exactly what was pasted or typed: not one soft break in it.
The time bound is coarse on purpose (the benchmark measures the real figure; a 1 MB
line used to take over a minute to show).
"""

from __future__ import annotations

import base64
import random
import time
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot
from ui_helpers import activate

from tether.content import Article
from tether.store import Store
from tether.ui.main_window import MainWindow
from tether.ui.panels.long_lines import PIECE, LongLineTextEdit

# Far above what the fixed layout takes (well under a second) on a busy machine.
COARSE_BOUND_S = 5.0


def blob(size: int, seed: int = 7) -> str:
    """``size`` characters of base64: one line, no spaces, nowhere to wrap."""
    data = random.Random(seed).randbytes(size)
    return base64.b64encode(data).decode("ascii")[:size]


def stored(data_dir: Path, article: Article, section: int = 0) -> str | None:
    with Store.open_in(data_dir) as fresh:
        found = fresh.reflection_for_section(article.id, article.sections[section].id)
    return None if found is None else found.text


def paste(qtbot: QtBot, window: MainWindow, text: str) -> LongLineTextEdit:
    editor = window.reflections_dock.editor.text_edit
    assert isinstance(editor, LongLineTextEdit)
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    return editor


def test_a_pasted_megabyte_without_breaks_is_saved_and_reopened_exactly_and_quickly(
    open_window, qtbot: QtBot, bundled_article: Article, data_dir: Path
) -> None:
    window = open_window()
    activate(qtbot, window)
    text = "Before the blob: " + blob(1_000_000) + "\nand a line after it."

    start = time.monotonic()
    editor = paste(qtbot, window, text)
    pasted_s = time.monotonic() - start

    assert editor.document().blockCount() > 100  # shown in pieces…
    assert editor.toPlainText() == text  # …that are not part of the text
    assert window.flush()
    assert stored(data_dir, bundled_article) == text

    start = time.monotonic()
    window = open_window()  # a restart: the same data folder, a new window and store
    reopened = window.reflections_dock.editor.text_edit
    qtbot.waitUntil(lambda: reopened.toPlainText() == text, timeout=int(COARSE_BOUND_S * 1000))
    reopened_s = time.monotonic() - start

    assert pasted_s < COARSE_BOUND_S
    assert reopened_s < COARSE_BOUND_S
    # Opening it saves nothing back, and closing saves exactly the same text.
    window.close()
    assert stored(data_dir, bundled_article) == text


def test_editing_next_to_a_display_break_changes_only_what_the_reader_changed(
    open_window, qtbot: QtBot, bundled_article: Article, data_dir: Path
) -> None:
    window = open_window()
    activate(qtbot, window)
    text = blob(30_000)
    editor = paste(qtbot, window, text)
    piece_start = editor.document().findBlockByNumber(1).position()
    assert editor.toPlainText() == text

    # Backspace at a display break removes only that break; the next one a character.
    cursor = editor.textCursor()
    cursor.setPosition(piece_start)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == text
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == text[: PIECE - 1] + text[PIECE:]
    editor.undo()
    assert editor.toPlainText() == text

    # Return where a piece starts: a real line break, right there, and no empty line.
    # (The first two pieces stay one after the first Backspace: the third starts at
    # character 3 × PIECE of the text.)
    at = 3 * PIECE
    second = editor.document().findBlockByNumber(2)
    lines = editor.document().blockCount()
    cursor.setPosition(second.position())
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == text[:at] + "\n" + text[at:]
    assert editor.document().blockCount() == lines
    # …and in the middle of a piece, a real line break too.
    cursor.setPosition(second.position() + 5)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    typed = text[:at] + "\n" + text[at : at + 5] + "\n" + text[at + 5 :]
    assert editor.toPlainText() == typed

    # Undo brings back exactly the texts before, redo the text after.
    editor.undo()
    editor.undo()
    assert editor.toPlainText() == text
    editor.redo()
    editor.redo()
    assert editor.toPlainText() == typed

    assert window.flush()
    assert stored(data_dir, bundled_article) == typed


def test_copying_across_a_display_break_copies_the_text_as_typed(open_window, qtbot: QtBot) -> None:
    window = open_window()
    activate(qtbot, window)
    text = blob(25_000)
    editor = paste(qtbot, window, text)
    cursor = editor.textCursor()
    cursor.setPosition(PIECE - 10)
    cursor.setPosition(3 * PIECE + 10, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)

    editor.copy()

    # Three display breaks lie inside the selection; none is copied.
    assert QGuiApplication.clipboard().text() == text[PIECE - 10 : 3 * PIECE + 7]


def test_the_reflections_list_shows_a_short_tooltip_for_a_huge_reflection(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    activate(qtbot, window)
    paste(qtbot, window, blob(1_000_000))
    assert window.flush()

    model = window.reflections_dock.list.model()
    tooltip = model.index(0, 0, QModelIndex()).data(Qt.ItemDataRole.ToolTipRole)

    assert len(tooltip) < 2_000
    assert tooltip.endswith("…</p>")


def test_the_reflections_list_never_scrolls_sideways_for_an_unbroken_reflection(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    activate(qtbot, window)
    paste(qtbot, window, blob(1_000_000))
    assert window.flush()
    view = window.reflections_dock.list
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)

    # Once every row is measured and laid out, the preview is elided to the list's width:
    # no sideways scroll bar.
    qtbot.waitUntil(lambda: view.viewport().isVisible() and not view.has_estimates())
    view.doItemsLayout()
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    assert view.horizontalScrollBar().maximum() == 0
    assert not view.horizontalScrollBar().isVisible()
