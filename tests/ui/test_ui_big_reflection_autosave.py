"""A big reflection autosaves without holding up the keys, and saves exactly what is there.

The autosave copies a big text a slice per pass of the event loop (so keys get in
between) and writes it on a worker thread. While it copies, the reader keeps typing,
anywhere in the text: the copy must still come out equal to the text at its end.
"""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS, activate

from tether.content import Article
from tether.store import Store
from tether.ui.panels.text_snapshot import SLICE, TextSnapshot

LINE = "Some days asking for help feels like owing; some days it does not.\n"


def big_text(chars: int) -> str:
    return LINE * (chars // len(LINE) + 1)


def edit(document: QTextDocument, rng: random.Random) -> None:
    """One edit somewhere: typing, a line break, a deletion, or typing at the end."""
    length = document.characterCount() - 1
    cursor = QTextCursor(document)
    cursor.setPosition(rng.randrange(length))
    kind = rng.random()
    if kind < 0.4:
        cursor.insertText(rng.choice(["a", "word ", "two\nlines", "é—ü"]))
    elif kind < 0.7:
        end = min(length, cursor.position() + rng.randrange(1, SLICE // 2))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    else:
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText("typed at the end ")


def test_a_copy_read_in_slices_equals_the_text_however_it_was_edited_meanwhile(
    qtbot: QtBot,
) -> None:
    rng = random.Random(13)
    box = QPlainTextEdit()  # a document with a layout, as the editor's has
    box.setPlainText(big_text(8 * SLICE))
    document = box.document()
    copies: list[str] = []
    snapshot = TextSnapshot(document, copies.append)

    # Edits before, across and after the point read so far, between the slices.
    edits = 0
    while True:
        QApplication.processEvents()
        if not snapshot.running():
            break
        for _ in range(3):
            edit(document, rng)
            edits += 1

    qtbot.waitUntil(lambda: bool(copies), timeout=TIMEOUT_MS)
    assert edits >= 10
    assert copies == [document.toRawText()]


def test_typing_on_in_a_big_reflection_autosaves_exactly_the_text_typed(
    open_window, qtbot: QtBot, bundled_article: Article, data_dir: Path
) -> None:
    window = open_window()
    activate(qtbot, window)
    dock = window.reflections_dock
    editor = dock.editor.text_edit
    editor.setPlainText(big_text(3 * SLICE))  # as if pasted
    assert window.flush()
    editor.setFocus()

    # Keys at the end and in the middle, while the autosave copies and writes.
    for word in ("I", "ask", "for", "help", "before", "it", "is", "too", "late"):
        editor.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(editor, word + " ")
        cursor = editor.textCursor()
        cursor.setPosition(len(LINE) * 100)
        editor.setTextCursor(cursor)
        qtbot.keyClicks(editor, "x")
        qtbot.wait(150)

    def stored() -> str | None:
        with Store.open_in(data_dir) as fresh:
            found = fresh.reflection_for_section(bundled_article.id, dock.editor.section_id() or "")
        return None if found is None else found.text

    # The autosave alone (no flush): within a few seconds even on a busy machine.
    qtbot.waitUntil(lambda: stored() == editor.toPlainText(), timeout=TIMEOUT_MS * 3)
    qtbot.waitUntil(lambda: not dock.editor.is_dirty(), timeout=TIMEOUT_MS)
