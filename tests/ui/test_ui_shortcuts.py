"""Keyboard commands: moving between sections, reflecting, and the shortcuts list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS, ModalCloser, activate, status_label

from tether.content import Article
from tether.ui.dialogs.shortcuts import describe

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
    "New Check-in",
    "History",
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


def shown_texts(window: QWidget) -> list[str]:
    """The text of every label the window shows now."""
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


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


def test_the_reflections_panel_alone_says_whether_the_reflection_is_saved(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    activate(qtbot, window)
    save = status_label(window, "reflection-state")
    assert save.isVisible()
    assert save.text() == "Nothing written yet"
    assert shown_texts(window).count("Nothing written yet") == 1
    editor = window.reflections_dock.editor.text_edit
    editor.setFocus()

    qtbot.keyClicks(editor, "Noticing it.")
    assert save.text() == "Saving…"
    assert shown_texts(window).count("Saving…") == 1

    qtbot.waitUntil(lambda: save.text().startswith("Saved"), timeout=TIMEOUT_MS)
    # Said once, beside the text it is about: the status bar does not repeat it.
    assert shown_texts(window).count(save.text()) == 1
    assert window.statusBar().currentMessage() != save.text()


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


def test_the_f1_list_shows_one_key_per_command_the_one_its_menu_shows(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    activate(qtbot, window)
    window.article_view.setFocus()
    menu_keys = {
        describe(action): action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for action in window.actions_by_id.values()
        if action.shortcuts()
    }

    with ModalCloser() as closer:
        qtbot.keyClick(window.article_view, Qt.Key.Key_F1)

    keys = dict(closer.seen[0].rows)
    assert keys == menu_keys
    assert keys["Open Article"] == "Ctrl+O"  # not "Ctrl+O, Open"
    assert keys["Zoom In"] == "Ctrl++"
    assert keys["Keyboard Shortcuts"] == "F1"
