"""Closing Tether and starting it again brings back the place, the ticks, the words and
the layout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QUrl
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS, activate, status_label

from tether.content import TICKED_GLYPH, Article, Sign
from tether.models import Role
from tether.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
WORDS = "Praise for needing nothing is still praise for hiding."
FIFTH = 4  # "Section 5 of 12"


def sign_row(window: MainWindow, sign: Sign) -> QModelIndex:
    model = window.signs_dock.view.model()
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            index = model.index(row, 0, group)
            if index.data(Role.SignId) == sign.id:
                return index
    raise AssertionError(f"sign {sign.id!r} is not in the Signs dock")


def reflections_listed(window: MainWindow) -> list[str]:
    model = window.reflections_dock.list.model()
    return [str(model.index(row, 0).data(Role.Text)) for row in range(model.rowCount())]


def read_until_fifth_section(qtbot: QtBot, window: MainWindow) -> None:
    """Tick a sign on the way, go to section 5 by keyboard and write a reflection there."""
    activate(qtbot, window)
    view = window.article_view
    view.setFocus()
    for _ in range(FIFTH):
        qtbot.keyClick(view, Qt.Key.Key_PageDown, CTRL)
    assert view.current_section() == FIFTH
    editor = window.reflections_dock.editor.text_edit
    editor.setFocus()
    qtbot.keyClicks(editor, WORDS)


def wait_for_place(qtbot: QtBot, window: MainWindow, index: int) -> None:
    qtbot.waitUntil(lambda: window.article_view.current_section() == index, timeout=TIMEOUT_MS)


def test_after_a_restart_the_reader_is_back_in_the_same_section(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    first = open_window()
    read_until_fifth_section(qtbot, first)

    second = open_window()

    wait_for_place(qtbot, second, FIFTH)
    title = bundled_article.sections[FIFTH].title
    assert status_label(second, "position-label").text() == f"Section 5 of 12 · {title}"
    assert second.sections_dock.view.currentIndex().row() == FIFTH


def test_after_a_restart_the_ticked_sign_is_still_ticked_in_the_dock_and_the_article(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    first = open_window()
    sign = bundled_article.sign_groups[1].signs[2]
    first.article_view.anchorClicked.emit(QUrl(f"sign:{sign.id}"))
    read_until_fifth_section(qtbot, first)

    second = open_window()

    wait_for_place(qtbot, second, FIFTH)
    index = sign_row(second, sign)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert index.parent().data(Role.Tally) == "1 of 4"
    plain = second.article_view.document().toPlainText()
    assert f"{TICKED_GLYPH} {sign.text}" in plain
    assert plain.count(TICKED_GLYPH) == 1


def test_after_a_restart_the_reflection_is_in_the_editor_and_in_the_list(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    first = open_window()
    read_until_fifth_section(qtbot, first)

    second = open_window()

    wait_for_place(qtbot, second, FIFTH)
    editor = second.reflections_dock.editor
    assert editor.section_id() == bundled_article.sections[FIFTH].id
    assert editor.text_edit.toPlainText() == WORDS
    assert reflections_listed(second) == [WORDS]


def test_after_a_restart_a_hidden_signs_dock_stays_hidden(open_window, qtbot: QtBot) -> None:
    first = open_window()
    read_until_fifth_section(qtbot, first)
    first.signs_dock.close()  # its close button: the reader closed it

    second = open_window()

    wait_for_place(qtbot, second, FIFTH)
    assert not second.signs_dock.isVisible()
    assert second.reflections_dock.isVisible()
    assert second.sections_dock.isVisible()


def test_after_a_restart_a_dock_moved_to_the_other_side_is_still_there(
    open_window, qtbot: QtBot
) -> None:
    first = open_window()
    first.article_view.scroll_to_section(2)
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.signs_dock)

    second = open_window()

    wait_for_place(qtbot, second, 2)
    assert second.dockWidgetArea(second.signs_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert second.dockWidgetArea(second.reflections_dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_choosing_a_reflection_in_the_list_goes_to_its_section_and_opens_it(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    first = open_window()
    read_until_fifth_section(qtbot, first)
    second = open_window()
    wait_for_place(qtbot, second, FIFTH)
    activate(qtbot, second)
    second.article_view.scroll_to_section(1)
    assert second.reflections_dock.editor.text_edit.toPlainText() == ""
    listing = second.reflections_dock.list

    qtbot.mouseClick(
        listing.viewport(),
        Qt.MouseButton.LeftButton,
        pos=listing.visualRect(listing.model().index(0, 0)).center(),
    )

    assert second.article_view.current_section() == FIFTH
    editor = second.reflections_dock.editor.text_edit
    assert editor.toPlainText() == WORDS
    qtbot.waitUntil(editor.hasFocus, timeout=TIMEOUT_MS)
    assert bundled_article.sections[FIFTH].id == second.reflections_dock.editor.section_id()


def test_after_a_restart_the_readers_split_between_signs_and_reflections_is_kept(
    open_window, qtbot: QtBot
) -> None:
    first = open_window()
    qtbot.waitExposed(first)
    QCoreApplication.processEvents()  # the first run's even share, queued, has happened
    first.resizeDocks(
        [first.signs_dock, first.reflections_dock], [180, 700], Qt.Orientation.Vertical
    )
    qtbot.waitUntil(lambda: first.signs_dock.height() < first.reflections_dock.height() - 100)
    kept = first.signs_dock.height()

    second = open_window()
    qtbot.waitExposed(second)
    # The first-run even share is queued for the next pass; the reader's layout wins it.
    qtbot.waitUntil(lambda: second.is_complete())
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()

    assert abs(second.signs_dock.height() - kept) <= 4
