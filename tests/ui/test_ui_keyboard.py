"""Everything without a mouse: F6 between panes, Tab in layout order, ticking and reflecting
from the keyboard, and every command in a menu with its keys."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS, activate

from tether.content import Article
from tether.models import Role
from tether.ui.actions import SPECS, shortcuts_for
from tether.ui.main_window import MainWindow

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QWidget:
    qtbot.keyClick(focused(), key, modifier)
    return focused()


def focus(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    activate(qtbot, window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=TIMEOUT_MS)


def panes(window: MainWindow) -> dict[str, QWidget]:
    return {
        "sections": window.sections_dock.view,
        "article": window.article_view,
        "find": window.find_bar.line_edit,
        "signs": window.signs_dock.view,
        "reflection": window.reflections_dock.editor.text_edit,
        "reflections": window.reflections_dock.list,
    }


def name_of(window: MainWindow, widget: QWidget) -> str:
    for name, pane in panes(window).items():
        if pane is widget:
            return name
    return f"{type(widget).__name__}({widget.objectName()})"


def walk_panes(
    qtbot: QtBot, window: MainWindow, modifier: Qt.KeyboardModifier, steps: int
) -> list[str]:
    return [name_of(window, press(qtbot, Qt.Key.Key_F6, modifier)) for _ in range(steps)]


def test_f6_moves_the_focus_from_pane_to_pane_and_round(open_window, qtbot: QtBot) -> None:
    window = open_window()
    focus(qtbot, window, window.sections_dock.view)

    visited = walk_panes(qtbot, window, Qt.KeyboardModifier.NoModifier, 5)

    assert visited == ["article", "signs", "reflection", "reflections", "sections"]


def test_shift_f6_goes_round_the_other_way(open_window, qtbot: QtBot) -> None:
    window = open_window()
    focus(qtbot, window, window.sections_dock.view)

    visited = walk_panes(qtbot, window, SHIFT, 5)

    assert visited == ["reflections", "reflection", "signs", "article", "sections"]


def test_f6_skips_a_closed_dock(open_window, qtbot: QtBot) -> None:
    window = open_window()
    window.signs_dock.close()
    focus(qtbot, window, window.article_view)

    visited = walk_panes(qtbot, window, Qt.KeyboardModifier.NoModifier, 4)

    assert visited == ["reflection", "reflections", "sections", "article"]


def test_f6_visits_the_find_bar_while_it_is_open(open_window, qtbot: QtBot) -> None:
    window = open_window()
    window.find_bar.open()
    focus(qtbot, window, window.article_view)

    visited = walk_panes(qtbot, window, Qt.KeyboardModifier.NoModifier, 2)

    assert visited == ["find", "signs"]


def test_f6_from_outside_every_pane_goes_to_the_first(open_window, qtbot: QtBot) -> None:
    window = open_window()
    window.find_bar.open()
    focus(qtbot, window, window.find_bar.close_button)

    assert name_of(window, press(qtbot, Qt.Key.Key_F6)) == "signs"


def test_a_sign_can_be_ticked_with_the_keyboard_alone(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    focus(qtbot, window, window.article_view)
    first_sign = bundled_article.signs[0]

    assert name_of(window, press(qtbot, Qt.Key.Key_F6)) == "signs"
    tree = window.signs_dock.view
    # Down from wherever the focus landed, to the first sign of the first group.
    while tree.currentIndex().data(Role.SignId) != first_sign.id:
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)

    assert window.session is not None
    assert window.session.signs.is_ticked(first_sign.id)
    again = open_window()
    assert again.session is not None
    assert again.session.signs.is_ticked(first_sign.id)


def test_space_on_a_ticked_sign_unticks_it(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    assert window.session is not None
    sign = bundled_article.signs[1]
    window.session.signs.set_ticked(sign.id, True)
    tree = window.signs_dock.view
    focus(qtbot, window, tree)
    tree.setCurrentIndex(window.session.signs.index_of_sign(sign.id))

    press(qtbot, Qt.Key.Key_Space)

    assert not window.session.signs.is_ticked(sign.id)


def test_a_reflection_can_be_written_with_the_keyboard_alone(open_window, qtbot: QtBot) -> None:
    window = open_window()
    focus(qtbot, window, window.article_view)

    press(qtbot, Qt.Key.Key_R, CTRL)
    editor = window.reflections_dock.editor
    qtbot.waitUntil(lambda: focused() is editor.text_edit, timeout=TIMEOUT_MS)
    qtbot.keyClicks(focused(), "Typed without a mouse.")
    qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=TIMEOUT_MS * 2)

    section_id = editor.section_id()
    assert section_id is not None
    again = open_window()
    assert again.session is not None
    assert again.session.reflections.text_for_section(section_id) == "Typed without a mouse."


def test_tab_follows_the_layout_from_the_sections_to_the_reflections(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    focus(qtbot, window, window.sections_dock.view)

    assert name_of(window, press(qtbot, Qt.Key.Key_Tab)) == "article"
    # Tab goes through the article's tick boxes, then on to the signs.
    for _ in range(200):
        if focused() is not window.article_view:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert name_of(window, focused()) == "signs"
    assert name_of(window, press(qtbot, Qt.Key.Key_Tab)) == "reflection"
    assert name_of(window, press(qtbot, Qt.Key.Key_Tab)) == "reflections"


def test_shift_tab_goes_back_through_the_layout(open_window, qtbot: QtBot) -> None:
    window = open_window()
    focus(qtbot, window, window.reflections_dock.list)

    assert name_of(window, press(qtbot, Qt.Key.Key_Backtab, SHIFT)) == "reflection"
    assert name_of(window, press(qtbot, Qt.Key.Key_Backtab, SHIFT)) == "signs"


def test_tab_goes_through_the_open_find_bar_after_the_article(open_window, qtbot: QtBot) -> None:
    window = open_window()
    window.find_bar.open()
    focus(qtbot, window, window.find_bar.line_edit)
    bar = window.find_bar

    stops = [press(qtbot, Qt.Key.Key_Tab) for _ in range(4)]

    assert stops == [bar.previous_button, bar.next_button, bar.close_button, window.signs_dock.view]


def menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found.extend(menu_actions(action.menu()))
    return found


def test_every_command_is_in_a_menu_with_its_keys(open_window) -> None:
    window = open_window()
    in_menus = [
        action
        for top in window.menuBar().actions()
        if top.menu() is not None
        for action in menu_actions(top.menu())
    ]

    for spec in SPECS:
        action = window.actions_by_id[spec.id]
        assert action in in_menus, spec.id
        assert action.shortcuts() == shortcuts_for(spec), spec.id
        if spec.keys or spec.standard_key is not None:
            assert action.shortcuts(), spec.id


def test_no_two_commands_share_a_key(open_window) -> None:
    window = open_window()

    keys = Counter(
        key.toString() for action in window.findChildren(QAction) for key in action.shortcuts()
    )

    assert [key for key, count in keys.items() if count > 1] == []


def test_no_window_wide_shortcut_hides_outside_the_menus(open_window) -> None:
    window = open_window()
    local = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    hidden = [
        shortcut.key().toString()
        for shortcut in window.findChildren(QShortcut)
        if shortcut.context() not in local
    ]

    assert hidden == []
