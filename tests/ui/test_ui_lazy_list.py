"""A long word-wrapped list paints without measuring every row, and looks like a plain one."""

from __future__ import annotations

import pytest
from item_models import TitlesModel
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)
from pytestqt.qtbot import QtBot

from tether.ui.panels.lazy_list import LazyListView

ROWS = 2000
_Index = QModelIndex | QPersistentModelIndex


def title(row: int) -> str:
    """Short titles, and every few rows one long enough to wrap onto several lines."""
    words = "how a habit of distance grows out of early care and shapes" * (1 + row % 3)
    return f"{row}. {words}" if row % 4 == 0 else f"{row}. Part {row}"


class CountingDelegate(QStyledItemDelegate):
    """Sizes through the lazy list; counts how many rows it really measured."""

    def __init__(self, view: LazyListView) -> None:
        super().__init__(view)
        self._view = view
        self.measured = 0

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return self._view.size_hint(option, index, self._measure)

    def _measure(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        self.measured += 1
        return super().sizeHint(option, index)


class CountingList(LazyListView):
    """Counts its layouts."""

    layouts = 0

    def doItemsLayout(self) -> None:  # noqa: N802 - Qt's name
        self.layouts += 1
        super().doItemsLayout()


def configure(view: QListView, model: TitlesModel) -> None:
    view.setWordWrap(True)
    view.setSpacing(3)
    view.setUniformItemSizes(False)
    view.setModel(model)
    view.resize(260, 420)


@pytest.fixture
def model() -> TitlesModel:
    return TitlesModel([title(row) for row in range(ROWS)])


@pytest.fixture
def lazy(qtbot: QtBot, model: TitlesModel) -> CountingList:
    view = CountingList()
    view.setItemDelegate(CountingDelegate(view))
    configure(view, model)
    qtbot.addWidget(view)
    return view


@pytest.fixture
def plain(qtbot: QtBot, model: TitlesModel, lazy: LazyListView) -> QListView:
    """A stock QListView over the same rows: it measures every row on every layout."""
    view = QListView()
    configure(view, model)
    view.setVerticalScrollBarPolicy(lazy.verticalScrollBarPolicy())
    qtbot.addWidget(view)
    return view


def show(qtbot: QtBot, *views: QListView) -> None:
    for view in views:
        view.show()
        qtbot.waitExposed(view)


def rect(view: QListView, row: int) -> QRect:
    return view.visualRect(view.model().index(row, 0))


def rows_on_screen(view: QListView) -> range:
    top = view.verticalScrollBar().value()
    bottom = top
    while bottom < ROWS and rect(view, bottom).top() < view.viewport().height():
        bottom += 1
    return range(top, bottom)


def same_rows_on_screen(lazy: QListView, plain: QListView) -> bool:
    plain.verticalScrollBar().setValue(lazy.verticalScrollBar().value())
    rows = rows_on_screen(lazy)
    return len(rows) > 3 and all(rect(lazy, row) == rect(plain, row) for row in rows)


def test_a_long_list_lays_out_measuring_only_the_rows_on_screen(
    qtbot: QtBot, lazy: CountingList, plain: QListView
) -> None:
    lazy.show()  # no events yet: nothing has painted, so nothing is measured while idle
    lazy.doItemsLayout()
    delegate = lazy.itemDelegate()
    assert isinstance(delegate, CountingDelegate)

    assert lazy.has_estimates()
    assert delegate.measured < 100
    show(qtbot, plain)
    assert same_rows_on_screen(lazy, plain)


def test_once_idle_every_row_is_laid_out_as_in_a_plain_list(
    qtbot: QtBot, lazy: CountingList, plain: QListView
) -> None:
    show(qtbot, lazy, plain)

    qtbot.waitUntil(lambda: not lazy.has_estimates(), timeout=10_000)
    qtbot.waitUntil(lambda: rect(lazy, ROWS - 1) == rect(plain, ROWS - 1), timeout=5000)

    assert all(rect(lazy, row) == rect(plain, row) for row in range(ROWS))


@pytest.mark.parametrize("row", [1500, ROWS - 1])
def test_scrolling_to_a_far_row_shows_it_as_a_plain_list_would(
    qtbot: QtBot, lazy: CountingList, plain: QListView, row: int
) -> None:
    show(qtbot, lazy, plain)
    index = lazy.model().index(row, 0)

    lazy.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    assert lazy.viewport().rect().contains(lazy.visualRect(index))
    assert same_rows_on_screen(lazy, plain)


def test_dragging_the_scroll_bar_far_down_shows_rows_as_a_plain_list_would(
    qtbot: QtBot, lazy: CountingList, plain: QListView
) -> None:
    show(qtbot, lazy, plain)

    lazy.verticalScrollBar().setValue(1234)

    assert same_rows_on_screen(lazy, plain)


def test_a_row_renamed_to_a_long_title_grows_to_show_it(
    qtbot: QtBot, lazy: CountingList, plain: QListView, model: TitlesModel
) -> None:
    show(qtbot, lazy, plain)
    before = rect(lazy, 1).height()

    model.set_title(1, title(8) * 2)

    qtbot.waitUntil(lambda: rect(lazy, 1).height() > before)
    qtbot.waitUntil(lambda: same_rows_on_screen(lazy, plain))


def test_changes_that_keep_every_size_lay_nothing_out_again(
    qtbot: QtBot, lazy: CountingList, model: TitlesModel
) -> None:
    show(qtbot, lazy)
    qtbot.waitUntil(lambda: not lazy.has_estimates(), timeout=10_000)
    lazy.executeDelayedItemsLayout()  # the layout that follows the last estimate
    layouts = lazy.layouts

    model.mark(2)
    model.set_title(3, "3. Part 3")  # the same words again
    lazy.executeDelayedItemsLayout()
    QApplication.processEvents()

    assert lazy.layouts == layouts
    model.set_title(5, title(4))
    qtbot.waitUntil(lambda: lazy.layouts > layouts)


def test_a_bigger_font_measures_the_rows_again(
    qtbot: QtBot, lazy: CountingList, plain: QListView
) -> None:
    show(qtbot, lazy, plain)
    before = rect(lazy, 1).height()
    bigger = QFont(lazy.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 1.6)

    for view in (lazy, plain):
        view.setFont(bigger)

    qtbot.waitUntil(lambda: rect(lazy, 1).height() > before)
    qtbot.waitUntil(lambda: same_rows_on_screen(lazy, plain))


def test_a_short_list_shows_its_scroll_bar_only_when_needed(qtbot: QtBot) -> None:
    short, long = LazyListView(), LazyListView()
    for view in (short, long):
        qtbot.addWidget(view)

    short.setModel(TitlesModel([title(row) for row in range(5)]))
    long.setModel(TitlesModel([title(row) for row in range(ROWS)]))

    assert short.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    assert long.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn
