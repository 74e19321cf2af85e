"""The Signs checklist stays quick on long articles and while groups keep arriving."""

from __future__ import annotations

import pytest
from item_models import GroupsModel
from PySide6.QtCore import QModelIndex, QPoint
from pytestqt.qtbot import QtBot

from tether.content import Article
from tether.ui.panels.docks import SignsDock
from tether.ui.panels.signs_tree import FIRST_ROWS, SignsTree

# A dock shown on its own is a floating window; with its slim title bar Qt raises it,
# which the offscreen platform cannot do, and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

LONG = " ".join(["and it keeps going with more words about it"] * 4)


def groups(count: int, start: int = 0) -> list[tuple[str, list[str]]]:
    """Groups of four signs; each group's first sign is long enough to wrap."""
    return [
        (f"Group {g}", [f"Sign {g}.0 {LONG}", f"Sign {g}.1", f"Sign {g}.2", f"Sign {g}.3"])
        for g in range(start, start + count)
    ]


@pytest.fixture
def dock(qtbot: QtBot) -> SignsDock:
    opened = SignsDock()
    opened.resize(340, 450)
    qtbot.addWidget(opened)
    return opened


def show(qtbot: QtBot, dock: SignsDock) -> None:
    dock.show()
    qtbot.waitExposed(dock)
    qtbot.waitUntil(lambda: not dock.view.is_waiting())
    dock.view.executeDelayedItemsLayout()  # the layout that shows them


def sign(model: GroupsModel, group: int, row: int) -> QModelIndex:
    return model.index(row, 0, model.index(group, 0))


def all_expanded(view: SignsTree, model: GroupsModel) -> bool:
    return all(view.isExpanded(model.index(row, 0)) for row in range(model.rowCount()))


def test_every_group_of_the_article_is_expanded_in_the_signs_dock(
    open_window, bundled_article: Article
) -> None:
    window = open_window()
    view = window.signs_dock.view
    model = view.model()

    assert model.rowCount() == len(bundled_article.sign_groups)
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        assert view.isExpanded(group)
        last = model.index(model.rowCount(group) - 1, 0, group)
        view.scrollTo(last)
        assert view.visualRect(last).height() > 0


def test_a_long_checklist_lays_out_a_few_screenfuls_before_its_first_paint(
    qtbot: QtBot, dock: SignsDock
) -> None:
    model = GroupsModel(groups(400))
    view = dock.view

    view.show_groups(model)

    shown = -(-FIRST_ROWS // 5)  # five rows a group, rounded up
    assert view.is_waiting()
    assert not view.isRowHidden(shown - 1, QModelIndex())
    assert view.isRowHidden(shown, QModelIndex())
    assert view.isRowHidden(399, QModelIndex())


def test_after_the_first_paint_every_group_is_shown_expanded(qtbot: QtBot, dock: SignsDock) -> None:
    model = GroupsModel(groups(400))
    dock.view.show_groups(model)

    show(qtbot, dock)

    view = dock.view
    assert not any(view.isRowHidden(row, QModelIndex()) for row in range(400))
    assert all_expanded(view, model)
    last = sign(model, 399, 3)
    view.scrollToBottom()
    assert view.viewport().rect().contains(view.visualRect(last))


def test_groups_appended_later_are_expanded_and_the_reader_keeps_place_and_selection(
    qtbot: QtBot, dock: SignsDock, qtmodeltester
) -> None:
    model = GroupsModel(groups(100))
    view = dock.view
    view.show_groups(model)
    show(qtbot, dock)
    view.verticalScrollBar().setValue(60)
    chosen = sign(model, 14, 2)
    view.setCurrentIndex(chosen)
    top = view.indexAt(QPoint(4, 4))
    place = view.verticalScrollBar().value()

    for batch in range(3):
        model.append_groups(groups(80, start=100 + 80 * batch))
        assert view.is_waiting()  # out of sight: laid out later, all at once
    qtbot.waitUntil(lambda: not view.is_waiting())

    assert model.rowCount() == 340
    assert all_expanded(view, model)
    assert view.verticalScrollBar().value() == place
    assert view.indexAt(QPoint(4, 4)) == top
    assert view.currentIndex() == chosen
    assert view.selectionModel().isSelected(chosen)
    view.scrollTo(sign(model, 339, 3))
    assert view.visualRect(sign(model, 339, 3)).isValid()
    qtmodeltester.check(model)


def test_groups_appended_while_the_reader_sees_the_end_show_at_once(
    qtbot: QtBot, dock: SignsDock
) -> None:
    model = GroupsModel(groups(3))
    view = dock.view
    view.show_groups(model)
    show(qtbot, dock)

    model.append_groups(groups(2, start=3))

    assert not view.is_waiting()
    qtbot.waitUntil(lambda: view.visualRect(sign(model, 4, 0)).isValid())
    assert view.isExpanded(model.index(4, 0))


def test_scrolling_to_the_end_lays_out_the_groups_waiting_at_once(
    qtbot: QtBot, dock: SignsDock
) -> None:
    model = GroupsModel(groups(100))
    view = dock.view
    view.show_groups(model)
    show(qtbot, dock)
    model.append_groups(groups(50, start=100))
    assert view.is_waiting()

    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())

    assert not view.is_waiting()
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 500)
    view.scrollToBottom()
    assert view.viewport().rect().contains(view.visualRect(sign(model, 149, 3)))


def test_a_sign_that_grows_longer_gets_a_taller_row(qtbot: QtBot, dock: SignsDock) -> None:
    model = GroupsModel(groups(3))
    view = dock.view
    view.show_groups(model)
    show(qtbot, dock)
    index = sign(model, 1, 1)
    before = view.visualRect(index).height()

    model.set_item_text(1, 1, f"Sign 1.1 {LONG}")

    qtbot.waitUntil(lambda: view.visualRect(index).height() > before)
    assert view.visualRect(index).bottom() < view.visualRect(sign(model, 1, 2)).top()


def test_narrowing_the_dock_wraps_long_signs_onto_more_lines(qtbot: QtBot, dock: SignsDock) -> None:
    model = GroupsModel(groups(3))
    view = dock.view
    view.show_groups(model)
    show(qtbot, dock)
    index = sign(model, 0, 0)
    before = view.visualRect(index).height()

    dock.resize(220, 450)

    qtbot.waitUntil(lambda: view.visualRect(index).height() > before)
    assert view.visualRect(index).bottom() < view.visualRect(sign(model, 0, 1)).top()
