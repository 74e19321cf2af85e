"""Keyboard commands: moving between sections, reflecting, and the shortcuts list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS, ModalCloser, activate, status_label

from tether.content import Article

CTRL = Qt.KeyboardModifier.ControlModifier
COMMANDS_WITH_KEYS = {
    "Open Article",
    "Library",
    "Quit",
    "Find",
    "Find Next",
    "Find Previous",
    "Next Section",
    "Previous Section",
    "Next Pane",
    "Previous Pane",
    "Reflect on This Section",
    "Keyboard Shortcuts",
    "Preferences",
    "Zoom In",
    "Zoom Out",
    "Actual Size",
    "Present",
    "Sections",
    "Export Worksheet",
    "Print",
}


def test_ctrl_page_down_and_up_move_between_sections_and_the_status_bar_says_where(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    activate(qtbot, window)
    view = window.article_view
    view.setFocus()
    position = status_label(window, "position-label")
    count = len(bundled_article.sections)
    assert position.text().startswith(f"Section 1 of {count}")

    qtbot.keyClick(view, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_PageDown, CTRL)

    assert view.current_section() == 2
    assert position.text() == f"Section 3 of {count} · {bundled_article.sections[2].title}"
    assert window.sections_dock.view.currentIndex().row() == 2

    qtbot.keyClick(view, Qt.Key.Key_PageUp, CTRL)

    assert view.current_section() == 1
    assert position.text() == f"Section 2 of {count} · {bundled_article.sections[1].title}"
    assert window.sections_dock.view.currentIndex().row() == 1


def test_ctrl_page_up_on_the_first_section_stays_there(open_window, qtbot: QtBot) -> None:
    window = open_window()
    activate(qtbot, window)
    window.article_view.setFocus()

    qtbot.keyClick(window.article_view, Qt.Key.Key_PageUp, CTRL)

    assert window.article_view.current_section() == 0
    assert status_label(window, "position-label").text().startswith("Section 1 of 12")


def test_ctrl_r_shows_the_hidden_reflections_dock_and_puts_the_cursor_in_the_editor(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    activate(qtbot, window)
    window.reflections_dock.hide()
    window.article_view.setFocus()
    editor = window.reflections_dock.editor.text_edit
    assert not editor.isVisible()

    qtbot.keyClick(window.article_view, Qt.Key.Key_R, CTRL)

    assert window.reflections_dock.isVisible()
    qtbot.waitUntil(editor.hasFocus, timeout=TIMEOUT_MS)
    assert QApplication.focusWidget() is editor


def test_the_status_bar_shows_whether_the_reflection_is_saved(open_window, qtbot: QtBot) -> None:
    window = open_window()
    activate(qtbot, window)
    save = status_label(window, "save-label")
    assert save.isVisible()
    assert save.text() == "Nothing written yet"
    editor = window.reflections_dock.editor.text_edit
    editor.setFocus()

    qtbot.keyClicks(editor, "Noticing it.")
    assert save.text() == "Saving…"

    qtbot.waitUntil(lambda: save.text().startswith("Saved"), timeout=TIMEOUT_MS)


def test_f1_lists_every_command_that_has_a_shortcut_with_its_keys(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    activate(qtbot, window)
    window.article_view.setFocus()

    with ModalCloser() as closer:
        qtbot.keyClick(window.article_view, Qt.Key.Key_F1)

    assert len(closer.seen) == 1
    dialog = closer.seen[0]
    assert dialog.title == "Keyboard Shortcuts"
    keys = {command: keys for command, keys in dialog.rows}
    assert set(keys) == COMMANDS_WITH_KEYS
    assert all(keys.values())
    assert "Ctrl+PgDown" in keys["Next Section"]
    assert "Ctrl+PgUp" in keys["Previous Section"]
    assert "Ctrl+R" in keys["Reflect on This Section"]
    assert keys["Sections"] == "F9"
    assert "F1" in keys["Keyboard Shortcuts"]
    assert "Ctrl+O" in keys["Open Article"]
    assert "Ctrl+Q" in keys["Quit"]
