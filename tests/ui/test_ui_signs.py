"""The Signs dock and the boxes in the article text are one checklist."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRegularExpression, Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS, activate

from tether.content import TICKED_GLYPH, UNTICKED_GLYPH, Article, Sign
from tether.models import Role
from tether.ui.main_window import MainWindow


def find_sign(window: MainWindow, sign: Sign) -> QTextCursor:
    """Select a sign's box and words in the article text (the box is the first character)."""
    pattern = QRegularExpression(
        f"[{UNTICKED_GLYPH}{TICKED_GLYPH}].{QRegularExpression.escape(sign.text)}"
    )
    found = window.article_view.document().find(pattern)
    assert not found.isNull(), f"sign {sign.id!r} not found in the article text"
    return found


def box_in_article(window: MainWindow, sign: Sign) -> str:
    """The box drawn at a sign's anchor in the article text: ☐ or ☑."""
    return find_sign(window, sign).selectedText()[0]


def sign_index(window: MainWindow, sign: Sign) -> QModelIndex:
    """The row of a sign in the Signs dock's view, found through the view's own model."""
    model = window.signs_dock.view.model()
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            index = model.index(row, 0, group)
            if index.data(Role.SignId) == sign.id:
                return index
    raise AssertionError(f"sign {sign.id!r} is not in the Signs dock")


def check_state(index: QModelIndex) -> Qt.CheckState:
    return Qt.CheckState(index.data(Qt.ItemDataRole.CheckStateRole))


def test_ticking_in_the_dock_ticks_the_box_in_the_article_and_counts_it_in_the_tally(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    group = bundled_article.sign_groups[0]
    sign = group.signs[1]
    index = sign_index(window, sign)
    assert box_in_article(window, sign) == UNTICKED_GLYPH
    assert index.parent().data(Role.Tally) == f"0 of {len(group.signs)}"

    assert index.model().setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    qtbot.waitUntil(lambda: box_in_article(window, sign) == TICKED_GLYPH, timeout=TIMEOUT_MS)
    assert box_in_article(window, group.signs[0]) == UNTICKED_GLYPH
    assert index.parent().data(Role.Tally) == f"1 of {len(group.signs)}"
    assert f"1 of {len(group.signs)}" in index.parent().data(Qt.ItemDataRole.DisplayRole)


def test_unticking_in_the_dock_empties_the_box_in_the_article_again(
    open_window, bundled_article: Article
) -> None:
    window = open_window()
    group = bundled_article.sign_groups[2]
    sign = group.signs[0]
    index = sign_index(window, sign)
    model = index.model()
    model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)

    assert box_in_article(window, sign) == UNTICKED_GLYPH
    assert index.parent().data(Role.Tally) == f"0 of {len(group.signs)}"


def test_clicking_the_checkbox_in_the_dock_ticks_the_box_in_the_article(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    group = bundled_article.sign_groups[0]
    sign = group.signs[0]
    view = window.signs_dock.view
    index = sign_index(window, sign)
    view.scrollTo(index)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegate().initStyleOption(option, index)
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    assert box.isValid()

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())

    assert check_state(index) == Qt.CheckState.Checked
    qtbot.waitUntil(lambda: box_in_article(window, sign) == TICKED_GLYPH, timeout=TIMEOUT_MS)
    assert index.parent().data(Role.Tally) == f"1 of {len(group.signs)}"


def test_clicking_the_box_in_the_article_ticks_the_sign_in_the_dock(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    group = bundled_article.sign_groups[1]
    sign = group.signs[2]
    index = sign_index(window, sign)
    assert check_state(index) == Qt.CheckState.Unchecked

    window.article_view.anchorClicked.emit(QUrl(f"sign:{sign.id}"))

    assert check_state(index) == Qt.CheckState.Checked
    qtbot.waitUntil(lambda: box_in_article(window, sign) == TICKED_GLYPH, timeout=TIMEOUT_MS)
    assert index.parent().data(Role.Tally) == f"1 of {len(group.signs)}"


def test_clicking_a_ticked_box_in_the_article_unticks_it_in_the_dock(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    sign = bundled_article.sign_groups[1].signs[0]
    index = sign_index(window, sign)
    index.model().setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    window.article_view.anchorClicked.emit(QUrl(f"sign:{sign.id}"))

    assert check_state(index) == Qt.CheckState.Unchecked
    qtbot.waitUntil(lambda: box_in_article(window, sign) == UNTICKED_GLYPH, timeout=TIMEOUT_MS)


def test_the_dock_and_the_article_show_the_same_signs_model(open_window) -> None:
    window = open_window()
    assert window.session is not None
    assert window.signs_dock.view.model() is window.session.signs


def test_clicking_a_sign_far_down_in_the_dock_scrolls_the_article_to_show_it(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    sign = bundled_article.signs[-1]
    view = window.signs_dock.view
    index = sign_index(window, sign)
    view.scrollTo(index)
    article_view = window.article_view
    bar = article_view.verticalScrollBar()
    assert bar.value() == 0

    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )

    assert bar.value() > 0
    found = find_sign(window, sign)
    assert article_view.viewport().rect().contains(article_view.cursorRect(found))
    assert check_state(index) == Qt.CheckState.Unchecked


def test_space_on_a_sign_in_the_dock_ticks_it_in_the_article(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    activate(qtbot, window)
    sign = bundled_article.sign_groups[3].signs[1]
    view = window.signs_dock.view
    index = sign_index(window, sign)
    view.setFocus()
    view.setCurrentIndex(index)

    qtbot.keyClick(view, Qt.Key.Key_Space)

    assert check_state(index) == Qt.CheckState.Checked
    qtbot.waitUntil(lambda: box_in_article(window, sign) == TICKED_GLYPH, timeout=TIMEOUT_MS)


def click_box_in_article(qtbot: QtBot, window: MainWindow, sign: Sign) -> None:
    """Click the sign's box in the article text with the mouse, as a reader would."""
    view = window.article_view
    view.scroll_to_sign(sign.id)
    box = QTextCursor(find_sign(window, sign))
    box.setPosition(box.selectionStart())
    caret = view.cursorRect(box)
    width = view.fontMetrics().horizontalAdvance(UNTICKED_GLYPH)
    point = caret.center()
    point.setX(caret.left() + max(2, width // 2))
    assert view.anchorAt(point) == f"sign:{sign.id}"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_the_box_in_the_article_with_the_mouse_ticks_and_then_unticks_it(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    sign = bundled_article.sign_groups[4].signs[0]
    index = sign_index(window, sign)

    click_box_in_article(qtbot, window, sign)

    assert check_state(index) == Qt.CheckState.Checked
    qtbot.waitUntil(lambda: box_in_article(window, sign) == TICKED_GLYPH, timeout=TIMEOUT_MS)

    click_box_in_article(qtbot, window, sign)

    assert check_state(index) == Qt.CheckState.Unchecked
    qtbot.waitUntil(lambda: box_in_article(window, sign) == UNTICKED_GLYPH, timeout=TIMEOUT_MS)


def test_a_tick_shows_on_the_page_at_once_and_the_text_follows_a_moment_later(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    view = window.article_view
    sign = bundled_article.sign_groups[0].signs[0]
    view.scroll_to_sign(sign.id)
    view.set_selection_layer("flash", [])
    at_box = find_sign(window, sign)
    at_box.setPosition(at_box.selectionStart())
    box = view.cursorRect(at_box).adjusted(-2, -4, 24, 4)
    view.viewport().repaint()
    before = view.viewport().grab(box).toImage()

    assert window.session is not None
    window.session.signs.set_ticked(sign.id, True)
    view.viewport().repaint()
    after = view.viewport().grab(box).toImage()

    # Drawn over the box straight away, while the text (copied, searched) still has ☐.
    assert after != before
    assert box_in_article(window, sign) == UNTICKED_GLYPH
    qtbot.waitUntil(lambda: box_in_article(window, sign) == TICKED_GLYPH, timeout=TIMEOUT_MS)
    view.viewport().repaint()
    assert view.viewport().grab(box).toImage() != before
