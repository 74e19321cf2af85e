"""What Qt tells screen readers, read through its accessible interfaces (not the widgets).

Walks ``QAccessible.queryAccessibleInterface`` trees offscreen, as the desktop's bridge
does, for the main window and every dialog: nothing on show that a reader can move to or
work is without a name. The same checks through the real AT-SPI bus are in
tests/e2e/test_e2e_accessibility_bus.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tether.content import load_article
from tether.ui.actions import ActionId
from tether.ui.dialogs.preferences import PreferencesDialog
from tether.ui.dialogs.shortcuts import ShortcutsDialog
from tether.ui.export.dialog import ExportDialog, Purpose
from tether.ui.main_window import MainWindow
from tether.ui.panels.accessible_signs import SignsTreeAccessible

Role = QAccessible.Role
# What a reader moves to or works; containers and scroll bars are read by role.
CONTROLS = {
    Role.Button,
    Role.CheckBox,
    Role.RadioButton,
    Role.EditableText,
    Role.ComboBox,
    Role.List,
    Role.ListItem,
    Role.Tree,
    Role.TreeItem,
    Role.Table,
    Role.Cell,
    Role.ColumnHeader,
    Role.PageTab,
    Role.Link,
    Role.Slider,
    Role.SpinBox,
    Role.MenuItem,
    Role.Graphic,
    Role.StaticText,
    Role.Grip,
}


def interfaces(root: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    """``root`` and everything under it that is on show (invisible parts skipped)."""
    if not root.isValid() or root.state().invisible:
        return
    yield root
    for index in range(min(root.childCount(), 300)):
        child = root.child(index)
        if child is not None:
            yield from interfaces(child)


def unnamed_controls(widget: QWidget) -> list[str]:
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None
    return [
        f"{item.role().name} under {item.parent().text(QAccessible.Text.Name)!r}"
        for item in interfaces(root)
        if item.role() in CONTROLS and not item.text(QAccessible.Text.Name).strip()
    ]


def test_nothing_on_show_in_the_main_window_is_without_a_name(open_window, qtbot: QtBot) -> None:
    window: MainWindow = open_window()
    window.find_bar.open()
    qtbot.waitUntil(window.find_bar.isVisible)

    assert unnamed_controls(window) == []


def test_the_article_s_tick_boxes_are_named_checkable_and_tick_their_sign(open_window) -> None:
    window: MainWindow = open_window()
    article = QAccessible.queryAccessibleInterface(window.article_view)
    page = next(
        child
        for child in (article.child(i) for i in range(article.childCount()))
        if child.text(QAccessible.Text.Name) == "Links and tick boxes in the article"
    )
    box = page.child(0)
    assert box.role() == Role.CheckBox
    assert box.text(QAccessible.Text.Name) == "Make decisions without excessive reassurance"
    assert not box.state().checked

    box.actionInterface().doAction(box.actionInterface().toggleAction())

    assert box.state().checked
    signs = window.signs_dock.view.model()
    sign = signs.index(0, 0, signs.index(0, 0))
    assert sign.data(Qt.ItemDataRole.CheckStateRole) in (Qt.CheckState.Checked, 2)


ARTICLE = """\
---
title: Read Aloud
---

Intro with [a link to the notes](#notes-on-reading) and [the project](https://example.org/).

## Notes on Reading

- [ ] Reading slowly
"""


def test_the_article_s_links_are_named_and_pressing_one_does_what_a_click_does(
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "read-aloud.md"
    path.write_text(ARTICLE, encoding="utf-8")
    window: MainWindow = open_window(load_article(path))
    view = window.article_view
    view.link_requested.disconnect()  # the window would ask the reader first
    page = QAccessible.queryAccessibleInterface(view.viewport())
    items = [page.child(i) for i in range(page.childCount())]
    assert [(i.role(), i.text(QAccessible.Text.Name)) for i in items] == [
        (Role.Link, "a link to the notes"),
        (Role.Link, "the project"),
        (Role.CheckBox, "Reading slowly"),
    ]
    assert items[1].text(QAccessible.Text.Description) == "https://example.org/"

    with qtbot.waitSignal(view.link_requested) as asked:
        items[1].actionInterface().doAction(items[1].actionInterface().pressAction())
    assert asked.args is not None
    assert asked.args[0].toString() == "https://example.org/"
    assert asked.args[1] == "the project"

    items[0].actionInterface().doAction(items[0].actionInterface().pressAction())
    assert view.current_section() == 1


def test_tab_in_the_article_reaches_the_first_box_and_reports_it_focused(
    open_window, qtbot: QtBot
) -> None:
    window: MainWindow = open_window()
    view = window.article_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    page = QAccessible.queryAccessibleInterface(view.viewport())

    qtbot.keyClick(view, Qt.Key.Key_Tab)

    focused = page.focusChild()
    assert focused is not None
    assert focused.text(QAccessible.Text.Name) == "Make decisions without excessive reassurance"
    assert focused.state().focused
    assert page.indexOfChild(focused) == 0


def test_a_sign_s_toggle_ticks_it_and_the_header_is_named(open_window) -> None:
    window: MainWindow = open_window()
    tree = QAccessible.queryAccessibleInterface(window.signs_dock.view)
    assert isinstance(tree, SignsTreeAccessible)
    assert tree.child(0).text(QAccessible.Text.Name) == "Signs"
    row = tree.child(2)
    assert row.text(QAccessible.Text.Name).endswith(", not ticked")

    row.actionInterface().doAction(row.actionInterface().toggleAction())

    assert row.text(QAccessible.Text.Name).endswith(", ticked")
    assert row.state().checked
    assert tree.indexOfChild(row) == 2


def test_the_save_state_is_named_by_what_it_says(open_window, qtbot: QtBot) -> None:
    window: MainWindow = open_window()
    editor = window.reflections_dock.editor
    editor.text_edit.setPlainText("Something to keep.")
    state = window.findChild(QWidget, "reflection-state")
    qtbot.waitUntil(lambda: state.accessibleName().startswith("Saved "), timeout=10_000)

    named = QAccessible.queryAccessibleInterface(state).text(QAccessible.Text.Name)
    assert named == state.property("text")


@pytest.mark.parametrize("which", ["shortcuts", "preferences", *[p.name for p in Purpose]])
def test_nothing_on_show_in_a_dialog_is_without_a_name(
    open_window, qtbot: QtBot, which: str
) -> None:
    window: MainWindow = open_window()
    dialog: QDialog
    if which == "shortcuts":
        dialog = ShortcutsDialog(window.actions_by_id.values(), window)
    elif which == "preferences":
        dialog = PreferencesDialog(window.appearance, window)
    else:
        dialog = ExportDialog(Purpose[which], "An Article", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert unnamed_controls(dialog) == []


@pytest.mark.parametrize("action", [ActionId.LIBRARY, ActionId.HISTORY])
def test_nothing_on_show_in_the_library_or_history_is_without_a_name(
    open_window, qtbot: QtBot, action: ActionId
) -> None:
    window: MainWindow = open_window()
    before = set(QApplication.topLevelWidgets())
    window.actions_by_id[action].trigger()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QDialog) and w.isVisible()
            for w in set(QApplication.topLevelWidgets()) - before
        )
    )
    dialog = next(
        w
        for w in set(QApplication.topLevelWidgets()) - before
        if isinstance(w, QDialog) and w.isVisible()
    )

    assert unnamed_controls(dialog) == []
    dialog.close()
